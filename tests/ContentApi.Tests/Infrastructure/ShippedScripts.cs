namespace ContentApi.Tests.Infrastructure;

/// <summary>The SQL scripts the build ships beside the app (<c>db/</c>), for tests that edit or hold some back.</summary>
internal static class ShippedScripts
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "db");

    /// <summary>Copies every shipped script, keeping its folder, into <c>db/</c> below <paramref name="folder"/>; returns that copy.</summary>
    public static string CopyTo(string folder)
    {
        var target = Path.Combine(folder, "db");
        foreach (var file in Directory.GetFiles(Folder, "*.sql", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
