namespace ContentApi.Sql;

/// <summary>
/// Which rows of an article's collections (dose ranges, foods, interactions, side effects, remedies) public reads serve:
/// those of no article, and those of a published one. A draft's items stay out of every list, lookup, check, plan and
/// detail (404) and search until it is published. Written once, here, so a preview read can change it in one place.
/// </summary>
internal static class PublicRows
{
    /// <summary>The condition for the collection row aliased <paramref name="alias"/> (a code literal such as "f", never input).</summary>
    public static string Visible(string alias) =>
        $"({alias}.article_id IS NULL OR {alias}.article_id IN (SELECT id FROM articles WHERE status = 'published'))";

    /// <summary>
    /// The search index rowids (type × 10^12 + id, as the search_documents view of migration 0003 numbers them) of the
    /// items public reads do not serve: the index holds every item, so search leaves these out when it reads.
    /// </summary>
    public static readonly string HiddenSearchRowids = $"""
        SELECT 3000000000000 + f.id FROM foods f WHERE NOT {Visible("f")}
        UNION ALL SELECT 4000000000000 + i.id FROM interactions i WHERE NOT {Visible("i")}
        UNION ALL SELECT 5000000000000 + e.id FROM side_effects e WHERE NOT {Visible("e")}
        UNION ALL SELECT 6000000000000 + r.id FROM remedies r WHERE NOT {Visible("r")}
        """;
}
