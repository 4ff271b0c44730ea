using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Health;

/// <summary>
/// With AllowedHosts set, as production should have it, the probes still answer orchestrators and the container's own
/// HEALTHCHECK, which address the app by its IP; every other path keeps refusing that host.
/// </summary>
public sealed class ProbeHostTests : IDisposable
{
    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("AllowedHosts", "api.example.org");

    [Fact]
    public async Task AProbeAnswersAHostOutsideAllowedHostsThatOtherPathsStillRefuse()
    {
        using var client = _factory.CreateClient();

        using var ready = await SendAsync(client, "/health/ready", "10.1.2.3:8080");
        using var live = await SendAsync(client, "/health/live", "10.1.2.3:8080");
        // After the probes let it through: a host they passed is not taken as passed for other paths.
        using var content = await SendAsync(client, "/api/foods/1", "10.1.2.3:8080");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var problem = await content.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("AllowedHosts", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AProbeStillRefusesAHostThatIsNoWebAddress()
    {
        using var client = _factory.CreateClient();

        using var response = await SendAsync(client, "/health/ready", "10.1.2.3:0");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("has no valid port", problem.GetProperty("detail").GetString());
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }
}
