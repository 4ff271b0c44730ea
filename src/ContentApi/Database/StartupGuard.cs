namespace ContentApi.Database;

internal static class StartupGuard
{
    /// <summary>
    /// Runs the app; a database that cannot start has already been explained in one log line,
    /// so the process exits with code 1 instead of printing the exception again.
    /// </summary>
    public static int RunOrExplain(this WebApplication app)
    {
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
}
