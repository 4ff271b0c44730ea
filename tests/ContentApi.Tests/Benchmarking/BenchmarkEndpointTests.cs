using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Benchmarking;

[Collection(SharedApi.Name)]
public sealed class BenchmarkEndpointsAreOffByDefaultTests(ContentApiFactory factory)
{
    [Fact]
    public async Task BenchmarkEndpointsDoNotExistInANormalRun() =>
        await factory.CreateClient().GetProblemAsync("/bench/allocations", HttpStatusCode.NotFound);
}

public sealed class BenchmarkEndpointsTests : IDisposable
{
    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("Benchmark:Enabled", "true");

    [Fact]
    public async Task AllocationCounterGrows()
    {
        var client = _factory.CreateClient();
        var before = long.Parse(await client.GetStringAsync("/bench/allocations"), System.Globalization.CultureInfo.InvariantCulture);
        await client.GetAsync("/api/foods");
        var after = long.Parse(await client.GetStringAsync("/bench/allocations"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(after > before);
    }

    public void Dispose() => _factory.Dispose();
}
