using ContentApi.Database;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Remedies;
using ContentApi.SideEffects;
using ContentApi.Sources;
using Dapper;

namespace ContentApi.Articles;

public interface IArticleRepository
{
    Task<PagedResponse<ArticleSummaryResponse>> ListAsync(ArticleListQuery query, PagingQuery paging, CancellationToken cancellationToken);

    /// <summary>The whole published article, or null. Runs <see cref="ArticleRepository.AggregateStatementCount"/> statements in one round trip.</summary>
    Task<ArticleResponse?> FindAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The ordered sections of a published article, or null when there is no such article.</summary>
    Task<IReadOnlyList<SectionResponse>?> ListSectionsAsync(string slug, CancellationToken cancellationToken);
}

public sealed class ArticleRepository(SqliteConnectionFactory connections) : IArticleRepository
{
    private const string ArticleId = ArticleSql.PublishedArticleId;

    /// <summary>
    /// The aggregate: article, sections, blocks, items, then each related collection. The count is fixed
    /// by this text, not by the article's size (no N+1).
    /// </summary>
    private const string AggregateSql = $"""
        {ArticleSql.Article}
        {ArticleSql.Sections}
        {ArticleSql.Blocks}
        {ArticleSql.BlockItems}
        SELECT {DoseRangeRepository.Select} FROM {DoseRangeRepository.From} WHERE d.article_id = {ArticleId} ORDER BY d.id;
        SELECT {FoodRepository.Select} FROM {FoodRepository.From} WHERE f.article_id = {ArticleId} ORDER BY f.amount_mg DESC, f.id;
        SELECT {InteractionRepository.Select} FROM {InteractionRepository.From} WHERE i.article_id = {ArticleId}
            ORDER BY {InteractionRepository.SeverityRank} DESC, i.id;
        SELECT x.interaction_id AS ParentId, x.generic_name AS Name FROM interaction_examples x
            WHERE x.interaction_id IN (SELECT id FROM interactions WHERE article_id = {ArticleId}) ORDER BY x.interaction_id, x.position;
        SELECT {SideEffectRepository.Select} FROM {SideEffectRepository.From} WHERE e.article_id = {ArticleId} ORDER BY e.position, e.id;
        SELECT {RemedyRepository.Select} FROM {RemedyRepository.From} WHERE r.article_id = {ArticleId} ORDER BY r.position, r.id;
        SELECT x.remedy_id AS ParentId, x.generic_name AS Name FROM remedy_examples x
            WHERE x.remedy_id IN (SELECT id FROM remedies WHERE article_id = {ArticleId}) ORDER BY x.remedy_id, x.position;
        {ArticleSql.RelatedArticles}
        {ArticleSql.Sources}
        """;

    /// <summary>How many SQL statements one aggregate read runs, whatever the article's size.</summary>
    public static int AggregateStatementCount { get; } = AggregateSql.Count(character => character == ';');

    private const string SectionsSql = $"""
        SELECT count(*) FROM articles WHERE slug = @Slug AND status = 'published';
        {ArticleSql.Sections}
        {ArticleSql.Blocks}
        {ArticleSql.BlockItems}
        """;

    private static readonly SortColumns Sorts = new("a.published_at DESC", "a.id", new Dictionary<string, string>
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
        var (rows, total) = await filter.QueryPageAsync<ArticleRow>(connection, ArticleSql.ArticleColumns, "articles a", Sorts.OrderBy(query.Sort), paging);
        return PagedResponse.Create(rows.Select(row => row.ToSummary()).ToList(), paging, total);
    }

    public async Task<ArticleResponse?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(AggregateSql, new { Slug = slug }, cancellationToken: cancellationToken));

        var article = await results.ReadSingleOrDefaultAsync<ArticleRow>();
        if (article is null)
        {
            return null;
        }

        var sections = await ReadSectionsAsync(results);
        var doseRanges = (await results.ReadAsync<DoseRangeRow>()).Select(row => row.ToResponse()).ToList();
        var foods = (await results.ReadAsync<FoodRow>()).Select(row => row.ToResponse()).ToList();
        var interactionRows = await results.ReadAsync<InteractionRow>();
        var interactionExamples = await ReadChildNamesAsync(results);
        var sideEffects = (await results.ReadAsync<SideEffectRow>()).Select(row => row.ToResponse()).ToList();
        var remedyRows = await results.ReadAsync<RemedyRow>();
        var remedyExamples = await ReadChildNamesAsync(results);
        var related = (await results.ReadAsync<RelatedArticleRow>()).Select(row => row.ToResponse()).ToList();
        var sources = (await results.ReadAsync<SourceRow>()).Select(row => row.ToResponse()).ToList();

        return new ArticleResponse(
            article.Id, article.Slug, article.Title, article.Summary, article.Category, article.HeroImage, article.Status,
            ArticleRow.Timestamp(article.PublishedAt), ArticleRow.Timestamp(article.UpdatedAt)!.Value,
            ArticleRow.Timestamp(article.LastReviewedAt), ArticleRow.Timestamp(article.NextReviewAt),
            article.Disclaimer, article.Version,
            sections, doseRanges, foods,
            interactionRows.Select(row => row.ToResponse(interactionExamples[row.Id].ToList())).ToList(),
            sideEffects,
            remedyRows.Select(row => row.ToResponse(remedyExamples[row.Id].ToList())).ToList(),
            related, sources);
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

    private static async Task<ILookup<int, string>> ReadChildNamesAsync(SqlMapper.GridReader results) =>
        (await results.ReadAsync<ChildNames.ChildNameRow>()).ToLookup(row => row.ParentId, row => row.Name);
}
