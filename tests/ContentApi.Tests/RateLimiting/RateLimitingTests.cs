using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.OpenApi;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace ContentApi.Tests.RateLimiting;

/// <summary>
/// With rate limiting on, each client address has a token bucket (here 2 a second, 3 at once): a burst past it gets 429
/// problems with Retry-After and the RateLimit fields, and waiting Retry-After brings the client back. Addresses are the
/// connection's, or what a trusted proxy forwards; documentation (and, once mapped, health) is never limited.
/// </summary>
public sealed class RateLimitingTests(ITestOutputHelper output) : IDisposable
{
    private const string Read = "/api/foods/1";

    private readonly ContentApiFactory _factory = new ContentApiFactory()
        .WithSetting("RateLimiting:Enabled", "true")
        .WithSetting("RateLimiting:PermitsPerSecond", "2")
        .WithSetting("RateLimiting:Burst", "3");

    [Fact]
    public async Task ABurstPastTheBucketGetsTooManyRequestsProblemsAndWaitingRetryAfterRecovers()
    {
        await WarmUpAsync();

        var burst = new List<HttpContext>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            burst.Add(await GetAsync(Read, "198.51.100.1"));
        }

        var burstTime = clock.Elapsed;
        var statuses = burst.Select(context => context.Response.StatusCode).ToList();
        output.WriteLine($"burst of 10 in {burstTime.TotalMilliseconds:0} ms: {string.Join(' ', statuses)}");
        Assert.Equal([200, 200, 200], statuses.Take(3));
        // A token comes back every 500 ms: only a stalled machine lets one more through within the burst.
        Assert.True(statuses.Count(status => status == 429) >= 6, string.Join(' ', statuses));

        var rejected = burst.First(context => context.Response.StatusCode == 429);
        var headers = rejected.Response.Headers;
        Assert.Equal("1", headers.RetryAfter.ToString());
        Assert.Equal("\"burst\";q=3, \"rate\";q=2;w=1", headers["RateLimit-Policy"].ToString());
        Assert.Equal("\"burst\";r=0;t=1", headers["RateLimit"].ToString());
        var problem = await ProblemAsync(rejected);

        await Task.Delay(TimeSpan.FromSeconds(int.Parse(headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture)));
        var recovered = await GetAsync(Read, "198.51.100.1");
        output.WriteLine($"after waiting Retry-After, {clock.Elapsed.TotalMilliseconds:0} ms after the burst began: {recovered.Response.StatusCode}");
        Assert.Equal(200, recovered.Response.StatusCode);

        Assert.Equal("Too many requests.", problem.GetProperty("title").GetString());
        Assert.Equal($"GET {Read}", problem.GetProperty("instance").GetString());
        using var client = _factory.CreateClient();
        await DocumentedProblem.AssertAsync(client, problem);
    }

    [Fact]
    public async Task EachClientAddressHasItsOwnBucketAndOnlyATrustedProxyCanNameIt()
    {
        await WarmUpAsync();
        await ExhaustAsync("198.51.100.2");

        Assert.Equal(200, (await GetAsync(Read, "198.51.100.3")).Response.StatusCode);
        // An untrusted client cannot move to another bucket by naming another address.
        Assert.Equal(429, (await GetAsync(Read, "198.51.100.2", forwardedFor: "192.0.2.44")).Response.StatusCode);
        // A proxy on loopback is believed: the clients it forwards for have buckets of their own, and are limited.
        Assert.Equal(200, (await GetAsync(Read, "127.0.0.1", forwardedFor: "192.0.2.45")).Response.StatusCode);
        await ExhaustAsync("127.0.0.1", forwardedFor: "192.0.2.46");
        Assert.Equal(200, (await GetAsync(Read, "127.0.0.1", forwardedFor: "192.0.2.47")).Response.StatusCode);
    }

    [Fact]
    public async Task AddressesInOneIpv6Slash64ShareABucketAndIpv4MappedAddressesAreTheirIpv4()
    {
        await WarmUpAsync();
        await ExhaustAsync("2001:db8:1:2::1");
        await ExhaustAsync("::ffff:198.51.100.4");

        Assert.Equal(429, (await GetAsync(Read, "2001:db8:1:2:ffff:ffff:ffff:ffff")).Response.StatusCode);
        Assert.Equal(200, (await GetAsync(Read, "2001:db8:1:3::1")).Response.StatusCode);
        Assert.Equal(429, (await GetAsync(Read, "198.51.100.4")).Response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/license")]
    [InlineData("/")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/swagger/index.html")]
    public async Task TheDocumentationAndTheHealthProbesAreNeverLimited(string url)
    {
        await WarmUpAsync();

        for (var i = 0; i < 3; i++)
        {
            // Emptied right before each request: the first build of the document takes long enough to refill a token.
            await ExhaustAsync("198.51.100.5");
            Assert.NotEqual(429, (await GetAsync(url, "198.51.100.5")).Response.StatusCode);
        }
    }

    [Fact]
    public async Task ABrowserOnAnotherOriginCanReadTheRejectionAndItsRateLimitFields()
    {
        await WarmUpAsync();
        await ExhaustAsync("198.51.100.6");

        var rejected = await GetAsync(Read, "198.51.100.6", origin: "https://frontend.example");

        Assert.Equal(429, rejected.Response.StatusCode);
        Assert.Equal("*", rejected.Response.Headers.AccessControlAllowOrigin.ToString());
        var exposed = rejected.Response.Headers.AccessControlExposeHeaders.ToString().Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("Retry-After", exposed);
        Assert.Contains("RateLimit", exposed);
        Assert.Contains("RateLimit-Policy", exposed);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Starts the host and runs the read once, from an address no test limits, so a cold start does not slow a burst.</summary>
    private async Task WarmUpAsync() => Assert.Equal(200, (await GetAsync(Read, "203.0.113.250")).Response.StatusCode);

    private async Task ExhaustAsync(string address, string? forwardedFor = null)
    {
        for (var i = 0; i < 10; i++)
        {
            if ((await GetAsync(Read, address, forwardedFor)).Response.StatusCode == 429)
            {
                return;
            }
        }

        Assert.Fail($"{address} was never limited");
    }

    private Task<HttpContext> GetAsync(string url, string address, string? forwardedFor = null, string? origin = null) =>
        _factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = url;
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            if (origin is not null)
            {
                context.Request.Headers.Origin = origin;
            }
        });

    private static async Task<JsonElement> ProblemAsync(HttpContext context)
    {
        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.Clone();
    }
}
