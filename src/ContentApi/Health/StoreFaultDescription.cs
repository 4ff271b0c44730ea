using ContentApi.Database;
using Microsoft.Data.Sqlite;

namespace ContentApi.Health;

/// <summary>
/// A store fault in a probe's words: what is wrong with the file or the server, without its path, address or the
/// engine's text (the probe is public; those are in the logs of the start).
/// </summary>
internal static class StoreFaultDescription
{
    public static string Of(Exception exception) => exception switch
    {
        StoreUnavailableException => "The database file is missing.",
        SqliteException { SqliteErrorCode: 26 } => "The database file is not a SQLite database.",
        SqliteException { SqliteErrorCode: 11 } => "The database file is damaged.",
        SqliteException { SqliteErrorCode: 13 } => "The disk holding the database is full.",
        SqliteException { SqliteErrorCode: 14 } => "The database file cannot be opened.",
        _ when PostgreSqlFaults.IsUnavailable(exception) => PostgreSqlFaults.Describe(exception),
        _ => "The database file cannot be read.",
    };
}
