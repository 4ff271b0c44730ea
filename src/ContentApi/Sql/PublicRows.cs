using ContentApi.Preview;

namespace ContentApi.Sql;

/// <summary>
/// Which rows of an article's collections (dose ranges, foods, interactions, side effects, remedies) a read serves:
/// public reads, those of no article and those of a published one (a draft's items stay out of every list, lookup,
/// check, plan and detail (404) and search until it is published); a preview, every row. Written once, here.
/// </summary>
internal static class PublicRows
{
    /// <summary>
    /// The condition for the collection row aliased <paramref name="alias"/> (a code literal such as "f", never input).
    /// A preview's is the constant "1", so a public statement's text (which prepared statements are cached by) is as it was.
    /// </summary>
    public static string Visible(string alias, ContentVisibility visibility) =>
        visibility == ContentVisibility.Published ? Published(alias) : "1";

    /// <summary>
    /// The search index rowids (type × 10^12 + id, as the search_documents view of migration 0003 numbers them) of the
    /// items public reads do not serve: the index holds every item, so search leaves these out when it reads.
    /// </summary>
    public static readonly string HiddenSearchRowids = $"""
        SELECT 3000000000000 + f.id FROM foods f WHERE NOT {Published("f")}
        UNION ALL SELECT 4000000000000 + i.id FROM interactions i WHERE NOT {Published("i")}
        UNION ALL SELECT 5000000000000 + e.id FROM side_effects e WHERE NOT {Published("e")}
        UNION ALL SELECT 6000000000000 + r.id FROM remedies r WHERE NOT {Published("r")}
        """;

    private static string Published(string alias) =>
        $"({alias}.article_id IS NULL OR {alias}.article_id IN (SELECT id FROM articles WHERE status = 'published'))";
}
