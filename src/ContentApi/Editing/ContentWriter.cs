using System.Data.Common;
using ContentApi.Caching;
using ContentApi.Database;
using Microsoft.Extensions.Options;

namespace ContentApi.Editing;

/// <summary>
/// How every content write runs, whatever it writes (an article, a source): this process's write gate, then one
/// transaction holding the database's write lock (<see cref="WriteLock"/>: BEGIN IMMEDIATE on SQLite, the content-version
/// row on PostgreSQL, which every replica's writers share) within one lock timeout (503 when either wait runs out), a
/// commit only of what the write says it wrote, and the cache told at once.
/// </summary>
internal sealed class ContentWriter(IContentConnections connections, WriteGate gate, ContentChangeFeed feed, IOptions<EditingOptions> options, TimeProvider time)
{
    /// <summary>
    /// Runs <paramref name="write"/> with the connection and the time (to the second); commits when <paramref name="wrote"/>
    /// says so, and answers <paramref name="busy"/>'s result when the lock cannot be had in time.
    /// </summary>
    public async Task<T> WriteAsync<T>(
        Func<DbConnection, DateTimeOffset, Task<T>> write, Func<T, bool> wrote, Func<EditProblem, T> busy, CancellationToken cancellationToken)
    {
        // One deadline for both waits: this process's queue, then the database's lock (held by another process, if by anyone).
        var timeout = TimeSpan.FromSeconds(options.Value.LockTimeoutSeconds);
        var waiting = time.GetTimestamp();
        using var turn = await gate.EnterAsync(timeout, cancellationToken);
        if (turn is null)
        {
            return busy(Busy());
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            T outcome;
            await using (var transaction = await WriteLock.AcquireAsync(connection, connections.Dialect, timeout - time.GetElapsedTime(waiting), cancellationToken))
            {
                outcome = await write(connection, Whole(time.GetUtcNow())!.Value);
                if (wrote(outcome))
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }

            if (wrote(outcome))
            {
                // This process serves its own write at once, whatever the refresh interval.
                await feed.CatchUpAsync(cancellationToken);
            }

            return outcome;
        }
        catch (Exception ex) when (WriteLock.IsBusy(ex))
        {
            return busy(Busy());
        }
    }

    /// <summary>Times are stored to the second, as the seed's are and as HTTP dates carry them.</summary>
    public static DateTimeOffset? Whole(DateTimeOffset? time) =>
        time is { } value ? new DateTimeOffset(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero) : null;

    private EditProblem Busy() => EditProblem.Busy(options.Value.LockTimeoutSeconds);
}
