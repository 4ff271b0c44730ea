using ContentApi.Caching;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.Caching;

/// <summary>
/// The change feed against a scripted stamp source and a hand-moved clock: when it reads, what it keeps, and what it
/// says about an entry. The HTTP tests show the same through real writes; these pin the edges they cannot time.
/// </summary>
public sealed class ContentChangeFeedTests
{
    private readonly ScriptedStamps _stamps = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task TheFirstRefreshReadsEveryScopeAndLaterOnesOnlyNewerStamps()
    {
        var feed = Feed(refreshMilliseconds: 1000);
        _stamps.Next([new("foods", 4), new("article:1", 7)]);
        Assert.Equal(-1, feed.Version);

        await feed.RefreshIfDueAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(1000));
        _stamps.Next([new("foods", 9)]);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        Assert.Equal([-1L, 7L], _stamps.AskedSince);
        Assert.Equal(9, feed.Version);
    }

    [Fact]
    public async Task WithinTheIntervalNothingIsRead()
    {
        var feed = Feed(refreshMilliseconds: 1000);
        _stamps.Next([new("foods", 4)]);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromMilliseconds(999));
        await feed.RefreshIfDueAsync(CancellationToken.None);

        Assert.Single(_stamps.AskedSince);
    }

    [Fact]
    public async Task AnIntervalOfZeroReadsOnEveryRefresh()
    {
        var feed = Feed(refreshMilliseconds: 0);

        await feed.RefreshIfDueAsync(CancellationToken.None);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        Assert.Equal([-1L, 0L], _stamps.AskedSince);
    }

    [Fact]
    public async Task AnEmptyStoreStillCountsAsRead()
    {
        var feed = Feed(refreshMilliseconds: 1000);

        await feed.RefreshIfDueAsync(CancellationToken.None);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        Assert.Equal(0, feed.Version);
        Assert.Single(_stamps.AskedSince);
    }

    [Fact]
    public async Task ConcurrentRefreshesShareOneRead()
    {
        var feed = Feed(refreshMilliseconds: 1000);
        var release = _stamps.Hold([new("foods", 3)]);

        var first = feed.RefreshIfDueAsync(CancellationToken.None).AsTask();
        var second = feed.RefreshIfDueAsync(CancellationToken.None).AsTask();
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);
        release();
        await Task.WhenAll(first, second);

        Assert.Single(_stamps.AskedSince);
        Assert.Equal(3, feed.Version);
    }

    [Fact]
    public async Task AFailedReadReachesEveryWaiterAndTheNextRefreshTriesAgain()
    {
        var feed = Feed(refreshMilliseconds: 1000);
        _stamps.Fail(new InvalidOperationException("store down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => feed.RefreshIfDueAsync(CancellationToken.None).AsTask());
        _stamps.Next([new("foods", 5)]);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        Assert.Equal(5, feed.Version);
    }

    [Fact]
    public async Task AStampNeverMovesBackWhenAnOlderReadFinishesLater()
    {
        var feed = Feed(refreshMilliseconds: 0);
        _stamps.Next([new("foods", 10)]);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        _stamps.Next([new("foods", 7)]);
        await feed.CatchUpAsync(CancellationToken.None);

        Assert.Equal(10, feed.Version);
        Assert.False(feed.IsCurrent(Entry(builtAt: 9, "foods")));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(5, true)]
    [InlineData(4, true)]
    public async Task AnEntryIsCurrentUntilAScopeItReadHasAStampAboveItsOwn(long changedAt, bool current)
    {
        var feed = Feed(refreshMilliseconds: 0);
        _stamps.Next([new("foods", changedAt), new("remedies", 50)]);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        Assert.Equal(current, feed.IsCurrent(Entry(builtAt: 5, "foods", "never-written")));
    }

    [Fact]
    public async Task ACheckedEntryIsNotLookedUpAgainUntilTheVersionMoves()
    {
        var feed = Feed(refreshMilliseconds: 0);
        _stamps.Next([new("foods", 3)]);
        await feed.RefreshIfDueAsync(CancellationToken.None);
        var entry = Entry(builtAt: 1, "remedies");

        Assert.True(feed.IsCurrent(entry));
        Assert.Equal(3, entry.CheckedAt);
    }

    [Fact]
    public async Task ForgettingStartsOverFromEveryScope()
    {
        var feed = Feed(refreshMilliseconds: 1000);
        _stamps.Next([new("foods", 8)]);
        await feed.RefreshIfDueAsync(CancellationToken.None);

        feed.Forget();
        var versionAfterForgetting = feed.Version;
        var currentAfterForgetting = feed.IsCurrent(Entry(builtAt: 2, "foods"));
        await feed.RefreshIfDueAsync(CancellationToken.None);

        Assert.Equal(-1, versionAfterForgetting);
        Assert.True(currentAfterForgetting);
        Assert.Equal([-1L, -1L], _stamps.AskedSince);
    }

    private ContentChangeFeed Feed(int refreshMilliseconds) =>
        new(_stamps, Options.Create(new HttpCachingOptions { ContentVersionRefreshMilliseconds = refreshMilliseconds }), _clock);

    private static CachedRepresentation Entry(long builtAt, params string[] scopes) =>
        new("{}"u8.ToArray(), scopes, builtAt, DateTimeOffset.UnixEpoch, link: null);

    /// <summary>Answers each read with the stamps it was given next (none by default), and records what was asked.</summary>
    private sealed class ScriptedStamps : IContentChangeRepository
    {
        private Func<Task<IReadOnlyList<ScopeStamp>>> _next = () => Task.FromResult<IReadOnlyList<ScopeStamp>>([]);

        public List<long> AskedSince { get; } = [];

        public void Next(IReadOnlyList<ScopeStamp> stamps) => _next = () => Task.FromResult(stamps);

        public void Fail(Exception exception) => _next = () => Task.FromException<IReadOnlyList<ScopeStamp>>(exception);

        public Action Hold(IReadOnlyList<ScopeStamp> stamps)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _next = async () =>
            {
                await gate.Task;
                return stamps;
            };
            return () => gate.SetResult();
        }

        public Task<IReadOnlyList<ScopeStamp>> ReadSinceAsync(long version, CancellationToken cancellationToken)
        {
            AskedSince.Add(version);
            var read = _next();
            Next([]);
            return read;
        }

        public Task<ScopesChanged> LastChangedAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The feed never asks for times.");
    }

    /// <summary>A clock that moves only when told to.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
