using ContentApi.Database;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Remedies;
using ContentApi.SideEffects;
using ContentApi.Sources;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Articles;

public interface IArticleRepository
{
    Task<PagedResponse<ArticleSummaryResponse>> ListAsync(ArticleListQuery query, PagingQuery paging, CancellationToken cancellationToken);

    /// <summary>
    /// The published article with the collections in <paramref name="parts"/>, or null. All of it is one round trip
    /// of at most <see cref="ArticleRepository.AggregateStatementCount"/> statements.
    /// </summary>
    Task<ArticleResponse?> FindAsync(string slug, ArticleParts parts, CancellationToken cancellationToken);

    /// <summary>
    /// The published article with the collections in <paramref name="parts"/> as the JSON the API serves, or null.
    /// One prepared statement for the article and one per collection, whatever the article's size.
    /// </summary>
    Task<ArticleJson?> FindJsonAsync(string slug, ArticleParts parts, CancellationToken cancellationToken);

    /// <summary>The ordered sections of a published article, or null when there is no such article.</summary>
    Task<IReadOnlyList<SectionResponse>?> ListSectionsAsync(string slug, CancellationToken cancellationToken);
}

public sealed class ArticleRepository(SqliteConnectionFactory connections, IOptions<JsonOptions> json) : IArticleRepository
{
    // The serializer's own writer settings, so the JSON built here is what it would write. The writers' structure is
    // fixed (and tested), so the writer need not check it on every token.
    private readonly JsonWriterOptions _writerOptions = new()
    {
        Encoder = json.Value.SerializerOptions.Encoder,
        Indented = json.Value.SerializerOptions.WriteIndented,
        SkipValidation = true,
    };

    private const string ArticleId = ArticleSql.PublishedArticleId;

    /// <summary>
    /// The aggregate's statements per part: the article row, then each collection asked for. The count is
    /// fixed by the parts, never by the article's size (no N+1). Built once per combination of parts.
    /// </summary>
    private static readonly (ArticleParts Part, string Sql)[] PartSql =
    [
        (ArticleParts.Sections, ArticleSql.Sections + ArticleSql.Blocks + ArticleSql.BlockItems),
        (ArticleParts.DoseRanges, $"SELECT {DoseRangeRepository.Select} FROM {DoseRangeRepository.From} WHERE d.article_id = {ArticleId} ORDER BY d.id;"),
        (ArticleParts.Foods, $"SELECT {FoodRepository.Select} FROM {FoodRepository.From} WHERE f.article_id = {ArticleId} ORDER BY f.amount_mg DESC, f.id DESC;"),
        (ArticleParts.Interactions, $"""
            SELECT {InteractionRepository.Select} FROM {InteractionRepository.From} WHERE i.article_id = {ArticleId}
                ORDER BY {InteractionRepository.SeverityRank} DESC, i.id;
            SELECT x.interaction_id AS ParentId, x.generic_name AS Name FROM interaction_examples x
                WHERE x.interaction_id IN (SELECT id FROM interactions WHERE article_id = {ArticleId}) ORDER BY x.interaction_id, x.position;
            """),
        (ArticleParts.SideEffects, $"SELECT {SideEffectRepository.Select} FROM {SideEffectRepository.From} WHERE e.article_id = {ArticleId} ORDER BY e.position, e.id;"),
        (ArticleParts.Remedies, $"""
            SELECT {RemedyRepository.Select} FROM {RemedyRepository.From} WHERE r.article_id = {ArticleId} ORDER BY r.position, r.id;
            SELECT x.remedy_id AS ParentId, x.generic_name AS Name FROM remedy_examples x
                WHERE x.remedy_id IN (SELECT id FROM remedies WHERE article_id = {ArticleId}) ORDER BY x.remedy_id, x.position;
            """),
        (ArticleParts.RelatedArticles, ArticleSql.RelatedArticles),
        (ArticleParts.Sources, ArticleSql.Sources),
    ];

    private static readonly string?[] AggregateSqlByParts = new string?[(int)ArticleParts.All + 1];

    /// <summary>How many SQL statements one whole-article read runs, whatever the article's size.</summary>
    public static int AggregateStatementCount { get; } = AggregateSql(ArticleParts.All).Count(character => character == ';');

    private static string AggregateSql(ArticleParts parts) =>
        AggregateSqlByParts[(int)parts] ??= ArticleSql.Article + string.Concat(PartSql.Where(entry => parts.HasFlag(entry.Part)).Select(entry => entry.Sql));

    private const string SectionsSql = $"""
        SELECT count(*) FROM articles WHERE slug = @Slug AND status = 'published';
        {ArticleSql.Sections}
        {ArticleSql.Blocks}
        {ArticleSql.BlockItems}
        """;

    private static readonly SortColumns Sorts = new("a.published_at DESC, a.id DESC", "a.id", new Dictionary<string, string>
    {
        ["title"] = "a.title COLLATE NOCASE",
        ["publishedAt"] = "a.published_at",
        ["updatedAt"] = "a.updated_at",
    });

