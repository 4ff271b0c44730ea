using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

/// <summary>The article as schema.org MedicalWebPage JSON-LD: its shape, how it is asked for, and that it is cached like the rest.</summary>
[Collection(SharedApi.Name)]
public class ArticleLinkedDataTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AcceptLdJsonAnswersWithAMedicalWebPageOfTheArticle()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        using var response = await GetAsync(ArticleUrl, "application/ld+json");
        var page = await LinkedDataAsync(response);

        Assert.Equal("https://schema.org", page.GetProperty("@context").GetString());
        Assert.Equal("MedicalWebPage", page.GetProperty("@type").GetString());
        Assert.Equal("http://localhost" + ArticleUrl, page.GetProperty("url").GetString());
        Assert.Equal(article.GetProperty("title").GetString(), page.GetProperty("headline").GetString());
        Assert.Equal(article.GetProperty("summary").GetString(), page.GetProperty("description").GetString());
        var about = Assert.Single(page.GetProperty("about").EnumerateArray());
        Assert.Equal("MedicalCondition", about.GetProperty("@type").GetString());
        Assert.Equal("Restless legs syndrome", about.GetProperty("name").GetString());
        Assert.Equal("Willis-Ekbom disease", about.GetProperty("alternateName").GetString());
        Assert.Equal(article.GetProperty("lastReviewedAt").GetDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.GetProperty("lastReviewed").GetString());
        Assert.Equal(article.GetProperty("publishedAt").GetDateTimeOffset(), page.GetProperty("datePublished").GetDateTimeOffset());
        Assert.Equal(article.GetProperty("updatedAt").GetDateTimeOffset(), page.GetProperty("dateModified").GetDateTimeOffset());
        Assert.Equal("en", page.GetProperty("inLanguage").GetString());
        Assert.Equal("Patient", page.GetProperty("audience").GetProperty("@type").GetString());
        Assert.Equal("Patient", page.GetProperty("medicalAudience").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task EverySectionIsAPartAndEverySourceACitation()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var page = await LinkedDataAsync(await GetAsync(ArticleUrl, "application/ld+json"));

        var sections = article.GetProperty("sections").EnumerateArray().ToArray();
        var parts = page.GetProperty("hasPart").EnumerateArray().ToArray();
        Assert.Equal(sections.Select(section => section.GetProperty("heading").GetString()), parts.Select(part => part.GetProperty("name").GetString()));
        Assert.All(parts, part => Assert.Equal("WebPageElement", part.GetProperty("@type").GetString()));
        foreach (var part in parts)
        {
            var section = await _client.OkJsonAsync(part.GetProperty("url").GetString()!);
            Assert.Equal(part.GetProperty("name").GetString(), section.GetProperty("heading").GetString());
        }

        var sources = article.GetProperty("sources").EnumerateArray().ToArray();
        var citations = page.GetProperty("citation").EnumerateArray().ToArray();
        Assert.Equal(sources.Select(source => source.GetProperty("title").GetString()), citations.Select(citation => citation.GetProperty("name").GetString()));
        Assert.Equal(sources.Select(source => source.GetProperty("url").GetString()), citations.Select(citation => citation.GetProperty("url").GetString()));
        Assert.All(citations, citation =>
        {
            Assert.Equal("CreativeWork", citation.GetProperty("@type").GetString());
            Assert.Equal("Organization", citation.GetProperty("publisher").GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(citation.GetProperty("publisher").GetProperty("name").GetString()));
        });
    }

    [Fact]
    public async Task TheArticleNamesItsJsonLdAlternateAndBothVaryByAccept()
    {
        using var json = await GetAsync(ArticleUrl, "application/json");
        var alternate = Assert.Single(json.Headers.GetValues("Link"));
        using var negotiated = await GetAsync(ArticleUrl, "application/ld+json");
        using var followed = await GetAsync(alternate[1..alternate.IndexOf('>', StringComparison.Ordinal)], "*/*");

        Assert.Equal("<http://localhost/api/articles/magnesium-for-restless-legs.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"", alternate);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal("application/ld+json", followed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await negotiated.Content.ReadAsStringAsync(), await followed.Content.ReadAsStringAsync());
        Assert.Equal(negotiated.Headers.ETag, followed.Headers.ETag);
        foreach (var response in new[] { json, negotiated, followed })
        {
            Assert.Contains("Accept", response.Headers.Vary);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8")]
    [InlineData("application/json, application/ld+json")]
    [InlineData("application/json;q=0.9, application/ld+json;q=0.5")]
    [InlineData("application/ld+json;q=0")]
    [InlineData("not a media type")]
    public async Task JsonStaysTheAnswerUnlessLdJsonIsPreferred(string accept)
    {
        using var response = await GetAsync(ArticleUrl, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/ld+json, application/json")]
    [InlineData("application/json;q=0.5, application/ld+json")]
    [InlineData("application/ld+json;profile=\"https://schema.org\"")]
    public async Task LdJsonIsTheAnswerWhenPreferred(string accept)
    {
        using var response = await GetAsync(ArticleUrl, accept);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData(ArticleUrl + "/sections")]
    [InlineData(ArticleUrl + "/sections/takeaway")]
    [InlineData("/api/foods/1")]
    public async Task OnlyTheArticleItselfHasAJsonLdForm(string url)
    {
        using var response = await GetAsync(url, "application/ld+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/API/Articles/magnesium-for-restless-legs")]
    [InlineData(ArticleUrl + "/")]
    public async Task TheArticleIsNegotiatedWhereverRoutingFindsIt(string url)
    {
        using var response = await GetAsync(url, "application/ld+json");

        Assert.Equal("MedicalWebPage", (await LinkedDataAsync(response)).GetProperty("@type").GetString());
    }

    [Fact]
    public async Task AnUnknownArticleHasNoJsonLdEither()
    {
        using var response = await GetAsync("/api/articles/no-such-article", "application/ld+json");

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AConfiguredPageUrlMakesTheJsonLdNameTheWebsitesPage()
    {
        using var site = new ContentApiFactory().WithSetting("Links:ArticlePageUrl", "https://www.example.org/health/{slug}");
        var client = site.CreateClient();

        using var response = await client.GetAsync(ArticleUrl + ".jsonld");
        var page = await LinkedDataAsync(response);

        Assert.Equal("https://www.example.org/health/magnesium-for-restless-legs", page.GetProperty("@id").GetString());
        Assert.Equal("https://www.example.org/health/magnesium-for-restless-legs", page.GetProperty("url").GetString());
        Assert.Equal("https://www.example.org/health/magnesium-for-restless-legs#what-is-restless-legs-syndrome",
            page.GetProperty("hasPart")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task JsonLdRevalidatesAndFollowsAnEdit()
    {
        using var editable = new ContentApiFactory().WithSetting("HttpCaching:StoreRepresentations", "true");
        var client = editable.CreateClient();
        using var first = await client.GetAsync(ArticleUrl + ".jsonld");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, ArticleUrl + ".jsonld");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);

        await editable.ExecuteSqlAsync("UPDATE article_conditions SET alternate_name = 'Willis–Ekbom disease (WED)';");
        using var edited = await client.GetAsync(ArticleUrl + ".jsonld");

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.NotEqual(first.Headers.ETag, edited.Headers.ETag);
        var about = (await LinkedDataAsync(edited)).GetProperty("about")[0];
        Assert.Equal("Willis–Ekbom disease (WED)", about.GetProperty("alternateName").GetString());
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _client.SendAsync(request);
    }

    private static async Task<JsonElement> LinkedDataAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
