namespace ContentApi.Keys;

/// <summary>An API key as the API keeps it: everything but the key itself, of which only a hash is stored.</summary>
/// <param name="Id">The key's public id, also the start of the key (<c>ca_&lt;id&gt;_…</c>).</param>
/// <param name="Name">Who or what the key is for, as given when it was created.</param>
/// <param name="Scopes">What the key may do.</param>
/// <param name="CreatedAt">When the key was created (UTC).</param>
/// <param name="LastUsedAt">When a request last authenticated with it (UTC; written at most once a minute); null if never.</param>
/// <param name="RevokedAt">When it was revoked (UTC); null while it works.</param>
public sealed record ApiKeyResponse(
    string Id, string Name, [property: ApiScopeValues] IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>The key a request was sent with.</summary>
/// <param name="Id">The key's public id.</param>
/// <param name="Name">Who or what the key is for.</param>
/// <param name="Scopes">What the key may do.</param>
public sealed record CurrentKeyResponse(string Id, string Name, [property: ApiScopeValues] IReadOnlyList<string> Scopes);
