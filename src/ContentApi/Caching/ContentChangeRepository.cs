using ContentApi.Database;
using Dapper;

namespace ContentApi.Caching;

/// <summary>A scope's newest stamp (see <see cref="ContentScope"/>).</summary>
public sealed record ScopeStamp(string Scope, long Version);

public interface IContentChangeRepository
{
    /// <summary>The scopes stamped after <paramref name="version"/>, oldest first; every scope when it is negative.</summary>
    Task<IReadOnlyList<ScopeStamp>> ReadSinceAsync(long version, CancellationToken cancellationToken);

    /// <summary>When the newest of <paramref name="scopes"/> changed: a representation built from them has that Last-Modified.</summary>
    Task<DateTimeOffset> LastModifiedAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken);
}

public sealed class ContentChangeRepository(SqliteConnectionFactory connections) : IContentChangeRepository
{
    private const string ReadSinceSql = """
        SELECT scope AS Scope, version AS Version FROM content_scopes WHERE version > @Version ORDER BY version, scope;
        """;

    // A scope nothing has written since the migration has no row of its own: the database-wide time stands in.
    private const string LastModifiedSql = """
        SELECT coalesce(max(s.updated_at), (SELECT updated_at FROM content_state WHERE id = 1))
        FROM content_scopes s WHERE s.scope IN @Scopes;
        """;

    public async Task<IReadOnlyList<ScopeStamp>> ReadSinceAsync(long version, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ScopeStamp>(
            new CommandDefinition(ReadSinceSql, new { Version = version }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<DateTimeOffset> LastModifiedAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var updatedAt = await connection.ExecuteScalarAsync<string>(
            new CommandDefinition(LastModifiedSql, new { Scopes = scopes }, cancellationToken: cancellationToken));
        return Timestamps.Parse(updatedAt!);
    }
}
