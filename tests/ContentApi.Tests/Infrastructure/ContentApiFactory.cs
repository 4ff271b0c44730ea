using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// Hosts the real app over its own SQLite file in a fresh temp folder, in the Production environment
/// (so error bodies are what clients get). Dispose deletes the folder.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();

    private readonly List<Action<IServiceCollection>> _services = [];

    public ContentApiFactory()
        : this(null)
    {
    }

    internal ContentApiFactory(string? databasePath, string? scriptsPath = null)
    {
        Folder = Directory.CreateTempSubdirectory("contentapi-tests-").FullName;
        DatabasePath = databasePath ?? Path.Combine(Folder, "content.db");
        _settings["ConnectionStrings:Content"] = $"Data Source={DatabasePath}";
        // Tests write to the database directly; read the content version on every request so caches follow at once.
        _settings["HttpCaching:ContentVersionRefreshMilliseconds"] = "0";
        // Every request runs its handler, whatever other tests asked before: a test's outcome (and what mutation testing
        // sees it cover) never depends on test order. Tests of the representation cache turn it on in their own host.
        _settings["HttpCaching:StoreRepresentations"] = "false";
        // Tests post comments at machine speed; the test of the form's minimum time sets its own.
        _settings["Comments:MinimumSecondsBeforePost"] = "0";
        if (scriptsPath is not null)
        {
            _settings["Database:ScriptsPath"] = scriptsPath;
        }
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Logs { get; } = new();

    public ContentApiFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces services after the app registered its own (a test clock, say).</summary>
    public ContentApiFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>The engine the app runs on here: a test whose SQL must differ between engines picks by it.</summary>
    public virtual ContentApi.Database.SqlDialect Dialect => ContentApi.Database.SqlDialect.Sqlite;

    /// <summary>Where the app keeps media files: by default a folder named after the database file, beside it.</summary>
    public virtual string MediaFolder => Path.Combine(Path.GetDirectoryName(DatabasePath)!, Path.GetFileNameWithoutExtension(DatabasePath) + ".media");

    /// <summary>Runs SQL against this factory's database, as an operator's fix or another process would.</summary>
    public virtual Task ExecuteSqlAsync(string sql) => SqliteFile.ExecuteAsync(DatabasePath, sql);

    /// <summary>The first column of the first row SQL returns from this factory's database.</summary>
    public virtual Task<object?> ScalarAsync(string sql) => SqliteFile.ScalarAsync(DatabasePath, sql);

    /// <summary>The rows SQL returns from this factory's database.</summary>
    public virtual Task<List<T>> QueryAsync<T>(string sql) => SqliteFile.QueryAsync<T>(DatabasePath, sql);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // As `dotnet run` does in Development: a service the container cannot build fails every host at start, not
        // only the README's first command (a validator with a private constructor once did).
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        builder.ConfigureTestServices(services => _services.ForEach(configure => configure(services)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean; the test outcome does not depend on it.
            }
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<(LogLevel, string, string, Exception?)> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(LogLevel, string, string, Exception?)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}

/// <summary>The one app most tests share: read-only tests need not pay for a new host each.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<ContentApiFactory>
{
    public const string Name = "api";
}
