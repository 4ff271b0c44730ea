namespace ContentApi.Hosting;

/// <summary>
/// A hosted service that runs its own loop rather than being a BackgroundService: when another service's start fails,
/// .NET 10's host cancels a background service's task before it runs and logs that as an unhandled exception (Critical),
/// on top of the failure that stopped the start. The loop ends quietly on its stopping token and catches everything
/// else itself.
/// </summary>
internal abstract class HostedLoop : IHostedService, IDisposable
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
        // The loop ends at its next await; the host's shutdown timeout bounds the wait.
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // Cancelled, not disposed: the host may still call StopAsync after disposing its services (a failed start does), and
    // a source without timers or registrations of its own holds nothing to free.
    public void Dispose() => _stopping.Cancel();

    /// <summary>The loop: runs until <paramref name="stoppingToken"/> is cancelled, and handles its own faults.</summary>
    protected abstract Task ExecuteAsync(CancellationToken stoppingToken);
}
