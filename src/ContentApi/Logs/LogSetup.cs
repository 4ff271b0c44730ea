using Microsoft.Extensions.Logging.Console;

namespace ContentApi.Logs;

/// <summary>
/// Logs as an operator's collector wants them: in Production one JSON object per line (appsettings.json picks the JSON
/// console formatter; Development keeps the simple one), each written inside a request carrying its W3C trace id and span
/// id, and one line per request (<see cref="RequestLogMiddleware"/>). No query string is logged at Information: it can
/// carry what a person searched for or the medicines they take.
/// </summary>
internal static class LogSetup
{
    public static ILoggingBuilder AddContentLogs(this ILoggingBuilder logging)
    {
        logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        // Set in code, not in Logging:Console:FormatterOptions, which every formatter reads: a timestamp there would also
        // prefix the simple formatter's lines, which tests and people read as "crit: …".
        logging.Services.Configure<JsonConsoleFormatterOptions>(json =>
        {
            json.IncludeScopes = true; // the trace and span ids are a scope
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        return logging;
    }

    /// <summary>First in the pipeline, so the line has the status and duration the client saw, problems included.</summary>
    public static IApplicationBuilder UseRequestLogs(this IApplicationBuilder app) => app.UseMiddleware<RequestLogMiddleware>();
}
