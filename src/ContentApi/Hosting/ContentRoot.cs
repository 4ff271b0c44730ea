namespace ContentApi.Hosting;

/// <summary>
/// Where the app reads <c>appsettings.json</c> and resolves its relative database path. ASP.NET Core's default is the
/// working directory, so <c>cd /tmp &amp;&amp; dotnet /opt/contentapi/ContentApi.dll</c> loaded no settings and made a
/// database under /tmp. The working directory is kept when it holds the settings (<c>dotnet run</c> from the project,
/// a container's WORKDIR); otherwise the folder of the binary, where the build puts <c>appsettings.json</c>.
/// An explicit <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> still wins.
/// </summary>
internal static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsGivenExplicitly(args) ? null : Resolve(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
    };

    public static string Resolve(string workingDirectory, string binaryDirectory) =>
        File.Exists(Path.Combine(workingDirectory, "appsettings.json")) ? workingDirectory : binaryDirectory;

    private static bool IsGivenExplicitly(string[] args) =>
        args.Any(arg => arg.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
}
