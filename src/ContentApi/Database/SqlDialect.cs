namespace ContentApi.Database;

/// <summary>The SQL an engine speaks, where it differs.</summary>
public enum SqlDialect
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The few fragments whose text differs between engines, written once. Each SQLite form is the text the repositories
/// always wrote (prepared statements are cached by it); PostgreSQL's gives the same rows. The test clusters run in the C
/// locale, where lower() folds ASCII only, as SQLite's NOCASE does.
/// </summary>
public static class SqlDialects
{
    /// <summary>A condition that always holds: SQLite takes 1, PostgreSQL wants a boolean.</summary>
    public static string True(this SqlDialect dialect) => dialect == SqlDialect.Sqlite ? "1" : "true";

    /// <summary><paramref name="column"/> equals <paramref name="value"/> ignoring ASCII case.</summary>
    public static string EqualsIgnoringCase(this SqlDialect dialect, string column, string value) => dialect == SqlDialect.Sqlite
        ? $"{column} = {value} COLLATE NOCASE"
        : $"lower({column}) = lower({value})";

    /// <summary><paramref name="text"/> holds <paramref name="part"/> (both already lowered by the caller where case must not count).</summary>
    public static string Contains(this SqlDialect dialect, string text, string part) => dialect == SqlDialect.Sqlite
        ? $"instr({text}, {part}) > 0"
        : $"strpos({text}, {part}) > 0";

    /// <summary><paramref name="column"/> is one of the list parameter <paramref name="list"/>: Dapper expands a list for SQLite, Npgsql sends an array.</summary>
    public static string InList(this SqlDialect dialect, string column, string list) => dialect == SqlDialect.Sqlite
        ? $"{column} IN {list}"
        : $"{column} = ANY({list})";

    /// <summary>A sort key ignoring ASCII case.</summary>
    public static string IgnoringCase(this SqlDialect dialect, string column) => dialect == SqlDialect.Sqlite
        ? $"{column} COLLATE NOCASE"
        : $"lower({column})";
}
