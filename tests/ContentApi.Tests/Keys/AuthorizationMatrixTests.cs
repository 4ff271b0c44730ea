using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContentApi.Caching;
using ContentApi.Keys;
using ContentApi.Preview;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ContentApi.Tests.Keys;

/// <summary>
/// Who may call what, read from the app's own endpoint list rather than written down: every endpoint is a public read or
/// requires a key, and every endpoint that requires one answers each kind of credential as it should. A new endpoint that
/// writes, or reads anything but cached public content, without <c>RequireScope</c>/<c>RequireApiKey</c> fails here.
/// The matrix runs on a host of its own: a right-scope request really runs its endpoint.
/// </summary>
public class AuthorizationMatrixTests(ContentApiFactory factory, ITestOutputHelper output) : IClassFixture<ContentApiFactory>
{
    /// <summary>
    /// Public GETs that are not cached content reads (those are public by convention: <c>WithHttpCaching</c>), each with
    /// why anyone may call it.
    /// </summary>
    private static readonly Dictionary<string, string> PublicReads = new(StringComparer.Ordinal)
    {
        ["/"] = "redirects to Swagger UI",
        ["/license"] = "the document's licence text",
        ["/swagger/{documentName}/swagger.json"] = "the OpenAPI document",
        ["/health/live"] = "liveness probe",
        ["/health/ready"] = "readiness probe",
        ["/metrics"] = "Prometheus scrape, mapped only when Telemetry:PrometheusEnabled",
        ["/bench/allocations"] = "allocation counter, mapped only when Benchmark:Enabled",
        ["/api/articles/{slug}/comments/form-token"] = "a reader's comment form token: signed, never stored, never cached (no-store)",
        ["/media/{id:regex(^[1-9][0-9]{{0,8}}$)}/{name}"] = "image files: what public articles link to, immutable bytes with their own strong ETag, not a cached JSON representation",
    };

    /// <summary>Writes anyone may make, each with why and what guards it instead of a key.</summary>
    private static readonly Dictionary<string, string> PublicWrites = new(StringComparer.Ordinal)
    {
        ["POST /api/articles/{slug}/comments/"] = "a reader's comment: nothing public until a moderator approves it; behind the form token, honeypot, per-client limit and duplicate check",
    };

    /// <summary>Endpoints of any method that only ever refuse (404, 405) and change nothing.</summary>
    private static readonly Dictionary<string, string> Refusals = new(StringComparer.Ordinal)
    {
        ["/swagger/{**file}"] = "Swagger UI's missing files (404) and methods its files do not take (405)",
    };

    private enum Credential
    {
        None,
        Malformed,
        Unknown,
        Revoked,
        WrongScope,
        RightScope,
    }

    [Fact]
    public void EveryEndpointIsAPublicReadOrRequiresAKey()
    {
        var unprotected = Endpoints()
            .Where(endpoint => !ApiKeyEndpointConventions.RequiresApiKey(endpoint.Metadata))
            .Where(endpoint => !IsPublicRead(endpoint) && !Refusals.ContainsKey(endpoint.RoutePattern.RawText!) && !IsPublicWrite(endpoint))
            .Select(endpoint => $"{string.Join(",", MethodsOf(endpoint) ?? ["any method"])} {endpoint.RoutePattern.RawText}")
            .ToList();

        Assert.True(unprotected.Count == 0,
            "these endpoints neither require a key (RequireScope/RequireApiKey) nor are public reads (a cached GET, or one listed " +
            $"in PublicReads with why):\n{string.Join('\n', unprotected)}");
    }

