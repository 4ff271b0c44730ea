namespace ContentApi.Database;

/// <summary>The engines the content can live in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseProviders
{
    /// <summary>Reads <c>Database:Provider</c>, ignoring case; anything else stops the start with one line naming the choices.</summary>
    public static DatabaseProvider Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        // By name only: Enum.TryParse would also take "1".
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(provider.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new DatabaseStartupException(
            $"Database:Provider '{value}' is not a database provider: use Sqlite (the default) or PostgreSql.");
    }
}
