using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.OpenApi;

/// <summary>
/// The served document is what the API does: for sample requests covering every operation and each client error it
/// documents, the real response's status is documented for that operation, its media type is the documented one, its
/// body satisfies the documented schema (required members, nullability, enums, the block union) and every header the
/// document marks required is there; a cached read's 304 carries its documented headers too, and so does each
/// operation's 429 when rate limiting is on.
/// </summary>
[Collection(SharedApi.Name)]
public class ResponseContractTests(ContentApiFactory factory)
{
    private const string Article = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, int> Samples => new()
    {
        { "/api/articles", 200 }, { "/api/articles?category=Vitamins&sort=title", 200 }, { "/api/articles?pageSize=0", 400 },
        { Article, 200 }, { $"{Article}?include=sources", 200 }, { $"{Article}?include=nothing", 400 }, { "/api/articles/no-such-article", 404 },
        { $"{Article}.jsonld", 200 }, { "/api/articles/no-such-article.jsonld", 404 }, { $"{Article}.jsonld?preview=maybe", 400 },
        { $"{Article}/sections", 200 }, { "/api/articles/no-such-article/sections", 404 }, { $"{Article}/sections?preview=maybe", 400 },
        { $"{Article}/sections/forms-and-doses", 200 }, { $"{Article}/sections/no-such-section", 404 }, { $"{Article}/sections/forms-and-doses?preview=1", 400 },
        { "/api/dose-ranges?pageSize=100", 200 }, { "/api/dose-ranges?kind=nothing", 400 }, { "/api/dose-ranges/1", 200 }, { "/api/dose-ranges/999999", 404 }, { "/api/dose-ranges/1?preview=maybe", 400 },
        { "/api/dose-ranges/lookup?substance=magnesium&ageYears=40&sex=female", 200 },
        { "/api/dose-ranges/lookup?substance=magnesium&ageMonths=3&sex=male", 200 },
        { "/api/dose-ranges/lookup?substance=magnesium&ageYears=30&sex=female&lifeStage=pregnancy", 200 },
        { "/api/dose-ranges/lookup", 400 }, { "/api/dose-ranges?preview=maybe", 400 },
        { "/api/dose-ranges/lookup?substance=magnesium&ageYears=40&sex=female&preview=maybe", 400 },
        { "/api/foods?pageSize=100", 200 }, { "/api/foods?pageSize=500", 400 }, { "/api/foods/1", 200 }, { "/api/foods/999999", 404 }, { "/api/foods/1?preview=maybe", 400 },
        { "/api/foods/plan?nutrient=magnesium&targetMg=320", 200 }, { "/api/foods/plan?nutrient=magnesium", 400 },
        { "/api/foods?preview=maybe", 400 }, { "/api/foods/plan?nutrient=magnesium&targetMg=320&preview=maybe", 400 },
        { "/api/interactions?pageSize=100", 200 }, { "/api/interactions?severity=nothing", 400 }, { "/api/interactions/1", 200 }, { "/api/interactions/999999", 404 }, { "/api/interactions/1?preview=maybe", 400 },
        { "/api/interactions/check?medications=ciprofloxacin,omeprazole&conditions=kidney%20disease", 200 },
        { "/api/interactions/check?medications=no-such-medicine", 200 }, { "/api/interactions/check", 400 },
        { "/api/interactions?preview=maybe", 400 }, { "/api/interactions/check?medications=omeprazole&preview=maybe", 400 },
        { "/api/side-effects?pageSize=100", 200 }, { "/api/side-effects?severity=nothing", 400 }, { "/api/side-effects/1", 200 }, { "/api/side-effects/999999", 404 },
        { "/api/side-effects?preview=maybe", 400 }, { "/api/side-effects/1?preview=maybe", 400 },
        { "/api/remedies?pageSize=100", 200 }, { "/api/remedies?kind=nothing", 400 }, { "/api/remedies/12", 200 }, { "/api/remedies/999999", 404 },
        { "/api/remedies?preview=maybe", 400 }, { "/api/remedies/12?preview=maybe", 400 },
        { "/api/sources?pageSize=100", 200 }, { "/api/sources?sort=nothing", 400 }, { "/api/sources/1", 200 }, { "/api/sources/999999", 404 },
        { "/api/sources?preview=maybe", 400 }, { "/api/sources/1?preview=maybe", 400 },
        { $"{Article}/comments", 200 }, { $"{Article}/comments?pageSize=0", 400 }, { "/api/articles/no-such-article/comments", 404 },
        { $"{Article}/comments/form-token", 200 }, { "/api/articles/no-such-article/comments/form-token", 404 },
        { "/api/search?q=magnesium&pageSize=100", 200 }, { "/api/search?q=sleep&type=section", 200 }, { "/api/search", 400 },
        // The probes' only client error is a host that names no web address (here port 0); their 503 is tested where the store breaks.
        { "/health/live", 200 }, { "http://localhost:0/health/live", 400 }, { "/health/ready", 200 }, { "http://localhost:0/health/ready", 400 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ResponseIsWhatTheDocumentSays(string url, int status)
    {
        var document = await DocumentAsync();
        var operation = OperationFor(document, url);
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == status, $"GET {url}: {(int)response.StatusCode} {body}");
        AssertDocumented(document, operation, response, body, url);
        if (status == 200 && operation.GetProperty("responses").TryGetProperty("304", out _))
        {
            using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
            conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
            using var notModified = await _client.SendAsync(conditional);

            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            AssertDocumented(document, operation, notModified, "", url);
        }
    }

    [Fact]
    public async Task EveryOperationsTooManyRequestsIsWhatTheDocumentSays()
    {
        // One token, one a second: the second request of each operation is refused (the document itself is exempt).
        using var limited = new ContentApiFactory()
            .WithSetting("RateLimiting:Enabled", "true").WithSetting("RateLimiting:PermitsPerSecond", "1").WithSetting("RateLimiting:Burst", "1");
        using var client = limited.CreateClient();
        var document = await client.OkJsonAsync("/swagger/v1/swagger.json");
        // The health probes are never limited, and their operations say no 429.
        var operations = Samples.Select(row => (string)row[0]).GroupBy(url => TemplateFor(document, url))
            .Where(operation => OperationFor(document, operation.First()).GetProperty("responses").TryGetProperty("429", out _))
            .ToList();

        foreach (var url in operations.Select(operation => operation.First()))
        {
            using var response = await RejectedAsync(client, url);
            AssertDocumented(document, OperationFor(document, url), response, await response.Content.ReadAsStringAsync(), url);
        }

        Assert.Equal(PublicReads(document).Count(read => !read.Path.StartsWith("/health/", StringComparison.Ordinal)), operations.Count);
    }

    [Fact]
    public async Task EveryOperationAndEachClientErrorItDocumentsHasASample()
    {
        var document = await DocumentAsync();
        var sampled = Samples.Select(row => ((string)row[0], (int)row[1]))
            .Select(sample => (Template: TemplateFor(document, sample.Item1), Status: sample.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToHashSet();

        foreach (var (path, operation) in PublicReads(document))
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(response => response.Name is "200" or "400" or "404"))
            {
                Assert.True(sampled.Contains((path, response.Name)), $"no sample request for {path} {response.Name}");
            }
        }
    }

    [Fact]
    public async Task EveryNotFoundExampleIsTheProblemTheApiWrites()
    {
        var document = await DocumentAsync();
        var checkedCount = 0;
        foreach (var (_, operation) in PublicReads(document))
        {
            if (!operation.GetProperty("responses").TryGetProperty("404", out var notFound))
            {
                continue;
            }

            var example = notFound.GetProperty("content").GetProperty("application/problem+json").GetProperty("example");
            var url = example.GetProperty("instance").GetString()!["GET ".Length..];
            using var response = await _client.GetAsync(url);
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);

            Assert.Equal(example.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
            Assert.Equal(example.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
            checkedCount++;
        }

        Assert.True(checkedCount >= 10, $"only {checkedCount} examples");
    }

    [Fact]
    public async Task EveryBadRequestExampleNamesAParameterOfItsOwnOperation()
    {
        var document = await DocumentAsync();
        foreach (var (path, operation) in PublicReads(document))
        {
            if (!operation.GetProperty("responses").TryGetProperty("400", out var badRequest))
            {
                continue;
            }

            var problem = badRequest.GetProperty("content").GetProperty("application/problem+json");
            if (problem.GetProperty("schema").GetProperty("$ref").GetString() != "#/components/schemas/ValidationProblem")
            {
                continue; // The host check's 400 (the probes have no parameters).
            }

            var example = problem.GetProperty("example");
            var named = Assert.Single(example.GetProperty("errors").EnumerateObject()).Name;
            Assert.Contains(named, operation.GetProperty("parameters").EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString()));
            Assert.Matches("^GET " + Regex.Replace(path, @"\{[^}]+\}", "[^/{}]+") + "$", example.GetProperty("instance").GetString());
        }
    }

    [Fact]
    public async Task TheArticleExampleSatisfiesTheArticleSchema()
    {
        var document = await DocumentAsync();
        var validator = new OpenApiSchemaValidator(document);
        var schema = validator.Component("ArticleResponse");

        Assert.Empty(validator.Validate(Assert.Single(schema.GetProperty("examples").EnumerateArray()), schema));
    }

    [Fact]
    public async Task TheCheckerRefusesWhatTheSchemaForbids()
    {
        var document = await DocumentAsync();
        var validator = new OpenApiSchemaValidator(document);
        var block = validator.Component("BlockResponse");
        var hit = validator.Component("SearchHit");

        Assert.Empty(validator.Validate(Json("""{"type":"list","text":null,"style":"bulleted","items":["a"],"sourceKey":null}"""), block));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"quote","text":"a","sourceKey":null}"""), block));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"list","text":null,"style":"bulleted","sourceKey":null}"""), block));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"paragraph","text":null,"sourceKey":null}"""), block));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"paragraph","text":"a","sourceKey":null,"extra":1}"""), block));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"paragraph","text":"","sourceKey":null}"""), block));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"list","text":null,"style":"bulleted","items":[],"sourceKey":null}"""), block));
        Assert.NotEmpty(validator.Validate(Json($$"""{"type":"paragraph","text":"a","sourceKey":"{{new string('K', 51)}}"}"""), block));
        Assert.NotEmpty(validator.Validate(Json("""{"kind":"medication","name":"x","matchedAs":"x","matchType":"generic","input":"x","interactions":null}"""), validator.Component("InteractionMatch")));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"food","id":1,"title":"t","snippet":"s","href":"/relative","articleSlug":null,"anchor":null,"score":1}"""), hit));
        Assert.NotEmpty(validator.Validate(Json("""{"type":"drink","id":1,"title":"t","snippet":"s","href":"http://x/","articleSlug":null,"anchor":null,"score":1}"""), hit));
    }

    /// <summary>For statuses a sample request cannot reach on the shared app (the readiness 503): the answer is as documented.</summary>
    internal static async Task AssertDocumentedAsync(HttpClient client, HttpResponseMessage response, string body, string url)
    {
        var document = await client.OkJsonAsync("/swagger/v1/swagger.json");
        AssertDocumented(document, OperationFor(document, url), response, body, url);
    }

    /// <summary>
    /// The GET operations anyone may call (<c>security: []</c>, or an empty requirement among its alternatives: a
    /// previewable read, whose key matters only with preview=true), which the samples here cover; those that need a key
    /// are held to the document in <c>Keys/KeyContractTests</c>, with keys, and previews in <c>Preview/PreviewReadTests</c>.
    /// </summary>
    /// <summary>The public GETs of JSON (the image files, binary, have tests of their own: Media/MediaFileTests).</summary>
    internal static IEnumerable<(string Path, JsonElement Operation)> PublicReads(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty("get", out var get) && IsPublic(get.GetProperty("security"))
                && !(get.GetProperty("responses").TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var content)
                     && content.EnumerateObject().All(type => type.Name.StartsWith("image/", StringComparison.Ordinal))))
            .Select(path => (path.Name, path.Value.GetProperty("get")));

    /// <summary>No requirement, or an empty one among the alternatives: a request without credentials satisfies it.</summary>
    internal static bool IsPublic(JsonElement security) =>
        security.GetArrayLength() == 0 || security.EnumerateArray().Any(alternative => !alternative.EnumerateObject().Any());

    internal static void AssertDocumented(JsonElement document, JsonElement operation, HttpResponseMessage response, string body, string url)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(operation.GetProperty("responses").TryGetProperty(status, out var documented), $"GET {url}: status {status} is not documented");
        foreach (var header in documented.TryGetProperty("headers", out var headers) ? headers.EnumerateObject() : Enumerable.Empty<JsonProperty>())
        {
            var required = header.Value.TryGetProperty("required", out var flag) && flag.GetBoolean();
            Assert.True(!required || response.Headers.Contains(header.Name) || response.Content.Headers.Contains(header.Name),
                $"GET {url}: {status} lacks the required header {header.Name}");
        }

        if (!documented.TryGetProperty("content", out var content))
        {
            Assert.Equal("", body);
            return;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.True(mediaType is not null && content.TryGetProperty(mediaType, out _), $"GET {url}: {mediaType} is not a documented media type of {status}");
        var errors = new OpenApiSchemaValidator(document).Validate(JsonDocument.Parse(body).RootElement, content.GetProperty(mediaType).GetProperty("schema"));
        Assert.True(errors.Count == 0, $"GET {url}: {status} body breaks the schema:\n{string.Join('\n', errors)}");
    }

    internal static JsonElement OperationFor(JsonElement document, string url, string method = "get") =>
        document.GetProperty("paths").GetProperty(TemplateFor(document, url)).GetProperty(method);

    /// <summary>
    /// The documented path a URL is served by; a literal segment wins over a parameter (/foods/plan, not /foods/{id}), and
    /// the longer of two templates with as many parameters ({slug}.jsonld, not {slug}).
    /// </summary>
    private static string TemplateFor(JsonElement document, string url)
    {
        var path = url.StartsWith('/') ? url.Split('?')[0] : new Uri(url).AbsolutePath;
        return document.GetProperty("paths").EnumerateObject()
            .Select(template => template.Name)
            .Where(template => Regex.IsMatch(path, "^" + Regex.Replace(template, @"\{[^}]+\}", "[^/]+") + "$"))
            .OrderBy(template => template.Count(character => character == '{'))
            .ThenByDescending(template => template.Length)
            .First();
    }

    private static async Task<HttpResponseMessage> RejectedAsync(HttpClient client, string url)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            response.Dispose();
        }

        throw new Xunit.Sdk.XunitException($"GET {url} was never refused");
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private Task<JsonElement> DocumentAsync() => _client.OkJsonAsync("/swagger/v1/swagger.json");
}
