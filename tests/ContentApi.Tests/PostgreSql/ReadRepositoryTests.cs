using ContentApi.Articles;
using ContentApi.Caching;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Health;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Remedies;
using ContentApi.Search;
using ContentApi.SideEffects;
using ContentApi.Sources;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The read repositories behave the same on every engine: each case runs once on SQLite and once on PostgreSQL
/// (<see cref="SqliteReadRepositoryTests"/>, <see cref="PostgreSqlReadRepositoryTests"/>) over the same seed.
/// </summary>
public abstract class ReadRepositoryTests : IAsyncLifetime
{
    private const int UnknownId = 999_999;

    // A draft article with one item of each collection, written as an editor's unpublished work would be.
    private const string AddDraftItems = """
        INSERT INTO articles (slug, title, summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
                              status, published_at, updated_at, disclaimer)
        SELECT 'draft-article', 'A draft', summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
               'draft', NULL, updated_at, disclaimer
        FROM articles WHERE slug = 'magnesium-for-restless-legs';
        INSERT INTO foods (article_id, name, serving, nutrient, amount_mg, percent_daily_value, source_id, updated_at)
        SELECT id, 'Draft kale', '1 cup', 'magnesium', 999, 99, 2, '2026-11-25T00:00:00Z' FROM articles WHERE slug = 'draft-article';
        INSERT INTO side_effects (article_id, position, name, severity, description, source_id, updated_at)
        SELECT id, 99, 'Draft drowsiness', 'common', 'Unpublished.', 1, '2026-11-25T00:00:00Z' FROM articles WHERE slug = 'draft-article';
        INSERT INTO remedies (article_id, position, kind, name, description, source_id, updated_at)
        SELECT id, 99, 'alternative', 'Draft yoga', 'Unpublished.', 1, '2026-11-25T00:00:00Z' FROM articles WHERE slug = 'draft-article';
        INSERT INTO interactions (article_id, kind, name, mechanism, guidance, severity, source_id, updated_at, substance)
        SELECT id, 'medication', 'Draft statins', 'Unpublished.', 'Unpublished.', 'minor', 2, '2026-11-25T00:00:00Z', 'magnesium'
        FROM articles WHERE slug = 'draft-article';
        INSERT INTO dose_ranges (article_id, substance, form, route, kind, sex, life_stage, age_min_months, age_max_months, age_label,
                                 min_amount, max_amount, unit, per, applies_to, note, source_id, updated_at)
        SELECT id, 'draftium', 'total intake', 'oral', 'RDA', NULL, 'general', 0, NULL, 'all ages', 1, 1, 'mg', 'day',
               'food-and-supplements', NULL, 2, '2026-11-25T00:00:00Z'
        FROM articles WHERE slug = 'draft-article';
        """;

    // The order a source's citations are grouped in: blocks first, then each collection.
    private static readonly string[] CitationTypeOrder = ["block", "doseRange", "food", "interaction", "sideEffect", "remedy"];

    private static readonly PagingQuery FirstHundred = new() { PageSize = QueryNumbers.Of(100) };

    private EngineDatabase? _database;

    protected EngineDatabase Database => _database!;

    public async Task InitializeAsync() => _database = await OpenSeededAsync();

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    protected abstract Task<EngineDatabase> OpenSeededAsync();

    [Fact]
    public async Task SourcesFilterIgnoringCaseAndSortByTitleIgnoringCase()
    {
        var sources = new SourceRepository(Database.Connections);

        var page = await sources.ListAsync(new SourceListQuery { Q = "FACT SHEET", Sort = "-title" }, FirstHundred, default);

        Assert.Equal(["ODS", "ODS-C"], page.Items.Select(source => source.Key));
        Assert.Equal(2, page.TotalItems);
    }

    [Fact]
    public async Task ASourceListsWhatCitesItInReadingOrderAndAnUnknownOneIsNull()
    {
        var sources = new SourceRepository(Database.Connections);

        var source = await sources.FindAsync(2, ContentVisibility.Published, default);

        Assert.NotNull(source);
        Assert.Equal("ODS", source.Key);
        var types = source.CitedBy!.Select(citation => citation.Type).Distinct().ToList();
        Assert.Equal(types.OrderBy(type => Array.IndexOf(CitationTypeOrder, type)), types);
        Assert.Contains(source.CitedBy!, citation => citation is { Type: "food", Href: "/api/foods/1" });
        Assert.Null(await sources.FindAsync(UnknownId, ContentVisibility.Published, default));
    }

