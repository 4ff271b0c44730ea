using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sources;
using ContentApi.Sql;
using Dapper;

namespace ContentApi.DoseRanges;

public interface IDoseRangeRepository
{
    Task<PagedResponse<DoseRangeResponse>> ListAsync(DoseRangeListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<DoseRangeResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>Every figure that applies to one person: their sex (or both), their life stage or general, their age.</summary>
    Task<IReadOnlyList<DoseRangeResponse>> ForPersonAsync(string substance, double ageMonths, string sex, string lifeStage, ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>The ages, in months, that a life stage's recommended intakes cover: [min, max).</summary>
    Task<(int MinMonths, int? MaxMonths)?> RecommendedAgeCoverageAsync(string substance, string lifeStage, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListSubstancesAsync(ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>The interactions every dose answer for the substance carries (<c>interactions.dose_caution</c>), most severe first.</summary>
    Task<IReadOnlyList<DoseCaution>> ListCautionsAsync(string substance, ContentVisibility visibility, CancellationToken cancellationToken);
}

public sealed class DoseRangeRepository(IContentConnections connections) : IDoseRangeRepository
{
    internal const string Select = $"""
        d.id AS Id, d.substance AS Substance, d.form AS Form, d.route AS Route, d.kind AS Kind, d.sex AS Sex,
        d.life_stage AS LifeStage, d.age_min_months AS AgeMinMonths, d.age_max_months AS AgeMaxMonths, d.age_label AS AgeLabel,
        d.min_amount AS MinAmount, d.max_amount AS MaxAmount, d.unit AS Unit, d.per AS Per, d.applies_to AS AppliesTo,
        d.note AS Note, d.updated_at AS UpdatedAt, {SourcedRow.Columns}
        """;

    internal const string From = "dose_ranges d JOIN sources s ON s.id = d.source_id";

    public async Task<PagedResponse<DoseRangeResponse>> ListAsync(DoseRangeListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var filter = new SqlFilter(dialect)
            .Visible("d", visibility)
            .When(!string.IsNullOrEmpty(query.Substance), dialect.EqualsIgnoringCase("d.substance", "@Substance"), new { query.Substance })
            .When(!string.IsNullOrEmpty(query.Kind), dialect.EqualsIgnoringCase("d.kind", "@Kind"), new { query.Kind })
            .When(!string.IsNullOrEmpty(query.Sex), "(d.sex IS NULL OR d.sex = lower(@Sex))", new { query.Sex })
            .When(!string.IsNullOrEmpty(query.LifeStage), "d.life_stage = lower(@LifeStage)", new { query.LifeStage })
            .When(!string.IsNullOrEmpty(query.AppliesTo), "d.applies_to = lower(@AppliesTo)", new { query.AppliesTo })
            .When(query.AgeInMonths is not null,
                "d.age_min_months <= @AgeInMonths AND (d.age_max_months IS NULL OR @AgeInMonths < d.age_max_months)",
                new { query.AgeInMonths });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<DoseRangeRow>(connection, Select, From, DoseRangeSorts.Columns.OrderBy(query.Sort, dialect), paging, "dose_ranges d");
        return PagedResponse.Create(page, paging, row => row.ToResponse());
    }

    public async Task<DoseRangeResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DoseRangeRow>(
            new CommandDefinition($"SELECT {Select} FROM {From} WHERE d.id = @Id AND {PublicRows.Visible("d", visibility, connections.Dialect)};", new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }

    public async Task<IReadOnlyList<DoseRangeResponse>> ForPersonAsync(
        string substance, double ageMonths, string sex, string lifeStage, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT {Select} FROM {From}
            WHERE {connections.Dialect.EqualsIgnoringCase("d.substance", "@Substance")} AND (d.sex IS NULL OR d.sex = @Sex) AND {PublicRows.Visible("d", visibility, connections.Dialect)}
              AND d.life_stage IN ('general', @LifeStage)
              AND d.age_min_months <= @AgeMonths AND (d.age_max_months IS NULL OR @AgeMonths < d.age_max_months)
            ORDER BY d.id;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DoseRangeRow>(new CommandDefinition(
            sql, new { Substance = substance, Sex = sex, LifeStage = lifeStage, AgeMonths = ageMonths }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToResponse()).ToList();
    }

    public async Task<(int MinMonths, int? MaxMonths)?> RecommendedAgeCoverageAsync(string substance, string lifeStage, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT min(d.age_min_months) AS MinMonths, max(d.age_max_months) AS MaxMonths,
                   count(*) FILTER (WHERE d.age_max_months IS NULL) AS OpenEnded
            FROM dose_ranges d WHERE {connections.Dialect.EqualsIgnoringCase("d.substance", "@Substance")} AND d.life_stage = @LifeStage AND d.kind IN ('RDA', 'AI') AND {PublicRows.Visible("d", visibility, connections.Dialect)};
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<AgeCoverageRow>(
            new CommandDefinition(sql, new { Substance = substance, LifeStage = lifeStage }, cancellationToken: cancellationToken));
        return row.MinMonths is null ? null : (row.MinMonths.Value, row.OpenEnded > 0 ? null : row.MaxMonths);
    }

    public async Task<IReadOnlyList<string>> ListSubstancesAsync(ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var substances = await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT d.substance FROM dose_ranges d WHERE {PublicRows.Visible("d", visibility, connections.Dialect)} ORDER BY d.substance;", cancellationToken: cancellationToken));
        return substances.AsList();
    }

    public async Task<IReadOnlyList<DoseCaution>> ListCautionsAsync(string substance, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT i.id AS Id, i.name AS Name, i.guidance AS Guidance, i.mechanism AS Mechanism, i.severity AS Severity, {SourcedRow.Columns}
            FROM interactions i JOIN sources s ON s.id = i.source_id
            WHERE {connections.Dialect.EqualsIgnoringCase("i.substance", "@Substance")} AND i.dose_caution = 1 AND {PublicRows.Visible("i", visibility, connections.Dialect)}
            ORDER BY {Interactions.InteractionRepository.SeverityRank} DESC, i.id;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DoseCautionRow>(
            new CommandDefinition(sql, new { Substance = substance }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToCaution()).ToList();
    }
}

internal sealed class DoseCautionRow : SourcedRow
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Guidance { get; set; } = "";
    public string Mechanism { get; set; } = "";
    public string Severity { get; set; } = "";

    public DoseCaution ToCaution() => new(Name, Guidance, Mechanism, Severity, Source, $"/api/interactions/{Id}");
}

internal sealed class AgeCoverageRow
{
    public int? MinMonths { get; set; }
    public int? MaxMonths { get; set; }
    public int OpenEnded { get; set; }
}

internal sealed class DoseRangeRow : SourcedRow
{
    public DateTimeOffset UpdatedAt { get; set; }
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
        new DoseAmount(MinAmount, MaxAmount, Unit, Per), AppliesTo, Note, Source, UpdatedAt);
}
