namespace ContentApi.Tests.Infrastructure;

/// <summary>The repository's root: the nearest folder above the test binaries that holds ContentApi.sln.</summary>
internal static class RepoFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentApi.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ContentApi.sln.");
    }
}
