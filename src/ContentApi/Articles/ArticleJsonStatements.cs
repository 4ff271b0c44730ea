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

    /// <summary>PostgreSQL: one command per statement, its rows read through Npgsql's data reader.</summary>
    private readonly struct PostgreSqlStatements(NpgsqlConnection connection) : IArticleStatements<DataReaderArticleRow>
    {
        public DataReaderArticleRow Article(ContentVisibility visibility, string slug) => Run(
            visibility == ContentVisibility.Published ? ArticleSql.PostgreSql.Article : ArticleSql.PostgreSql.ArticleIncludingDrafts,
            ("Slug", slug));

        public DataReaderArticleRow Collection(Collection collection, long articleId, string linkBase) => collection.WritesLinks
            ? Run(collection.PostgreSql, ("ArticleId", articleId), ("LinkBase", linkBase))
            : Run(collection.PostgreSql, ("ArticleId", articleId));

        private DataReaderArticleRow Run(string sql, params (string Name, object Value)[] parameters)
        {
            var command = new NpgsqlCommand(sql, connection);
            try
            {
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                return new DataReaderArticleRow(command, command.ExecuteReader());
            }
            catch
            {
                command.Dispose();
                throw;
            }
        }
    }
}
