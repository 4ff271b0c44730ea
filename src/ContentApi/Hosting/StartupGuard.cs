using ContentApi.Database;
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

        try
        {
            app.Run();
            return 0;
        }
        catch (DatabaseStartupException)
        {
            return 1;
        }
    }

    // The configuration binder's own failure: "Failed to convert configuration value at 'X' to type 'Int32'."
    private static bool IsBindingFailure(Exception ex) =>
        ex is InvalidOperationException && ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);

    [LoggerMessage(EventId = 6, Level = LogLevel.Critical, Message = "Invalid settings, the app cannot start: {Reason}")]
    private static partial void LogInvalidSettings(ILogger logger, string reason);
}
