using System.Data.Common;
using ContentApi.Database;
using Dapper;

namespace ContentApi.Editing;

/// <summary>
/// Rewrites of an article's body index each section once, not once per block and list item: while the write holds a
/// row in search_batch the block and item triggers step aside (migration 0015), and the end of <see cref="RunAsync"/> rebuilds the
/// section documents the write touched (by position) in both search indexes, then removes the row, in the same transaction. Per-row triggers
/// rebuilt a whole section for every row, so a body's cost grew with the square of its rows. On PostgreSQL the block and
/// item triggers honour the same row (postgresql/0003), and search_refresh() does the rebuild; the row, inserted and
/// deleted in one transaction, is never seen by another.
/// </summary>
internal static class SearchBatch
{
    private const string Begin = "INSERT INTO search_batch (id) VALUES (1);";

    // The public index holds published articles' sections and the draft index the others' (their views say which);
    // a section deleted by the write left both through its own trigger. The positions come as one JSON array, so the
    // statement text (and its prepared statement) is the same whatever the count.
    private const string End = """
        DELETE FROM search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = @ArticleId AND position IN (SELECT value FROM json_each(@Positions)));
        INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
            SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
            WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = @ArticleId AND position IN (SELECT value FROM json_each(@Positions)));
        DELETE FROM draft_search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = @ArticleId AND position IN (SELECT value FROM json_each(@Positions)));
        INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
            SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
            WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = @ArticleId AND position IN (SELECT value FROM json_each(@Positions)));
        DELETE FROM search_batch;
        """;

    private const string PostgreSqlEnd = """
        SELECT search_refresh('section', ARRAY(SELECT id FROM sections WHERE article_id = @ArticleId AND position = ANY(@Positions)));
        DELETE FROM search_batch;
        """;

    /// <summary>
    /// Runs <paramref name="write"/> (which writes the sections at <paramref name="positions"/> of article
    /// <paramref name="articleId"/>) with the triggers aside, then indexes those sections.
    /// </summary>
    public static async Task RunAsync(
        DbConnection connection, SqlDialect dialect, long articleId, IEnumerable<int> positions, Func<Task> write, CancellationToken cancellationToken)
    {
        await connection.ExecutePreparedAsync(new CommandDefinition(Begin, cancellationToken: cancellationToken));
        await write();
        await connection.ExecutePreparedAsync(dialect == SqlDialect.Sqlite
            ? new CommandDefinition(End, new { ArticleId = articleId, Positions = $"[{string.Join(',', positions)}]" }, cancellationToken: cancellationToken)
            : new CommandDefinition(PostgreSqlEnd, new { ArticleId = articleId, Positions = positions.ToArray() }, cancellationToken: cancellationToken));
    }
}
