namespace ContentApi.Database;

/// <summary>Which engine holds the content, where it lives and where its SQL scripts ship.</summary>
public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "Content";

    /// <summary>
    /// <c>Sqlite</c> (the default: an embedded file, nothing else to run) or <c>PostgreSql</c>, in any case. Kept as text
    /// so that a wrong value ends the start with one clear line (<see cref="DatabaseProviders.Parse"/>), not a binder error.
    /// </summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>
    /// For SQLite a Microsoft.Data.Sqlite connection string (a relative data source resolves against the content root);
    /// for PostgreSQL an Npgsql connection string.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=data/content.db";

    /// <summary>Count executed SQL statements in <see cref="SqlStatementCounter"/> (diagnostics; off by default).</summary>
    public bool CountStatements { get; set; }

    /// <summary>The folder holding <c>migrations/</c> and <c>seed/</c>; defaults to <c>db/</c> beside the binary.</summary>
    public string ScriptsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "db");
}
