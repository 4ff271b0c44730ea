using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

/// <summary>
/// Hands out a new pooled connection per operation. Foreign keys are enforced on every connection, and a busy database
/// is retried for up to the default timeout rather than failing at once. Only the start may create the file: serving
/// connections open it read-write without create, so a database deleted while running is an outage
/// (<see cref="StoreUnavailableException"/>, 503), never a silent new empty file.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly SqlStatementCounter? _counter;
    private readonly string _startupConnectionString;
    private readonly bool _isFile;

    public SqliteConnectionFactory(IOptions<DatabaseOptions> options, IHostEnvironment environment, SqlStatementCounter counter)
    {
        _counter = options.Value.CountStatements ? counter : null;
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 5,
        };
        _isFile = builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode is not SqliteOpenMode.Memory;
        if (_isFile && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(environment.ContentRootPath, builder.DataSource));
        }

        _startupConnectionString = builder.ToString();
        if (_isFile && builder.Mode is SqliteOpenMode.ReadWriteCreate)
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

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        // A pooled connection would go on reading a deleted file's last pages; the path must still name the database.
        if (_isFile && !File.Exists(DataSource))
        {
            SqliteConnection.ClearAllPools();
            throw new StoreUnavailableException($"The database file '{DataSource}' is missing.");
        }

        return await OpenAsync(ConnectionString, cancellationToken);
    }

    /// <summary>For the migrator at start: may create the file.</summary>
    public Task<SqliteConnection> OpenForStartupAsync(CancellationToken cancellationToken) =>
        OpenAsync(_startupConnectionString, cancellationToken);

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

        _counter?.Attach(connection);
        return connection;
    }
}