    [Fact]
    public async Task FoodsFilterByNutrientIgnoringCaseAndPageInTheDefaultOrder()
    {
        var foods = new FoodRepository(Database.Connections);
        var all = await foods.ListAsync(new FoodListQuery { Nutrient = "MAGNESIUM" }, FirstHundred, ContentVisibility.Published, default);

        var second = await foods.ListAsync(new FoodListQuery { Nutrient = "Magnesium" }, new PagingQuery { Page = QueryNumbers.Of(2), PageSize = QueryNumbers.Of(3) }, ContentVisibility.Published, default);

        Assert.Equal("Pumpkin seeds, roasted", all.Items[0].Name);
        Assert.Equal(all.Items.OrderByDescending(food => food.AmountMg).ThenByDescending(food => food.Id).Select(food => food.Id), all.Items.Select(food => food.Id));
        Assert.Equal(all.Items.Skip(3).Take(3).Select(food => food.Id), second.Items.Select(food => food.Id));
        Assert.Equal(all.TotalItems, second.TotalItems);
        Assert.Equal((int)Math.Ceiling(all.TotalItems / 3.0), second.TotalPages);
    }

    [Fact]
    public async Task FoodsFindTextIgnoringCaseSortByNameIgnoringCaseAndNameTheirNutrients()
    {
        var foods = new FoodRepository(Database.Connections);

        var seeds = await foods.ListAsync(new FoodListQuery { Q = "SEEDS", Sort = "name" }, FirstHundred, ContentVisibility.Published, default);
        var rich = await foods.ListAsync(new FoodListQuery { MinAmountMg = QueryNumbers.Of(100.0) }, FirstHundred, ContentVisibility.Published, default);

        Assert.Equal(["Chia seeds", "Pumpkin seeds, roasted"], seeds.Items.Select(food => food.Name));
        Assert.All(rich.Items, food => Assert.True(food.AmountMg >= 100));
        Assert.Equal(["magnesium"], await foods.ListNutrientsAsync(ContentVisibility.Published, default));
        Assert.Equal(rich.Items.Select(food => food.Id), (await foods.ListByNutrientAsync("MAGNESIUM", ContentVisibility.Published, default)).Take(rich.Items.Count).Select(food => food.Id));
        Assert.Null(await foods.FindAsync(UnknownId, ContentVisibility.Published, default));
    }

    [Fact]
    public async Task SideEffectsFilterBySeverityAndTextIgnoringCase()
    {
        var sideEffects = new SideEffectRepository(Database.Connections);

        var found = await sideEffects.ListAsync(new SideEffectListQuery { Severity = "COMMON", Q = "SUPPLEMENT" }, FirstHundred, ContentVisibility.Published, default);

        Assert.Equal(["Nausea", "Vomiting"], found.Items.Select(effect => effect.Name));
        Assert.Equal("Stomach upset", (await sideEffects.FindAsync(found.Items[0].Id - 1, ContentVisibility.Published, default))?.Name);
        Assert.Null(await sideEffects.FindAsync(UnknownId, ContentVisibility.Published, default));
    }

    [Fact]
    public async Task RemediesCarryTheirExamplesInOrderAndFilterByKind()
    {
        var remedies = new RemedyRepository(Database.Connections);

        var conventional = await remedies.ListAsync(new RemedyListQuery { Kind = "Conventional" }, FirstHundred, ContentVisibility.Published, default);

        Assert.NotEmpty(conventional.Items);
        Assert.All(conventional.Items, remedy => Assert.Equal("conventional", remedy.Kind));
        var withExamples = conventional.Items.First(remedy => remedy.Examples.Count > 0);
        var byExample = await remedies.ListAsync(new RemedyListQuery { Q = withExamples.Examples[0].ToUpperInvariant() }, FirstHundred, ContentVisibility.Published, default);
        Assert.Contains(byExample.Items, remedy => remedy.Id == withExamples.Id);
        Assert.Equal(withExamples.Examples, (await remedies.FindAsync(withExamples.Id, ContentVisibility.Published, default))!.Examples);
        Assert.Null(await remedies.FindAsync(UnknownId, ContentVisibility.Published, default));
    }

