using ContentApi.Database;
using Dapper;

namespace ContentApi.Keys;

/// <summary>A key to store: its hash, never its text.</summary>
public sealed record NewApiKey(string Id, string Name, IReadOnlyList<string> Scopes, byte[] KeyHash, DateTimeOffset CreatedAt);

/// <summary>A revoked key, and whether it was revoked already (then it keeps the time it was first revoked).</summary>
public sealed record Revocation(ApiKeyResponse Key, bool AlreadyRevoked);

/// <summary>A stored key and the hash a presented key must match.</summary>
public sealed record StoredApiKey(ApiKeyResponse Key, byte[] KeyHash);

public interface IApiKeyRepository
{
    /// <summary>Stores the key; false when its id is already taken (the caller draws another).</summary>
    Task<bool> TryCreateAsync(NewApiKey key, CancellationToken cancellationToken);

    /// <summary>Every key, revoked ones too, oldest first.</summary>
    Task<IReadOnlyList<ApiKeyResponse>> ListAsync(CancellationToken cancellationToken);

    Task<StoredApiKey?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Revokes the key at <paramref name="at"/> unless it already was; null when no key has the id.</summary>
    Task<Revocation?> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    Task MarkUsedAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}

public sealed class ApiKeyRepository(IContentConnections connections) : IApiKeyRepository
{
    private const string Columns = """
        id AS Id, name AS Name, scopes AS Scopes, key_hash AS KeyHash, created_at AS CreatedAt,
        last_used_at AS LastUsedAt, revoked_at AS RevokedAt
        """;

    // A taken id inserts nothing rather than failing: the issuer then draws another.
    private const string InsertSql = """
        INSERT INTO api_keys (id, name, scopes, key_hash, created_at) VALUES (@Id, @Name, @Scopes, @KeyHash, @CreatedAt)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string ListSql = $"SELECT {Columns} FROM api_keys ORDER BY created_at, id;";

    private const string FindSql = $"SELECT {Columns} FROM api_keys WHERE id = @Id;";

    private const string RevokeSql = $"UPDATE api_keys SET revoked_at = @At WHERE id = @Id AND revoked_at IS NULL RETURNING {Columns};";

    private const string MarkUsedSql = "UPDATE api_keys SET last_used_at = @At WHERE id = @Id;";

    /// <summary>Scopes are stored space-separated, as OAuth writes them.</summary>
    private const char ScopeSeparator = ' ';

    public async Task<bool> TryCreateAsync(NewApiKey key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertSql,
            new { key.Id, key.Name, Scopes = string.Join(ScopeSeparator, key.Scopes), key.KeyHash, key.CreatedAt },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<IReadOnlyList<ApiKeyResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(ListSql, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToResponse()).ToList();
    }

    public async Task<StoredApiKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : new StoredApiKey(row.ToResponse(), row.KeyHash);
    }

    public async Task<Revocation?> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // One transaction, so "already revoked" is what the row held when this revocation ran.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var revoked = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(
            new CommandDefinition(RevokeSql, new { Id = id, At = at }, transaction, cancellationToken: cancellationToken));
        var row = revoked ?? await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(
            new CommandDefinition(FindSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row is null ? null : new Revocation(row.ToResponse(), AlreadyRevoked: revoked is null);
    }

    public async Task MarkUsedAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkUsedSql, new { Id = id, At = at }, cancellationToken: cancellationToken));
    }

    private sealed class ApiKeyRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Scopes { get; set; } = "";
        public byte[] KeyHash { get; set; } = [];
        public string CreatedAt { get; set; } = "";
        public string? LastUsedAt { get; set; }
        public string? RevokedAt { get; set; }

        public ApiKeyResponse ToResponse() => new(
            Id, Name, Scopes.Split(ScopeSeparator, StringSplitOptions.RemoveEmptyEntries),
            Timestamps.Parse(CreatedAt), Timestamps.ParseOptional(LastUsedAt), Timestamps.ParseOptional(RevokedAt));
    }
}