    [Fact]
    public async Task EveryEndpointThatRequiresAKeyAnswersEachCredentialAsItShould()
    {
        var protectedEndpoints = Endpoints().Where(endpoint => ApiKeyEndpointConventions.RequiresApiKey(endpoint.Metadata)).ToList();
        var revoked = await TestKeys.IssueRevokedAsync(factory, "matrix revoked", [.. ApiScopes.All]);
        var cells = new List<string>();
        var failures = new List<string>();
        foreach (var endpoint in protectedEndpoints)
        {
            var scopes = ApiKeyEndpointConventions.ScopesRequiredBy(endpoint.Metadata);
            // Right: exactly the scopes required (any one scope when any key will do). Wrong: every other scope.
            var right = await TestKeys.IssueAsync(factory, "matrix right", scopes.Count > 0 ? [.. scopes] : [ApiScopes.ContentPreview]);
            var wrongScopes = ApiScopes.All.Except(scopes).ToArray();
            var wrong = await TestKeys.IssueAsync(factory, "matrix wrong", scopes.Count > 0 ? wrongScopes : [ApiScopes.ContentWrite]);
            foreach (var method in MethodsOf(endpoint)!)
            {
                foreach (var credential in Enum.GetValues<Credential>())
                {
                    var status = await StatusAsync(method, UrlOf(endpoint.RoutePattern), KeyFor(credential, revoked, wrong, right));
                    var expected = Expected(credential, anyKeyWillDo: scopes.Count == 0);
                    var cell = $"{method} {endpoint.RoutePattern.RawText} × {credential}: {status} (expected {expected})";
                    cells.Add(cell);
                    if (!Meets(status, expected))
                    {
                        failures.Add(cell);
                    }
                }
            }
        }

        output.WriteLine(string.Join('\n', cells));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cells.Count} cells are wrong:\n{string.Join('\n', failures)}");
        // GET and DELETE /api/keys… today: the matrix must not silently shrink to nothing.
        Assert.True(cells.Count >= 3 * Enum.GetValues<Credential>().Length, $"only {cells.Count} cells");
    }

    /// <summary>
    /// A previewable read is a public read (no policy: its key is checked only for ?preview=true, in a filter), and under
    /// ?preview=true answers each credential as a content:preview endpoint would; without it, no credential is refused.
    /// </summary>
    [Fact]
    public async Task EveryPreviewableReadAnswersEachCredentialAsItShouldWhenAPreviewIsAsked()
    {
        var previewable = Endpoints().Where(endpoint => endpoint.Metadata.GetMetadata<PreviewReadMetadata>() is not null).ToList();
        Assert.All(previewable, endpoint => Assert.True(IsPublicRead(endpoint) && !ApiKeyEndpointConventions.RequiresApiKey(endpoint.Metadata),
            $"{endpoint.RoutePattern.RawText} is previewable but not a plain public read"));
        var revoked = await TestKeys.IssueRevokedAsync(factory, "preview matrix revoked", [.. ApiScopes.All]);
        var right = await TestKeys.IssueAsync(factory, "preview matrix right", ApiScopes.ContentPreview);
        var wrong = await TestKeys.IssueAsync(factory, "preview matrix wrong", [.. ApiScopes.All.Except([ApiScopes.ContentPreview])]);
        var failures = new List<string>();
        foreach (var endpoint in previewable)
        {
            foreach (var credential in Enum.GetValues<Credential>())
            {
                var key = KeyFor(credential, revoked, wrong, right);
                var url = UrlOf(endpoint.RoutePattern);
                var preview = await StatusAsync(HttpMethods.Get, $"{url}?preview=true", key);
                var expected = Expected(credential, anyKeyWillDo: false);
                if (!Meets(preview, expected))
                {
                    failures.Add($"GET {endpoint.RoutePattern.RawText}?preview=true × {credential}: {preview} (expected {expected})");
                }

                var plain = await StatusAsync(HttpMethods.Get, url, key);
                if (plain is 401 or 403)
                {
                    failures.Add($"GET {endpoint.RoutePattern.RawText} × {credential}: {plain} (a public read ignores keys)");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        // The five article reads today: the matrix must not silently shrink to nothing.
        Assert.True(previewable.Count >= 5, $"only {previewable.Count} previewable reads");
    }

    private static string? KeyFor(Credential credential, string revoked, string wrong, string right) => credential switch
    {
        Credential.None => null,
        Credential.Malformed => TestKeys.Malformed,
        Credential.Unknown => TestKeys.Unknown,
        Credential.Revoked => revoked,
        Credential.WrongScope => wrong,
        _ => right,
    };

    /// <summary>What a credential must get: 401 unless the key is valid; 403 for a key without the scope, unless any key will do.</summary>
    private static string Expected(Credential credential, bool anyKeyWillDo) => credential switch
    {
        Credential.RightScope => "not 401 or 403",
        Credential.WrongScope when anyKeyWillDo => "not 401 or 403",
        Credential.WrongScope => "403",
        _ => "401",
    };

    private static bool Meets(int status, string expected) => expected.StartsWith("not", StringComparison.Ordinal)
        ? status is not (401 or 403)
        : status.ToString(System.Globalization.CultureInfo.InvariantCulture) == expected;

    private IEnumerable<RouteEndpoint> Endpoints()
    {
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
    }

    /// <summary>The methods routing matches (its last method metadata wins); null for any method.</summary>
    private static List<string>? MethodsOf(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IHttpMethodMetadata>() is [.., var last] ? [.. last.HttpMethods] : null;

    private static bool IsPublicWrite(RouteEndpoint endpoint) =>
        MethodsOf(endpoint) is [var method] && PublicWrites.ContainsKey($"{method} {endpoint.RoutePattern.RawText}");

    private static bool IsPublicRead(RouteEndpoint endpoint) =>
        MethodsOf(endpoint) is { Count: > 0 } methods && methods.All(method => HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        && (endpoint.Metadata.GetMetadata<RepresentationPolicy>() is not null || PublicReads.ContainsKey(endpoint.RoutePattern.RawText!));

    /// <summary>The route with every parameter "1": a well-formed id that names nothing the host's own keys use.</summary>
    private static string UrlOf(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "1",
        }))));

    private async Task<int> StatusAsync(string method, string url, string? key)
    {
        // Each request from an address of its own, so the limit on refused keys never answers for the matrix.
        using var client = TestKeys.Client(factory, key);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsDelete(method))
        {
            request.Content = new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await client.SendAsync(request);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // A refusal is a problem like every other error, and says how to authenticate.
            await response.ProblemAsync(response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }

        return (int)response.StatusCode;
    }
}
