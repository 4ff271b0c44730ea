namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// Files a test keeps for people to look at (screenshots), under the git-ignored <c>TestResults/</c> at the repository
/// root: one stable place whatever the build configuration or output folder.
/// </summary>
internal static class RepositoryArtifacts
{
    public static string PathOf(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot(), "TestResults", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>The folder holding ContentApi.sln, found by walking up from the test assembly.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentApi.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no ContentApi.sln above {AppContext.BaseDirectory}");
    }
}