    [Fact]
    public async Task InteractionsListMostSevereFirstFindByExampleNameAndFindMany()
    {
        var interactions = new InteractionRepository(Database.Connections);

        var all = await interactions.ListAsync(new InteractionListQuery(), FirstHundred, ContentVisibility.Published, default);
        var quinolones = await interactions.ListAsync(new InteractionListQuery { Name = "QUINOLONE" }, FirstHundred, ContentVisibility.Published, default);

        string[] severities = ["major", "moderate", "minor"];
        Assert.Equal(all.Items.OrderBy(item => Array.IndexOf(severities, item.Severity)).ThenBy(item => item.Id).Select(item => item.Id), all.Items.Select(item => item.Id));
        Assert.Equal([3], quinolones.Items.Select(item => item.Id));
        Assert.Equal([1, 3], (await interactions.FindManyAsync([3, 1, UnknownId], ContentVisibility.Published, default)).Select(item => item.Id));
        Assert.Equal(all.Items.Single(item => item.Id == 2).Examples, (await interactions.FindAsync(2, ContentVisibility.Published, default))!.Examples);
        Assert.Null(await interactions.FindAsync(UnknownId, ContentVisibility.Published, default));
    }

    [Fact]
    public async Task InteractionAliasesAndSubstancesMatchTheSubstanceIgnoringCase()
    {
        var interactions = new InteractionRepository(Database.Connections);

        var aliases = await interactions.ListAliasesAsync("MAGNESIUM", ContentVisibility.Published, default);

        Assert.NotEmpty(aliases);
        Assert.Equal(aliases.OrderBy(alias => alias.InteractionId).Select(alias => alias.InteractionId).Distinct().Order(), aliases.Select(alias => alias.InteractionId).Distinct().Order());
        Assert.Equal(["magnesium"], await interactions.ListSubstancesAsync(ContentVisibility.Published, default));
    }

    [Fact]
    public async Task DoseRangesAnswerForAPersonIgnoringTheSubstancesCase()
    {
        var doses = new DoseRangeRepository(Database.Connections);

        var infant = await doses.ForPersonAsync("Magnesium", 3, "female", "general", ContentVisibility.Published, default);
        var coverage = await doses.RecommendedAgeCoverageAsync("MAGNESIUM", "general", ContentVisibility.Published, default);
        var listed = await doses.ListAsync(new DoseRangeListQuery { Substance = "MAGNESIUM", Kind = "ai", AgeMonths = QueryNumbers.Of(3.0), Sex = "female" }, FirstHundred, ContentVisibility.Published, default);

        Assert.Contains(infant, dose => dose is { Kind: "AI", Sex: "female", Amount.Min: 30 });
        Assert.Equal((0, null), coverage);
        Assert.Equal(infant.Where(dose => dose.Kind == "AI").Select(dose => dose.Id), listed.Items.Select(dose => dose.Id));
        Assert.Equal(["magnesium"], await doses.ListSubstancesAsync(ContentVisibility.Published, default));
        Assert.All(await doses.ListCautionsAsync("Magnesium", ContentVisibility.Published, default), caution => Assert.StartsWith("/api/interactions/", caution.Href));
        Assert.Null(await doses.FindAsync(UnknownId, ContentVisibility.Published, default));
    }

    [Fact]
    public async Task DoseRangesSortByAmountAndSubstanceWithTheIdBreakingTies()
    {
        var doses = new DoseRangeRepository(Database.Connections);

        var bySubstance = await doses.ListAsync(new DoseRangeListQuery { Sort = "-substance" }, FirstHundred, ContentVisibility.Published, default);

        Assert.Equal(bySubstance.Items.Select(dose => dose.Id).OrderDescending(), bySubstance.Items.Select(dose => dose.Id));
    }

