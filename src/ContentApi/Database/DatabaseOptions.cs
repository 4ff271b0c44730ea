namespace ContentApi.Database;

/// <summary>Where the content database lives and where its SQL scripts ship.</summary>
public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "Content";

    /// <summary>A Microsoft.Data.Sqlite connection string; a relative data source resolves against the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/content.db";

    /// <summary>The folder holding <c>migrations/</c> and <c>seed/</c>; defaults to <c>db/</c> beside the binary.</summary>
    /// <summary>Count executed SQL statements in <see cref="SqlStatementCounter"/> (diagnostics; off by default).</summary>
    public bool CountStatements { get; set; }

    public string ScriptsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "db");
}
