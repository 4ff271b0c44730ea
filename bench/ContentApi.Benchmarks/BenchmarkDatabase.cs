using ContentApi.Articles;
using ContentApi.Database;
using ContentApi.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ContentApi.Benchmarks;

/// <summary>The app's own services over a fresh, migrated and seeded SQLite file in a temporary folder.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private BenchmarkDatabase(ServiceProvider services, string folder)
    {
        Services = services;
        _folder = folder;
    }

    public ServiceProvider Services { get; }

    public static async Task<BenchmarkDatabase> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("contentapi-bench-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Content"] = $"Data Source={Path.Combine(folder, "content.db")}" })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = folder, EnvironmentName = Environments.Production })
            .AddContentDatabase(configuration)
            .AddArticles().AddSearch(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new BenchmarkDatabase(services, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
