using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Problems;

[Collection(SharedApi.Name)]
public sealed class ErrorResponseTests(ContentApiFactory factory)
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
        using var response = await _client.DeleteAsync("/api/articles/magnesium-for-restless-legs");

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
        await using (var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE foods;";
            await command.ExecuteNonQueryAsync();
        }

        // A URL not served before, so no cached representation can answer it.
        using var response = await client.GetAsync("/api/foods?pageSize=7");
        var problem = await response.ProblemAsync(HttpStatusCode.InternalServerError);
        var body = problem.GetRawText();

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("SqliteException", body);
        Assert.DoesNotContain("no such table", body);
    }

    public void Dispose() => _factory.Dispose();
}
