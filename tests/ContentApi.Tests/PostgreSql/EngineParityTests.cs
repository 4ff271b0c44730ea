using System.Text.Json;
using ContentApi.Caching;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Remedies;
using ContentApi.SideEffects;
using ContentApi.Sources;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The same seed read through the same repositories gives the same response records, in the same order, on SQLite and
/// on PostgreSQL: every list in every sort, the detail reads and the lookups. Records are compared whole (as JSON, so
/// nested lists count and their order too).
/// </summary>
[Collection(PostgreSqlTests.Name)]
public sealed partial class EngineParityTests(ThrowawayCluster cluster, EngineParityTests.SeededPair databases) : IAsyncLifetime, IClassFixture<EngineParityTests.SeededPair>
{
    private static readonly PagingQuery FirstHundred = new() { PageSize = QueryNumbers.Of(100) };
    private static readonly PagingQuery SecondPageOfThree = new() { Page = QueryNumbers.Of(2), PageSize = QueryNumbers.Of(3) };

    public Task InitializeAsync() => databases.SeedOnceAsync(cluster);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string?> SourceSortKeys => Sorts(SourceSorts.Columns.Keys);

    public static TheoryData<string?> FoodSortKeys => Sorts(FoodSorts.Columns.Keys);

    public static TheoryData<string?> SideEffectSortKeys => Sorts(SideEffectSorts.Columns.Keys);

    public static TheoryData<string?> RemedySortKeys => Sorts(RemedySorts.Columns.Keys);

    public static TheoryData<string?> DoseRangeSortKeys => Sorts(DoseRangeSorts.Columns.Keys);

    public static TheoryData<string?> InteractionSortKeys => Sorts(InteractionSorts.Columns.Keys);

    [Theory]
    [MemberData(nameof(SourceSortKeys))]
    public Task SourcesListTheSame(string? sort) => AssertSameAsync(connections => new SourceRepository(connections)
        .ListAsync(new SourceListQuery { Sort = sort }, FirstHundred, default));

    [Theory]
    [MemberData(nameof(FoodSortKeys))]
    public Task FoodsListTheSame(string? sort) => AssertSameAsync(async connections =>
    {
        var foods = new FoodRepository(connections);
        return (await foods.ListAsync(new FoodListQuery { Sort = sort }, FirstHundred, ContentVisibility.Published, default),
                await foods.ListAsync(new FoodListQuery { Sort = sort, Q = "SEED" }, SecondPageOfThree, ContentVisibility.Published, default));
    });

    [Theory]
    [MemberData(nameof(SideEffectSortKeys))]
    public Task SideEffectsListTheSame(string? sort) => AssertSameAsync(connections => new SideEffectRepository(connections)
        .ListAsync(new SideEffectListQuery { Sort = sort }, FirstHundred, ContentVisibility.Published, default));

    [Theory]
    [MemberData(nameof(RemedySortKeys))]
    public Task RemediesListTheSame(string? sort) => AssertSameAsync(connections => new RemedyRepository(connections)
        .ListAsync(new RemedyListQuery { Sort = sort }, FirstHundred, ContentVisibility.Published, default));

    [Theory]
    [MemberData(nameof(DoseRangeSortKeys))]
    public Task DoseRangesListTheSame(string? sort) => AssertSameAsync(connections => new DoseRangeRepository(connections)
        .ListAsync(new DoseRangeListQuery { Sort = sort }, FirstHundred, ContentVisibility.Published, default));

    [Theory]
    [MemberData(nameof(InteractionSortKeys))]
    public Task InteractionsListTheSame(string? sort) => AssertSameAsync(connections => new InteractionRepository(connections)
        .ListAsync(new InteractionListQuery { Sort = sort }, FirstHundred, ContentVisibility.Published, default));

