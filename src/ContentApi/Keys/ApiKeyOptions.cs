using System.ComponentModel.DataAnnotations;

namespace ContentApi.Keys;

/// <summary>Section <c>ApiKeys</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "ApiKeys";

    /// <summary>
    /// Keys one client address may have refused (malformed, unknown or revoked) at once, and again each minute after
    /// that. Past it, that address's keys are not even looked up until the minute refills: a 429 with Retry-After.
    /// </summary>
    [Range(1, 1_000_000)]
    public int FailuresPerMinute { get; set; } = 10;
}
