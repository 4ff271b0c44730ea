using ContentApi.Database;
using Dapper;

namespace ContentApi.Caching;

/// <summary>The database-wide content version and the time of the last content write.</summary>
public sealed record ContentState(long Version, DateTimeOffset UpdatedAt);

public interface IContentStateRepository
{
    Task<ContentState> GetAsync(CancellationToken cancellationToken);

    /// <summary>Marks the content as changed. Triggers already do this for every content write; writers may call it too.</summary>
    Task<ContentState> BumpAsync(CancellationToken cancellationToken);
}

public sealed class ContentStateRepository(SqliteConnectionFactory connections) : IContentStateRepository
{
    private const string SelectSql = "SELECT version AS Version, updated_at AS UpdatedAt FROM content_state WHERE id = 1;";

    private const string BumpSql = """
        UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1
        RETURNING version AS Version, updated_at AS UpdatedAt;
        """;

    public Task<ContentState> GetAsync(CancellationToken cancellationToken) => QueryAsync(SelectSql, cancellationToken);

    public Task<ContentState> BumpAsync(CancellationToken cancellationToken) => QueryAsync(BumpSql, cancellationToken);

    private async Task<ContentState> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<ContentStateRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return new ContentState(row.Version, Timestamps.Parse(row.UpdatedAt));
    }

    private sealed class ContentStateRow
    {
        public long Version { get; set; }
        public string UpdatedAt { get; set; } = "";
    }
}
