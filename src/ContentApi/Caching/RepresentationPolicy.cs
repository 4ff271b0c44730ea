namespace ContentApi.Caching;

/// <summary>
/// Endpoint metadata of a cached read: the scopes its responses are read from (unless the response names a narrower
/// one, <see cref="IContentScoped"/>) and the query parameters it binds, which are all that go into its cache key.
/// </summary>
public sealed class RepresentationPolicy(IReadOnlyList<string> scopes, IReadOnlyList<string> queryNames)
{
    public IReadOnlyList<string> Scopes { get; } = scopes;

    /// <summary>The bound query parameters, in ordinal order.</summary>
    public IReadOnlyList<string> QueryNames { get; } = queryNames;
}
