using System.Net.Sockets;
using Npgsql;

namespace ContentApi.Database;

/// <summary>
/// Npgsql's errors sorted as <see cref="StoreFaultHandler"/> answers them: the server out of reach or refusing work is an
/// outage (503), a write that met a constraint another write got to first is the client's conflict (409) or a reference
/// to something gone (400); everything else stays a defect (500).
/// </summary>
internal static class PostgreSqlFaults
{
    /// <summary>
    /// Cannot connect, a connect or pool wait timed out, the connection broke, too many connections (53300), or the
    /// server shutting down or starting up (57P01, 57P02, 57P03). SQL errors of the query itself are not among them.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.InnerException is SocketException or TimeoutException or IOException || npgsql.IsTransient,
        _ => false,
    };

    /// <summary>A unique value (a slug, a key) another write stored first: 23505.</summary>
    public static bool IsUniqueViolation(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>A reference to a row another write removed first: 23503.</summary>
    public static bool IsForeignKeyViolation(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    /// <summary>The outage in a probe's words, without the server's address (the probe is public).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.TooManyConnections } => "The database server has no connection free.",
        PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow }
            => "The database server is shutting down or starting up.",
        NpgsqlException { InnerException: TimeoutException } => "The database server did not answer in time.",
        _ => "The database server cannot be reached.",
    };
}
