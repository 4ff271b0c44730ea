using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sources;
using ContentApi.Sql;
using Dapper;
using System.Data.Common;

namespace ContentApi.Interactions;

public interface IInteractionRepository
{
    Task<PagedResponse<InteractionResponse>> ListAsync(InteractionListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<InteractionResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<IReadOnlyList<InteractionResponse>> FindManyAsync(IEnumerable<int> ids, ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>Every name (generic, brand, class, condition) that points at an interaction with the substance.</summary>
    Task<IReadOnlyList<InteractionAlias>> ListAliasesAsync(string substance, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListSubstancesAsync(ContentVisibility visibility, CancellationToken cancellationToken);
}

/// <summary>A name that identifies an interaction.</summary>
public sealed class InteractionAlias
{
    public int InteractionId { get; set; }
    public string Kind { get; set; } = "";
    public string Alias { get; set; } = "";
    public string AliasType { get; set; } = "";
}

public sealed class InteractionRepository(IContentConnections connections) : IInteractionRepository
{
    internal const string Select = $"""
        i.id AS Id, i.kind AS Kind, i.name AS Name, i.drug_class AS DrugClass, i.mechanism AS Mechanism, i.guidance AS Guidance,
        i.hours_before_magnesium AS HoursBeforeMagnesium, i.hours_after_magnesium AS HoursAfterMagnesium,
        i.hours_after_max AS HoursAfterMax, i.severity AS Severity, i.updated_at AS UpdatedAt, {SourcedRow.Columns}
        """;

    internal const string From = "interactions i JOIN sources s ON s.id = i.source_id";

    internal static string ExamplesSql(SqlDialect dialect) => $"""
        SELECT interaction_id AS ParentId, generic_name AS Name FROM interaction_examples
        WHERE {dialect.InList("interaction_id", "@Ids")} ORDER BY interaction_id, position;
        """;

    internal const string SeverityRank = "CASE i.severity WHEN 'minor' THEN 1 WHEN 'moderate' THEN 2 ELSE 3 END";

    public async Task<PagedResponse<InteractionResponse>> ListAsync(InteractionListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var filter = new SqlFilter(dialect)
            .Visible("i", visibility)
            .When(!string.IsNullOrEmpty(query.Kind), "i.kind = lower(@Kind)", new { query.Kind })
            .When(!string.IsNullOrEmpty(query.Severity), "i.severity = lower(@Severity)", new { query.Severity })
            .When(!string.IsNullOrEmpty(query.Name), $"""
                ({dialect.Contains("lower(i.name)", "lower(@Name)")} OR {dialect.Contains("lower(coalesce(i.drug_class, ''))", "lower(@Name)")}
                 OR EXISTS (SELECT 1 FROM interaction_examples x WHERE x.interaction_id = i.id AND {dialect.Contains("lower(x.generic_name)", "lower(@Name)")}))
                """, new { query.Name });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<InteractionRow>(connection, Select, From, InteractionSorts.Columns.OrderBy(query.Sort, dialect), paging, "interactions i");
        return PagedResponse.Create(page, paging, await ToResponsesAsync(connection, page.Rows));
    }

    public async Task<InteractionResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken) =>
        (await FindManyAsync([id], visibility, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<InteractionResponse>> FindManyAsync(IEnumerable<int> ids, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<InteractionRow>(new CommandDefinition(
            $"SELECT {Select} FROM {From} WHERE {connections.Dialect.InList("i.id", "@Ids")} AND {PublicRows.Visible("i", visibility, connections.Dialect)} ORDER BY i.id;", new { Ids = ids.ToArray() }, cancellationToken: cancellationToken))).AsList();
        return rows.Count == 0 ? [] : await ToResponsesAsync(connection, rows);
    }

    public async Task<IReadOnlyList<InteractionAlias>> ListAliasesAsync(string substance, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT a.interaction_id AS InteractionId, i.kind AS Kind, a.alias AS Alias, a.alias_type AS AliasType
            FROM interaction_aliases a JOIN interactions i ON i.id = a.interaction_id
            WHERE {connections.Dialect.EqualsIgnoringCase("i.substance", "@Substance")} AND {PublicRows.Visible("i", visibility, connections.Dialect)} ORDER BY a.id;
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<InteractionAlias>(
            new CommandDefinition(sql, new { Substance = substance }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<string>> ListSubstancesAsync(ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT lower(i.substance) FROM interactions i WHERE i.substance IS NOT NULL AND {PublicRows.Visible("i", visibility, connections.Dialect)} ORDER BY 1;", cancellationToken: cancellationToken))).AsList();
    }

    private async Task<IReadOnlyList<InteractionResponse>> ToResponsesAsync(DbConnection connection, IReadOnlyList<InteractionRow> rows)
    {
        var examples = await ChildNames.LoadAsync(connection, ExamplesSql(connections.Dialect), rows.Select(row => row.Id));
        return rows.Select(row => row.ToResponse(examples[row.Id].ToList())).ToList();
    }
}

internal sealed class InteractionRow : SourcedRow
{
    public DateTimeOffset UpdatedAt { get; set; }
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? DrugClass { get; set; }
    public string Mechanism { get; set; } = "";
    public string Guidance { get; set; } = "";
    public double? HoursBeforeMagnesium { get; set; }
    public double? HoursAfterMagnesium { get; set; }
    public double? HoursAfterMax { get; set; }
    public string Severity { get; set; } = "";

    public InteractionResponse ToResponse(IReadOnlyList<string> examples) => new(
        Id, Kind, Name, DrugClass, examples, Mechanism, Guidance,
        HoursBeforeMagnesium is null && HoursAfterMagnesium is null ? null : new DoseSpacing(HoursBeforeMagnesium, HoursAfterMagnesium, HoursAfterMax),
        Severity, Source, UpdatedAt);
}
