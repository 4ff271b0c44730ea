namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// Files a test keeps for people to look at (screenshots), under the git-ignored <c>TestResults/</c> at the repository
/// root: one stable place whatever the build configuration or output folder.
/// </summary>
internal static class RepositoryArtifacts
{
    public static string PathOf(string relativePath)
    {
        var path = Path.Combine(RepoFolder.Root, "TestResults", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
