namespace ContentApi.Caching;

/// <summary>
/// The names of what a write can touch (migration 0007 stamps them in <c>content_scopes</c>): one scope per article,
/// for everything that belongs to it, and one per list, for every row that shows in it. A cached representation
/// is stale once any scope it was built from has a newer stamp than the representation.
/// </summary>
public static class ContentScope
{
    public const string Articles = "articles";
    public const string DoseRanges = "dose-ranges";
    public const string Foods = "foods";
    public const string Interactions = "interactions";
    public const string SideEffects = "side-effects";
    public const string Remedies = "remedies";
    public const string Sources = "sources";

    /// <summary>Every article's approved comments (migration 0018 stamps it, with the article, when what the public sees of them changes).</summary>
    public const string Comments = "comments";

    /// <summary>One article and everything it embeds: sections, blocks, figures, related articles, cited sources.</summary>
    public static string Article(long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"article:{id}");
}

/// <summary>
/// A response that knows the scopes it was read from better than its endpoint does: an article (narrower than every
/// article, so a write elsewhere leaves it cached), or a source with the items citing it (wider than the sources).
/// </summary>
public interface IContentScoped
{
    IReadOnlyList<string> ContentScopes { get; }

    /// <summary>When the scopes last changed, when the response read it with its content (it saves a query).</summary>
    DateTimeOffset? ContentLastModified => null;
}
