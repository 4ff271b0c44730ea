using System.ComponentModel.DataAnnotations;

namespace ContentApi.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>: a token bucket per client IP address. Off by default: a server-side renderer reads the
/// API from one address for all its visitors and must not be throttled by surprise.
/// </summary>
public sealed class RateLimitingOptions : IValidatableObject
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; }

    /// <summary>Tokens added to each client's bucket per second: the rate a client can keep up.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 10;

    /// <summary>Tokens a bucket holds: how many requests a rested client may send at once.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Tokens arrive on the limiter's 100 ms timer, capped at the bucket's size: a bucket smaller than a second's
        // permits drops what a late tick brings, and the rate quietly falls below PermitsPerSecond.
        if (Burst < PermitsPerSecond)
        {
            yield return new ValidationResult(
                $"RateLimiting:Burst ({Burst}) must be at least RateLimiting:PermitsPerSecond ({PermitsPerSecond}).",
                [nameof(Burst), nameof(PermitsPerSecond)]);
        }
    }
}
