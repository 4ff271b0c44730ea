using ContentApi.Database;
using Dapper;

namespace ContentApi.Caching;

/// <summary>A scope's newest stamp (see <see cref="ContentScope"/>).</summary>
public sealed record ScopeStamp(string Scope, long Version);

/// <summary>The newest stamp among some scopes, and when it was made.</summary>
public sealed record ScopesChanged(long Version, DateTimeOffset UpdatedAt);

public interface IContentChangeRepository
{
    /// <summary>The scopes stamped after <paramref name="version"/>, oldest first; every scope when it is negative.</summary>
    Task<IReadOnlyList<ScopeStamp>> ReadSinceAsync(long version, CancellationToken cancellationToken);

    /// <summary>The newest stamp of <paramref name="scopes"/>: its time is the Last-Modified of what was built from them.</summary>
    Task<ScopesChanged> LastChangedAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken);
}

public sealed class ContentChangeRepository(IContentConnections connections) : IContentChangeRepository
{
    private const string ReadSinceSql = """
        SELECT scope AS Scope, version AS Version FROM content_scopes WHERE version > @Version ORDER BY version, scope;
        """;

    // A scope nothing has written since the migration has no row of its own: the database-wide time stands in.
    private static string LastChangedSql(SqlDialect dialect) => $"""
        SELECT coalesce(max(s.version), 0) AS Version, coalesce(max(s.updated_at), (SELECT updated_at FROM content_state WHERE id = 1)) AS UpdatedAt
        FROM content_scopes s WHERE {dialect.InList("s.scope", "@Scopes")};
        """;

    public async Task<IReadOnlyList<ScopeStamp>> ReadSinceAsync(long version, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ScopeStamp>(
            new CommandDefinition(ReadSinceSql, new { Version = version }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<ScopesChanged> LastChangedAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<ScopesChanged>(
            new CommandDefinition(LastChangedSql(connections.Dialect), new { Scopes = scopes }, cancellationToken: cancellationToken));
    }
}
