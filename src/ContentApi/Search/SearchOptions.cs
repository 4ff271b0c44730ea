namespace ContentApi.Search;

/// <summary>Settings of the <c>Search</c> section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How many matches a search ranks by relevance (bm25), at most. Ranking costs about 0.6 µs per match, so a query that
    /// matches everything in a large library would take tens of milliseconds; past this many matches the first ones in
    /// index order (articles, then sections, foods, interactions, side effects, remedies; older before newer within each)
    /// are ranked and the rest follow them unranked, in index order. 5,000 keeps one search near 5 ms.
    /// </summary>
    public int RankedMatchLimit { get; set; } = 5000;
}
