using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

/// <summary>
/// Hands out a new pooled connection per operation. Foreign keys are enforced on every connection,
/// and a busy database is retried for up to the default timeout rather than failing at once.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly SqlStatementCounter? _counter;

    public SqliteConnectionFactory(IOptions<DatabaseOptions> options, IHostEnvironment environment, SqlStatementCounter counter)
    {
        _counter = options.Value.CountStatements ? counter : null;
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 5,
        };
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !Path.IsPathRooted(source)
            && builder.Mode is not SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(environment.ContentRootPath, source));
        }

        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string ConnectionString { get; }

    /// <summary>The resolved path of the database file.</summary>
    public string DataSource { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        _counter?.Attach(connection);
        return connection;
    }
}
