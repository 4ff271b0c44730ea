using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.OpenApi;

[Collection(SharedApi.Name)]
public class OpenApiDocumentTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string[]> Operations => new()
    {
        { "get", "/api/articles", ["200", "400"] },
        { "get", "/api/articles/{slug}", ["200", "404"] },
        { "get", "/api/articles/{slug}.jsonld", ["200", "404"] },
        { "get", "/api/articles/{slug}/sections", ["200", "404"] },
        { "get", "/api/articles/{slug}/sections/{key}", ["200", "404"] },
        { "get", "/api/dose-ranges", ["200", "400"] },
        { "get", "/api/dose-ranges/{id}", ["200", "404"] },
        { "get", "/api/dose-ranges/lookup", ["200", "400"] },
        { "get", "/api/foods", ["200", "400"] },
        { "get", "/api/foods/{id}", ["200", "404"] },
        { "get", "/api/foods/plan", ["200", "400"] },
        { "get", "/api/interactions", ["200", "400"] },
        { "get", "/api/interactions/{id}", ["200", "404"] },
        { "get", "/api/interactions/check", ["200", "400"] },
        { "get", "/api/side-effects", ["200", "400"] },
        { "get", "/api/side-effects/{id}", ["200", "404"] },
        { "get", "/api/remedies", ["200", "400"] },
        { "get", "/api/remedies/{id}", ["200", "404"] },
        { "get", "/api/sources", ["200", "400"] },
        { "get", "/api/sources/{id}", ["200", "404"] },
        { "get", "/api/search", ["200", "400"] },
        { "get", "/health/live", ["200", "400"] },
        { "get", "/health/ready", ["200", "400", "503"] },
        { "get", "/api/keys", ["200", "401", "403", "429"] },
        { "get", "/api/keys/current", ["200", "401", "429"] },
        { "delete", "/api/keys/{id}", ["401", "403", "404", "429"] },
        { "post", "/api/articles", ["201", "400", "401", "403", "409", "412", "413", "415", "422", "429"] },
        { "put", "/api/articles/{slug}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "patch", "/api/articles/{slug}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/articles/{slug}", ["401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/publish", ["200", "400", "401", "403", "404", "412", "413", "415", "422", "428"] },
        { "post", "/api/articles/{slug}/unpublish", ["200", "401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/revisions/{number}/restore", ["200", "401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/sections", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "put", "/api/articles/{slug}/sections/{key}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/articles/{slug}/sections/{key}", ["200", "401", "403", "404", "412", "422", "428"] },
        { "post", "/api/articles/{slug}/sections/{key}/move", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "post", "/api/articles/{slug}/sections/{key}/blocks", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "put", "/api/articles/{slug}/sections/{key}/blocks/{position}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/articles/{slug}/sections/{key}/blocks/{position}", ["200", "401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/sections/{key}/blocks/{position}/move", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "post", "/api/articles/{slug}/dose-ranges", ["201", "400", "401", "403", "404", "412", "413", "415", "422", "428"] },
        { "put", "/api/articles/{slug}/dose-ranges/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "422", "428"] },
        { "patch", "/api/articles/{slug}/dose-ranges/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "422", "428"] },
        { "delete", "/api/articles/{slug}/dose-ranges/{id}", ["200", "401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/foods", ["201", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "put", "/api/articles/{slug}/foods/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "patch", "/api/articles/{slug}/foods/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/articles/{slug}/foods/{id}", ["200", "401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/interactions", ["201", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "put", "/api/articles/{slug}/interactions/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "patch", "/api/articles/{slug}/interactions/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/articles/{slug}/interactions/{id}", ["200", "401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/side-effects", ["201", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "put", "/api/articles/{slug}/side-effects/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "patch", "/api/articles/{slug}/side-effects/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/articles/{slug}/side-effects/{id}", ["200", "401", "403", "404", "412", "428"] },
        { "post", "/api/articles/{slug}/remedies", ["201", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "put", "/api/articles/{slug}/remedies/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "patch", "/api/articles/{slug}/remedies/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/articles/{slug}/remedies/{id}", ["200", "401", "403", "404", "412", "428"] },
        { "put", "/api/articles/{slug}/sources", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "put", "/api/articles/{slug}/related", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "post", "/api/sources", ["201", "400", "401", "403", "409", "413", "415"] },
        { "put", "/api/sources/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "patch", "/api/sources/{id}", ["200", "400", "401", "403", "404", "412", "413", "415", "428"] },
        { "delete", "/api/sources/{id}", ["401", "403", "404", "409", "412", "428"] },
        { "get", "/api/sources/{id}/edit", ["200", "401", "403", "404"] },
        { "get", "/api/articles/{slug}/edit", ["200", "401", "403", "404"] },
        { "get", "/api/articles/{slug}/revisions", ["200", "400", "401", "403", "404"] },
        { "get", "/api/articles/{slug}/revisions/{number}", ["200", "401", "403", "404"] },
        { "get", "/api/articles/{slug}/revisions/{number}/diff", ["200", "400", "401", "403", "404"] },
        { "get", "/api/articles/{slug}/comments", ["200", "400", "404", "429"] },
        { "get", "/api/articles/{slug}/comments/form-token", ["200", "404", "429"] },
        { "post", "/api/articles/{slug}/comments", ["201", "400", "404", "409", "413", "415", "429"] },
        { "get", "/api/comments", ["200", "400", "401", "403", "429"] },
        { "post", "/api/comments/{id}/approve", ["200", "401", "403", "404"] },
        { "post", "/api/comments/{id}/reject", ["200", "401", "403", "404"] },
        { "post", "/api/comments/{id}/spam", ["200", "401", "403", "404"] },
        { "delete", "/api/comments/{id}", ["401", "403", "404"] },
        { "post", "/api/comments/erasure", ["200", "400", "401", "403", "413", "415"] },
        { "post", "/api/media", ["201", "400", "401", "403", "413", "415"] },
        { "get", "/api/media", ["200", "400", "401", "403"] },
        { "get", "/api/media/{id}", ["200", "401", "403", "404"] },
        { "delete", "/api/media/{id}", ["401", "403", "404", "409"] },
        { "get", "/media/{id}/{name}", ["400", "404"] },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryEndpointIsDocumentedWithItsResponses(string method, string path, string[] statuses)
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
        Assert.Single(operation.GetProperty("tags").EnumerateArray());
        var responses = operation.GetProperty("responses");
        foreach (var status in statuses)
        {
            Assert.True(responses.TryGetProperty(status, out var response), $"{path} does not document {status}");
            // A probe reports in its own JSON, ready or not (503); everything else that fails is a problem.
            var report = status.StartsWith('2') || (status == "503" && path.StartsWith("/health/", StringComparison.Ordinal));
            var mediaType = !report ? "application/problem+json" : path.EndsWith(".jsonld", StringComparison.Ordinal) ? "application/ld+json" : "application/json";
            Assert.True(response.GetProperty("content").TryGetProperty(mediaType, out _), $"{path} {status} is not {mediaType}");
        }

        foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{path} parameter {parameter.GetProperty("name")} has no description");
        }
    }

    [Fact]
    public async Task EveryBodysBadRequestIsAValidationProblemAndEveryPagedAnswerDocumentsItsLinks()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name} {path.Name}", Operation: operation.Value))).ToList();
        var withBodies = operations.Where(operation => operation.Operation.TryGetProperty("requestBody", out _)).ToList();
        Assert.NotEmpty(withBodies);
        Assert.All(withBodies, operation => Assert.Equal("#/components/schemas/ValidationProblem",
            operation.Operation.GetProperty("responses").GetProperty("400").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()));
        var paged = operations.Where(operation => operation.Operation.GetProperty("responses").TryGetProperty("200", out var ok)
            && ok.TryGetProperty("content", out var content) && content.EnumerateObject().Any(media => media.Value.GetProperty("schema").TryGetProperty("$ref", out var reference)
                && reference.GetString()!.Contains("PagedResponse", StringComparison.Ordinal))).ToList();
        Assert.Contains(paged, operation => operation.Name == "get /api/comments");
        Assert.All(paged, operation => Assert.True(operation.Operation.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Link", out _), operation.Name));
    }

    [Fact]
    public async Task DocumentListsNoUndocumentedPaths()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var documented = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).Order().ToArray();

        Assert.Equal(Operations.Select(row => (string)row[1]).Distinct().Order().ToArray(), documented);
    }

    [Fact]
    public async Task TheProbesAreOperationsAndOnlyReadinessAnswers503WithItsReportNotAProblem()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths");
        var live = paths.GetProperty("/health/live").GetProperty("get");
        var ready = paths.GetProperty("/health/ready").GetProperty("get");

        var tag = document.GetProperty("tags").EnumerateArray().Single(tag => tag.GetProperty("name").GetString() == "Operations");
        Assert.False(string.IsNullOrWhiteSpace(tag.GetProperty("description").GetString()));
        Assert.Equal(["Operations"], live.GetProperty("tags").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(["Operations"], ready.GetProperty("tags").EnumerateArray().Select(name => name.GetString()));
        Assert.False(live.GetProperty("responses").TryGetProperty("503", out _), "liveness reads nothing, so nothing makes it unavailable");
        var unavailable = ready.GetProperty("responses").GetProperty("503");
        Assert.Equal(["application/json"], unavailable.GetProperty("content").EnumerateObject().Select(type => type.Name));
        Assert.Equal("#/components/schemas/HealthReportResponse",
            unavailable.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.False(unavailable.GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(unavailable.GetProperty("headers").GetProperty("Cache-Control").GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task EverySortValueTheDocumentAllowsWorks()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var checkedCount = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var parameters = path.Value.TryGetProperty("get", out var get) && get.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToArray() : [];
            var sort = parameters.FirstOrDefault(parameter => parameter.GetProperty("name").GetString() == "sort");
            if (sort.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            foreach (var value in sort.GetProperty("schema").GetProperty("enum").EnumerateArray())
            {
                await _client.OkJsonAsync($"{path.Name}?sort={value.GetString()}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 20, $"only {checkedCount} sort values found");
    }

    [Fact]
    public async Task QueryParametersAreCamelCaseWithAllowedValues()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var parameters = document.GetProperty("paths").GetProperty("/api/dose-ranges").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(parameter => parameter.GetProperty("name").GetString()!);

        Assert.Contains("lifeStage", parameters.Keys);
        Assert.Contains("pageSize", parameters.Keys);
        Assert.Equal(["RDA", "AI", "UL", "guidance"],
            parameters["kind"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(value => value.GetString()!).ToArray());
    }

    [Fact]
    public async Task SwaggerUiIsServedAndTheRootRedirectsToIt()
    {
        using var ui = await _client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Equal("text/html", ui.Content.Headers.ContentType?.MediaType);

        using var noRedirects = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var root = await noRedirects.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/swagger", root.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/foods", "page", "integer", "int32")]
    [InlineData("/api/foods", "pageSize", "integer", "int32")]
    [InlineData("/api/foods", "minAmountMg", "number", "double")]
    [InlineData("/api/dose-ranges/lookup", "ageYears", "number", "double")]
    [InlineData("/api/foods/plan", "maxServings", "integer", "int32")]
    public async Task QueryNumbersAreDocumentedAsPlainNumbers(string path, string name, string type, string format)
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");

        var schema = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(parameter => parameter.GetProperty("name").GetString() == name).GetProperty("schema");
        Assert.Equal(type, schema.GetProperty("type").GetString());
        Assert.Equal(format, schema.GetProperty("format").GetString());
    }

    [Fact]
    public async Task TheDocumentIsServedWithAStrongTagAndRevalidates()
    {
        using var first = await _client.GetAsync("/swagger/v1/swagger.json");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/swagger/v1/swagger.json");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnUnknownDocumentIsANotFoundProblem()
    {
        var problem = await _client.GetProblemAsync("/swagger/v2/swagger.json", HttpStatusCode.NotFound);

        Assert.Contains("'v2'", problem.GetProperty("detail").GetString());
    }
}

[Collection(SharedApi.Name)]
public class ArticleExampleTests(ContentApiFactory factory)
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerOptions.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ArticleExampleHasExactlyTheMembersOfARealResponse()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var example = document.GetProperty("components").GetProperty("schemas").GetProperty("ArticleResponse").GetProperty("examples")[0];
        var real = await _client.OkJsonAsync("/api/articles/magnesium-for-restless-legs");

        Assert.Equal(MemberPaths(real), MemberPaths(example));
        Assert.NotNull(example.Deserialize<ContentApi.Articles.ArticleResponse>(Strict));
    }

    /// <summary>Every property path in the document, with array items merged ("sections[].blocks[].items").</summary>
    private static SortedSet<string> MemberPaths(JsonElement element, string prefix = "")
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var path = $"{prefix}.{property.Name}";
                    paths.Add(path);
                    paths.UnionWith(MemberPaths(property.Value, path));
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    paths.UnionWith(MemberPaths(item, prefix + "[]"));
                }

                break;
        }

        return paths;
    }
}
