using ContentApi.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// Both engines, migrated and seeded from empty, hold the same tables with the same columns and the same seed rows. A
/// SQLite migration without its PostgreSQL twin (or the reverse) fails here.
/// </summary>
[Collection(PostgreSqlTests.Name)]
public sealed class SchemaParityTests(ThrowawayCluster cluster)
{
    /// <summary>SQLite's own bookkeeping, with nothing to compare on PostgreSQL.</summary>
    private static readonly string[] SqliteOnlyTables =
    [
        // AUTOINCREMENT's counters (media); identity sequences are PostgreSQL's.
        "sqlite_sequence",
        // FTS5's shadow tables of search_index and draft_search_index; PostgreSQL keeps a tsvector column instead.
        "search_index_config", "search_index_content", "search_index_data", "search_index_docsize", "search_index_idx",
        "draft_search_index_config", "draft_search_index_content", "draft_search_index_data", "draft_search_index_docsize",
        "draft_search_index_idx",
    ];

    /// <summary>Columns FTS5 has without naming them: its rowid (the document id) and the index itself.</summary>
    private static readonly string[] PostgreSqlOnlyColumns =
    [
        "draft_search_index.doc_id", "draft_search_index.document", "search_index.doc_id", "search_index.document",
    ];

    [Fact]
    public async Task BothEnginesHoldTheSameTablesAndColumns()
    {
        var (migrated, postgreSql) = await MigrateBothAsync();
        await using var sqlite = migrated;

        var sqliteColumns = (await SqliteFile.QueryAsync<(string Table, string Column)>(sqlite.SqlitePath, """
                SELECT m.name AS "Table", c.name AS "Column" FROM sqlite_master m, pragma_table_info(m.name) c
                WHERE m.type = 'table' ORDER BY m.name, c.name;
                """))
            .Where(column => !SqliteOnlyTables.Contains(column.Table))
            .Select(column => $"{column.Table}.{column.Column}");
        var postgreSqlColumns = (await QueryAsync<(string Table, string Column)>(postgreSql, """
                SELECT c.table_name AS "Table", c.column_name AS "Column"
                FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.column_name;
                """))
            .Select(column => $"{column.Table}.{column.Column}")
            .Except(PostgreSqlOnlyColumns);

        Assert.Equal(sqliteColumns.Order(StringComparer.Ordinal), postgreSqlColumns.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BothEnginesHoldTheSameViews()
    {
        var (migrated, postgreSql) = await MigrateBothAsync();
        await using var sqlite = migrated;

        var sqliteViews = await SqliteFile.QueryAsync<string>(sqlite.SqlitePath, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name;");
        var postgreSqlViews = await QueryAsync<string>(postgreSql,
            "SELECT table_name FROM information_schema.views WHERE table_schema = current_schema() ORDER BY table_name;");

        Assert.Equal(sqliteViews, postgreSqlViews);
    }

    [Fact]
    public async Task TheSameWritesFireTriggersOnBothEngines()
    {
        var (migrated, postgreSql) = await MigrateBothAsync();
        await using var sqlite = migrated;

        // SQLite has a trigger per table, event and purpose (and two for search: public and draft); PostgreSQL one per table
        // and purpose for all events. What must agree is which writes (table and event) keep what in step.
        var sqliteTriggers = (await SqliteFile.QueryAsync<(string Name, string Table, string Sql)>(sqlite.SqlitePath,
                "SELECT name AS \"Name\", tbl_name AS \"Table\", sql AS \"Sql\" FROM sqlite_master WHERE type = 'trigger';"))
            .Select(trigger => $"{trigger.Table} {System.Text.RegularExpressions.Regex.Match(trigger.Sql, "AFTER (INSERT|UPDATE|DELETE) ON").Groups[1].Value} {Purpose(trigger.Name)}")
            .Distinct();
        var postgreSqlTriggers = (await QueryAsync<(string Name, string Table, string Event)>(postgreSql, """
                SELECT trigger_name AS "Name", event_object_table AS "Table", event_manipulation AS "Event"
                FROM information_schema.triggers WHERE trigger_schema = current_schema();
                """))
            .Select(trigger => $"{trigger.Table} {trigger.Event} {Purpose(trigger.Name)}")
            .Distinct();

        Assert.Equal(sqliteTriggers.Order(StringComparer.Ordinal), postgreSqlTriggers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheSeedLandsWithTheSameRowsPerTableOnBothEngines()
    {
        var (migrated, postgreSql) = await MigrateBothAsync();
        await using var sqlite = migrated;

        var tables = await SqliteFile.QueryAsync<string>(sqlite.SqlitePath,
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
        // The journals name different scripts (19 SQLite migrations, 3 PostgreSQL ones); everything else must match.
        var compared = tables.Except(SqliteOnlyTables).Except(["schema_migrations"]).ToList();
        Assert.Contains("search_index", compared);
        foreach (var table in compared)
        {
            var sql = $"SELECT count(*) FROM {table};";
            Assert.True(
                Convert.ToInt64(await SqliteFile.ScalarAsync(sqlite.SqlitePath, sql), System.Globalization.CultureInfo.InvariantCulture)
                == (await QueryAsync<long>(postgreSql, sql)).Single(),
                $"{table} holds a different number of rows on PostgreSQL");
        }

        var article = (await QueryAsync<(string Title, string Status)>(postgreSql,
            "SELECT title AS \"Title\", status AS \"Status\" FROM articles WHERE slug = 'magnesium-for-restless-legs';")).Single();
        Assert.Equal(("Magnesium for Restless Legs", "published"), article);
        Assert.Equal([13L, 50L, 48L, 32L, 22L], await QueryAsync<long>(postgreSql, """
            SELECT count(*) FROM sections UNION ALL SELECT count(*) FROM blocks UNION ALL SELECT count(*) FROM block_items
            UNION ALL SELECT count(*) FROM dose_ranges UNION ALL SELECT count(*) FROM foods;
            """));
    }

    [Fact]
    public async Task EveryIdSequenceIsPastTheHighestSeededId()
    {
        var (migrated, postgreSql) = await MigrateBothAsync();
        await using var sqlite = migrated;

        // The seed names its ids (sources 1-14, articles, sections, blocks ...); a sequence left behind them would hand out
        // an id that is taken, and the next insert would fail.
        var identities = await QueryAsync<(string Table, string Column)>(postgreSql, """
            SELECT table_name AS "Table", column_name AS "Column" FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name;
            """);
        Assert.Contains(("sources", "id"), identities);
        var behind = new List<string>();
        foreach (var (table, column) in identities)
        {
            // NULL until the sequence hands out its first value.
            var (lastValue, highest) = (await QueryAsync<(long LastValue, long Highest)>(postgreSql, $"""
                SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('{table}', '{column}')::regclass), 0) AS "LastValue",
                       coalesce((SELECT max({column}) FROM {table}), 0) AS "Highest";
                """)).Single();
            if (lastValue < highest)
            {
                behind.Add($"{table}: sequence at {lastValue}, highest id {highest}");
            }
        }

        Assert.Empty(behind);

        var id = (await QueryAsync<long>(postgreSql, """
            INSERT INTO sources (key, title, publisher, updated_at) VALUES ('TEST', 'A test source', 'Tests', '2026-11-26T00:00:00Z')
            RETURNING id;
            """)).Single();
        Assert.Equal(15, id);
    }

    private static string Purpose(string trigger) =>
        trigger.Contains("content_scopes", StringComparison.Ordinal) ? "stamps scopes"
        : trigger.Contains("search", StringComparison.Ordinal) ? "indexes search"
        : trigger;

    private async Task<(Migrators Sqlite, string PostgreSql)> MigrateBothAsync()
    {
        var postgreSql = await cluster.CreateDatabaseAsync();
        await using (var migrators = Migrators.PostgreSql(postgreSql))
        {
            await migrators.Migrator.MigrateAsync();
        }

        var sqlite = Migrators.Sqlite();
        await sqlite.Migrator.MigrateAsync();
        return (sqlite, postgreSql);
    }

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }
}
