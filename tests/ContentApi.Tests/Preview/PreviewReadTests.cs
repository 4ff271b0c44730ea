using System.Net;
using System.Text.Json;
using ContentApi.Caching;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Keys;
using ContentApi.Tests.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Preview;

/// <summary>
/// <c>?preview=true</c> on every article read: a key with content:preview sees drafts and scheduled drafts as they
/// stand, privately; without a key it is a 401, with a key short of the scope a 403; public reads (and the public cache)
/// never show a draft; <c>preview</c> takes true or false only.
/// </summary>
public sealed class PreviewReadTests(PreviewFixture fixture) : IClassFixture<PreviewFixture>
{
    private const string Draft = PreviewFixture.Draft;

    /// <summary>Each previewable read of the draft, and what of the draft its body shows.</summary>
    public static TheoryData<string, string> DraftReads => new()
    {
        { $"/api/articles?sort=title&pageSize=100", $"\"slug\":\"{Draft}\"" },
        { $"/api/articles/{Draft}", $"\"title\":\"{PreviewFixture.DraftTitle}\"" },
        { $"/api/articles/{Draft}.jsonld", $"\"headline\":\"{PreviewFixture.DraftTitle}\"" },
        { $"/api/articles/{Draft}/sections", $"\"key\":\"{PreviewFixture.DraftSection}\"" },
        { $"/api/articles/{Draft}/sections/{PreviewFixture.DraftSection}", $"\"key\":\"{PreviewFixture.DraftSection}\"" },
        { "/api/search?q=colds&type=article", $"\"articleSlug\":\"{Draft}\"" },
    };

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task AKeyWithContentPreviewSeesTheDraftPrivately(string url, string shown)
    {
        using var client = TestKeys.Client(fixture.Factory, fixture.PreviewKey);

        using var response = await client.GetAsync(WithPreview(url, "true"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains(response.Content.Headers.ContentType!.MediaType, new[] { "application/json", "application/ld+json" });
        Assert.Contains(shown, body);
        Assert.Equal("private, no-store", TestKeys.CacheControl(response));
        Assert.StartsWith("\"preview-", response.Headers.ETag!.Tag);
        Assert.Contains("Authorization", response.Headers.Vary);
        await ResponseContractTests.AssertDocumentedAsync(client, response, body, url);
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task PublicReadsDoNotShowTheDraftWithOrWithoutAKey(string url, string shown)
    {
        using var anonymous = TestKeys.Client(fixture.Factory);
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);

        foreach (var (client, read) in new[] { (anonymous, url), (anonymous, WithPreview(url, "false")), (previewer, url), (previewer, WithPreview(url, "FALSE")) })
        {
            using var response = await client.GetAsync(read);
            var body = await response.Content.ReadAsStringAsync();

            Assert.DoesNotContain(shown, body);
            // Lists and search answer 200 without the draft; reads of the draft itself, 404.
            Assert.True(response.StatusCode == (url.Contains('?', StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.NotFound),
                $"GET {read}: {(int)response.StatusCode} {body}");
        }
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task APreviewWithoutAKeyIs401WithABearerChallenge(string url, string shown)
    {
        using var client = TestKeys.Client(fixture.Factory);

        using var response = await client.GetAsync(WithPreview(url, "true"));
        var body = await response.Content.ReadAsStringAsync();

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(ApiKeyProblems.UnauthorizedTitle, problem.GetProperty("title").GetString());
        Assert.Equal(ApiKeyProblems.MissingDetail, problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(shown, body);
        await ResponseContractTests.AssertDocumentedAsync(client, response, body, url);
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task APreviewWithARefusedKeyIs401NamingWhy(string url, string shown)
    {
        using var client = TestKeys.Client(fixture.Factory, TestKeys.Unknown);

        using var response = await client.GetAsync(WithPreview(url, "true"));

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(ApiKeyProblems.UnknownDetail, problem.GetProperty("detail").GetString());
        Assert.Equal(ApiKeyProblems.InvalidTokenChallenge, response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(shown, problem.ToString());
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task APreviewWithAKeyWithoutContentPreviewIs403NamingTheScope(string url, string shown)
    {
        using var client = TestKeys.Client(fixture.Factory, fixture.WriteOnlyKey);

        using var response = await client.GetAsync(WithPreview(url, "true"));
        var body = await response.Content.ReadAsStringAsync();

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(ApiKeyProblems.ForbiddenTitle, problem.GetProperty("title").GetString());
        Assert.Equal(ApiKeyProblems.ForbiddenDetail(ApiScopes.ContentPreview, TestKeys.IdOf(fixture.WriteOnlyKey)), problem.GetProperty("detail").GetString());
        Assert.Equal(ApiKeyProblems.InsufficientScopeChallenge(ApiScopes.ContentPreview), response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(shown, body);
        await ResponseContractTests.AssertDocumentedAsync(client, response, body, url);
    }

    [Theory]
    [MemberData(nameof(DraftReads))]
    public async Task PreviewOtherThanTrueOrFalseIs400NamingPreview(string url, string shown)
    {
        _ = shown;
        using var client = TestKeys.Client(fixture.Factory, fixture.PreviewKey);

        using var response = await client.GetAsync(WithPreview(url, "maybe"));
        var body = await response.Content.ReadAsStringAsync();

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["preview"], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
        Assert.Equal("'preview' must be true or false; 'maybe' is not.", problem.GetProperty("errors").GetProperty("preview")[0].GetString());
        await ResponseContractTests.AssertDocumentedAsync(client, response, body, url);
    }

    [Fact]
    public async Task ADraftsJsonLdAlternateIsAPreviewThatResolvesForTheKey()
    {
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);

        using var article = await previewer.GetAsync($"/api/articles/{Draft}?preview=true");
        var alternate = article.Headers.GetValues("Link").Single();

        Assert.Matches($@"^<http://[^>]+/api/articles/{Draft}\.jsonld\?preview=true>; rel=""alternate""", alternate);
        using var linked = await previewer.GetAsync(alternate[1..alternate.IndexOf('>', StringComparison.Ordinal)]);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Contains(PreviewFixture.DraftTitle, await linked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APreviewAskedByAcceptingJsonLdIsAPreviewToo()
    {
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Factory);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{Draft}?preview=true");
        request.Headers.Accept.ParseAdd("application/ld+json");
        using var negotiated = await previewer.SendAsync(request);
        using var refused = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{Draft}?preview=true");
        refused.Headers.Accept.ParseAdd("application/ld+json");
        using var anonymousAnswer = await anonymous.SendAsync(refused);

        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        Assert.Equal("application/ld+json", negotiated.Content.Headers.ContentType!.MediaType);
        Assert.Contains(PreviewFixture.DraftTitle, await negotiated.Content.ReadAsStringAsync());
        Assert.Equal("private, no-store", TestKeys.CacheControl(negotiated));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousAnswer.StatusCode);
    }

    [Fact]
    public async Task APreviewListsPagesLinkToPreviewPages()
    {
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);

        using var response = await previewer.GetAsync("/api/articles?preview=true&pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("preview=true", response.Headers.GetValues("Link").Single());
        Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single());
        // A draft the preview lists links to its preview, the only read that shows it; a published one to its public read.
        var items = (await previewer.OkJsonAsync("/api/articles?preview=true&pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.EndsWith($"/api/articles/{Draft}?preview=true", items.Single(item => item.GetProperty("slug").GetString() == Draft).GetProperty("href").GetString());
        Assert.EndsWith("/api/articles/magnesium-for-restless-legs", items.Single(item => item.GetProperty("slug").GetString() == "magnesium-for-restless-legs").GetProperty("href").GetString());
    }

    [Fact]
    public async Task APreviewListSaysWhichArticlesAreDraftsAndWhenAScheduledOnePublishes()
    {
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Factory);

        var items = (await previewer.OkJsonAsync("/api/articles?preview=true&pageSize=100")).GetProperty("items").EnumerateArray()
            .ToDictionary(item => item.GetProperty("slug").GetString()!);
        var publicly = (await anonymous.OkJsonAsync("/api/articles?pageSize=100")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal("draft", items[Draft].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, items[Draft].GetProperty("scheduledAt").ValueKind);
        Assert.Equal("draft", items[PreviewFixture.Scheduled].GetProperty("status").GetString());
        Assert.Equal(fixture.ScheduledAt, items[PreviewFixture.Scheduled].GetProperty("scheduledAt").GetDateTimeOffset());
        Assert.Equal("published", items["magnesium-for-restless-legs"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, items["magnesium-for-restless-legs"].GetProperty("scheduledAt").ValueKind);
        Assert.NotEmpty(publicly);
        Assert.All(publicly, item => Assert.Equal("published", item.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task APreviewSearchFindsADraftsSectionAndLinksToItsPreview()
    {
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Factory);

        var found = await previewer.OkJsonAsync("/api/search?q=trace%20mineral&type=section&preview=true");
        var publicly = await anonymous.OkJsonAsync("/api/search?q=trace%20mineral&type=section");

        var hit = Assert.Single(found.GetProperty("items").EnumerateArray(), item => item.GetProperty("articleSlug").GetString() == Draft);
        Assert.Equal(PreviewFixture.DraftSection, hit.GetProperty("anchor").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        var href = hit.GetProperty("href").GetString()!;
        Assert.EndsWith($"/api/articles/{Draft}/sections/{PreviewFixture.DraftSection}?preview=true", href);
        Assert.Equal(found.GetProperty("items").GetArrayLength(), found.GetProperty("totalItems").GetInt32());
        Assert.DoesNotContain(publicly.GetProperty("items").EnumerateArray(), item => item.GetProperty("articleSlug").GetString() is Draft or PreviewFixture.Scheduled);
        using var linked = await previewer.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
    }

    [Fact]
    public async Task APreviewSearchKeepsThePublishedHitsInOneRankedOrder()
    {
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Factory);

        var preview = await previewer.OkJsonAsync("/api/search?q=magnesium&pageSize=100&preview=true");
        var publicly = await anonymous.OkJsonAsync("/api/search?q=magnesium&pageSize=100");

        // No draft mentions magnesium: the preview is the public search, hit for hit and in the same order.
        Assert.Equal(publicly.GetProperty("totalItems").GetInt32(), preview.GetProperty("totalItems").GetInt32());
        Assert.Equal(Hrefs(publicly), Hrefs(preview));
        var scores = preview.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(score => score), scores);
    }

    [Fact]
    public async Task APublishedDraftLeavesTheDraftIndexAndJoinsThePublicSearch()
    {
        const string slug = "zinc-lozenges-published-later";
        using var editor = await Editing.Editor.CreateAsync(fixture.Factory, "publisher");
        using var anonymous = TestKeys.Client(fixture.Factory);
        var etag = await editor.CreateArticleAsync(Editing.Editor.NewArticle(slug, "Zinc lozenges, published later"));
        Assert.Equal(1L, await SqliteFile.ScalarAsync(fixture.Factory.DatabasePath, $"SELECT count(*) FROM draft_search_index WHERE article_slug = '{slug}' AND type = 'article';"));

        await editor.PostAsync($"/api/articles/{slug}/publish", etag);

        Assert.Equal(0L, await SqliteFile.ScalarAsync(fixture.Factory.DatabasePath, $"SELECT count(*) FROM draft_search_index WHERE article_slug = '{slug}';"));
        var found = await anonymous.OkJsonAsync("/api/search?q=lozenges&type=article");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), item => item.GetProperty("articleSlug").GetString() == slug);
    }

    [Fact]
    public async Task AScheduledDraftIsPreviewedAsItStands()
    {
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Factory);

        var article = await previewer.OkJsonAsync($"/api/articles/{PreviewFixture.Scheduled}?preview=true");
        var list = await previewer.OkJsonAsync("/api/articles?preview=true&pageSize=100");

        Assert.Equal("draft", article.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("publishedAt").ValueKind);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), item => item.GetProperty("slug").GetString() == PreviewFixture.Scheduled);
        using var hidden = await anonymous.GetAsync($"/api/articles/{PreviewFixture.Scheduled}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task APreviewOfAPublishedArticleIsThePublicContentUnderATagOfItsOwn()
    {
        const string published = "/api/articles/magnesium-for-restless-legs";
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Factory);
        using var publicRead = await anonymous.GetAsync(published);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{published}?preview=true");
        conditional.Headers.IfNoneMatch.Add(publicRead.Headers.ETag!);
        using var preview = await previewer.SendAsync(conditional);

        // The public copy's tag earns no 304 from a preview, and the preview's tag is none a public copy has.
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.NotEqual(publicRead.Headers.ETag!.Tag, preview.Headers.ETag!.Tag);
        Assert.Equal(await publicRead.Content.ReadAsStringAsync(), await preview.Content.ReadAsStringAsync());
        using var publicAgain = new HttpRequestMessage(HttpMethod.Get, published);
        publicAgain.Headers.IfNoneMatch.Add(preview.Headers.ETag!);
        using var notRevalidated = await anonymous.SendAsync(publicAgain);
        Assert.Equal(HttpStatusCode.OK, notRevalidated.StatusCode);
    }

    [Fact]
    public async Task APreviewNeverEntersOrIsAnsweredFromThePublicCache()
    {
        var cache = fixture.Factory.Services.GetRequiredService<RepresentationCache>();
        Assert.True(cache.IsEnabled);
        using var previewer = TestKeys.Client(fixture.Factory, fixture.PreviewKey);
        using var anonymous = TestKeys.Client(fixture.Factory);
        const string list = "/api/articles?pageSize=100&sort=-title";
        using (await anonymous.GetAsync(list))
        {
        }

        var stored = cache.Count;
        foreach (var (url, _) in DraftReads.Select(row => ((string)row[0], (string)row[1])))
        {
            using var preview = await previewer.GetAsync(WithPreview(url, "true"));
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        }

        Assert.Equal(stored, cache.Count);
        var hits = cache.Statistics!.TotalHits;
        using var publicList = await anonymous.GetAsync(list);
        Assert.Equal(hits + 1, cache.Statistics!.TotalHits);
        Assert.DoesNotContain(Draft, await publicList.Content.ReadAsStringAsync());
        Assert.True(publicList.Headers.CacheControl!.Public);
        foreach (var url in new[] { $"/api/articles/{Draft}", $"/api/articles/{Draft}.jsonld", $"/api/articles/{Draft}/sections", $"/api/articles/{Draft}/sections/{PreviewFixture.DraftSection}" })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // Unauthorized previews are not kept either: the same request stays a 401.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var refused = await anonymous.GetAsync($"/api/articles/{Draft}?preview=true");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Equal(stored, cache.Count);
    }

    private static List<string> Hrefs(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("href").GetString()!)];

    private static string WithPreview(string url, string value) => $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}preview={value}";
}
