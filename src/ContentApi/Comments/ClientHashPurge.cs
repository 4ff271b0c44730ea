using ContentApi.Hosting;
using Microsoft.Extensions.Options;

namespace ContentApi.Comments;

/// <summary>
/// Forgets comments' client hashes once they are older than Comments:ClientHashRetentionDays: at start, then every
/// Comments:PurgeIntervalSeconds. The comments stay; only the one datum kept for the abuse limits goes. Runs its own
/// loop (<see cref="HostedLoop"/>).
/// </summary>
internal sealed partial class ClientHashPurge(ICommentRepository comments, IOptions<CommentOptions> options, TimeProvider time, ILogger<ClientHashPurge> logger)
    : HostedLoop
{
    /// <summary>One purge at the clock's time now; how many hashes it forgot.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken) =>
        comments.PurgeClientHashesAsync(time.GetUtcNow().AddDays(-options.Value.ClientHashRetentionDays), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var purged = await PurgeAsync(stoppingToken);
                if (purged > 0)
                {
                    LogPurged(logger, purged);
                }

                await Task.Delay(TimeSpan.FromSeconds(options.Value.PurgeIntervalSeconds), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database busy or not there yet: try again at the next interval, never take the host down.
                LogFault(logger, ex.Message);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(options.Value.PurgeIntervalSeconds), time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(EventId = 61, Level = LogLevel.Information, Message = "Forgot the client hashes of {Count} comment(s) past their retention")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 62, Level = LogLevel.Warning, Message = "Comment client hashes could not be purged; retrying at the next interval: {Reason}")]
    private static partial void LogFault(ILogger logger, string reason);
}
