using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.RateLimiting;

/// <summary>Rate limiting is off unless configured: a server-side renderer reading from one address is never throttled.</summary>
[Collection(SharedApi.Name)]
public class RateLimitingDefaultTests(ContentApiFactory factory)
{
    [Fact]
    public async Task WithoutSettingsManyRequestsFromOneAddressAreNeverLimited()
    {
        using var client = factory.CreateClient();

        // Five times the default burst (20), faster than its refill (10 a second) could keep up with.
        for (var i = 0; i < 100; i++)
        {
            using var response = await client.GetAsync("/api/foods/1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("RateLimit"));
        }
    }
}
