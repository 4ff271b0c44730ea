using System.Security.Cryptography;
using System.Text;

namespace ContentApi.Tests.Frontend;

/// <summary>
/// <c>npm ci</c> in tests/frontend, skipped when node_modules was installed from the same package.json, lock, .npmrc
/// and Node version (a stamp npm ci itself deletes with node_modules). A lock file keeps two test processes (two
/// <c>dotnet test</c> runs, or Stryker's parallel runners) from installing into the same folder at once.
/// </summary>
internal static class NpmInstall
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The npm ci run, or null when node_modules is already up to date.</summary>
    public static async Task<ToolRun?> EnsureAsync(string projectFolder, string nodeVersion)
    {
        var stampPath = Path.Combine(projectFolder, "node_modules", ".contentapi-install-stamp");
        var stamp = Stamp(projectFolder, nodeVersion);
        await using var gate = await LockAsync(projectFolder);
        if (File.Exists(stampPath) && await File.ReadAllTextAsync(stampPath) == stamp)
        {
            return null;
        }

        var install = await ToolRun.RunAsync("npm", ["ci"], projectFolder, Timeout);
        if (install.Succeeded)
        {
            await File.WriteAllTextAsync(stampPath, stamp);
        }

        return install;
    }

    private static string Stamp(string projectFolder, string nodeVersion)
    {
        var inputs = new[] { "package.json", "package-lock.json", ".npmrc" }
            .SelectMany(name => File.ReadAllBytes(Path.Combine(projectFolder, name)))
            .Concat(Encoding.UTF8.GetBytes(nodeVersion))
            .ToArray();
        return Convert.ToHexString(SHA256.HashData(inputs));
    }

    /// <summary>An exclusive lock (flock on Linux) on a file beside the temp folder, named after the project's path.</summary>
    private static async Task<FileStream> LockAsync(string projectFolder)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(projectFolder)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"contentapi-npm-{name}.lock");
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!deadline.IsCancellationRequested)
            {
                await Task.Delay(250);
            }
        }
    }
}
