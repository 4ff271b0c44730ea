namespace ContentApi.Articles;

/// <summary>The collections of the article aggregate, so a request can read only what it returns.</summary>
[Flags]
public enum ArticleParts
{
    None = 0,
    Sections = 1,
    DoseRanges = 2,
    Foods = 4,
    Interactions = 8,
    SideEffects = 16,
    Remedies = 32,
    RelatedArticles = 64,
    Sources = 128,
    All = Sections | DoseRanges | Foods | Interactions | SideEffects | Remedies | RelatedArticles | Sources,
}

internal static class ArticlePartNames
{
    /// <summary>Maps member names (any case) to parts; names that are not collections map to nothing.</summary>
    public static ArticleParts Parse(IEnumerable<string> names) => names.Aggregate(ArticleParts.None, (parts, name) =>
        parts | (Enum.TryParse<ArticleParts>(name, ignoreCase: true, out var part) && part is not ArticleParts.All ? part : ArticleParts.None));
}
