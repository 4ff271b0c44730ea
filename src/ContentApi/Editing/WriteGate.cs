namespace ContentApi.Editing;

/// <summary>
/// This process's writers queue here, in arrival order, before they ask SQLite for the write lock. SQLite's own wait
/// is a retry loop that sleeps between attempts, so eight writers racing on it starve one another and a loser can wait
/// past the lock timeout while the database is free most of the time; waiting here costs no thread and no connection,
/// and SQLite's wait is left for writers in other processes. One per database (a singleton).
/// </summary>
internal sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>This writer's turn, or null when <paramref name="timeout"/> passed first (the caller's 503).</summary>
    public async Task<Turn?> EnterAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _turn.WaitAsync(timeout, cancellationToken) ? new Turn(_turn) : null;

    public void Dispose() => _turn.Dispose();

    /// <summary>Held until disposed; disposing twice releases once.</summary>
    internal sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private SemaphoreSlim? _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
