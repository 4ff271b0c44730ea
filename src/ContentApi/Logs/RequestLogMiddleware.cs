using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace ContentApi.Logs;

/// <summary>
/// One Information line per request under <see cref="Category"/>: method, path (never the query string), route template,
/// status and duration. <c>Logging:LogLevel:ContentApi.Requests=Warning</c> turns it off, and then it costs one check.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "ContentApi.Requests";

    /// <summary>The route of a request no route matched (an unknown path, a method the path does not take).</summary>
    public const string NoRoute = "(none)";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public Task InvokeAsync(HttpContext context) =>
        _logger.IsEnabled(LogLevel.Information) ? LogAsync(context) : next(context);

    private async Task LogAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError; // what the server answers when the pipeline throws
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var duration = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 2);
            // The exception handler clears the endpoint before it writes the 500; its feature keeps the one that failed.
            var route = RouteTemplate.Of(context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint) ?? NoRoute;
            var path = (context.Request.PathBase + context.Request.Path).ToString();
            LogRequest(_logger, context.Request.Method, path, route, status, duration);
        }
    }

    // The path is written escaped (PathString.ToString), so a control character in it cannot forge a line.
    [LoggerMessage(EventId = 20, Level = LogLevel.Information,
        Message = "{Method} {Path} answered {StatusCode} in {DurationMs} ms (route {Route})")]
    private static partial void LogRequest(ILogger logger, string method, string path, string route, int statusCode, double durationMs);
}
