using ContentApi.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace ContentApi.Database;

/// <summary>
/// Hands out a new pooled connection per operation. Foreign keys are enforced on every connection, and a busy database
/// is retried for up to the default timeout rather than failing at once. Only the start may create the file: serving
/// connections open it read-write without create, so a database deleted while running is an outage
/// (<see cref="StoreUnavailableException"/>, 503), never a silent new empty file.
/// </summary>
public sealed class SqliteConnectionFactory : IContentConnections
{
    private readonly SqlStatementCounter? _counter;
    private readonly SqlStatementMetrics? _metrics;
    private readonly string _startupConnectionString;
    private readonly string? _configurationError;

    // Before any connection opens: see SqliteThreadingMode.
    static SqliteConnectionFactory() => SqliteThreadingMode.Apply();

    public SqliteConnectionFactory(
        IOptions<DatabaseOptions> options, IHostEnvironment environment, SqlStatementCounter counter,
        IOptions<TelemetryOptions> telemetry, SqlStatementMetrics? metrics = null)
    {
        // The metrics are optional: a command (backup) builds the database services without the web app's telemetry.
        _counter = options.Value.CountStatements ? counter : null;
        _metrics = telemetry.Value.MetricsEnabled ? metrics : null;
        SqliteConnectionStringBuilder builder;
        try
        {
            // Foreign keys are switched on per native connection in OpenAsync: Microsoft.Data.Sqlite would run
            // PRAGMA foreign_keys on every open from the pool, and that pragma expires every prepared statement.
            builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString) { ForeignKeys = null, Pooling = true, DefaultTimeout = 5 };
        }
        catch (ArgumentException ex)
        {
            // Reported by the start (one critical line, exit 1) when it first opens the database.
            _configurationError = $"ConnectionStrings:Content is not a valid SQLite connection string: {ex.Message}";
            builder = new SqliteConnectionStringBuilder();
        }

        // Each pooled connection to an in-memory or temporary database would see its own empty database.
        if (_configurationError is null && (builder.DataSource is "" or ":memory:" || builder.Mode is SqliteOpenMode.Memory))
        {
            _configurationError = "ConnectionStrings:Content must name a database file (Data Source=path/to/content.db); " +
                                  "an in-memory or temporary database would lose the content.";
        }

        if (!Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(environment.ContentRootPath, builder.DataSource));
        }

        _startupConnectionString = builder.ToString();
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The connection string every request uses (never creates the file).</summary>
    public string ConnectionString { get; }

    /// <summary>The resolved path of the database file.</summary>
    public string DataSource { get; }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    async Task<System.Data.Common.DbConnection> IContentConnections.OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken);

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        // A pooled connection would go on reading a deleted file's last pages; the path must still name the database.
        if (!File.Exists(DataSource))
        {
            RawStatement.ClearAllPools();
            throw new StoreUnavailableException($"The database file '{DataSource}' is missing.");
        }

        return await OpenAsync(ConnectionString, cancellationToken);
    }

    /// <summary>For the migrator at start: may create the file. A connection string that names no file stops the start here.</summary>
    public Task<SqliteConnection> OpenForStartupAsync(CancellationToken cancellationToken) => _configurationError is null
        ? OpenAsync(_startupConnectionString, cancellationToken)
        : throw new DatabaseStartupException(_configurationError);

    /// <summary>Switches foreign keys on unless this pooled connection already has them; no SQL runs, so no statement expires.</summary>
    private static void EnableForeignKeys(SqliteConnection connection)
    {
        var handle = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_db_config(handle, raw.SQLITE_DBCONFIG_ENABLE_FKEY, -1, out var enabled), handle);
        if (enabled == 0)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_db_config(handle, raw.SQLITE_DBCONFIG_ENABLE_FKEY, 1, out _), handle);
        }
    }

    private async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        EnableForeignKeys(connection);
        _counter?.Attach(connection);
        _metrics?.Attach(connection);
        return connection;
    }
}
