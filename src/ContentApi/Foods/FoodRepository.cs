using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sources;
using ContentApi.Sql;
using Dapper;

namespace ContentApi.Foods;

public interface IFoodRepository
{
    Task<PagedResponse<FoodResponse>> ListAsync(FoodListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<FoodResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken);

    /// <summary>Every food measured for a nutrient, richest first.</summary>
    Task<IReadOnlyList<FoodResponse>> ListByNutrientAsync(string nutrient, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListNutrientsAsync(ContentVisibility visibility, CancellationToken cancellationToken);
}

public sealed class FoodRepository(IContentConnections connections) : IFoodRepository
{
    internal const string Select = $"""
        f.id AS Id, f.name AS Name, f.serving AS Serving, f.nutrient AS Nutrient, f.amount_mg AS AmountMg,
        f.amount_max_mg AS AmountMaxMg, f.percent_daily_value AS PercentDailyValue, f.updated_at AS UpdatedAt, {SourcedRow.Columns}
        """;

    internal const string From = "foods f JOIN sources s ON s.id = f.source_id";

    public async Task<PagedResponse<FoodResponse>> ListAsync(FoodListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var filter = new SqlFilter(dialect)
            .Visible("f", visibility)
            .When(!string.IsNullOrEmpty(query.Nutrient), dialect.EqualsIgnoringCase("f.nutrient", "@Nutrient"), new { query.Nutrient })
            .When(query.MinAmountMg is not null, "f.amount_mg >= @MinAmountMg", new { MinAmountMg = query.MinAmountMg?.Value })
            .When(!string.IsNullOrEmpty(query.Q), dialect.Contains("lower(f.name)", "lower(@Q)"), new { query.Q });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<FoodRow>(connection, Select, From, FoodSorts.Columns.OrderBy(query.Sort, dialect), paging, "foods f");
        return PagedResponse.Create(page, paging, row => row.ToResponse());
    }

    public async Task<FoodResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FoodRow>(
            new CommandDefinition($"SELECT {Select} FROM {From} WHERE f.id = @Id AND {PublicRows.Visible("f", visibility, connections.Dialect)};", new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }

    public async Task<IReadOnlyList<FoodResponse>> ListByNutrientAsync(string nutrient, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FoodRow>(new CommandDefinition(
            $"SELECT {Select} FROM {From} WHERE {connections.Dialect.EqualsIgnoringCase("f.nutrient", "@Nutrient")} AND {PublicRows.Visible("f", visibility, connections.Dialect)} ORDER BY f.amount_mg DESC, f.id;",
            new { Nutrient = nutrient }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToResponse()).ToList();
    }

    public async Task<IReadOnlyList<string>> ListNutrientsAsync(ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT lower(f.nutrient) FROM foods f WHERE {PublicRows.Visible("f", visibility, connections.Dialect)} ORDER BY 1;", cancellationToken: cancellationToken))).AsList();
    }
}

internal sealed class FoodRow : SourcedRow
{
    public DateTimeOffset UpdatedAt { get; set; }
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Serving { get; set; } = "";
    public string Nutrient { get; set; } = "";
    public double AmountMg { get; set; }
    public double? AmountMaxMg { get; set; }
    public int PercentDailyValue { get; set; }

    public FoodResponse ToResponse() => new(Id, Name, Serving, Nutrient, AmountMg, AmountMaxMg, PercentDailyValue, Source, UpdatedAt);
}
