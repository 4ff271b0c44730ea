using System.Net;
using System.Net.Http.Headers;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Caching;

[Collection(SharedApi.Name)]
public class ConditionalGetTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(ArticleUrl)]
    [InlineData("/api/foods?sort=-amount&pageSize=20")]
    [InlineData("/api/foods/1")]
    [InlineData("/api/search?q=sleep")]
    [InlineData("/api/dose-ranges/lookup?substance=magnesium&ageYears=40&sex=male")]
    public async Task ReadsCarryStrongValidatorsAndPublicCacheHeaders(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal("public, max-age=60, stale-while-revalidate=30", response.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(response.Content.Headers.ContentLength, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task MatchingTagAnswers304WithTheSameValidatorsAndNoBody()
    {
        using var first = await _client.GetAsync(ArticleUrl);
        using var second = await SendAsync(ArticleUrl, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.LastModified, second.Content.Headers.LastModified);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        Assert.Contains("Accept-Encoding", second.Headers.Vary);
    }

    [Fact]
    public async Task OtherTagAnswers200()
    {
        using var response = await SendAsync(ArticleUrl, request => request.Headers.TryAddWithoutValidation("If-None-Match", "\"not-the-tag\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("W/{0}")]
    [InlineData("\"a\", {0}, \"b\"")]
    [InlineData("\"a\",W/{0}")]
    [InlineData("  {0}  ")]
    public async Task StarWeakTagsAndListsMatchAsRfc9110Says(string headerTemplate)
    {
        var tag = (await _client.GetAsync(ArticleUrl)).Headers.ETag!.Tag;

        using var response = await SendAsync(ArticleUrl, request =>
            request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, headerTemplate, tag)));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("\"x\" {0}")]
    [InlineData("{0} \"x\"")]
    [InlineData("{0}junk")]
    [InlineData("junk, {0}")]
    [InlineData("*, {0}")]
    [InlineData("{0}, *")]
    [InlineData("\"\", {0} W/")]
    [InlineData("\"a b\", {0}")]
    [InlineData("\"unterminated, {0}")]
    public async Task AMalformedListNeverAnswers304(string headerTemplate)
    {
        var tag = (await _client.GetAsync(ArticleUrl)).Headers.ETag!.Tag;

        using var response = await SendAsync(ArticleUrl, request =>
            request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, headerTemplate, tag)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AMalformedLineSpoilsTheWholePrecondition()
    {
        var tag = (await _client.GetAsync(ArticleUrl)).Headers.ETag!.Tag;

        using var response = await SendAsync(ArticleUrl, request =>
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", tag);
            request.Headers.TryAddWithoutValidation("If-None-Match", "not-a-tag");
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("\"\", {0}")]
    [InlineData(", ,{0},")]
    [InlineData("\t{0}\t")]
    public async Task EmptyTagsAndEmptyMembersAreWellFormed(string headerTemplate)
    {
        var tag = (await _client.GetAsync(ArticleUrl)).Headers.ETag!.Tag;

        using var response = await SendAsync(ArticleUrl, request =>
            request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, headerTemplate, tag)));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("{0:R}")]
    [InlineData("{0:dddd, dd-MMM-yy HH:mm:ss} GMT")]
    [InlineData("{0:ddd MMM d HH:mm:ss yyyy}")]
    public async Task IfModifiedSinceAcceptsTheThreeHttpDateFormats(string format)
    {
        var lastModified = (await _client.GetAsync("/api/foods")).Content.Headers.LastModified!.Value;
        var date = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, lastModified.UtcDateTime);

        using var response = await SendAsync("/api/foods", request => request.Headers.TryAddWithoutValidation("If-Modified-Since", date));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task TagsSpreadOverSeveralHeaderLinesMatch()
    {
        var tag = (await _client.GetAsync(ArticleUrl)).Headers.ETag!.Tag;

        using var response = await SendAsync(ArticleUrl, request =>
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", "\"first\"");
            request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        });

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task NodeFetchStyleNoCacheRequestStillGets304()
    {
        var tag = (await _client.GetAsync(ArticleUrl)).Headers.ETag!;

        using var response = await SendAsync(ArticleUrl, request =>
        {
            request.Headers.IfNoneMatch.Add(tag);
            request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
            request.Headers.Pragma.Add(new NameValueHeaderValue("no-cache"));
        });

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task IfModifiedSinceAnswers304AtOrAfterLastModifiedAnd200Before()
    {
        // The foods list last changed in 2020 (its stamp's time, with no new version): dates after it are still in the past.
        using var own = new ContentApiFactory();
        var client = own.CreateClient();
        await own.ExecuteSqlAsync("UPDATE content_scopes SET updated_at = '2020-06-01T12:00:00.000Z' WHERE scope = 'foods';");
        var lastModified = (await client.GetAsync("/api/foods")).Content.Headers.LastModified!.Value;

        using var same = await SendAsync(client, "/api/foods", request => request.Headers.IfModifiedSince = lastModified);
        using var later = await SendAsync(client, "/api/foods", request => request.Headers.IfModifiedSince = lastModified.AddHours(1));
        using var earlier = await SendAsync(client, "/api/foods", request => request.Headers.IfModifiedSince = lastModified.AddSeconds(-1));

        Assert.Equal(new DateTimeOffset(2020, 6, 1, 12, 0, 0, TimeSpan.Zero), lastModified);
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, later.StatusCode);
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
    }

    [Fact]
    public async Task AnIfModifiedSinceInTheFutureIsIgnored()
    {
        using var response = await SendAsync("/api/foods", request => request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddDays(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task IfNoneMatchWinsOverIfModifiedSince()
    {
        using var response = await SendAsync("/api/foods", request =>
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", "\"stale\"");
            request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddYears(1);
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ListLastModifiedIsNoOlderThanAnyItemItCovers()
    {
        using var response = await _client.GetAsync("/api/foods?pageSize=100");
        var newest = (await response.Content.ReadJsonAsync()).Items().Max(food => food.GetProperty("updatedAt").GetDateTimeOffset());

        Assert.True(response.Content.Headers.LastModified >= newest.AddTicks(-(newest.UtcTicks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public async Task HeadHasTheGetHeadersAndNoBody()
    {
        using var get = await _client.GetAsync("/api/foods?pageSize=3");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/foods?pageSize=3"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.LastModified, head.Content.Headers.LastModified);
        Assert.Equal(get.Headers.GetValues("Link"), head.Headers.GetValues("Link"));
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData(ArticleUrl + "/sections/takeaway")]
    [InlineData("/api/interactions/check?medications=Cipro")]
    [InlineData("/api/foods/plan?nutrient=magnesium&targetMg=100")]
    public async Task EveryReadAnswersHead(string url)
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.ETag);
    }

    [Fact]
    public async Task ADifferentFieldSelectionHasADifferentTag()
    {
        var whole = (await _client.GetAsync(ArticleUrl)).Headers.ETag;
        var sparse = (await _client.GetAsync($"{ArticleUrl}?fields=title")).Headers.ETag;
        var included = (await _client.GetAsync($"{ArticleUrl}?include=sources")).Headers.ETag;

        Assert.NotEqual(whole, sparse);
        Assert.NotEqual(whole, included);
        Assert.NotEqual(sparse, included);
    }

    [Fact]
    public async Task ProblemsAreNotCachedAsRepresentations()
    {
        using var response = await _client.GetAsync("/api/foods/99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    private Task<HttpResponseMessage> SendAsync(string url, Action<HttpRequestMessage> configure) => SendAsync(_client, url, configure);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure(request);
        return await client.SendAsync(request);
    }
}
