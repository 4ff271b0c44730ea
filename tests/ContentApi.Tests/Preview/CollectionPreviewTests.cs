using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Caching;
using ContentApi.Keys;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Keys;
using ContentApi.Tests.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using static ContentApi.Tests.Editing.CollectionEditor;

namespace ContentApi.Tests.Preview;

/// <summary>
/// <c>?preview=true</c> on every collection read (dose ranges, foods, interactions, side effects, remedies, sources): a
/// key with content:preview sees a draft's items, privately; public reads (and the public cache) never do; without a key
/// a preview is a 401, with a key short of the scope a 403.
/// </summary>
public sealed class CollectionPreviewTests(CollectionPreviewTests.DraftItems fixture) : IClassFixture<CollectionPreviewTests.DraftItems>
{
    /// <summary>
    /// Each collection read that shows one of the draft's items, what of it the body shows, and the public answer's
    /// status (a detail of the item is a 404; a list, lookup, check, plan or source leaves it out). {food}, {doseRange},
    /// {interaction}, {sideEffect}, {remedy} and {source} stand for the items' ids and the id of the source they cite.
    /// </summary>
    public static TheoryData<string, string, int> DraftReads => new()
    {
        { "/api/dose-ranges?pageSize=100&kind=guidance", DraftItems.Guidance, 200 },
        { "/api/dose-ranges/{doseRange}", DraftItems.Guidance, 404 },
        { "/api/dose-ranges/lookup?substance=magnesium&ageYears=30&sex=female", DraftItems.Guidance, 200 },
        { "/api/foods?pageSize=100", DraftItems.Food, 200 },
        { "/api/foods/{food}", DraftItems.Food, 404 },
        { "/api/foods/plan?nutrient=magnesium&targetMg=10000&maxServings=50", DraftItems.Food, 200 },
        { "/api/interactions?pageSize=100", DraftItems.Condition, 200 },
        { "/api/interactions/{interaction}", DraftItems.Condition, 404 },
        { $"/api/interactions/check?conditions={DraftItems.ConditionAlias}", DraftItems.Condition, 200 },
        { "/api/side-effects?pageSize=100", DraftItems.SideEffect, 200 },
        { "/api/side-effects/{sideEffect}", DraftItems.SideEffect, 404 },
        { "/api/remedies?pageSize=100", DraftItems.Remedy, 200 },
        { "/api/remedies/{remedy}", DraftItems.Remedy, 404 },
        { "/api/sources/{source}", DraftItems.Remedy, 200 },
    };

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task AKeyWithContentPreviewSeesTheDraftsItemPrivately(string url, string shown, int publicStatus)
    {
        _ = publicStatus;
        using var client = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.PreviewKey);

        var read = WithPreview(fixture.Resolve(url), "true");
        using var response = await client.GetAsync(read);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {read}: {(int)response.StatusCode} {body}");
        Assert.Contains(shown, body);
        Assert.Equal("private, no-store", TestKeys.CacheControl(response));
        Assert.StartsWith("\"preview-", response.Headers.ETag!.Tag);
        Assert.Contains("Authorization", response.Headers.Vary);
        await ResponseContractTests.AssertDocumentedAsync(client, response, body, read);
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task PublicReadsDoNotShowTheDraftsItemWithOrWithoutAKey(string url, string shown, int publicStatus)
    {
        using var anonymous = TestKeys.Client(fixture.Preview.Factory);
        using var previewer = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.PreviewKey);
        var resolved = fixture.Resolve(url);