    [Fact]
    public async Task ADraftArticlesItemsStayOutOfPublicReadsAndShowInAPreview()
    {
        await Database.ExecuteAsync(AddDraftItems);
        var connections = Database.Connections;
        var foods = new FoodRepository(connections);

        var publicFoods = await foods.ListAsync(new FoodListQuery(), FirstHundred, ContentVisibility.Published, default);
        var previewFoods = await foods.ListAsync(new FoodListQuery(), FirstHundred, ContentVisibility.IncludingDrafts, default);

        var draftFood = previewFoods.Items.Single(food => food.Name == "Draft kale");
        Assert.DoesNotContain(publicFoods.Items, food => food.Name == "Draft kale");
        Assert.Equal(publicFoods.TotalItems + 1, previewFoods.TotalItems);
        Assert.Null(await foods.FindAsync(draftFood.Id, ContentVisibility.Published, default));
        Assert.DoesNotContain((await new SideEffectRepository(connections).ListAsync(new SideEffectListQuery(), FirstHundred, ContentVisibility.Published, default)).Items, effect => effect.Name == "Draft drowsiness");
        Assert.DoesNotContain((await new RemedyRepository(connections).ListAsync(new RemedyListQuery(), FirstHundred, ContentVisibility.Published, default)).Items, remedy => remedy.Name == "Draft yoga");
        Assert.DoesNotContain((await new InteractionRepository(connections).ListAsync(new InteractionListQuery { Name = "draft" }, FirstHundred, ContentVisibility.Published, default)).Items, item => item.Name == "Draft statins");
        Assert.Single((await new InteractionRepository(connections).ListAsync(new InteractionListQuery { Name = "draft" }, FirstHundred, ContentVisibility.IncludingDrafts, default)).Items);
        Assert.Equal(["magnesium"], await new DoseRangeRepository(connections).ListSubstancesAsync(ContentVisibility.Published, default));
        Assert.Equal(["draftium", "magnesium"], await new DoseRangeRepository(connections).ListSubstancesAsync(ContentVisibility.IncludingDrafts, default));
        Assert.DoesNotContain((await new SourceRepository(connections).FindAsync(2, ContentVisibility.Published, default))!.CitedBy!, citation => citation.Label.StartsWith("Draft", StringComparison.Ordinal));
        Assert.Contains((await new SourceRepository(connections).FindAsync(2, ContentVisibility.IncludingDrafts, default))!.CitedBy!,
            citation => citation is { Type: "food", Label: "Draft kale, 1 cup" } && citation.Href.EndsWith("?preview=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADraftArticleAndItsItemsAreFoundOnlyByAPreviewsReadsAndSearches()
    {
        await Database.ExecuteAsync(AddDraftItems);
        var articles = new ArticleRepository(Database.Connections, Options.Create(new JsonOptions()));
        var search = new SearchRepository(Database.Connections, Options.Create(new SearchOptions()));

        using var published = await articles.FindAsync("draft-article", ArticleParts.All, "", ContentVisibility.Published, default);
        using var previewed = await articles.FindAsync("draft-article", ArticleParts.All, "", ContentVisibility.IncludingDrafts, default);
        var publicList = await articles.ListAsync(new ArticleListQuery(), FirstHundred, ContentVisibility.Published, default);
        var previewList = await articles.ListAsync(new ArticleListQuery(), FirstHundred, ContentVisibility.IncludingDrafts, default);
        var publicHits = await search.SearchAsync(["draft"], null, FirstHundred, ContentVisibility.Published, default);
        var previewHits = await search.SearchAsync(["draft"], null, FirstHundred, ContentVisibility.IncludingDrafts, default);

        Assert.Null(published);
        Assert.Contains("\"title\":\"A draft\"", System.Text.Encoding.UTF8.GetString(previewed!.Utf8Json.Span));
        Assert.Equal(["magnesium-for-restless-legs"], publicList.Items.Select(article => article.Slug));
        Assert.Equal(["magnesium-for-restless-legs", "draft-article"], previewList.Items.Select(article => article.Slug));
        Assert.Empty(publicHits.Items);
        Assert.Equal(
            ["article /api/articles/draft-article?preview=true", "food /api/foods/{0}?preview=true", "interaction /api/interactions/{0}?preview=true",
             "remedy /api/remedies/{0}?preview=true", "side-effect /api/side-effects/{0}?preview=true"],
            previewHits.Items.Select(hit => $"{hit.Type} {hit.Href.Replace($"/{hit.Id}?", "/{0}?", StringComparison.Ordinal)}").Order(StringComparer.Ordinal));
        Assert.All(previewHits.Items, hit => Assert.Contains("<mark>", hit.Snippet));
    }

    [Fact]
    public async Task SearchRanksTheSeedsObviousTopHitFirstAndMarksExtractsAsFts5Does()
    {
        var search = new SearchRepository(Database.Connections, Options.Create(new SearchOptions()));

        var magnesium = await search.SearchAsync(SearchTerms.Parse("magnesium"), null, FirstHundred, ContentVisibility.Published, default);
        var legs = await search.SearchAsync(SearchTerms.Parse("restless legs"), null, FirstHundred, ContentVisibility.Published, default);
        var foods = await search.SearchAsync(SearchTerms.Parse("pumpkin"), "food", FirstHundred, ContentVisibility.Published, default);

        Assert.Equal(("article", "/api/articles/magnesium-for-restless-legs"), (magnesium.Items[0].Type, magnesium.Items[0].Href));
        Assert.Equal("Whether <mark>magnesium</mark> can ease restless legs syndrome, how much is safe to take, which foods provide…",
            magnesium.Items[0].Snippet);
        Assert.Contains("&#189; cup <mark>magnesium</mark>", magnesium.Items.Select(hit => hit.Snippet));
        Assert.Equal(3, legs.TotalItems);
        Assert.Matches("^…[^…]*<mark>legs</mark>[^…]*…$", legs.Items.Single(hit => hit.Anchor == "when-to-see-a-doctor").Snippet);
        Assert.All(foods.Items, hit => Assert.Equal("food", hit.Type));
        Assert.NotEmpty(foods.Items);
    }

    [Fact]
    public async Task TheVersionPollReadsEveryScopeInStampOrderAndTheNewestStampOfSome()
    {
        var changes = new ContentChangeRepository(Database.Connections);

        var stamps = await changes.ReadSinceAsync(-1, default);
        await Database.ExecuteAsync("UPDATE foods SET name = 'Roasted pumpkin seeds' WHERE id = 1;");
        var since = await changes.ReadSinceAsync(stamps.Max(stamp => stamp.Version), default);
        var foods = await changes.LastChangedAsync(["foods", "no-such-scope"], default);
        var unwritten = await changes.LastChangedAsync(["no-such-scope"], default);

        Assert.Equal(stamps.OrderBy(stamp => stamp.Version).ThenBy(stamp => stamp.Scope, StringComparer.Ordinal), stamps);
        Assert.Contains(new ScopeStamp("foods", since[0].Version), since);
        Assert.Equal(since[0].Version, foods.Version);
        Assert.Equal(0, unwritten.Version);
    }

    [Fact]
    public async Task TheHealthCheckReadsEveryTable()
    {
        var result = await new DatabaseReadCheck(Database.Connections).CheckHealthAsync(new HealthCheckContext(), default);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task TheMigrationsCheckFindsEveryShippedScriptInTheJournal()
    {
        var result = await MigrationsCheck().CheckHealthAsync(new HealthCheckContext(), default);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("seed/0004_article_conditions.sql", Database.StartupReport.ShippedScripts!);
    }

    [Fact]
    public async Task TheMigrationsCheckNamesAScriptTheJournalLacks()
    {
        await Database.ExecuteAsync("DELETE FROM schema_migrations WHERE name = 'seed/0004_article_conditions.sql';");

        var result = await MigrationsCheck().CheckHealthAsync(new HealthCheckContext(), default);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(
            $"1 of the {Database.StartupReport.ShippedScripts!.Count} scripts this build ships are not applied (first: seed/0004_article_conditions.sql); restart the app to apply them.",
            result.Description);
    }

    [Fact]
    public async Task TheMigrationsCheckSaysWhenThereIsNoJournal()
    {
        await Database.ExecuteAsync("DROP TABLE schema_migrations;");

        var result = await MigrationsCheck().CheckHealthAsync(new HealthCheckContext(), default);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The database has no migration journal (schema_migrations).", result.Description);
    }

    private MigrationsAppliedCheck MigrationsCheck() => new(Database.Connections, Database.StartupReport);
}

public sealed class SqliteReadRepositoryTests : ReadRepositoryTests
{
    protected override Task<EngineDatabase> OpenSeededAsync() => EngineDatabase.SqliteAsync();
}

[Collection(PostgreSqlTests.Name)]
public sealed class PostgreSqlReadRepositoryTests(ThrowawayCluster cluster) : ReadRepositoryTests
{
    protected override Task<EngineDatabase> OpenSeededAsync() => EngineDatabase.PostgreSqlAsync(cluster);
}
