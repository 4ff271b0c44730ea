using Microsoft.Extensions.Options;
using Npgsql;

namespace ContentApi.Database;

/// <summary>
/// Hands out a new pooled PostgreSQL connection per operation from one <see cref="NpgsqlDataSource"/>, built on first
/// use so that a SQLite deployment never parses its connection string as Npgsql's. A connection string Npgsql cannot
/// read, or one that names no host, is reported by the start as one line (<see cref="DatabaseStartupException"/>).
/// </summary>
public sealed class PostgreSqlConnectionFactory : IAsyncDisposable
{
    private readonly Lazy<NpgsqlDataSource> _dataSource;
    private readonly string? _configurationError;

    public PostgreSqlConnectionFactory(IOptions<DatabaseOptions> options)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        try
        {
            builder.ConnectionString = options.Value.ConnectionString;
        }
        catch (ArgumentException ex)
        {
            _configurationError = $"ConnectionStrings:Content is not a valid PostgreSQL (Npgsql) connection string: {ex.Message}";
        }

        if (_configurationError is null && string.IsNullOrWhiteSpace(builder.Host))
        {
            _configurationError = "ConnectionStrings:Content must name the PostgreSQL server (Host=...;Database=...;Username=...).";
        }

        // Never the password: this names the database in log lines and failures.
        DataSource = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        var connectionString = builder.ConnectionString;
        _dataSource = new Lazy<NpgsqlDataSource>(() => NpgsqlDataSource.Create(connectionString));
    }

    /// <summary>host:port/database, for log lines.</summary>
    public string DataSource { get; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) => _configurationError is null
        ? await _dataSource.Value.OpenConnectionAsync(cancellationToken)
        : throw new DatabaseStartupException(_configurationError);

    public async ValueTask DisposeAsync()
    {
        if (_dataSource.IsValueCreated)
        {
            await _dataSource.Value.DisposeAsync();
        }
    }
}
