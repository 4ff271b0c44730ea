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
    public async Task TheImageRunsAsItsNonRootUserWithTmpdirOnTheTmpfsAndProbesWithTheHealthCommand()
    {
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(RepoFolder.Root, "Dockerfile"));
        var runtimeStage = dockerfile[dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

        Assert.Contains("\nUSER $APP_UID\n", runtimeStage);
        Assert.Contains("TMPDIR=/tmp", runtimeStage);
        Assert.Matches(@"\nHEALTHCHECK [^\n]*CMD \[""dotnet"", ""ContentApi.dll"", ""health""\]\n", runtimeStage);
    }

    private static async Task<ToolRun> ComposeAsync(params string[] arguments)
    {
        var run = await ToolRun.RunAsync("docker-compose", arguments, RepoFolder.Root, Timeout);
        Assert.False(run.ExitCode == -1 && !run.TimedOut,
            "docker-compose is missing: install Debian's package (apt-get install docker-compose), or run .ci/run, which installs it.\n" + run);
        return run;
    }
}