        foreach (var (client, read) in new[] { (anonymous, resolved), (anonymous, WithPreview(resolved, "false")), (previewer, resolved), (previewer, WithPreview(resolved, "FALSE")) })
        {
            using var response = await client.GetAsync(read);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True((int)response.StatusCode == publicStatus, $"GET {read}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain(shown, body);
            Assert.DoesNotContain("preview", response.Headers.ETag?.Tag ?? "");
        }
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task APreviewWithoutAKeyIs401WithABearerChallenge(string url, string shown, int publicStatus)
    {
        _ = publicStatus;
        using var client = TestKeys.Client(fixture.Preview.Factory);

        var read = WithPreview(fixture.Resolve(url), "true");
        using var response = await client.GetAsync(read);
        var body = await response.Content.ReadAsStringAsync();

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(ApiKeyProblems.MissingDetail, problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(shown, body);
        await ResponseContractTests.AssertDocumentedAsync(client, response, body, read);
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task APreviewWithAKeyWithoutContentPreviewIs403NamingTheScope(string url, string shown, int publicStatus)
    {
        _ = publicStatus;
        using var client = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.WriteOnlyKey);

        var read = WithPreview(fixture.Resolve(url), "true");
        using var response = await client.GetAsync(read);
        var body = await response.Content.ReadAsStringAsync();

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(ApiKeyProblems.ForbiddenDetail(ApiScopes.ContentPreview, TestKeys.IdOf(fixture.Preview.WriteOnlyKey)), problem.GetProperty("detail").GetString());
        Assert.Equal(ApiKeyProblems.InsufficientScopeChallenge(ApiScopes.ContentPreview), response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(shown, body);
        await ResponseContractTests.AssertDocumentedAsync(client, response, body, read);
    }

    [Fact]
    public async Task APreviewNeverEntersOrIsAnsweredFromThePublicCache()
    {
        var cache = fixture.Preview.Factory.Services.GetRequiredService<RepresentationCache>();
        Assert.True(cache.IsEnabled);
        using var previewer = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Preview.Factory);
        var reads = DraftReads.Select(row => (Url: fixture.Resolve((string)row[0]), Shown: (string)row[1], Status: (int)row[2])).ToList();
        foreach (var (url, _, _) in reads)
        {
            using (await anonymous.GetAsync(url))
            {
            }
        }

        var stored = cache.Count;
        foreach (var (url, shown, _) in reads)
        {
            using var preview = await previewer.GetAsync(WithPreview(url, "true"));
            Assert.Contains(shown, await preview.Content.ReadAsStringAsync());
        }

        Assert.Equal(stored, cache.Count);
        foreach (var (url, shown, status) in reads)
        {
            var hits = cache.Statistics!.TotalHits;
            using var response = await anonymous.GetAsync(url);
            Assert.True((int)response.StatusCode == status, $"GET {url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(shown, await response.Content.ReadAsStringAsync());
            if (status == 200)
            {
                // Answered by the public copy stored before the previews, which they neither replaced nor joined.
                Assert.Equal(hits + 1, cache.Statistics!.TotalHits);
                Assert.True(response.Headers.CacheControl!.Public);
            }
        }
    }

    [Fact]
    public async Task APreviewAcceptsANameOnlyADraftsItemsUse()
    {
        using var previewer = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Preview.Factory);
        const string plan = "/api/foods/plan?nutrient=zinc&targetMg=30";
        const string check = $"/api/interactions/check?substance=zinc&medications={DraftItems.ZincMedicine}";

        // Only the draft measures zinc and names an interaction of zinc, so the public reads do not know the names.
        using var publicPlan = await anonymous.GetAsync(plan);
        Assert.True((await publicPlan.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("nutrient", out _));
        using var publicCheck = await anonymous.GetAsync(check);
        Assert.True((await publicCheck.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("substance", out _));

        var previewPlan = await previewer.OkJsonAsync($"{plan}&preview=true");
        var previewCheck = await previewer.OkJsonAsync($"{check}&preview=true");
        Assert.True(previewPlan.GetProperty("reachable").GetBoolean());
        Assert.Contains(DraftItems.ZincFood, previewPlan.GetRawText());
        Assert.Contains(DraftItems.ZincInteraction, previewCheck.GetRawText());
    }

    [Fact]
    public async Task APreviewSearchFindsADraftsItemsAndLinksToTheirPreviews()
    {
        using var previewer = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Preview.Factory);

        var found = await previewer.OkJsonAsync("/api/search?q=draft%20copy&pageSize=50&preview=true");
        var publicly = await anonymous.OkJsonAsync("/api/search?q=draft%20copy&pageSize=50");

        var expected = new Dictionary<string, string>
        {
            ["food"] = $"/api/foods/{fixture.Ids["food"]}?preview=true",
            ["interaction"] = $"/api/interactions/{fixture.Ids["interaction"]}?preview=true",
            ["side-effect"] = $"/api/side-effects/{fixture.Ids["sideEffect"]}?preview=true",
            ["remedy"] = $"/api/remedies/{fixture.Ids["remedy"]}?preview=true",
        };
        foreach (var (type, href) in expected)
        {
            var hit = Assert.Single(found.GetProperty("items").EnumerateArray(), item => item.GetProperty("href").GetString()!.EndsWith(href, StringComparison.Ordinal));
            Assert.Equal(type, hit.GetProperty("type").GetString());
            using var linked = await previewer.GetAsync(hit.GetProperty("href").GetString());
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        }

        var hrefs = publicly.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("href").GetString()!).ToList();
        Assert.All(expected.Values, href => Assert.DoesNotContain(hrefs, found => found.EndsWith(href.Replace("?preview=true", "", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.DoesNotContain(hrefs, href => href.Contains("preview", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASourcesPreviewCitesDraftsBlocksAndItemsLinkingToTheirPreviews()
    {
        using var previewer = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Preview.Factory);
        var source = fixture.Resolve("/api/sources/{source}");

        var preview = (await previewer.OkJsonAsync($"{source}?preview=true")).GetProperty("citedBy").EnumerateArray().ToList();
        var publicly = (await anonymous.OkJsonAsync(source)).GetProperty("citedBy").EnumerateArray().ToList();

        var remedy = Assert.Single(preview, citation => citation.GetProperty("label").GetString() == DraftItems.Remedy);
        Assert.EndsWith($"/api/remedies/{fixture.Ids["remedy"]}?preview=true", remedy.GetProperty("href").GetString());
        var block = Assert.Single(preview, citation => citation.GetProperty("href").GetString()!.Contains($"/api/articles/{DraftItems.Article}/", StringComparison.Ordinal));
        Assert.EndsWith($"/sections/{PreviewFixture.DraftSection}?preview=true", block.GetProperty("href").GetString());
        foreach (var citation in new[] { remedy, block })
        {
            using var linked = await previewer.GetAsync(citation.GetProperty("href").GetString());
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        }

        // What the public reads cite is in the preview as it is, linked the same way; drafts' citations are in it only.
        var previewHrefs = preview.Select(citation => citation.GetProperty("href").GetString()).ToList();
        Assert.All(publicly, citation => Assert.Contains(citation.GetProperty("href").GetString(), previewHrefs));
        Assert.DoesNotContain(publicly, citation => citation.GetProperty("href").GetString()!.Contains("preview", StringComparison.Ordinal));
        Assert.Equal(publicly.Count, preview.Count(citation => !citation.GetProperty("href").GetString()!.Contains("preview", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APreviewOfTheSourcesListIsThePublicListPrivately()
    {
        using var previewer = TestKeys.Client(fixture.Preview.Factory, fixture.Preview.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Preview.Factory);

        using var publicList = await anonymous.GetAsync("/api/sources?pageSize=100");
        using var preview = await previewer.GetAsync("/api/sources?pageSize=100&preview=true");
        var body = await preview.Content.ReadAsStringAsync();

        // Sources belong to no article: a preview has none a public read lacks.
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(await publicList.Content.ReadAsStringAsync(), body);
        Assert.Equal("private, no-store", TestKeys.CacheControl(preview));
        Assert.StartsWith("\"preview-", preview.Headers.ETag!.Tag);
        await ResponseContractTests.AssertDocumentedAsync(previewer, preview, body, "/api/sources?pageSize=100&preview=true");
    }

    private static string WithPreview(string url, string value) => $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}preview={value}";

    /// <summary>
    /// <see cref="PreviewFixture"/>'s app and keys, and a draft article of its own holding one item of each collection
    /// (told apart by "draft copy"), plus a zinc food and a zinc interaction, names no published item uses.
    /// </summary>
    public sealed class DraftItems : IAsyncLifetime
    {
        public const string Article = "zinc-collection-preview";
        public const string Guidance = "Draft copy of the guidance.";
        public const string Food = "Pumpkin seeds, roasted (draft copy)";
        public const string Condition = "Draft copy condition";
        public const string ConditionAlias = "zinc%20preview%20condition%20alias";
        public const string SideEffect = "Draft copy side effect";
        public const string Remedy = "Draft copy remedy";
        public const string ZincFood = "Oysters, cooked (draft zinc copy)";
        public const string ZincInteraction = "Draft zinc interaction";
        public const string ZincMedicine = "zincpreviewcillin";

        public PreviewFixture Preview { get; } = new();

        /// <summary>The items' ids by placeholder name, and the cited source's.</summary>
        public Dictionary<string, int> Ids { get; } = [];

        public string Resolve(string url) =>
            Ids.Aggregate(url, (resolved, id) => resolved.Replace($"{{{id.Key}}}", id.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        public async Task InitializeAsync()
        {
            await Preview.InitializeAsync();
            using var editor = await Editor.CreateAsync(Preview.Factory, "collection previewer");
            var etag = await editor.CreateArticleAsync(Editor.NewArticle(Article, "Zinc for Colds (collection preview)"));
            var items = new (string Name, string Path, JsonObject Body)[]
            {
                ("food", "foods", Named(PumpkinSeeds(), Food)),
                ("zincFood", "foods", new JsonObject
                {
                    ["name"] = ZincFood, ["serving"] = "3 oz", ["nutrient"] = "zinc", ["amountMg"] = 32, ["amountMaxMg"] = null,
                    ["percentDailyValue"] = 291, ["sourceKey"] = "ODS",
                }),
                ("doseRange", "dose-ranges", new JsonObject
                {
                    ["substance"] = "magnesium", ["form"] = "supplements (draft copy)", ["route"] = "oral", ["kind"] = "guidance", ["sex"] = "any",
                    ["lifeStage"] = "general", ["ageMinMonths"] = 108, ["ageMaxMonths"] = null, ["ageLabel"] = "9+ years",
                    ["minAmount"] = null, ["maxAmount"] = 350, ["unit"] = "mg", ["per"] = "day", ["appliesTo"] = "supplements-only",
                    ["note"] = Guidance, ["sourceKey"] = "ODS",
                }),
                ("interaction", "interactions", new JsonObject
                {
                    ["kind"] = "condition", ["name"] = Condition, ["substance"] = "magnesium",
                    ["aliases"] = new JsonArray(new JsonObject { ["name"] = Uri.UnescapeDataString(ConditionAlias), ["type"] = "condition" }),
                    ["mechanism"] = "Draft copy.", ["guidance"] = "Draft copy.", ["severity"] = "minor", ["sourceKey"] = "ODS",
                }),
                ("zincInteraction", "interactions", new JsonObject
                {
                    ["kind"] = "medication", ["name"] = ZincInteraction, ["substance"] = "zinc",
                    ["aliases"] = new JsonArray(new JsonObject { ["name"] = ZincMedicine, ["type"] = "generic" }),
                    ["mechanism"] = "Draft zinc copy.", ["guidance"] = "Draft zinc copy.", ["severity"] = "moderate", ["sourceKey"] = "ODS",
                }),
                ("sideEffect", "side-effects", new JsonObject
                {
                    ["name"] = SideEffect, ["severity"] = "common", ["description"] = "Draft copy.", ["sourceKey"] = "ODS",
                }),
                ("remedy", "remedies", new JsonObject
                {
                    ["kind"] = "alternative", ["name"] = Remedy, ["description"] = "Draft copy.", ["sourceKey"] = "ODS",
                }),
            };
            foreach (var (name, path, body) in items)
            {
                (_, etag, var created) = await WriteAsync(editor, HttpMethod.Post, $"/api/articles/{Article}/{path}", etag, body, HttpStatusCode.Created);
                Ids[name] = int.Parse(created.Headers.Location!.AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
            }

            Ids["source"] = Convert.ToInt32(await SqliteFile.ScalarAsync(Preview.Factory.DatabasePath, "SELECT id FROM sources WHERE key = 'ODS';"), CultureInfo.InvariantCulture);
        }

        public Task DisposeAsync() => Preview.DisposeAsync();

        private static JsonObject Named(JsonObject item, string name)
        {
            item["name"] = name;
            return item;
        }
    }
}
