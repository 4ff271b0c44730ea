using System.Globalization;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Frontend;

/// <summary>
/// What the frontend tests share: one API process on 127.0.0.1 over a temp database, one npm install, and a copy of
/// tests/frontend (sources, configuration, node_modules linked) in which types are generated from the served document
/// and compiled. The copy keeps concurrent test runs, and a developer's own generated files, apart.
/// Steps record their outcome instead of throwing, so each test reports the step it depends on with its output.
/// </summary>
public sealed class FrontendFixture : IAsyncLifetime
{
    public const string BaseUrlVariable = "CONTENTAPI_BASE_URL";

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(120);
    private static readonly string ProjectFolder = Path.Combine(RepoFolder.Root, "tests", "frontend");

    private readonly string _temp = Directory.CreateTempSubdirectory("contentapi-frontend-").FullName;
    private readonly List<string> _timings = [];
    private AppProcess? _app;
    private string? _setupFailure;

    /// <summary>Where the project's copy is built and run.</summary>
    public string Workspace => Path.Combine(_temp, "frontend");

    /// <summary>The API's address without a trailing slash, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public ToolRun? Generate { get; private set; }

    public ToolRun? Compile { get; private set; }

    public IReadOnlyList<string> Timings => _timings;

    public string AppOutput => _app?.Output ?? "";

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { [BaseUrlVariable] = BaseUrl };

    public async Task InitializeAsync()
    {
        _app = AppProcess.Start(_temp, new Dictionary<string, string>
        {
            ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(_temp, "content.db")}",
        });

        var node = await ToolRun.RunAsync("node", ["--version"], ProjectFolder, TimeSpan.FromSeconds(30));
        var npm = await ToolRun.RunAsync("npm", ["--version"], ProjectFolder, TimeSpan.FromSeconds(30));
        if (!node.Succeeded || !npm.Succeeded)
        {
            _setupFailure = "The frontend tests need Node.js 20 and npm: install Debian's packages " +
                "(apt-get install nodejs npm) or run .ci/run, which installs them when missing.\n" + node + "\n" + npm;
            return;
        }

        var install = await NpmInstall.EnsureAsync(ProjectFolder, node.StandardOutput.Trim());
        Record("npm ci", install);
        if (install is { Succeeded: false })
        {
            _setupFailure = "npm ci failed in tests/frontend:\n" + install;
            return;
        }

        CopyProject();
        try
        {
            BaseUrl = (await _app.ListeningAsync()).GetLeftPart(UriPartial.Authority);
        }
        catch (Xunit.Sdk.TrueException notListening)
        {
            _setupFailure = notListening.Message;
            return;
        }

        Generate = await NpmAsync("generate");
        Record("generate", Generate);
        if (Generate.Succeeded)
        {
            Compile = await NpmAsync("build");
            Record("tsc", Compile);
        }
    }

    /// <summary>Fails the calling test unless node, npm and the project's packages are installed and the API listens.</summary>
    public void RequireSetUp() => Assert.True(_setupFailure is null, _setupFailure);

    /// <summary>Fails the calling test unless types were generated from the served document.</summary>
    public void RequireGenerated()
    {
        RequireSetUp();
        Assert.True(Generate!.Succeeded, "openapi-typescript could not generate types from the served document:\n" + Generate);
    }

    public Task<ToolRun> NpmAsync(params string[] arguments) =>
        ToolRun.RunAsync("npm", ["run", "--silent", .. arguments], Workspace, StepTimeout, Environment);

    public Task DisposeAsync()
    {
        _app?.Dispose();
        // Removes the node_modules link, never what it points to.
        Directory.Delete(_temp, recursive: true);
        return Task.CompletedTask;
    }

    private void Record(string step, ToolRun? run) =>
        _timings.Add(run is null
            ? $"{step}: skipped, node_modules matches the lock"
            : string.Create(CultureInfo.InvariantCulture, $"{step}: {run.Duration.TotalSeconds:0.0} s"));

    /// <summary>The project's configuration and sources, without generated or compiled output.</summary>
    private void CopyProject()
    {
        Directory.CreateDirectory(Workspace);
        foreach (var name in new[] { "package.json", ".npmrc", "tsconfig.json" })
        {
            File.Copy(Path.Combine(ProjectFolder, name), Path.Combine(Workspace, name));
        }

        var sources = Path.Combine(ProjectFolder, "src");
        foreach (var file in Directory.EnumerateFiles(sources, "*.ts", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sources, file);
            if (relative.StartsWith("generated" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(Workspace, "src", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateSymbolicLink(Path.Combine(Workspace, "node_modules"), Path.Combine(ProjectFolder, "node_modules"));
    }
}
