using Microsoft.Extensions.Options;

namespace ContentApi.Comments;

/// <summary>
/// Forgets comments' client hashes once they are older than Comments:ClientHashRetentionDays: at start, then every
/// Comments:PurgeIntervalSeconds. The comments stay; only the one datum kept for the abuse limits goes. Runs its own
/// loop rather than being a BackgroundService, as <see cref="Editing.ScheduledPublisher"/> does and for its reason.
/// </summary>
internal sealed partial class ClientHashPurge(ICommentRepository comments, IOptions<CommentOptions> options, TimeProvider time, ILogger<ClientHashPurge> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    private Task _loop = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => ExecuteAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Cancel();

    /// <summary>One purge at the clock's time now; how many hashes it forgot.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken) =>
        comments.PurgeClientHashesAsync(time.GetUtcNow().AddDays(-options.Value.ClientHashRetentionDays), cancellationToken);

    private async Task ExecuteAsync(CancellationToken stoppingToken)
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
