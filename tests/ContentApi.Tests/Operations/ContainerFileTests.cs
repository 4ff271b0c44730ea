using ContentApi.Tests.Frontend;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Operations;

/// <summary>
/// The container files, as far as a machine without a Docker engine can check them: Debian's docker-compose (which
/// .ci/run installs) validates and normalises the compose file, and the HEALTHCHECK runs the probe command that
/// HealthProbeCommandTests runs against a real process. Without docker-compose these fail; they never skip.
/// </summary>
public sealed class ContainerFileTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task DockerComposeAcceptsTheComposeFile()
    {
        var run = await ComposeAsync("config", "-q");

        Assert.True(run.Succeeded, $"docker-compose config -q rejects docker-compose.yml:\n{run}");
    }

    [Fact]
    public async Task TheServiceRunsOnAReadOnlyRootWithATmpfsItsDataVolumeARestartPolicyAndTheProbe()
    {
        var run = await ComposeAsync("config");
        Assert.True(run.Succeeded, run.ToString());
        var config = run.StandardOutput.ReplaceLineEndings("\n");

        Assert.Contains("\n    read_only: true\n", config);
        Assert.Contains("\n    tmpfs:\n    - /tmp\n", config);
        Assert.Contains("\n    restart: unless-stopped\n", config);
        Assert.Contains("\n    - content-data:/app/data:rw\n", config);
        Assert.Contains("\n      test:\n      - CMD\n      - dotnet\n      - ContentApi.dll\n      - health\n", config);
        Assert.Contains("\nvolumes:\n  content-data: {}\n", config);
    }

    [Fact]
    public async Task TheScaleOutProfileRunsTwoPostgreSqlReplicasBehindNginxThatWaitsForTheirHealth()
    {
        var run = await ComposeAsync("--profile", "scale-out", "config");
        Assert.True(run.Succeeded, run.ToString());
        var config = run.StandardOutput.ReplaceLineEndings("\n");

        Assert.Contains("\n    image: postgres:16\n", config);
        foreach (var replica in (string[])["api-1", "api-2"])
        {
            var service = Service(config, replica);
            Assert.Contains("\n      Database__Provider: PostgreSql\n", service);
            Assert.Contains("\n      Media__Directory: /app/media\n", service);
            Assert.Contains("\n    - media:/app/media:rw\n", service);
            Assert.Contains("\n      postgres:\n        condition: service_healthy\n", service);
            Assert.Contains("\n    read_only: true\n", service);
        }

        var nginx = Service(config, "nginx");
        Assert.Contains("\n      api-1:\n        condition: service_healthy\n      api-2:\n        condition: service_healthy\n", nginx);
        // nginx balances exactly the replicas compose starts.
        var upstreams = await File.ReadAllTextAsync(Path.Combine(RepoFolder.Root, "deploy", "nginx", "nginx.conf"));
        Assert.Equal(["api-1:8080", "api-2:8080"],
            System.Text.RegularExpressions.Regex.Matches(upstreams, @"\n\s*server (\S+) ").Select(match => match.Groups[1].Value));
        // The Dockerfile gives the app's user the folder the shared media volume is mounted on.
        Assert.Contains("chown \"$APP_UID\" /app/data /app/media", await File.ReadAllTextAsync(Path.Combine(RepoFolder.Root, "Dockerfile")));
    }

    [Fact]
    public async Task TheDefaultProfileIsTheEmbeddedApiAlone()
    {
        // `docker compose up` starts the services that name no profile.
        var run = await ComposeAsync("--profile", "scale-out", "config");
        Assert.True(run.Succeeded, run.ToString());
        var config = run.StandardOutput.ReplaceLineEndings("\n");

        Assert.DoesNotContain("\n    profiles:", Service(config, "api"));
        foreach (var service in (string[])["postgres", "api-1", "api-2", "nginx"])
        {
            Assert.Contains("\n    profiles:\n    - scale-out\n", Service(config, service));
        }
    }

    [Fact]
    public async Task TheImageRunsAsItsNonRootUserWithTmpdirOnTheTmpfsAndProbesWithTheHealthCommand()
    {
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(RepoFolder.Root, "Dockerfile"));
        var runtimeStage = dockerfile[dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

        Assert.Contains("\nUSER $APP_UID\n", runtimeStage);
        Assert.Contains("TMPDIR=/tmp", runtimeStage);
        Assert.Matches(@"\nHEALTHCHECK [^\n]*CMD \[""dotnet"", ""ContentApi.dll"", ""health""\]\n", runtimeStage);
    }

    /// <summary>One service's block of a normalised compose file.</summary>
    private static string Service(string config, string name)
    {
        var start = config.IndexOf($"\n  {name}:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no service {name} in:\n{config}");
        var end = config.IndexOf("\n  ", start + 1, StringComparison.Ordinal);
        while (end >= 0 && config[end + 3] == ' ')
        {
            end = config.IndexOf("\n  ", end + 1, StringComparison.Ordinal);
        }

        return end < 0 ? config[start..] : config[start..(end + 1)];
    }

    private static async Task<ToolRun> ComposeAsync(params string[] arguments)
    {
        var run = await ToolRun.RunAsync("docker-compose", arguments, RepoFolder.Root, Timeout);
        Assert.False(run.ExitCode == -1 && !run.TimedOut,
            "docker-compose is missing: install Debian's package (apt-get install docker-compose), or run .ci/run, which installs it.\n" + run);
        return run;
    }
}
