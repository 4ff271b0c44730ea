using ContentApi.Sql;

namespace ContentApi.Articles;

/// <summary>The sorts <c>GET /api/articles</c> accepts and the SQL each orders by; the validator and the OpenAPI document read them too.</summary>
public sealed class ArticleSorts : ISortOptions
{
    public static SortColumns Columns { get; } = new("a.published_at DESC, a.id DESC", "a.id", new Dictionary<string, string>
    {
        ["title"] = "a.title COLLATE NOCASE",
        ["publishedAt"] = "a.published_at",
        ["updatedAt"] = "a.updated_at",
    });

    /// <summary>
    /// The default order on PostgreSQL, which sorts NULL above every value where SQLite sorts it below: a preview's drafts
    /// (no publishedAt) come last on both.
    /// </summary>
    public const string PostgreSqlDefaultOrder = "a.published_at DESC NULLS LAST, a.id DESC";
}
