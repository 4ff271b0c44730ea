using System.Net;
using System.Net.Sockets;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Operations;

/// <summary>
/// <c>dotnet ContentApi.dll health [url]</c>, the container's HEALTHCHECK: exit 0 when the app is ready, 1 when it is
/// not or does not answer, with one line saying which.
/// </summary>
public sealed class HealthProbeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-probe-").FullName;

    private string DatabasePath => Path.Combine(_folder, "content.db");

    [Fact]
    public async Task TheProbeExits0AgainstAReadyApp()
    {
        using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["ConnectionStrings__Content"] = $"Data Source={DatabasePath}" });
        var ready = new Uri(await app.ListeningAsync(), "/health/ready");

        using var probe = AppProcess.Command(_folder, new Dictionary<string, string>(), "health", ready.ToString());

        Assert.True(await probe.ExitCodeAsync() == 0, probe.Output);
        Assert.Contains("answered 200", Assert.Single(Lines(probe.Output)));
    }

    [Fact]
    public async Task TheProbeExits1WhenTheAppIsNotReady()
    {
        using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["ConnectionStrings__Content"] = $"Data Source={DatabasePath}" });
        var ready = new Uri(await app.ListeningAsync(), "/health/ready");
        foreach (var file in Directory.GetFiles(_folder, "content.db*"))
        {
            File.Delete(file);
        }

        using var probe = AppProcess.Command(_folder, new Dictionary<string, string>(), "health", ready.ToString());

        Assert.Equal(1, await probe.ExitCodeAsync());
        Assert.Contains("answered 503", Assert.Single(Lines(probe.Output)));
    }

    [Fact]
    public async Task TheProbeExits1WhenNothingListens()
    {
        using var probe = AppProcess.Command(_folder, new Dictionary<string, string>(), "health", $"http://127.0.0.1:{ClosedPort()}/health/ready");

        Assert.Equal(1, await probe.ExitCodeAsync());
        Assert.Contains("refused", Assert.Single(Lines(probe.Output)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", probe.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A port that was free a moment ago and that nothing listens on now.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
