using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace ContentApi.Tests.Links;

/// <summary>
/// Links are built from the request's scheme and host, so only a scheme and host that can name this API are taken:
/// anything else is a 400 problem, never a link to nowhere or an unbounded cache key.
/// </summary>
[Collection(SharedApi.Name)]
public class LinkHostCheckTests(ContentApiFactory factory)
{
    [Theory]
    [InlineData("localhost", null)]
    [InlineData("api.example.org", null)]
    [InlineData("api.example.org.", null)]
    [InlineData("127.0.0.1:8080", null)]
    [InlineData("[::1]:8080", null)]
    [InlineData("xn--bcher-kva.example", null)]
    [InlineData("", "is not a DNS name")]
    [InlineData("a..b", "is not a DNS name")]
    [InlineData("-", "is not a DNS name")]
    [InlineData("-bad.example", "is not a DNS name")]
    [InlineData("a_b.example", "is not a DNS name")]
    [InlineData("example.org:99999", "has no valid port")]
    [InlineData("example.org:0", "has no valid port")]
    [InlineData("example.org:8o", "has no valid port")]
    [InlineData("example.org:65535", null)]
    [InlineData("example.org:65536", "has no valid port")]
    [InlineData("example.org:", "has no valid port")]
    [InlineData("[::1]", null)]
    [InlineData("[::1", "is not a DNS name")]
    [InlineData("[example.org]", "is not a DNS name")]
    [InlineData("10.0.0.1", null)]
    [InlineData("xn--zz.example", "not valid punycode")]
    public async Task OnlyAHostThatCanNameTheApiIsTaken(string host, string? fault)
    {
        var context = await SendAsync(host, forwardedProto: null);

        if (fault is null)
        {
            Assert.True(context.Response.StatusCode == StatusCodes.Status200OK, await new StreamReader(context.Response.Body).ReadToEndAsync());
            return;
        }

        var problem = await ProblemAsync(context);
        Assert.Contains(fault, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public async Task ADnsLabelHoldsAtMost63Characters(int length, bool taken)
    {
        var context = await SendAsync(new string('a', length) + ".example", forwardedProto: null);

        Assert.Equal(taken ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    [Theory]
    [InlineData(253, true)]
    [InlineData(254, false)]
    public async Task AHostHoldsAtMost253Characters(int length, bool taken)
    {
        // Labels of 50 characters joined by dots, cut to the length wanted (never ending in a dot or hyphen).
        var host = string.Join('.', Enumerable.Repeat(new string('a', 50), 6))[..length].TrimEnd('.');
        host = host.Length == length ? host : host + "b";

        var context = await SendAsync(host, forwardedProto: null);

        Assert.Equal(length, host.Length);
        Assert.Equal(taken ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public async Task ARefusedHostIsEchoedUpTo64Characters(int length, bool shortened)
    {
        var host = new string('a', length - 1) + "_";

        var detail = (await ProblemAsync(await SendAsync(host, forwardedProto: null))).GetProperty("detail").GetString()!;

        Assert.Equal(shortened, !detail.Contains($"'{host}'", StringComparison.Ordinal));
        Assert.Equal(shortened, detail.Contains($"'{host[..64]}…'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AHostLongerThanDnsAllowsIsRefusedAndNotEchoedInFull()
    {
        var host = string.Join('.', Enumerable.Repeat(new string('a', 60), 5));

        var problem = await ProblemAsync(await SendAsync(host, forwardedProto: null));

        Assert.True(problem.GetProperty("detail").GetString()!.Length < 200);
    }

    [Theory]
    [InlineData("xn--zz.example")]
    [InlineData("ok.example, xn--zz.example")]
    [InlineData("ok.example", "xn--zz.example")]
    public async Task AForwardedHostThatIsNotValidPunycodeIsAProblemNotA500(params string[] forwardedHosts)
    {
        var context = await factory.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = "/api/foods";
            request.Request.Headers["X-Forwarded-Host"] = new Microsoft.Extensions.Primitives.StringValues(forwardedHosts);
        });

        var problem = await ProblemAsync(context);
        Assert.Contains("not valid punycode", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("ftp")]
    [InlineData("x+y")]
    public async Task AForwardedSchemeOtherThanHttpIsRefused(string scheme)
    {
        // Right after the same host passed with http, so a remembered pass cannot stand in for this check.
        Assert.Equal(StatusCodes.Status200OK, (await SendAsync("scheme-test.example", forwardedProto: null)).Response.StatusCode);

        var problem = await ProblemAsync(await SendAsync("scheme-test.example", scheme));

        Assert.Contains($"'{scheme}'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task HostsDifferingOnlyInCaseShareLinksAndOneCacheKey()
    {
        var upper = await SendAsync("API.Example.ORG", forwardedProto: null);
        var lower = await SendAsync("api.example.org", forwardedProto: null);

        Assert.StartsWith("<http://api.example.org/api/foods?", upper.Response.Headers.Link.ToString());
        Assert.Equal(lower.Response.Headers.Link.ToString(), upper.Response.Headers.Link.ToString());
    }

    [Fact]
    public async Task AHostOutsideAllowedHostsIsAProblemNotAnHtmlPage()
    {
        using var restricted = new ContentApiFactory().WithSetting("AllowedHosts", " api.example.org ;; *.example.net");
        using var client = restricted.CreateClient();

        using var refused = await SendWithHostAsync(client, "evil.example");
        using var allowed = await SendWithHostAsync(client, "api.example.org");
        using var wildcard = await SendWithHostAsync(client, "eu.example.net");

        var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("AllowedHosts", problem.GetProperty("detail").GetString());
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wildcard.StatusCode);
    }

    [Fact]
    public async Task AnAllowedHostsListHoldingAStarAllowsAnyHost()
    {
        using var open = new ContentApiFactory().WithSetting("AllowedHosts", "api.example.org;*");
        using var client = open.CreateClient();

        using var response = await SendWithHostAsync(client, "other.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpContext> SendAsync(string host, string? forwardedProto) => factory.Server.SendAsync(context =>
    {
        context.Request.Method = HttpMethods.Get;
        // The header as a client sends it (HttpRequest.Host's setter would encode, and refuse, some of these values).
        context.Request.Headers.Host = host;
        context.Request.Path = "/api/foods";
        context.Request.QueryString = new QueryString("?pageSize=3");
        if (forwardedProto is not null)
        {
            context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        }
    });

    private static async Task<HttpResponseMessage> SendWithHostAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/foods/1");
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpContext context)
    {
        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal("The request names no host this API answers to.", problem.RootElement.GetProperty("title").GetString());
        return problem.RootElement.Clone();
    }
}
