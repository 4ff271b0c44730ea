namespace ContentApi.Keys;

/// <summary>A key's times (created, last used, revoked) are kept to the second: people read them, and fractions are noise.</summary>
internal static class ApiKeyTime
{
    public static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }
}
