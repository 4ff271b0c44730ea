using System.Net;
using System.Runtime.InteropServices;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Hosting;

/// <summary>The built app started as an operator would: <c>dotnet /somewhere/ContentApi.dll</c> from another directory.</summary>
public sealed class PublishedAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-published-").FullName;

    [Fact]
    public async Task StartedFromElsewhereItReadsItsOwnSettingsAndKeepsItsDatabaseBesideIt()
    {
        var appFolder = CopyBuiltApp(Path.Combine(_folder, "app"));
        await File.WriteAllTextAsync(Path.Combine(appFolder, "appsettings.json"), """{ "HttpCaching": { "MaxAgeSeconds": 123 } }""");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;

        using var app = AppProcess.Start(elsewhere, new Dictionary<string, string>(), appFolder);
        using var client = new HttpClient { BaseAddress = await app.ListeningAsync(), Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.GetAsync("/api/foods/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=123, stale-while-revalidate=30", response.Headers.CacheControl!.ToString());
        Assert.True(File.Exists(Path.Combine(appFolder, "data", "content.db")), app.Output);
        Assert.False(Directory.Exists(Path.Combine(elsewhere, "data")));
    }

    [Fact]
    public async Task KestrelNamesNoServerAndEveryResponseSaysNosniff()
    {
        using var app = AppProcess.Start(_folder, new Dictionary<string, string>
        {
            ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(_folder, "content.db")}",
        });
        using var client = new HttpClient { BaseAddress = await app.ListeningAsync(), Timeout = TimeSpan.FromSeconds(30) };

        foreach (var url in new[] { "/api/foods/1", "/no-such-route", "/swagger/index.html", "/swagger/v1/swagger.json" })
        {
            using var response = await client.GetAsync(url);

            Assert.False(response.Headers.Contains("Server"), url);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(url.StartsWith("/swagger", StringComparison.Ordinal), response.Headers.Contains("Content-Security-Policy"));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The app's own files from the test output: its assemblies, SQL scripts and this platform's SQLite.</summary>
    private static string CopyBuiltApp(string target)
    {
        var source = AppProcess.BuiltAppFolder;
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*.dll").Concat(Directory.GetFiles(source, "ContentApi.*.json")).Append(Path.Combine(source, "ContentApi.xml")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var native = $"runtimes/{(RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64")}";
        foreach (var folder in new[] { "db", native })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(source, folder), "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }

        return target;
    }
}
