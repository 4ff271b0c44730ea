using Microsoft.Extensions.Options;
using Npgsql;

namespace ContentApi.Database;

/// <summary>
/// Hands out a new pooled PostgreSQL connection per operation from one <see cref="NpgsqlDataSource"/>. Nothing is parsed
/// until first use, so a SQLite deployment never reads its connection string as Npgsql's. A connection string Npgsql
/// cannot read, or one that names no host, is reported by the start as one line (<see cref="DatabaseStartupException"/>).
/// </summary>
public sealed class PostgreSqlConnectionFactory(IOptions<DatabaseOptions> options) : IContentConnections, IAsyncDisposable
{
    private readonly Lazy<Target> _target = new(() => Target.Parse(options.Value.ConnectionString));

    /// <summary>host:port/database, for log lines; never the password.</summary>
    public string DataSource => _target.Value.Description;

    public SqlDialect Dialect => SqlDialect.PostgreSql;

    async Task<System.Data.Common.DbConnection> IContentConnections.OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) => _target.Value switch
    {
        { Error: { } error } => throw new DatabaseStartupException(error),
        { Source: { } source } => await source.OpenConnectionAsync(cancellationToken),
        _ => throw new InvalidOperationException("A parsed connection string has a data source or an error."),
    };

    public async ValueTask DisposeAsync()
    {
        if (_target is { IsValueCreated: true, Value.Source: { } source })
        {
            await source.DisposeAsync();
        }
    }

    private sealed record Target(NpgsqlDataSource? Source, string? Error, string Description)
    {
        public static Target Parse(string connectionString)
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(connectionString);
            }
            // Npgsql reports an unknown keyword as ArgumentException, some malformed values as KeyNotFoundException.
            catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or FormatException)
            {
                var reason = ex is KeyNotFoundException ? "a keyword or value Npgsql cannot read" : ex.Message;
                return new Target(null, $"ConnectionStrings:Content is not a valid PostgreSQL (Npgsql) connection string: {reason}. " +
                                        "Expected Host=...;Database=...;Username=...", "(invalid)");
            }

            var description = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
            return string.IsNullOrWhiteSpace(builder.Host)
                ? new Target(null, "ConnectionStrings:Content must name the PostgreSQL server (Host=...;Database=...;Username=...).", description)
                : new Target(NpgsqlDataSource.Create(builder), null, description);
        }
    }
}
