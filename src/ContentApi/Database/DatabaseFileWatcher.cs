using Microsoft.Data.Sqlite;

namespace ContentApi.Database;

/// <summary>Something that must forget what it read from the database when the file is replaced.</summary>
public interface IDatabaseReplacedHandler
{
    void OnDatabaseReplaced();
}

/// <summary>
/// Watches the database file's name. Pooled connections hold the file they opened, so a file replaced while the app
/// runs (a restored backup moved into place, or deleted and copied back) would go on being read from the old,
/// unlinked copy forever. When the name is deleted, created or renamed, the pools are cleared — the next connection
/// opens whatever file now has the name, or finds none (503) — and every <see cref="IDatabaseReplacedHandler"/> is told.
/// On PostgreSQL there is no file of ours to watch, and it does nothing.
/// </summary>
internal sealed partial class DatabaseFileWatcher(
    SqliteConnectionFactory connections, IContentConnections content, IEnumerable<IDatabaseReplacedHandler> handlers, ILogger<DatabaseFileWatcher> logger)
    : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (content.Dialect != SqlDialect.Sqlite)
        {
            return Task.CompletedTask;
        }

        var folder = Path.GetDirectoryName(connections.DataSource)!;
        var name = Path.GetFileName(connections.DataSource);
        try
        {
            _watcher = new FileSystemWatcher(folder, name) { NotifyFilter = NotifyFilters.FileName };
            _watcher.Created += (_, _) => Replaced();
            _watcher.Deleted += (_, _) => Replaced();
            _watcher.Renamed += (_, _) => Replaced();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // Without notifications a missing file is still caught on every open; a swapped one is not.
            LogCannotWatch(logger, folder, ex.Message);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();

    private void Replaced()
    {
        RawStatement.ClearAllPools();
        foreach (var handler in handlers)
        {
            handler.OnDatabaseReplaced();
        }

        LogReplaced(logger, connections.DataSource);
    }

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "The database file '{Path}' was replaced or removed; connections will reopen it")]
    private static partial void LogReplaced(ILogger logger, string path);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Cannot watch '{Folder}' for a replaced database file: {Reason}")]
    private static partial void LogCannotWatch(ILogger logger, string folder, string reason);
}
