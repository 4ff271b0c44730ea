using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentApi.RateLimiting;

/// <summary>
/// One token bucket per client address (<see cref="ClientAddress"/>): <c>Burst</c> tokens, refilled at
/// <c>PermitsPerSecond</c>; every request that is not exempt takes one. Owned by the container, so the limiter's timer
/// stops with the host.
/// </summary>
internal sealed class ClientRateLimiter : IDisposable
{
    /// <summary>The partitioned limiter adds tokens on a 100 ms timer, so a token can arrive that much after it is due.</summary>
    private const double RefillTickSeconds = 0.1;

    public ClientRateLimiter(IOptions<RateLimitingOptions> options)
    {
        var settings = options.Value;
        Limiter = PerClient(settings.Burst, settings.PermitsPerSecond, TimeSpan.FromSeconds(1));
        RetryAfterSeconds = RetryAfterFor(settings.PermitsPerSecond);
        Policy = PolicyFor(settings.Burst, settings.PermitsPerSecond);
        Exhausted = ExhaustedFor(RetryAfterSeconds);
        Burst = settings.Burst;
        PermitsPerSecond = settings.PermitsPerSecond;
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public int Burst { get; }

    public int PermitsPerSecond { get; }

    /// <summary>Whole seconds after which a rejected client has a token again.</summary>
    public int RetryAfterSeconds { get; }

    /// <summary>
    /// The <c>RateLimit-Policy</c> field: the bucket as two policies, since a token bucket is not one quota per window:
    /// "burst" (requests at once, no window) and "rate" (requests per second kept up).
    /// </summary>
    public string Policy { get; }

    /// <summary>The <c>RateLimit</c> field of a rejected request: no token left in the burst, and when one comes back.</summary>
    public string Exhausted { get; }

    /// <summary>
    /// A token bucket per client address (<see cref="ClientAddress"/>): <paramref name="tokenLimit"/> tokens, refilled
    /// continuously at <paramref name="tokensPerPeriod"/> a <paramref name="period"/>. The reads' limiter and the one of
    /// refused API keys are both of this kind.
    /// </summary>
    public static PartitionedRateLimiter<HttpContext> PerClient(int tokenLimit, int tokensPerPeriod, TimeSpan period)
    {
        // Continuous refill: with AutoReplenishment off (GetTokenBucketLimiter turns it off for partitions) each tick adds
        // tokensPerPeriod × elapsed time / period, so tokens come back smoothly rather than a period's worth at once.
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokenLimit,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = 0,
        };
        return PartitionedRateLimiter.Create<HttpContext, IPAddress>(
            context => RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), _ => bucket));
    }

    /// <summary>A rejected request leaves less than one token; one takes 1/PermitsPerSecond s to refill, plus a tick.</summary>
    public static int RetryAfterFor(int permitsPerSecond) => RetryAfterFor(permitsPerSecond, TimeSpan.FromSeconds(1));

    public static int RetryAfterFor(int tokensPerPeriod, TimeSpan period) =>
        (int)Math.Ceiling(period.TotalSeconds / tokensPerPeriod + RefillTickSeconds);

    public static string PolicyFor(int burst, int permitsPerSecond) =>
        string.Create(CultureInfo.InvariantCulture, $"\"burst\";q={burst}, \"rate\";q={permitsPerSecond};w=1");

    public static string ExhaustedFor(int retryAfterSeconds) => ExhaustedFor("burst", retryAfterSeconds);

    /// <summary>The <c>RateLimit</c> field of an empty bucket: none of <paramref name="policy"/> left for that many seconds.</summary>
    public static string ExhaustedFor(string policy, int retryAfterSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";r=0;t={retryAfterSeconds}");

    public void Dispose() => Limiter.Dispose();
}