    public async Task<PagedResponse<ArticleSummaryResponse>> ListAsync(ArticleListQuery query, PagingQuery paging, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .When(true, "a.status = 'published'")
            .When(!string.IsNullOrEmpty(query.Category), "a.category = @Category COLLATE NOCASE", new { query.Category })
            .When(!string.IsNullOrEmpty(query.Q), "(instr(lower(a.title), lower(@Q)) > 0 OR instr(lower(a.summary), lower(@Q)) > 0)", new { query.Q });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<ArticleRow>(
            connection, ArticleSql.ArticleColumns, "articles a", Sorts.OrderBy(query.Sort), paging, ArticleSql.ContentUpdatedAt);
        return PagedResponse.Create(page, paging, row => row.ToSummary());
    }

    public async Task<ArticleResponse?> FindAsync(string slug, ArticleParts parts, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(AggregateSql(parts), new { Slug = slug }, cancellationToken: cancellationToken));

        var article = await results.ReadSingleOrDefaultAsync<ArticleRow>();
        if (article is null)
        {
            return null;
        }

        // Result sets arrive in PartSql order; each is read only when its part was asked for.
        var sections = parts.HasFlag(ArticleParts.Sections) ? await ReadSectionsAsync(results) : null;
        var doseRanges = parts.HasFlag(ArticleParts.DoseRanges)
            ? (await results.ReadAsync<DoseRangeRow>()).Select(row => row.ToResponse()).ToList() : null;
        var foods = parts.HasFlag(ArticleParts.Foods)
            ? (await results.ReadAsync<FoodRow>()).Select(row => row.ToResponse()).ToList() : null;
        var interactions = parts.HasFlag(ArticleParts.Interactions) ? await ReadWithExamplesAsync<InteractionRow, InteractionResponse>(
            results, row => row.Id, (row, examples) => row.ToResponse(examples)) : null;
        var sideEffects = parts.HasFlag(ArticleParts.SideEffects)
            ? (await results.ReadAsync<SideEffectRow>()).Select(row => row.ToResponse()).ToList() : null;
        var remedies = parts.HasFlag(ArticleParts.Remedies) ? await ReadWithExamplesAsync<RemedyRow, RemedyResponse>(
            results, row => row.Id, (row, examples) => row.ToResponse(examples)) : null;
        var related = parts.HasFlag(ArticleParts.RelatedArticles)
            ? (await results.ReadAsync<RelatedArticleRow>()).Select(row => row.ToResponse()).ToList() : null;
        var sources = parts.HasFlag(ArticleParts.Sources)
            ? (await results.ReadAsync<SourceRow>()).Select(row => row.ToResponse()).ToList() : null;

        return new ArticleResponse(
            article.Id, article.Slug, article.Title, article.Summary, article.Category, article.HeroImage, article.Status,
            Timestamps.ParseOptional(article.PublishedAt), Timestamps.Parse(article.UpdatedAt),
            Timestamps.ParseOptional(article.LastReviewedAt), Timestamps.ParseOptional(article.NextReviewAt),
            article.Disclaimer, article.Version,
            sections, doseRanges, foods, interactions, sideEffects, remedies, related, sources);
    }

    public async Task<ArticleJson?> FindJsonAsync(string slug, ArticleParts parts, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return ArticleJsonWriter.Read(connection, slug, parts, _writerOptions);
    }

    public async Task<IReadOnlyList<SectionResponse>?> ListSectionsAsync(string slug, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SectionsSql, new { Slug = slug }, cancellationToken: cancellationToken));
        return await results.ReadSingleAsync<int>() == 0 ? null : await ReadSectionsAsync(results);
    }

    /// <summary>Reads the sections, blocks and block items result sets and nests them.</summary>
    private static async Task<IReadOnlyList<SectionResponse>> ReadSectionsAsync(SqlMapper.GridReader results)
    {
        var sections = await results.ReadAsync<SectionRow>();
        var blocks = (await results.ReadAsync<BlockRow>()).ToLookup(block => block.SectionId);
        var items = (await results.ReadAsync<BlockItemRow>()).ToLookup(item => item.BlockId, item => item.Text);
        return sections.Select(section => new SectionResponse(
            section.Key, section.Position, section.Heading,
            blocks[section.Id].Select(block => new BlockResponse(
                block.Kind, block.Text, block.ListStyle,
                block.Kind == "list" ? items[block.Id].ToList() : null,
                block.SourceKey)).ToList())).ToList();
    }

    /// <summary>Reads a result set of rows and the next one of their example names, and joins them.</summary>
    private static async Task<List<TResponse>> ReadWithExamplesAsync<TRow, TResponse>(
        SqlMapper.GridReader results, Func<TRow, int> id, Func<TRow, IReadOnlyList<string>, TResponse> toResponse)
    {
        var rows = await results.ReadAsync<TRow>();
        var examples = (await results.ReadAsync<ChildNames.ChildNameRow>()).ToLookup(row => row.ParentId, row => row.Name);
        return rows.Select(row => toResponse(row, examples[id(row)].ToList())).ToList();
    }
}
