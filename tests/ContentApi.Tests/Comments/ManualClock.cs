namespace ContentApi.Tests.Comments;

/// <summary>The wall clock the app reads (form tokens, comment times, the purge), moved only when a test says so.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
