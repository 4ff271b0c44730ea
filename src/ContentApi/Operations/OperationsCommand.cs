namespace ContentApi.Operations;

/// <summary>
/// The operator's commands, run instead of the web host when the first argument names one: <c>backup &lt;path&gt;</c>,
/// <c>health [url]</c> and <c>keys create|list|revoke</c>. Any other start (no argument, or options such as <c>--urls</c>) serves the API.
/// </summary>
internal static class OperationsCommand
{
    /// <summary>The command's exit code, or null when the arguments name no command.</summary>
    public static int? Run(string[] args) => args switch
    {
        ["backup", .. var rest] => BackupCommand.RunAsync(rest, Console.Out, Console.Error).GetAwaiter().GetResult(),
        ["health", .. var rest] => HealthProbeCommand.RunAsync(rest, Console.Out, Console.Error).GetAwaiter().GetResult(),
        ["keys", .. var rest] => KeysCommand.RunAsync(rest, Console.Out, Console.Error).GetAwaiter().GetResult(),
        _ => null,
    };
}
