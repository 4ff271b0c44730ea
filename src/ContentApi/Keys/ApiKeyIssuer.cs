namespace ContentApi.Keys;

/// <summary>A new key: its text, shown this once and never stored, and what is stored.</summary>
public sealed record IssuedApiKey(string Key, ApiKeyResponse Stored);

/// <summary>Creates keys: draws one at random, stores its hash, and hands its text back once.</summary>
public sealed class ApiKeyIssuer(IApiKeyRepository keys, TimeProvider time)
{
    // Ids are 50 random bits, so a taken one is all but impossible; a few draws settle it, and more would mean a fault.
    private const int Draws = 5;

    public const int MaxNameLength = 100;

    /// <summary>Refuses a name or scopes a key cannot have, with an <see cref="ArgumentException"/> saying why.</summary>
    public static void Check(string name, IReadOnlyList<string> scopes)
    {
        if (name.Trim().Length is 0 or > MaxNameLength || name.Any(char.IsControl))
        {
            throw new ArgumentException($"A key's name is 1 to {MaxNameLength} characters with no control characters.");
        }

        var unknown = scopes.Except(ApiScopes.All, StringComparer.Ordinal).FirstOrDefault();
        if (scopes.Count == 0 || unknown is not null)
        {
            throw new ArgumentException(
                $"A key holds one or more of {string.Join(", ", ApiScopes.All)}{(unknown is null ? "" : $"; '{unknown}' is none of them")}.");
        }
    }

    public async Task<IssuedApiKey> IssueAsync(string name, IReadOnlyList<string> scopes, CancellationToken cancellationToken = default)
    {
        Check(name, scopes);
        var createdAt = ApiKeyTime.Now(time);
        for (var draw = 0; draw < Draws; draw++)
        {
            var (id, key) = ApiKeyText.Generate();
            var stored = new NewApiKey(id, name.Trim(), scopes.Distinct(StringComparer.Ordinal).ToList(), ApiKeyText.Hash(key), createdAt);
            if (await keys.TryCreateAsync(stored, cancellationToken))
            {
                return new IssuedApiKey(key, new ApiKeyResponse(id, stored.Name, stored.Scopes, createdAt, LastUsedAt: null, RevokedAt: null));
            }
        }

        throw new InvalidOperationException($"{Draws} random key ids in a row were taken; the random number generator is not random.");
    }
}
