using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sql;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContentApi.Articles;

public interface IArticleRepository
{
    /// <summary>Article summaries: published ones, or drafts too for <see cref="ContentVisibility.IncludingDrafts"/>.</summary>
    Task<PagedResponse<ArticleSummaryResponse>> ListAsync(ArticleListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>
    /// The published article (any, for <see cref="ContentVisibility.IncludingDrafts"/>) with the collections in <paramref name="parts"/> as the JSON the API serves, or null.
    /// At most <see cref="ArticleRepository.AggregateStatementCount"/> statements, each prepared once per pooled connection,
    /// whatever the article's size. Its links are written against <paramref name="linkBase"/>.
    /// </summary>
    Task<ArticleJson?> FindAsync(string slug, ArticleParts parts, string linkBase, ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>The ordered sections of a published article (any, for <see cref="ContentVisibility.IncludingDrafts"/>), or null when there is no such article.</summary>
    Task<IReadOnlyList<SectionResponse>?> ListSectionsAsync(string slug, ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>The health conditions an article is about, in its order.</summary>
    Task<IReadOnlyList<ConditionRow>> ListConditionsAsync(long articleId, CancellationToken cancellationToken);
}

public sealed class ArticleRepository(IContentConnections connections, IOptions<JsonOptions> json) : IArticleRepository
{
    // The serializer's own writer settings, so the JSON built here is what it would write. The writers' structure is
    // fixed (and tested), so the writer need not check it on every token.
    private readonly JsonWriterOptions _writerOptions = new()
    {
        Encoder = json.Value.SerializerOptions.Encoder,
        Indented = json.Value.SerializerOptions.WriteIndented,
        SkipValidation = true,
    };

    /// <summary>How many SQL statements one whole-article read runs, whatever the article's size.</summary>
    public static int AggregateStatementCount => ArticleJsonWriter.StatementCount;

    private readonly string _publishedSectionsSql = ArticleSql.SectionsOf(ArticleSql.PublishedArticleId, connections.Dialect);

    private readonly string _previewSectionsSql = ArticleSql.SectionsOf(ArticleSql.AnyArticleId, connections.Dialect);

    private static readonly SortColumns Sorts = ArticleSorts.Columns;

    public async Task<PagedResponse<ArticleSummaryResponse>> ListAsync(
        ArticleListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var filter = new SqlFilter(dialect)
            .When(visibility == ContentVisibility.Published, "a.status = 'published'")
            .When(!string.IsNullOrEmpty(query.Category), dialect.EqualsIgnoringCase("a.category", "@Category"), new { query.Category })
            .When(!string.IsNullOrEmpty(query.Q), $"({dialect.Contains("lower(a.title)", "lower(@Q)")} OR {dialect.Contains("lower(a.summary)", "lower(@Q)")})", new { query.Q });
        var summaryColumns = dialect == SqlDialect.Sqlite ? ArticleSql.SummaryColumns : ArticleSql.PostgreSql.SummaryColumns;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<ArticleRow>(
            connection, $"{summaryColumns}, {ArticleSql.HeroImageColumns}", ArticleSql.WithHeroImage, OrderBy(query.Sort, dialect), paging, countFrom: "articles a");
        return PagedResponse.Create(page, paging, row => row.ToSummary());
    }

    private static string OrderBy(string? sort, SqlDialect dialect) =>
        string.IsNullOrEmpty(sort) && dialect == SqlDialect.PostgreSql ? ArticleSorts.PostgreSqlDefaultOrder : Sorts.OrderBy(sort, dialect);

    public async Task<ArticleJson?> FindAsync(string slug, ArticleParts parts, string linkBase, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return connection switch
        {
            SqliteConnection sqlite => ArticleJsonWriter.Read(sqlite, slug, parts, linkBase, visibility, _writerOptions),
            NpgsqlConnection postgreSql => await ArticleJsonWriter.ReadAsync(postgreSql, slug, parts, linkBase, visibility, _writerOptions, cancellationToken),
            _ => throw new NotSupportedException($"No article reader for {connection.GetType().Name}."),
        };
    }

    public async Task<IReadOnlyList<SectionResponse>?> ListSectionsAsync(string slug, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            visibility == ContentVisibility.Published ? _publishedSectionsSql : _previewSectionsSql, new { Slug = slug }, cancellationToken: cancellationToken));
        return await results.ReadSingleAsync<int>() == 0 ? null : await ReadSectionsAsync(results);
    }

    public async Task<IReadOnlyList<ConditionRow>> ListConditionsAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ConditionRow>(
            new CommandDefinition(ArticleSql.Conditions, new { ArticleId = articleId }, cancellationToken: cancellationToken))];
    }

    /// <summary>Reads the sections, blocks and block items result sets and nests them.</summary>
    private static async Task<IReadOnlyList<SectionResponse>> ReadSectionsAsync(SqlMapper.GridReader results)
    {
        var sections = await results.ReadAsync<SectionRow>();
        var blocks = (await results.ReadAsync<BlockRow>()).ToLookup(block => block.SectionId);
        var items = (await results.ReadAsync<BlockItemRow>()).ToLookup(item => item.BlockId, item => item.Text);
        return sections.Select(section => new SectionResponse(
            section.Key, section.Position, section.Heading,
            blocks[section.Id].Select(block => block.Kind == "list"
                ? (BlockResponse)new ListBlock(block.Text, block.ListStyle!, items[block.Id].ToList(), block.SourceKey)
                : new ParagraphBlock(block.Text!, block.SourceKey)).ToList())).ToList();
    }
}
