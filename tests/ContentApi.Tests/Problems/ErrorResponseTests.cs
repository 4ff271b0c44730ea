using ContentApi.Tests.OpenApi;
using ContentApi.Problems;
using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Problems;

[Collection(SharedApi.Name)]
public class ErrorResponseTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/no-such-route")]
    [InlineData("/api/no-such-resource")]
    [InlineData("/api/foods/not-a-number")]
    public async Task UnknownRouteReturnsProblemDetails(string url)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.Contains(url, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongMethodReturns405WithAllowHeader()
    {
        // Not the article itself: DELETE of an article is the write API's (401 without a key).
        using var response = await _client.DeleteAsync("/api/articles/magnesium-for-restless-legs/sections");

        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task PostToAListReturns405WithAllowHeader()
    {
        using var response = await _client.PostAsync("/api/foods", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task UnknownSlugReturnsProblemDetailsNamingIt()
    {
        var problem = await _client.GetProblemAsync("/api/articles/vitamin-z-for-everything", HttpStatusCode.NotFound);

        Assert.Contains("vitamin-z-for-everything", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InvalidQueryReturnsAnErrorsMapWithEveryFailingParameter()
    {
        var problem = await _client.GetProblemAsync("/api/foods?pageSize=1000&sort=colour&page=-1", HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");

        Assert.True(errors.TryGetProperty("pageSize", out _));
        Assert.True(errors.TryGetProperty("sort", out _));
        Assert.True(errors.TryGetProperty("page", out _));
        Assert.Contains("pageSize", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("text/plain")]
    [InlineData("image/png")]
    [InlineData("application/json")]
    public async Task EveryErrorIsProblemJsonWhateverTheClientAccepts(string accept)
    {
        foreach (var (method, url, status) in new[]
                 {
                     (HttpMethod.Get, "/no-such-route", HttpStatusCode.NotFound),
                     (HttpMethod.Get, "/api/articles/no-such-article", HttpStatusCode.NotFound),
                     (HttpMethod.Get, "/api/foods?pageSize=0", HttpStatusCode.BadRequest),
                     (HttpMethod.Delete, "/api/foods", HttpStatusCode.MethodNotAllowed),
                 })
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await _client.SendAsync(request);

            var problem = await response.ProblemAsync(status);
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"{method} {url}");
        }
    }

    [Fact]
    public async Task EveryNotFoundHasTheSameTitle()
    {
        var route = await _client.GetProblemAsync("/no-such-route", HttpStatusCode.NotFound);
        var article = await _client.GetProblemAsync("/api/articles/no-such-article", HttpStatusCode.NotFound);
        var section = await _client.GetProblemAsync("/api/articles/magnesium-for-restless-legs/sections/no-such-section", HttpStatusCode.NotFound);
        var food = await _client.GetProblemAsync("/api/foods/999999", HttpStatusCode.NotFound);

        Assert.Equal("Not found.", route.GetProperty("title").GetString());
        Assert.All(new[] { article, section, food }, problem => Assert.Equal("Not found.", problem.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("/api/sources/+1")]
    [InlineData("/api/sources/%2B1")]
    [InlineData("/api/sources/0001")]
    [InlineData("/api/sources/%201")]
    [InlineData("/api/sources/1%20")]
    [InlineData("/api/interactions/00007")]
    [InlineData("/api/foods/0")]
    [InlineData("/api/foods/-1")]
    [InlineData("/api/foods/9999999999")]
    public async Task OnlyCanonicalIdsAddressAnItem(string url) =>
        await _client.GetProblemAsync(url, HttpStatusCode.NotFound);

    [Theory]
    [InlineData("POST", "/swagger/index.html")]
    [InlineData("DELETE", "/swagger/swagger-ui.css")]
    [InlineData("PUT", "/swagger/index.html")]
    public async Task SwaggerUiFilesAnswerOtherMethodsWith405(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task AMissingSwaggerUiFileIsANotFoundProblem() =>
        await _client.GetProblemAsync("/swagger/no-such-file.js", HttpStatusCode.NotFound);

    [Fact]
    public async Task TheRootRedirectsOnGetAndHead()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.Redirect, head.StatusCode);
        Assert.Equal("/swagger", head.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PostToTheOpenApiDocumentIs405()
    {
        using var response = await _client.PostAsync("/swagger/v1/swagger.json", new StringContent("{}"));

        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}

/// <summary>Runs on its own database, because it breaks it on purpose.</summary>
public sealed class UnhandledErrorTests : IDisposable
{
    private readonly ContentApiFactory _factory = new();

    [Fact]
    public async Task UnhandledExceptionReturns500WithTraceIdAndNoStackTrace()
    {
        var client = _factory.CreateClient();
        await client.OkJsonAsync("/api/foods");
        await _factory.ExecuteSqlAsync("DROP TABLE foods;");

        // A URL not served before, so no cached representation can answer it.
        using var response = await client.GetAsync("/api/foods?pageSize=7");
        var problem = await response.ProblemAsync(HttpStatusCode.InternalServerError);
        var body = problem.GetRawText();

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("SqliteException", body);
        Assert.DoesNotContain("no such table", body);
        Assert.Equal(ProblemDetailsSetup.UnexpectedFaultDetail, problem.GetProperty("detail").GetString());
        await DocumentedProblem.AssertAsync(client, problem);
    }

    public void Dispose() => _factory.Dispose();
}
