using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Benchmarking;

[Collection(SharedApi.Name)]
public class BenchmarkEndpointsAreOffByDefaultTests(ContentApiFactory factory)
{
    [Fact]
    public async Task BenchmarkEndpointsDoNotExistInANormalRun() =>
        await factory.CreateClient().GetProblemAsync("/bench/allocations", HttpStatusCode.NotFound);
}

public sealed class BenchmarkEndpointsTests : IDisposable
{
    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("Benchmark:Enabled", "true");

    [Fact]
    public async Task AllocationCounterCountsWhatRequestsAllocate()
    {
        var client = _factory.CreateClient();
        var before = await AllocatedAsync(client);

        // About 2 MB of response bodies, each built in memory: many allocation ticks (one per ~100 KB).
        for (var i = 0; i < 100; i++)
        {
            await client.GetStringAsync("/api/foods?pageSize=100");
        }

        // The runtime delivers its events to the listener on its own thread, a little later.
        var after = before;
        for (var wait = 0; wait < 50 && after - before < 1_000_000; wait++)
        {
            await Task.Delay(100);
            after = await AllocatedAsync(client);
        }

        Assert.InRange(after - before, 1_000_000, 1_000_000_000);
    }

    private static async Task<long> AllocatedAsync(HttpClient client) =>
        long.Parse(await client.GetStringAsync("/bench/allocations"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _factory.Dispose();
}
