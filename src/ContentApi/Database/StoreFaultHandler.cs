using ContentApi.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ContentApi.Database;

/// <summary>
/// A store that cannot serve — the file missing, damaged, unreadable or full; the PostgreSQL server out of reach, out of
/// connections or shutting down — is an outage, not a bug: every request gets a 503 problem with <c>Retry-After</c>, and
/// the cause is logged once per <see cref="LogInterval"/> with the number of requests it failed meanwhile (thousands of
/// identical stack traces a second help no operator). On PostgreSQL a write that meets a unique or foreign-key
/// constraint another replica's write got to first is answered as the API answers a taken slug or an unknown reference
/// (409, 400). Other errors (a missing table) remain 500s: they are defects.
/// </summary>
internal sealed partial class StoreFaultHandler(IProblemDetailsService problemDetails, TimeProvider time, ILogger<StoreFaultHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(30);

    private long _lastLoggedAt = long.MinValue;
    private long _suppressed;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (PostgreSqlFaults.IsUniqueViolation(exception))
        {
            return await WriteAsync(httpContext, StatusCodes.Status409Conflict, "The write conflicts with stored content.",
                "Another write stored the same unique value (a slug, a key) first. Read the current state, then retry with another value.");
        }

        if (PostgreSqlFaults.IsForeignKeyViolation(exception))
        {
            return await WriteAsync(httpContext, StatusCodes.Status400BadRequest, "The write refers to something that does not exist.",
                "Something the body names (a source, an image, a parent) was removed by another write meanwhile. Read the current state, then retry.");
        }

        if (!IsStoreFault(exception))
        {
            return false;
        }

        LogOncePerInterval(exception);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, "The content store is unavailable.",
            $"The service cannot read its content right now. Try again in {RetryAfterSeconds} seconds.");
    }

    // SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB: the file, not the query, is at fault.
    public static bool IsStoreFault(Exception exception) =>
        exception is StoreUnavailableException or SqliteException { SqliteErrorCode: 10 or 11 or 13 or 14 or 26 }
        || PostgreSqlFaults.IsUnavailable(exception);

    private async ValueTask<bool> WriteAsync(HttpContext httpContext, int status, string title, string detail)
    {
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private void LogOncePerInterval(Exception exception)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastLoggedAt);
        if (last != long.MinValue && time.GetElapsedTime(last, now) < LogInterval
            || Interlocked.CompareExchange(ref _lastLoggedAt, now, last) != last)
        {
            Interlocked.Increment(ref _suppressed);
            return;
        }

        LogStoreFault(logger, exception.Message, Interlocked.Exchange(ref _suppressed, 0));
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Error,
        Message = "The content store is unavailable: {Reason} ({Suppressed} more failed request(s) since the last report)")]
    private static partial void LogStoreFault(ILogger logger, string reason, long suppressed);
}
