using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Logs;

/// <summary>Each request is one Information line: method, path without the query, status, duration and route template.</summary>
public sealed class RequestLogTests
{
    private const string Category = "ContentApi.Requests";

    [Fact]
    public async Task EachRequestIsOneLineWithMethodPathStatusDurationAndRouteButNoQuery()
    {
        using var factory = new ContentApiFactory();
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/foods/1?secret=s3cr3t-value")).Dispose();
        (await client.GetAsync("/api/foods?pageSize=987654")).Dispose();
        (await client.GetAsync("/no-such-route")).Dispose();

        var lines = factory.Logs.Where(log => log.Category == Category).Select(log => log.Message).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Matches(@"^GET /api/foods/1 answered 200 in \d+(\.\d+)? ms \(route /api/foods/\{id\}\)$", lines[0]);
        Assert.Matches(@"^GET /api/foods answered 400 in \d+(\.\d+)? ms \(route /api/foods\)$", lines[1]);
        Assert.Matches(@"^GET /no-such-route answered 404 in \d+(\.\d+)? ms \(route \(none\)\)$", lines[2]);
        Assert.All(factory.Logs.Where(log => log.Level <= LogLevel.Information), log => Assert.DoesNotContain("s3cr3t", log.Message));
        Assert.All(factory.Logs.Where(log => log.Level <= LogLevel.Information), log => Assert.DoesNotContain("987654", log.Message));
    }

    [Fact]
    public async Task TheRequestLineCanBeTurnedOffByItsCategory()
    {
        using var factory = new ContentApiFactory().WithSetting("Logging:LogLevel:ContentApi.Requests", "Warning");
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/foods/1")).Dispose();

        Assert.DoesNotContain(factory.Logs, log => log.Category == Category);
    }
}
