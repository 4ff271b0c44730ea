using System.Collections.Concurrent;
using ContentApi.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The app's database services alone, as a command builds them (no web host): one migrator of either engine with its
/// own connection pool, and the log lines it wrote.
/// </summary>
internal sealed class Migrators : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-migrators-").FullName;

    private Migrators(DatabaseProvider provider, string connectionString, string? scriptsPath)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Content"] = connectionString,
        };
        if (scriptsPath is not null)
        {
            settings["Database:ScriptsPath"] = scriptsPath;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new ListLoggerProvider(Logs)))
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _folder, EnvironmentName = Environments.Production })
            .AddContentDatabase(configuration)
            .BuildServiceProvider();
        Migrator = provider is DatabaseProvider.PostgreSql
            ? _services.GetRequiredService<PostgreSqlMigrator>()
            : _services.GetRequiredService<DatabaseMigrator>();
    }

    public ScriptMigrator Migrator { get; }

    /// <summary>The connections the repositories of this engine are given, as the app registers them.</summary>
    public IContentConnections Connections => _services.GetRequiredService<IContentConnections>();

    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>What the migrator reported, as the readiness checks read it.</summary>
    public DatabaseStartupReport StartupReport => _services.GetRequiredService<DatabaseStartupReport>();

    public static Migrators PostgreSql(string connectionString, string? scriptsPath = null) =>
        new(DatabaseProvider.PostgreSql, connectionString, scriptsPath);

    /// <summary>A SQLite file of its own in a temp folder.</summary>
    public static Migrators Sqlite() => new(DatabaseProvider.Sqlite, "Data Source=content.db", null);

    /// <summary>The SQLite file of <see cref="Sqlite"/>.</summary>
    public string SqlitePath => Path.Combine(_folder, "content.db");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(logs);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue(formatter(state, exception));
    }
}
