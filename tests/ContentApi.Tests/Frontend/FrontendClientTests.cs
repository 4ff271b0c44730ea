using System.Text.Json;
using Xunit.Abstractions;

namespace ContentApi.Tests.Frontend;

/// <summary>
/// The API as a TypeScript frontend meets it (tests/frontend): types generated from the served OpenAPI document with
/// openapi-typescript, code written the way a frontend developer first writes it compiled with <c>tsc --strict</c>,
/// run with Node against the real API on 127.0.0.1, and the document linted with Redocly's recommended rules.
/// </summary>
public sealed class FrontendClientTests(FrontendFixture fixture, ITestOutputHelper output) : IClassFixture<FrontendFixture>
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void TheFrontendCompilesWithStrictTypeScriptAgainstTypesGeneratedFromTheServedDocument()
    {
        fixture.RequireGenerated();
        foreach (var timing in fixture.Timings)
        {
            output.WriteLine(timing);
        }

        Assert.True(fixture.Compile!.Succeeded, "tsc --strict rejects the frontend against the generated types:\n" + fixture.Compile);
    }

    [Fact]
    public async Task TheFrontendRunsAgainstTheApiAndEveryCheckPasses()
    {
        fixture.RequireGenerated();
        // tsc emits JavaScript even when types do not check, so the answers are tested whatever the compile test says.
        var main = Path.Combine(fixture.Workspace, "dist", "main.js");
        Assert.True(File.Exists(main), "tsc wrote no dist/main.js:\n" + fixture.Compile);

        var run = await ToolRun.RunAsync("node", [main], fixture.Workspace, RunTimeout, fixture.Environment);
        output.WriteLine($"run: {run.Duration.TotalSeconds:0.0} s");

        Assert.True(run.Succeeded, $"the frontend's checks against {fixture.BaseUrl}:\n{run}\n--- API output ---\n{fixture.AppOutput}");
    }

    [Fact]
    public async Task RedoclyLintsTheServedDocumentWithNoErrorsAndNoWarnings()
    {
        fixture.RequireSetUp();

        var lint = await fixture.NpmAsync("lint", "--", "--format", "json");
        output.WriteLine($"lint: {lint.Duration.TotalSeconds:0.0} s");

        var (errors, warnings, problems) = Totals(lint);
        // The report is summarised one problem per line; the raw JSON only when it could not be read.
        var shown = errors < 0 ? lint : lint with { StandardOutput = "(the JSON report, one line per problem above)" };
        Assert.True(lint.Succeeded && errors == 0 && warnings == 0,
            $"redocly lint (recommended): {errors} errors, {warnings} warnings\n{problems}\n{shown}");
    }

    /// <summary>The totals and one line per problem (severity, rule, JSON pointer, message) from the JSON report.</summary>
    private static (int Errors, int Warnings, string Problems) Totals(ToolRun lint)
    {
        try
        {
            using var report = JsonDocument.Parse(lint.StandardOutput);
            var totals = report.RootElement.GetProperty("totals");
            var problems = report.RootElement.GetProperty("problems").EnumerateArray().Select(problem =>
                $"{problem.GetProperty("severity").GetString()} {problem.GetProperty("ruleId").GetString()} " +
                $"{problem.GetProperty("location")[0].GetProperty("pointer").GetString()}: {problem.GetProperty("message").GetString()}");
            return (totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32(), string.Join('\n', problems));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (-1, -1, $"no JSON report on stdout ({exception.Message})");
        }
    }
}
