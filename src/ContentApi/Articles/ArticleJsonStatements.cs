using ContentApi.Database;
using ContentApi.Preview;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ContentApi.Articles;

/// <summary>Opens the statements of one whole-article read on one connection, each as a row to read.</summary>
internal interface IArticleStatements<out TRow>
    where TRow : struct, IArticleRow
{
    /// <summary>The article row by slug: only a published one, or any for a preview.</summary>
    TRow Article(ContentVisibility visibility, string slug);

    /// <summary>The rows of one of <see cref="ArticleJsonWriter"/>'s collections of the article.</summary>
    TRow Collection(ArticleJsonWriter.Collection collection, long articleId, string linkBase);
}

internal static partial class ArticleJsonWriter
{
    /// <summary>SQLite: statements prepared once per pooled connection and read in place (<see cref="RawStatement"/>).</summary>
    private readonly struct SqliteStatements(SqliteConnection connection) : IArticleStatements<RawStatement>
    {
        private static readonly byte[] ArticleStatement = RawStatement.Encode(ArticleSql.Article);

        private static readonly byte[] PreviewArticleStatement = RawStatement.Encode(ArticleSql.ArticleIncludingDrafts);

        public RawStatement Article(ContentVisibility visibility, string slug) => RawStatement
            .Prepare(connection, visibility == ContentVisibility.Published ? ArticleStatement : PreviewArticleStatement)
            .Bind("@Slug", slug);

        public RawStatement Collection(Collection collection, long articleId, string linkBase)
        {
            var rows = RawStatement.Prepare(connection, collection.Statement).Bind("@ArticleId", articleId);
            return collection.WritesLinks ? rows.Bind("@LinkBase", linkBase) : rows;
        }
    }

    /// <summary>
    /// PostgreSQL: every statement is run before the writer starts, asynchronously (a synchronous read over the network
    /// held a thread-pool thread per request and took the uncached article from thousands of requests a second to
    /// hundreds under load): the article's row, then the collections asked for in one batch, one round trip. The writer
    /// then reads the rows from memory.
    /// </summary>
    private readonly struct PostgreSqlStatements(IReadOnlyList<object?[]> article, Dictionary<ArticleParts, IReadOnlyList<object?[]>> collections)
        : IArticleStatements<BufferedArticleRow>
    {
        public static async Task<PostgreSqlStatements> LoadAsync(
            NpgsqlConnection connection, string slug, ArticleParts parts, string linkBase, ContentVisibility visibility, CancellationToken cancellationToken)
        {
            var sql = visibility == ContentVisibility.Published ? ArticleSql.PostgreSql.Article : ArticleSql.PostgreSql.ArticleIncludingDrafts;
            await using var batch = new NpgsqlBatch(connection) { BatchCommands = { Command(sql, ("Slug", slug)) } };
            var article = (await ReadAsync(batch, cancellationToken))[0];
            var collections = new Dictionary<ArticleParts, IReadOnlyList<object?[]>>();
            var wanted = Collections.Where(collection => parts.HasFlag(collection.Part)).ToList();
            if (article.Count == 0 || wanted.Count == 0)
            {
                return new PostgreSqlStatements(article, collections);
            }

            var articleId = Convert.ToInt64(article[0][0], System.Globalization.CultureInfo.InvariantCulture);
            await using var rows = new NpgsqlBatch(connection);
            foreach (var collection in wanted)
            {
                rows.BatchCommands.Add(collection.WritesLinks
                    ? Command(collection.PostgreSql, ("ArticleId", articleId), ("LinkBase", linkBase))
                    : Command(collection.PostgreSql, ("ArticleId", articleId)));
            }

            var results = await ReadAsync(rows, cancellationToken);
            for (var i = 0; i < wanted.Count; i++)
            {
                collections[wanted[i].Part] = results[i];
            }

            return new PostgreSqlStatements(article, collections);
        }

        public BufferedArticleRow Article(ContentVisibility visibility, string slug) => new(new BufferedArticleRow.Cursor(article));

        public BufferedArticleRow Collection(Collection collection, long articleId, string linkBase) =>
            new(new BufferedArticleRow.Cursor(collections[collection.Part]));

        private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return command;
        }

        /// <summary>Every result set of the batch, each row's values in column order (DBNull for NULL).</summary>
        private static async Task<List<IReadOnlyList<object?[]>>> ReadAsync(NpgsqlBatch batch, CancellationToken cancellationToken)
        {
            var results = new List<IReadOnlyList<object?[]>>();
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            do
            {
                var rows = new List<object?[]>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var values = new object?[reader.FieldCount];
                    reader.GetValues(values!);
                    rows.Add(values);
                }

                results.Add(rows);
            }
            while (await reader.NextResultAsync(cancellationToken));

            return results;
        }
    }
}
