using System.Globalization;
using System.Threading.RateLimiting;
using ContentApi.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentApi.Keys;

/// <summary>
/// Refused keys per client address: a bucket of the reads' kind (<see cref="ClientRateLimiter.PerClient"/>) that only
/// refusals draw from, <c>ApiKeys:FailuresPerMinute</c> at once and refilled at that rate a minute. It is on whatever
/// <c>RateLimiting:Enabled</c> says, and costs nothing until a key is refused. While a client's bucket holds less than a
/// whole token its keys are not looked up at all, so guessing gains no answers (a burst of concurrent guesses can
/// overdraw by the requests in flight, each still one guess at 256 bits).
/// </summary>
internal sealed class AuthenticationFailureLimiter : IDisposable
{
    public const string PolicyName = "failures";

    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<HttpContext> _refusals;

    public AuthenticationFailureLimiter(IOptions<ApiKeyOptions> options)
    {
        FailuresPerMinute = options.Value.FailuresPerMinute;
        _refusals = ClientRateLimiter.PerClient(FailuresPerMinute, FailuresPerMinute, Period);
        RetryAfterSeconds = ClientRateLimiter.RetryAfterFor(FailuresPerMinute, Period);
        Policy = PolicyFor(FailuresPerMinute);
        Exhausted = ClientRateLimiter.ExhaustedFor(PolicyName, RetryAfterSeconds);
    }

    public int FailuresPerMinute { get; }

    /// <summary>Whole seconds until a blocked client has a token again.</summary>
    public int RetryAfterSeconds { get; }

    /// <summary>The <c>RateLimit-Policy</c> field: so many refusals in a 60-second window.</summary>
    public string Policy { get; }

    /// <summary>The <c>RateLimit</c> field of a blocked client.</summary>
    public string Exhausted { get; }

    public static string PolicyFor(int failuresPerMinute) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{PolicyName}\";q={failuresPerMinute};w={(int)Period.TotalSeconds}");

    public bool IsBlocked(HttpContext context) => _refusals.GetStatistics(context) is not { CurrentAvailablePermits: >= 1 };

    public void Refused(HttpContext context)
    {
        using var _ = _refusals.AttemptAcquire(context);
    }

    public void Dispose() => _refusals.Dispose();
}
