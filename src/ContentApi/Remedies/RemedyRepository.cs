using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sources;
using ContentApi.Sql;
using Dapper;
using System.Data.Common;

namespace ContentApi.Remedies;

public interface IRemedyRepository
{
    Task<PagedResponse<RemedyResponse>> ListAsync(RemedyListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<RemedyResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken);
}

public sealed class RemedyRepository(IContentConnections connections) : IRemedyRepository
{
    internal const string Select = $"""
        r.id AS Id, r.kind AS Kind, r.name AS Name, r.description AS Description, r.evidence_level AS EvidenceLevel,
        r.dependence_note AS DependenceNote, r.augmentation_note AS AugmentationNote, r.updated_at AS UpdatedAt, {SourcedRow.Columns}
        """;

    internal const string From = "remedies r JOIN sources s ON s.id = r.source_id";

    internal static string ExamplesSql(SqlDialect dialect) => $"""
        SELECT remedy_id AS ParentId, generic_name AS Name FROM remedy_examples
        WHERE {dialect.InList("remedy_id", "@Ids")} ORDER BY remedy_id, position;
        """;

    public async Task<PagedResponse<RemedyResponse>> ListAsync(RemedyListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var filter = new SqlFilter(dialect)
            .Visible("r", visibility)
            .When(!string.IsNullOrEmpty(query.Kind), "r.kind = lower(@Kind)", new { query.Kind })
            .When(!string.IsNullOrEmpty(query.Q), $"""
                ({dialect.Contains("lower(r.name)", "lower(@Q)")} OR {dialect.Contains("lower(r.description)", "lower(@Q)")}
                 OR EXISTS (SELECT 1 FROM remedy_examples x WHERE x.remedy_id = r.id AND {dialect.Contains("lower(x.generic_name)", "lower(@Q)")}))
                """, new { query.Q });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<RemedyRow>(connection, Select, From, RemedySorts.Columns.OrderBy(query.Sort, dialect), paging, "remedies r");
        return PagedResponse.Create(page, paging, await ToResponsesAsync(connection, page.Rows));
    }

    public async Task<RemedyResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<RemedyRow>(
            new CommandDefinition($"SELECT {Select} FROM {From} WHERE r.id = @Id AND {PublicRows.Visible("r", visibility, connections.Dialect)};", new { Id = id }, cancellationToken: cancellationToken))).AsList();
        return rows.Count == 0 ? null : (await ToResponsesAsync(connection, rows))[0];
    }

    private async Task<IReadOnlyList<RemedyResponse>> ToResponsesAsync(DbConnection connection, IReadOnlyList<RemedyRow> rows)
    {
        var examples = await ChildNames.LoadAsync(connection, ExamplesSql(connections.Dialect), rows.Select(row => row.Id));
        return rows.Select(row => row.ToResponse(examples[row.Id].ToList())).ToList();
    }
}

internal sealed class RemedyRow : SourcedRow
{
    public DateTimeOffset UpdatedAt { get; set; }
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? EvidenceLevel { get; set; }
    public string? DependenceNote { get; set; }
    public string? AugmentationNote { get; set; }

    public RemedyResponse ToResponse(IReadOnlyList<string> examples) =>
        new(Id, Kind, Name, Description, examples, EvidenceLevel, DependenceNote, AugmentationNote, Source, UpdatedAt);
}
