using ContentApi.Database;
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
    public static string Visible(string alias, ContentVisibility visibility) => Visible(alias, visibility, SqlDialect.Sqlite);

    /// <summary>The same condition in <paramref name="dialect"/>: only a preview's constant differs.</summary>
    public static string Visible(string alias, ContentVisibility visibility, SqlDialect dialect) =>
        visibility == ContentVisibility.Published ? Published(alias) : dialect.True();

    /// <summary>
    /// The search index rowids (type × 10^12 + id, as the search_documents view of migration 0003 numbers them) of the
    /// items public reads do not serve: the index holds every item, so search leaves these out when it reads.
    /// </summary>
    public const string HiddenSearchRowids = $"""
        SELECT 3000000000000 + f.id FROM {Unpublished} a JOIN foods f ON f.article_id = a.id
        UNION ALL SELECT 4000000000000 + i.id FROM {Unpublished} a JOIN interactions i ON i.article_id = a.id
        UNION ALL SELECT 5000000000000 + e.id FROM {Unpublished} a JOIN side_effects e ON e.article_id = a.id
        UNION ALL SELECT 6000000000000 + r.id FROM {Unpublished} a JOIN remedies r ON r.article_id = a.id
        """;

    /// <summary>
    /// The articles that are not published, read through their partial index (migration 0016): a few rows however many
    /// articles are published. Both conditions start from it: asking every row's article whether it is published built
    /// a set of every published id per statement, and the hidden search rows scanned every food (5 -> 36 ms a search
    /// over 10,001 articles).
    /// </summary>
    public const string Unpublished = "(SELECT id FROM articles WHERE status <> 'published')";

    private static string Published(string alias) =>
        $"({alias}.article_id IS NULL OR {alias}.article_id NOT IN {Unpublished})";
}
