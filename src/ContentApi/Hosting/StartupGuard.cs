using ContentApi.Database;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace ContentApi.Hosting;

internal static partial class StartupGuard
{
    /// <summary>
    /// Runs the app. A start that cannot succeed ends with one critical log line and exit code 1, never a stack trace:
    /// a database failure has already been explained by <see cref="DatabaseStartupService"/>; a setting that does not
    /// bind or validate (<c>HttpCaching:MaxAgeSeconds=abc</c>, a negative age) is explained here.
    /// </summary>
    public static int RunOrExplain(this WebApplication app)
    {
        try
        {
            // Settings are validated here, while the logger still works; a failure inside Run() would leave a disposed host.
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception ex) when (ex is OptionsValidationException || IsBindingFailure(ex))
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupGuard));
            var reason = ex.Message;
            LogInvalidSettings(logger, reason);
            // Disposing the host flushes the console logger's queue; returning at once could lose the line.
            ((IDisposable)app).Dispose();
            return 1;
        }

        // Started and awaited in two steps (what Run() does), so a failed start is explained while the logger still works;
        // the host's own report of it, with its stack trace, is held back meanwhile (HostStartFailures).
        var failures = app.Services.GetRequiredService<HostStartFailures>();
        failures.MarkExplained();
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupGuard));
            switch (ex)
            {
                case DatabaseStartupException:
                    break; // Explained by DatabaseStartupService.
                case IOException { InnerException: AddressInUseException }:
                    LogCannotListen(logger, ex.Message);
                    break;
                default:
                    // Not a failure anyone foresaw: its stack trace is what an operator needs.
                    LogStartFailed(logger, ex);
                    break;
            }

            ((IDisposable)app).Dispose();
            return 1;
        }

        failures.Started();
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
        return 0;
    }

    // The configuration binder's own failure: "Failed to convert configuration value at 'X' to type 'Int32'."
    private static bool IsBindingFailure(Exception ex) =>
        ex is InvalidOperationException && ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);

    [LoggerMessage(EventId = 13, Level = LogLevel.Critical, Message = "The app could not start")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 12, Level = LogLevel.Critical, Message = "The app cannot listen: {Reason} Stop what uses the address, or choose another with --urls.")]
    private static partial void LogCannotListen(ILogger logger, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Critical, Message = "Invalid settings, the app cannot start: {Reason}")]
    private static partial void LogInvalidSettings(ILogger logger, string reason);
}
