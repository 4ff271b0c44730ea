using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ContentApi.Tests.Frontend;

/// <summary>
/// One run of a command-line tool (node, npm) to its end, bounded by a timeout after which its whole process tree is
/// killed. Its output is kept for assertion messages; a tool that cannot be started is a failed run saying so.
/// </summary>
public sealed record ToolRun(string Command, int ExitCode, bool TimedOut, TimeSpan Duration, string StandardOutput, string StandardError)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    public static async Task<ToolRun> RunAsync(
        string file, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var command = string.Join(' ', arguments.Prepend(file));
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        // Plain text in assertion messages.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(error, line.Data);
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            return new ToolRun(command, -1, false, clock.Elapsed, "", $"'{file}' could not be started: {exception.Message}");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var timedOut = false;
        using (var deadline = new CancellationTokenSource(timeout))
        {
            try
            {
                // Returns once the process has exited and its output is read to the end.
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }

        return new ToolRun(
            command, timedOut ? -1 : process.ExitCode, timedOut, clock.Elapsed, Read(output), Read(error));
    }

    public override string ToString()
    {
        var ending = TimedOut ? $"killed after the {Duration.TotalSeconds:0} s timeout" : $"exit {ExitCode}";
        return string.Create(CultureInfo.InvariantCulture,
            $"$ {Command}  ({ending}, {Duration.TotalSeconds:0.0} s)\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}");
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
