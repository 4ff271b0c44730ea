using System.Net;
using System.Text.Json;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.OpenApi;

namespace ContentApi.Tests.Keys;

/// <summary>
/// The served document says who may call what, as the pipeline enforces it: a bearer scheme, each operation that needs a
/// key naming it with its scope and listing its 401/403 problems, every public read with <c>security: []</c>; and the
/// real answers of the key operations, refusals included, are what it says.
/// </summary>
[Collection(SharedApi.Name)]
public class KeyContractTests(ContentApiFactory factory)
{
    private const string Document = "/swagger/v1/swagger.json";

    /// <summary>Operations that need a key, and the scopes they name (none: any key).</summary>
    private static readonly Dictionary<(string Method, string Path), string[]> Protected = new()
    {
        [("get", "/api/keys")] = [ApiScopes.KeysAdmin],
        [("get", "/api/keys/current")] = [],
        [("delete", "/api/keys/{id}")] = [ApiScopes.KeysAdmin],
        [("post", "/api/articles")] = [ApiScopes.ContentWrite],
        [("post", "/api/media")] = [ApiScopes.ContentWrite],
        [("get", "/api/media")] = [ApiScopes.ContentPreview, ApiScopes.ContentWrite],
        [("get", "/api/media/{id}")] = [ApiScopes.ContentPreview, ApiScopes.ContentWrite],
        [("delete", "/api/media/{id}")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}")] = [ApiScopes.ContentWrite],
        [("patch", "/api/articles/{slug}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/publish")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/unpublish")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/revisions/{number}/restore")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/sections")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/sections/{key}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}/sections/{key}")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/sections/{key}/move")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/sections/{key}/blocks")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/sections/{key}/blocks/{position}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}/sections/{key}/blocks/{position}")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/sections/{key}/blocks/{position}/move")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/dose-ranges")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/dose-ranges/{id}")] = [ApiScopes.ContentWrite],
        [("patch", "/api/articles/{slug}/dose-ranges/{id}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}/dose-ranges/{id}")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/foods")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/foods/{id}")] = [ApiScopes.ContentWrite],
        [("patch", "/api/articles/{slug}/foods/{id}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}/foods/{id}")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/interactions")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/interactions/{id}")] = [ApiScopes.ContentWrite],
        [("patch", "/api/articles/{slug}/interactions/{id}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}/interactions/{id}")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/side-effects")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/side-effects/{id}")] = [ApiScopes.ContentWrite],
        [("patch", "/api/articles/{slug}/side-effects/{id}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}/side-effects/{id}")] = [ApiScopes.ContentWrite],
        [("post", "/api/articles/{slug}/remedies")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/remedies/{id}")] = [ApiScopes.ContentWrite],
        [("patch", "/api/articles/{slug}/remedies/{id}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/articles/{slug}/remedies/{id}")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/sources")] = [ApiScopes.ContentWrite],
        [("put", "/api/articles/{slug}/related")] = [ApiScopes.ContentWrite],
        [("post", "/api/sources")] = [ApiScopes.ContentWrite],
        [("put", "/api/sources/{id}")] = [ApiScopes.ContentWrite],
        [("patch", "/api/sources/{id}")] = [ApiScopes.ContentWrite],
        [("delete", "/api/sources/{id}")] = [ApiScopes.ContentWrite],
        // Any one of the two: each is an alternative security requirement.
        [("get", "/api/articles/{slug}/edit")] = [ApiScopes.ContentPreview, ApiScopes.ContentWrite],
        [("get", "/api/articles/{slug}/revisions")] = [ApiScopes.ContentPreview, ApiScopes.ContentWrite],
        [("get", "/api/articles/{slug}/revisions/{number}")] = [ApiScopes.ContentPreview, ApiScopes.ContentWrite],
        [("get", "/api/articles/{slug}/revisions/{number}/diff")] = [ApiScopes.ContentPreview, ApiScopes.ContentWrite],
        [("get", "/api/sources/{id}/edit")] = [ApiScopes.ContentPreview, ApiScopes.ContentWrite],
        [("get", "/api/comments")] = [ApiScopes.CommentsModerate],
        [("post", "/api/comments/{id}/approve")] = [ApiScopes.CommentsModerate],
        [("post", "/api/comments/{id}/reject")] = [ApiScopes.CommentsModerate],
        [("post", "/api/comments/{id}/spam")] = [ApiScopes.CommentsModerate],
        [("delete", "/api/comments/{id}")] = [ApiScopes.CommentsModerate],
        [("post", "/api/comments/erasure")] = [ApiScopes.CommentsModerate],
    };

    /// <summary>Public reads that show drafts to a key with content:preview under ?preview=true: anyone, or that key.</summary>
    private static readonly HashSet<(string Method, string Path)> Previewable =
    [
        ("get", "/api/articles"), ("get", "/api/articles/{slug}"), ("get", "/api/articles/{slug}.jsonld"),
        ("get", "/api/articles/{slug}/sections"), ("get", "/api/articles/{slug}/sections/{key}"), ("get", "/api/search"),
        ("get", "/api/dose-ranges"), ("get", "/api/dose-ranges/{id}"), ("get", "/api/dose-ranges/lookup"),
        ("get", "/api/foods"), ("get", "/api/foods/{id}"), ("get", "/api/foods/plan"),
        ("get", "/api/interactions"), ("get", "/api/interactions/{id}"), ("get", "/api/interactions/check"),
        ("get", "/api/side-effects"), ("get", "/api/side-effects/{id}"), ("get", "/api/remedies"), ("get", "/api/remedies/{id}"),
        ("get", "/api/sources"), ("get", "/api/sources/{id}"),
    ];

    [Fact]
    public async Task TheDocumentDeclaresABearerSchemeAndEveryOperationsSecurity()
    {
        using var client = factory.CreateClient();
        var document = await client.OkJsonAsync(Document);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiKeySetup.DocumentScheme);
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.False(document.TryGetProperty("security", out _), "a document-wide requirement would put a lock on public reads");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Method: operation.Name, Path: path.Name, Operation: operation.Value)))
            .ToList();
        foreach (var (method, path, operation) in operations)
        {
            var security = operation.GetProperty("security").EnumerateArray().ToList();
            if (Previewable.Contains((method, path)))
            {
                // Optional: no credentials at all, or the bearer scheme with content:preview; 401 and 403 for a preview.
                Assert.Equal("[{},{\"bearer\":[\"content:preview\"]}]", JsonSerializer.Serialize(operation.GetProperty("security")));
                Assert.True(operation.GetProperty("responses").GetProperty("401").GetProperty("headers").GetProperty("WWW-Authenticate").GetProperty("required").GetBoolean());
                Assert.True(operation.GetProperty("responses").GetProperty("403").GetProperty("headers").GetProperty("WWW-Authenticate").GetProperty("required").GetBoolean());
                var preview = Assert.Single(operation.GetProperty("parameters").EnumerateArray(), parameter => parameter.GetProperty("name").GetString() == "preview");
                Assert.Equal("query", preview.GetProperty("in").GetString());
                Assert.Equal("boolean", preview.GetProperty("schema").GetProperty("type").GetString());
                Assert.False(preview.GetProperty("schema").GetProperty("default").GetBoolean());
                continue;
            }

            if (!Protected.TryGetValue((method, path), out var scopes))
            {
                Assert.True(security.Count == 0, $"{method} {path} is public but its security is {operation.GetProperty("security")}");
                continue;
            }

            // One requirement per scope that will do (alternatives), or one with no scope when any key will.
            var requirements = security.Select(alternative => Assert.Single(alternative.EnumerateObject())).ToList();
            Assert.All(requirements, requirement => Assert.Equal(ApiKeySetup.DocumentScheme, requirement.Name));
            Assert.Equal(scopes.Length == 0 ? [[]] : scopes.Select(scope => new[] { scope }),
                requirements.Select(requirement => requirement.Value.EnumerateArray().Select(scope => scope.GetString()!).ToArray()));
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out var unauthorized), $"{method} {path} has no 401");
            Assert.True(unauthorized.GetProperty("headers").GetProperty("WWW-Authenticate").GetProperty("required").GetBoolean());
            Assert.Equal(scopes.Length > 0, operation.GetProperty("responses").TryGetProperty("403", out _));
        }

        Assert.Equal(Protected.Keys.Order(), operations.Where(operation => !ResponseContractTests.IsPublic(operation.Operation.GetProperty("security"))).Select(operation => (operation.Method, operation.Path)).Order());
        Assert.Equal(Previewable.Order(), operations.Where(operation => operation.Operation.GetProperty("security").GetArrayLength() > 0 && ResponseContractTests.IsPublic(operation.Operation.GetProperty("security")))
            .Select(operation => (operation.Method, operation.Path)).Order());
    }

    [Fact]
    public async Task EveryAnswerOfTheKeyOperationsIsWhatTheDocumentSays()
    {
        var admin = await TestKeys.IssueAsync(factory, "contract admin", ApiScopes.KeysAdmin);
        var preview = await TestKeys.IssueAsync(factory, "contract preview", ApiScopes.ContentPreview);
        var doomed = await TestKeys.IssueAsync(factory, "contract doomed", ApiScopes.ContentPreview);
        using var anonymous = factory.CreateClient();
        var document = await anonymous.OkJsonAsync(Document);
        var samples = new (string Method, string Url, string? Key, HttpStatusCode Status)[]
        {
            ("get", "/api/keys", admin, HttpStatusCode.OK),
            ("get", "/api/keys", null, HttpStatusCode.Unauthorized),
            ("get", "/api/keys", TestKeys.Malformed, HttpStatusCode.Unauthorized),
            ("get", "/api/keys", preview, HttpStatusCode.Forbidden),
            ("get", "/api/keys/current", preview, HttpStatusCode.OK),
            ("get", "/api/keys/current", TestKeys.Unknown, HttpStatusCode.Unauthorized),
            ("delete", $"/api/keys/{TestKeys.IdOf(doomed)}", admin, HttpStatusCode.NoContent),
            ("delete", "/api/keys/999999", admin, HttpStatusCode.NotFound),
            ("delete", "/api/keys/999999", preview, HttpStatusCode.Forbidden),
            ("delete", "/api/keys/999999", null, HttpStatusCode.Unauthorized),
        };

        foreach (var (method, url, key, status) in samples)
        {
            using var client = TestKeys.Client(factory, key);
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == status, $"{method} {url}: {(int)response.StatusCode} {body}");
            ResponseContractTests.AssertDocumented(document, ResponseContractTests.OperationFor(document, url, method), response, body, url);
        }
    }

    [Fact]
    public async Task TheDocumentedNotFoundOfARevocationIsTheProblemTheApiWrites()
    {
        var admin = await TestKeys.IssueAsync(factory, "example admin", ApiScopes.KeysAdmin);
        using var client = TestKeys.Client(factory, admin);
        var document = await client.OkJsonAsync(Document);
        var example = document.GetProperty("paths").GetProperty("/api/keys/{id}").GetProperty("delete").GetProperty("responses")
            .GetProperty("404").GetProperty("content").GetProperty("application/problem+json").GetProperty("example");
        var instance = example.GetProperty("instance").GetString()!;
        Assert.StartsWith("DELETE ", instance);

        using var response = await client.DeleteAsync(instance["DELETE ".Length..]);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(example.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
        Assert.Equal(instance, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task TheTooManyRequestsOfRefusedKeysIsWhatTheDocumentSays()
    {
        using var limited = new ContentApiFactory().WithSetting("ApiKeys:FailuresPerMinute", "1");
        using var client = TestKeys.Client(limited, TestKeys.Unknown);
        var document = await client.OkJsonAsync(Document);
        (await client.GetAsync("/api/keys/current")).Dispose();

        using var response = await client.GetAsync("/api/keys/current");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        ResponseContractTests.AssertDocumented(document, ResponseContractTests.OperationFor(document, "/api/keys/current"), response, body, "/api/keys/current");
        Assert.Contains("ApiKeys:FailuresPerMinute", document.GetProperty("paths").GetProperty("/api/keys/current").GetProperty("get")
            .GetProperty("responses").GetProperty("429").GetProperty("description").GetString());
    }

    [Fact]
    public async Task AKeysScopesAreAnEnumOfTheVocabulary()
    {
        using var client = factory.CreateClient();
        var document = await client.OkJsonAsync(Document);

        foreach (var schema in new[] { "ApiKeyResponse", "CurrentKeyResponse" })
        {
            var scopes = document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty("scopes");
            Assert.Equal(ApiScopes.All, scopes.GetProperty("items").GetProperty("enum").EnumerateArray().Select(scope => scope.GetString()));
        }
    }
}
