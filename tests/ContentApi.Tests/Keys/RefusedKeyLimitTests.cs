using System.Net;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Keys;

/// <summary>
/// Refused keys are limited per client address with their own setting (here 3 a minute), whether or not the reads'
/// rate limiting is on (it is off here, as by default): past it, that address's keys are not looked at, and it gets a
/// 429 problem with Retry-After until the minute refills. Other addresses, and requests without a key, are unaffected.
/// </summary>
public sealed class RefusedKeyLimitTests : IDisposable
{
    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("ApiKeys:FailuresPerMinute", "3");

    [Fact]
    public async Task AfterTheConfiguredNumberOfRefusedKeysAnAddressGetsTooManyRequestsWithRetryAfter()
    {
        var valid = await TestKeys.IssueAsync(_factory, "valid", ApiScopes.KeysAdmin);
        var address = TestKeys.NextAddress();
        using var guessing = TestKeys.Client(_factory, address, TestKeys.Unknown);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var refused = await guessing.GetAsync("/api/keys");
            await refused.ProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var limited = await guessing.GetAsync("/api/keys");

        var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(ApiKeyProblems.TooManyFailuresTitle, problem.GetProperty("title").GetString());
        Assert.Equal(ApiKeyProblems.TooManyFailuresDetail(3, 21), problem.GetProperty("detail").GetString());
        // One refusal comes back every 20 s (3 a minute), plus the limiter's 100 ms tick.
        Assert.Equal(TimeSpan.FromSeconds(21), limited.Headers.RetryAfter!.Delta);
        Assert.Equal("\"failures\";q=3;w=60", Assert.Single(limited.Headers.GetValues("RateLimit-Policy")));
        Assert.Equal("\"failures\";r=0;t=21", Assert.Single(limited.Headers.GetValues("RateLimit")));

        // Blocked, even a valid key from that address is not looked at: guessing gains no answer.
        using var validButBlocked = TestKeys.Client(_factory, address, valid);
        await (await validButBlocked.GetAsync("/api/keys")).ProblemAsync(HttpStatusCode.TooManyRequests);

        // The address may still read, and is told it needs a key where it sends none.
        using var anonymous = TestKeys.Client(_factory, address);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/foods/1")).StatusCode);
        await (await anonymous.GetAsync("/api/keys")).ProblemAsync(HttpStatusCode.Unauthorized);

        // Another address is its own bucket.
        using var elsewhere = TestKeys.Client(_factory, valid);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/keys")).StatusCode);
    }

    [Fact]
    public async Task ValidKeysNeverCountAgainstTheLimit()
    {
        var valid = await TestKeys.IssueAsync(_factory, "busy editor", ApiScopes.ContentPreview);
        using var client = TestKeys.Client(_factory, valid);

        for (var request = 0; request < 10; request++)
        {
            using var response = await client.GetAsync("/api/keys/current");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public void Dispose() => _factory.Dispose();
}
