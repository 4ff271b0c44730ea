using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Search;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// Search finds the same documents on both engines. Ranking is each engine's own (FTS5's bm25, PostgreSQL's ts_rank_cd),
/// so the hits are compared as a set, with the same total, and the seed's obvious queries must agree on the top hit.
/// </summary>
public sealed partial class EngineParityTests
{
    public static TheoryData<string> OrdinaryQueries => new()
    {
        "magnesium", "sleep", "ferritin", "restless legs", "sle", "magnesium sleep", "pumpkin seeds", "diuretics", "kidney disease", "the", "a or the", "how much is safe",
        "zinc", "kale", "uberblick", "Überblick", "magne\u0301sium", "MAGNESIUM", "leg cramps", "pregnancy", "iron", "dopamine agonist",
    };

    // Whatever a user types: operators of either engine's query syntax, quotes, escapes, very long and non-Latin text.
    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "&", "|", "!", ":*", "(", "\\", "'", "magnesium & | ! sleep", "sle:*", "magnesium:* | ferritin", "!magnesium",
        "(sleep", "sleep)", "\"magnesium", "mag\\nesium", "magnesium' OR '1'='1", "NEAR(sleep magnesium)", "title:sleep",
        "-sleep", "sleep*", "a & b", new string('a', 10_000), string.Join(' ', Enumerable.Repeat("sleep", 2_000)),
        "睡眠 マグネシウム", "😴 sleep", "ﬁsh", "İstanbul", "ß", "b12", "500mg", "\u0000sleep", "sleep\u200b", "%_%",
    };

    public static TheoryData<string> ObviousQueries => new() { "magnesium", "sleep", "restless legs" };

    [Theory]
    [MemberData(nameof(OrdinaryQueries))]
    public Task OrdinaryQueriesFindTheSameHits(string q) => AssertSameHitsAsync(q);

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public Task HostileQueriesFindTheSameHitsWithoutFailing(string q) => AssertSameHitsAsync(q);

    [Theory]
    [MemberData(nameof(ObviousQueries))]
    public async Task ObviousQueriesAgreeOnTheTopHitAndMarkTheirMatches(string q)
    {
        var onSqlite = await SearchAsync(databases.Sqlite!, q, null, ContentVisibility.Published, FirstHundred);
        var onPostgreSql = await SearchAsync(databases.PostgreSql!, q, null, ContentVisibility.Published, FirstHundred);

        Assert.Equal((onSqlite!.Items[0].Type, onSqlite.Items[0].Id), (onPostgreSql!.Items[0].Type, onPostgreSql.Items[0].Id));
        Assert.Contains("<mark>", onPostgreSql.Items[0].Snippet);
        Assert.All(onPostgreSql.Items, hit => Assert.True(hit.Score > 0, $"{hit.Type} {hit.Id} scores {hit.Score}"));
        Assert.Equal(onPostgreSql.Items.Select(hit => hit.Score).OrderDescending(), onPostgreSql.Items.Select(hit => hit.Score));
    }

    [Fact]
    public async Task SearchPagesCutOneOrderWithoutGapsOrRepeatsOnPostgreSql()
    {
        var whole = await SearchAsync(databases.PostgreSql!, "magnesium", null, ContentVisibility.Published, FirstHundred);
        var size = QueryNumbers.Of(Math.Max(1, whole!.TotalItems / 4));
        var pages = new List<SearchHit>();
        for (var page = 1; pages.Count < whole.TotalItems; page++)
        {
            var hits = (await SearchAsync(databases.PostgreSql!, "magnesium", null, ContentVisibility.Published,
                new PagingQuery { Page = QueryNumbers.Of(page), PageSize = size }))!.Items;
            Assert.NotEmpty(hits);
            pages.AddRange(hits);
        }

        Assert.InRange(whole.TotalItems, 5, 100);
        Assert.Equal(whole.Items.Select(hit => (hit.Type, hit.Id)), pages.Select(hit => (hit.Type, hit.Id)));
    }

    private async Task AssertSameHitsAsync(string q)
    {
        foreach (var visibility in new[] { ContentVisibility.Published, ContentVisibility.IncludingDrafts })
        {
            foreach (var type in new[] { null, "section", "food" })
            {
                var onSqlite = await SearchAsync(databases.Sqlite!, q, type, visibility, FirstHundred);
                var onPostgreSql = await SearchAsync(databases.PostgreSql!, q, type, visibility, FirstHundred);

                Assert.Equal(Described(onSqlite), Described(onPostgreSql));
            }
        }
    }

    /// <summary>The hits as a sorted set with how each is linked, and the total: what both engines must agree on.</summary>
    private static string Described(PagedResponse<SearchHit>? hits) => hits is null
        ? "no terms"
        : $"{hits.TotalItems}: " + string.Join(", ", hits.Items.Select(hit => $"{hit.Type} {hit.Id} {hit.Title} {hit.Href} {hit.ArticleSlug} {hit.Anchor}").Order(StringComparer.Ordinal));

    /// <summary>The search the endpoint runs for <paramref name="q"/> (its terms; null when it has none, which the endpoint refuses with 400).</summary>
    private static async Task<PagedResponse<SearchHit>?> SearchAsync(
        EngineDatabase database, string q, string? type, ContentVisibility visibility, PagingQuery paging)
    {
        var terms = SearchTerms.Parse(q);
        return terms.Count == 0
            ? null
            : await new SearchRepository(database.Connections, Options.Create(new SearchOptions())).SearchAsync(terms, type, paging, visibility, default);
    }
}