    [Fact]
    public Task EveryDetailReadIsTheSame() => AssertSameAsync(async connections =>
    {
        var ids = Enumerable.Range(1, 40).ToList();
        var details = new List<object?>();
        foreach (var id in ids)
        {
            details.Add(await new SourceRepository(connections).FindAsync(id, ContentVisibility.Published, default));
            details.Add(await new SourceRepository(connections).FindAsync(id, ContentVisibility.IncludingDrafts, default));
            details.Add(await new FoodRepository(connections).FindAsync(id, ContentVisibility.Published, default));
            details.Add(await new SideEffectRepository(connections).FindAsync(id, ContentVisibility.Published, default));
            details.Add(await new RemedyRepository(connections).FindAsync(id, ContentVisibility.Published, default));
            details.Add(await new DoseRangeRepository(connections).FindAsync(id, ContentVisibility.Published, default));
        }

        details.Add(await new InteractionRepository(connections).FindManyAsync(ids, ContentVisibility.Published, default));
        return details;
    });

    [Fact]
    public Task LookupsAndVocabulariesAreTheSame() => AssertSameAsync(async connections =>
    {
        var doses = new DoseRangeRepository(connections);
        var interactions = new InteractionRepository(connections);
        var foods = new FoodRepository(connections);
        var forPeople = new List<object>();
        foreach (var (age, sex, stage) in new[] { (3.0, "female", "general"), (240.0, "male", "general"), (300.0, "female", "pregnancy"), (1000.0, "female", "lactation") })
        {
            forPeople.Add(await doses.ForPersonAsync("Magnesium", age, sex, stage, ContentVisibility.Published, default));
            forPeople.Add(await doses.RecommendedAgeCoverageAsync("magnesium", stage, ContentVisibility.Published, default) ?? (-1, -1));
        }

        return new
        {
            forPeople,
            Substances = await doses.ListSubstancesAsync(ContentVisibility.Published, default),
            Cautions = await doses.ListCautionsAsync("MAGNESIUM", ContentVisibility.Published, default),
            Aliases = await interactions.ListAliasesAsync("magnesium", ContentVisibility.Published, default),
            InteractionSubstances = await interactions.ListSubstancesAsync(ContentVisibility.Published, default),
            Nutrients = await foods.ListNutrientsAsync(ContentVisibility.Published, default),
            ByNutrient = await foods.ListByNutrientAsync("Magnesium", ContentVisibility.Published, default),
            Stamps = StampsFromNewest(await new ContentChangeRepository(connections).ReadSinceAsync(-1, default)),
        };
    });

    private async Task AssertSameAsync<T>(Func<ContentApi.Database.IContentConnections, Task<T>> read)
    {
        var onSqlite = await read(databases.Sqlite!.Connections);
        var onPostgreSql = await read(databases.PostgreSql!.Connections);

        Assert.Equal(JsonSerializer.Serialize(onSqlite), JsonSerializer.Serialize(onPostgreSql));
    }

    /// <summary>
    /// The scopes in stamp order, each with its distance from the newest stamp: the version counters are the engine's
    /// own (SQLite's migrations stamp once more before the seed), so only their order and spacing can agree.
    /// </summary>
    private static List<(string Scope, long FromNewest)> StampsFromNewest(IReadOnlyList<ScopeStamp> stamps) =>
        stamps.Select(stamp => (stamp.Scope, stamps[^1].Version - stamp.Version)).ToList();

    private static TheoryData<string?> Sorts(IEnumerable<string> keys)
    {
        var data = new TheoryData<string?> { (string?)null };
        foreach (var key in keys)
        {
            data.Add(key);
        }

        return data;
    }

    /// <summary>One seeded database per engine for the whole class: its reads write nothing, and seeding costs a second.</summary>
    public sealed class SeededPair : IAsyncLifetime
    {
        public EngineDatabase? Sqlite { get; private set; }

        public EngineDatabase? PostgreSql { get; private set; }

        public async Task SeedOnceAsync(ThrowawayCluster cluster)
        {
            if (Sqlite is null)
            {
                Sqlite = await EngineDatabase.SqliteAsync();
                await Sqlite.ExecuteAsync(SeedExtras);
            }

            if (PostgreSql is null)
            {
                PostgreSql = await EngineDatabase.PostgreSqlAsync(cluster);
                await PostgreSql.ExecuteAsync(SeedExtras);
            }
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (Sqlite is not null)
            {
                await Sqlite.DisposeAsync();
            }

            if (PostgreSql is not null)
            {
                await PostgreSql.DisposeAsync();
            }
        }
    }
}
