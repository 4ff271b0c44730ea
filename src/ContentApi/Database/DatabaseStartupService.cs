using ContentApi.Hosting;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

/// <summary>
/// Migrates and seeds the database of the configured provider before the server accepts requests. A failure is logged
/// as one clear line and stops the host; <see cref="HostStartFailures"/> keeps the host from repeating it with a stack
/// trace. Replicas starting together on one PostgreSQL database migrate once (<see cref="PostgreSqlMigrator"/>'s lock).
/// </summary>
internal sealed partial class DatabaseStartupService(
    IOptions<DatabaseOptions> options,
    DatabaseMigrator sqlite,
    PostgreSqlMigrator postgreSql,
    HostStartFailures failure,
    ILogger<DatabaseStartupService> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var provider = DatabaseProviders.Parse(options.Value.Provider);
            ScriptMigrator migrator = provider is DatabaseProvider.PostgreSql ? postgreSql : sqlite;
            var applied = await migrator.MigrateAsync(cancellationToken);
            LogReady(logger, migrator.DataSource, applied.Count);
        }
        catch (DatabaseStartupException ex)
        {
            LogFailed(logger, ex.Message);
            failure.MarkExplained();
            throw;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Database ready at '{Path}'; {Count} script(s) applied on this start")]
    private static partial void LogReady(ILogger logger, string path, int count);

    [LoggerMessage(EventId = 2, Level = LogLevel.Critical, Message = "Database startup failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
