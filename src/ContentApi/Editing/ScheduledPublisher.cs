using ContentApi.Hosting;
using System.Threading.Channels;

namespace ContentApi.Editing;

/// <summary>
/// Publishes scheduled drafts when their time comes. It reads when the next one is due once at start and after each
/// schedule made in this process (<see cref="Wake"/>), then sleeps until then, or at most 10 minutes (two indexed reads).
/// Each publication is a write like any other (the write lock, a new version, a revision by the key that scheduled
/// it); a draft that lost its last section meanwhile is unscheduled instead, as a revision saying so. Another process
/// sharing the database picks up its schedules at its next start or schedule.
/// </summary>
internal sealed partial class ScheduledPublisher(IArticleWriteRepository articles, TimeProvider time, ILogger<ScheduledPublisher> logger) : HostedLoop
{
    /// <summary>The longest sleep, so a schedule made by another process is found within it.</summary>
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan RetryAfterFault = TimeSpan.FromSeconds(30);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>A schedule was made: read when the next one is due.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan? sleep;
            try
            {
                var allDone = await PublishDueAsync(stoppingToken);
                sleep = await articles.NextScheduleAsync(stoppingToken) is { } next ? Clamp(next - time.GetUtcNow()) : null;
                // A due draft that could not be published (the database busy, a source gone) is tried again later, not at once.
                if (!allDone && sleep < RetryAfterFault)
                {
                    sleep = RetryAfterFault;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFault(logger, ex.Message);
                sleep = RetryAfterFault;
            }

            await SleepAsync(sleep, stoppingToken);
        }
    }

    /// <summary>Publishes every due draft; false when one of them was refused.</summary>
    private async Task<bool> PublishDueAsync(CancellationToken cancellationToken)
    {
        var allDone = true;
        foreach (var due in await articles.ListDueSchedulesAsync(time.GetUtcNow(), cancellationToken))
        {
            var outcome = await articles.ChangeAsync(due.Slug, "*", current => current switch
            {
                { ScheduledAt: null } => ArticleChange.Refused(EditProblem.RuleBroken("No longer scheduled.")),
                { Sections.Count: 0 } => new ArticleChange.Replace(current with { ScheduledAt = null }, "Not published as scheduled: the article has no section."),
                _ => new ArticleChange.Replace(current with { Status = "published", PublishedAt = current.ScheduledAt, ScheduledAt = null }, "Published as scheduled."),
            }, new WriteAuthor(due.KeyId, due.KeyName), cancellationToken);
            LogPublished(logger, due.Slug, outcome.GetType().Name);
            allDone &= outcome is not WriteOutcome.Refused;
        }

        return allDone;
    }

    private async Task SleepAsync(TimeSpan? sleep, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(sleep ?? LongestSleep);
        try
        {
            await _wake.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Time is up: look again.
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait + TimeSpan.FromMilliseconds(50);

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Scheduled publication of '{Slug}': {Outcome}")]
    private static partial void LogPublished(ILogger logger, string slug, string outcome);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Scheduled publications could not be read; retrying in 30 s: {Reason}")]
    private static partial void LogFault(ILogger logger, string reason);
}
