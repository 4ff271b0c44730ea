using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Sources;
using Dapper;

namespace ContentApi.DoseRanges;

public interface IDoseRangeRepository
{
    Task<PagedResponse<DoseRangeResponse>> ListAsync(DoseRangeListQuery query, PagingQuery paging, CancellationToken cancellationToken);

    Task<DoseRangeResponse?> FindAsync(int id, CancellationToken cancellationToken);
}

public sealed class DoseRangeRepository(SqliteConnectionFactory connections) : IDoseRangeRepository
{
    internal const string Select = $"""
        d.id AS Id, d.substance AS Substance, d.form AS Form, d.route AS Route, d.kind AS Kind, d.sex AS Sex,
        d.life_stage AS LifeStage, d.age_min_months AS AgeMinMonths, d.age_max_months AS AgeMaxMonths, d.age_label AS AgeLabel,
        d.min_amount AS MinAmount, d.max_amount AS MaxAmount, d.unit AS Unit, d.per AS Per, d.applies_to AS AppliesTo,
        d.note AS Note, {SourcedRow.Columns}
        """;

    internal const string From = "dose_ranges d JOIN sources s ON s.id = d.source_id";

    private static readonly SortColumns Sorts = new("d.id", "d.id", new Dictionary<string, string>
    {
        ["substance"] = "d.substance COLLATE NOCASE",
        ["kind"] = "d.kind COLLATE NOCASE",
        ["age"] = "d.age_min_months",
        ["amount"] = "coalesce(d.max_amount, d.min_amount)",
    });

    public async Task<PagedResponse<DoseRangeResponse>> ListAsync(DoseRangeListQuery query, PagingQuery paging, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .When(!string.IsNullOrEmpty(query.Substance), "d.substance = @Substance COLLATE NOCASE", new { query.Substance })
            .When(!string.IsNullOrEmpty(query.Kind), "d.kind = @Kind COLLATE NOCASE", new { query.Kind })
            .When(!string.IsNullOrEmpty(query.Sex), "(d.sex IS NULL OR d.sex = lower(@Sex))", new { query.Sex })
            .When(!string.IsNullOrEmpty(query.LifeStage), "d.life_stage = lower(@LifeStage)", new { query.LifeStage })
            .When(!string.IsNullOrEmpty(query.AppliesTo), "d.applies_to = lower(@AppliesTo)", new { query.AppliesTo })
            .When(query.AgeInMonths is not null,
                "d.age_min_months <= @AgeInMonths AND (d.age_max_months IS NULL OR @AgeInMonths < d.age_max_months)",
                new { query.AgeInMonths });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var (rows, total) = await filter.QueryPageAsync<DoseRangeRow>(connection, Select, From, Sorts.OrderBy(query.Sort), paging);
        return PagedResponse.Create(rows.Select(row => row.ToResponse()).ToList(), paging, total);
    }

    public async Task<DoseRangeResponse?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DoseRangeRow>(
            new CommandDefinition($"SELECT {Select} FROM {From} WHERE d.id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }
}

internal sealed class DoseRangeRow : SourcedRow
{
    public int Id { get; set; }
    public string Substance { get; set; } = "";
    public string Form { get; set; } = "";
    public string Route { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Sex { get; set; }
    public string LifeStage { get; set; } = "";
    public int AgeMinMonths { get; set; }
    public int? AgeMaxMonths { get; set; }
    public string AgeLabel { get; set; } = "";
    public double? MinAmount { get; set; }
    public double? MaxAmount { get; set; }
    public string Unit { get; set; } = "";
    public string Per { get; set; } = "";
    public string AppliesTo { get; set; } = "";
    public string? Note { get; set; }

    public DoseRangeResponse ToResponse() => new(
        Id, Substance, Form, Route, Kind, Sex ?? "any", LifeStage, new AgeBand(AgeMinMonths, AgeMaxMonths, AgeLabel),
        new DoseAmount(MinAmount, MaxAmount, Unit, Per), AppliesTo, Note, Source);
}
