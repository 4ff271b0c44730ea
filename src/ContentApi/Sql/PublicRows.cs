namespace ContentApi.Sql;

/// <summary>
/// Which rows of an article's collections (dose ranges, foods, interactions, side effects, remedies) public reads serve:
/// those of no article, and those of a published one. A draft's items stay out of every list, lookup, check, plan and
/// detail (404) until it is published. Written once, here, so a preview read can change it in one place.
/// </summary>
internal static class PublicRows
{
    /// <summary>The condition for the collection row aliased <paramref name="alias"/> (a code literal such as "f", never input).</summary>
    public static string Visible(string alias) =>
        $"({alias}.article_id IS NULL OR {alias}.article_id IN (SELECT id FROM articles WHERE status = 'published'))";
}
