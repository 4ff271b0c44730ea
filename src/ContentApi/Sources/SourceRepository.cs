using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sql;
using Dapper;

namespace ContentApi.Sources;

public interface ISourceRepository
{
    /// <summary>Sources belong to no article, so a preview lists the same ones.</summary>
    Task<PagedResponse<SourceResponse>> ListAsync(SourceListQuery query, PagingQuery paging, CancellationToken cancellationToken);

    /// <summary>One source with what cites it: in published articles and public items, or drafts' too for <see cref="ContentVisibility.IncludingDrafts"/>.</summary>
    Task<SourceResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken);
}

public sealed class SourceRepository(IContentConnections connections) : ISourceRepository
{
    private const string Select = "s.id AS Id, s.key AS Key, s.title AS Title, s.publisher AS Publisher, s.url AS Url, s.citation AS Citation, s.updated_at AS UpdatedAt";
    private const string From = "sources s";

    public async Task<PagedResponse<SourceResponse>> ListAsync(SourceListQuery query, PagingQuery paging, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var filter = new SqlFilter(dialect)
            .When(!string.IsNullOrEmpty(query.Q),
                $"({dialect.Contains("lower(s.key)", "lower(@Q)")} OR {dialect.Contains("lower(s.title)", "lower(@Q)")} OR {dialect.Contains("lower(s.publisher)", "lower(@Q)")})",
                new { query.Q });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<SourceRow>(connection, Select, From, SourceSorts.Columns.OrderBy(query.Sort, dialect), paging);
        return PagedResponse.Create(page, paging, row => row.ToResponse());
    }

    /// <summary>One source with everything that cites it (<see cref="SourceResponse.CitedBy"/>).</summary>
    public async Task<SourceResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"SELECT {Select} FROM {From} WHERE s.id = @Id; {CitedBySql(visibility, connections.Dialect)}", new { Id = id }, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<SourceRow>();
        var citations = (await results.ReadAsync<CitationRow>()).AsList();
        if (row is null)
        {
            return null;
        }

        return row.ToResponse() with { CitedBy = citations.Select(citation => citation.ToCitation()).ToList() };
    }

    /// <summary>
    /// Every row that cites source <c>@Id</c>, grouped by type (blocks first) and then in a fixed order: blocks in
    /// reading order, the rest by id. Blocks count only in published articles, whose sections have a public address,
    /// and items only where public reads serve them; a preview's lists drafts' too, as its reads show them.
    /// Built once per visibility: the public statement's text stays fixed (prepared statements are cached by it).
    /// </summary>
    internal static string CitedBySql(ContentVisibility visibility, SqlDialect dialect) => (visibility, dialect) switch
    {
        (ContentVisibility.Published, SqlDialect.Sqlite) => PublishedCitedBySql,
        (_, SqlDialect.Sqlite) => PreviewCitedBySql,
        (ContentVisibility.Published, _) => PostgreSqlPublishedCitedBySql,
        _ => PostgreSqlPreviewCitedBySql,
    };

    private static readonly string PublishedCitedBySql = BuildCitedBySql(ContentVisibility.Published, SqlDialect.Sqlite);

    private static readonly string PreviewCitedBySql = BuildCitedBySql(ContentVisibility.IncludingDrafts, SqlDialect.Sqlite);

    private static readonly string PostgreSqlPublishedCitedBySql = BuildCitedBySql(ContentVisibility.Published, SqlDialect.PostgreSql);

    private static readonly string PostgreSqlPreviewCitedBySql = BuildCitedBySql(ContentVisibility.IncludingDrafts, SqlDialect.PostgreSql);

    private static string BuildCitedBySql(ContentVisibility visibility, SqlDialect dialect)
    {
        // A preview's citations of a draft link to their preview, the only read that shows them (as its search hits do).
        string Href(string path, string published) => visibility == ContentVisibility.Published
            ? path
            : $"{path} || CASE WHEN {published} THEN '' ELSE '?{PreviewQuery.Name}=true' END";
        string Published(string alias) => PublicRows.Visible(alias, ContentVisibility.Published);
        const string PublishedArticle = "a.status = 'published'";

        return $"""
            SELECT Type, Id, Label, Href FROM (
                SELECT 1 AS TypeOrder, 'block' AS Type, b.id AS Id, a.title || ': ' || sec.heading AS Label,
                       {Href("'/api/articles/' || a.slug || '/sections/' || sec.anchor_key", PublishedArticle)} AS Href,
                       a.id AS Order1, sec.position AS Order2, b.position AS Order3
                FROM blocks b JOIN sections sec ON sec.id = b.section_id JOIN articles a ON a.id = sec.article_id
                WHERE b.source_id = @Id AND {(visibility == ContentVisibility.Published ? PublishedArticle : dialect.True())}
                UNION ALL
                SELECT 2, 'doseRange', d.id,
                       d.substance || ' ' || d.kind || ' (' || coalesce(d.sex, 'any sex') ||
                       CASE d.life_stage WHEN 'general' THEN '' ELSE ', ' || d.life_stage END || ', ' || d.age_label || ')',
                       {Href("'/api/dose-ranges/' || d.id", Published("d"))}, d.id, 0, 0
                FROM dose_ranges d WHERE d.source_id = @Id AND {PublicRows.Visible("d", visibility, dialect)}
                UNION ALL
                SELECT 3, 'food', f.id, f.name || ', ' || f.serving, {Href("'/api/foods/' || f.id", Published("f"))}, f.id, 0, 0
                FROM foods f WHERE f.source_id = @Id AND {PublicRows.Visible("f", visibility, dialect)}
                UNION ALL
                SELECT 4, 'interaction', i.id, i.name, {Href("'/api/interactions/' || i.id", Published("i"))}, i.id, 0, 0
                FROM interactions i WHERE i.source_id = @Id AND {PublicRows.Visible("i", visibility, dialect)}
                UNION ALL
                SELECT 5, 'sideEffect', e.id, e.name, {Href("'/api/side-effects/' || e.id", Published("e"))}, e.id, 0, 0
                FROM side_effects e WHERE e.source_id = @Id AND {PublicRows.Visible("e", visibility, dialect)}
                UNION ALL
                SELECT 6, 'remedy', r.id, r.name, {Href("'/api/remedies/' || r.id", Published("r"))}, r.id, 0, 0
                FROM remedies r WHERE r.source_id = @Id AND {PublicRows.Visible("r", visibility, dialect)}
            ){(dialect == SqlDialect.Sqlite ? "" : " AS cited")}
            ORDER BY TypeOrder, Order1, Order2, Order3;
            """;
    }
}

internal sealed class CitationRow
{
    public string Type { get; set; } = "";
    public int Id { get; set; }
    public string Label { get; set; } = "";
    public string Href { get; set; } = "";

    public SourceCitation ToCitation() => new(Type, Id, Label, Href);
}

internal sealed class SourceRow
{
    public DateTimeOffset UpdatedAt { get; set; }
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string? Url { get; set; }
    public string? Citation { get; set; }

    public SourceResponse ToResponse() => new(Id, Key, Title, Publisher, Url, Citation, UpdatedAt);
}
