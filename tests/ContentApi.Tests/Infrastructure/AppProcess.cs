using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The built app as a real process (<c>dotnet ContentApi.dll</c>) on 127.0.0.1, or one of its commands, for what an
/// in-memory host cannot show: exit codes, console output, the content root, Kestrel's own headers. Bounded: every wait has a timeout, and
/// Dispose kills the process tree.
/// </summary>
internal sealed partial class AppProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(
        string appFolder, string workingDirectory, IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments, bool simpleLogs = true)
    {
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(appFolder, "ContentApi.dll"), .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (simpleLogs)
        {
            // Lines as people read them ("crit: …"), which tests look for; Production's own default is JSON.
            start.Environment["Logging__Console__FormatterName"] = "simple";
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The folder holding the test's copy of the built app (ContentApi.dll, its dependencies, db/).</summary>
    public static string BuiltAppFolder => AppContext.BaseDirectory;

    public static AppProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? appFolder = null) =>
        new(appFolder ?? BuiltAppFolder, workingDirectory, environment, ["--urls", "http://127.0.0.1:0"]);

    /// <summary>Runs one of the app's commands (<c>dotnet ContentApi.dll backup …</c>); await <see cref="ExitCodeAsync"/>.</summary>
    public static AppProcess Command(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        new(BuiltAppFolder, workingDirectory, environment, arguments);

    /// <summary>Like <see cref="Start"/>, but the console logs as the app's own settings say (JSON lines in Production).</summary>
    public static AppProcess StartWithConfiguredLogs(string workingDirectory, IReadOnlyDictionary<string, string> environment) =>
        new(BuiltAppFolder, workingDirectory, environment, ["--urls", "http://127.0.0.1:0"], simpleLogs: false);

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Waits until Kestrel says where it listens.</summary>
    public async Task<Uri> ListeningAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(Timeout));
        Assert.True(first == _listening.Task, $"the app did not start listening:\n{Output}");
        return await _listening.Task;
    }

    /// <summary>Asks the app to stop as a service manager would (SIGTERM) and waits for its exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        return await ExitCodeAsync();
    }

    /// <summary>
    /// Kills the process tree at once (SIGKILL on Linux: no shutdown code runs, as in a crash or the OOM killer) and waits
    /// until it is gone.
    /// </summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        Assert.True(_process.WaitForExit(10_000), "the killed app did not exit");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
