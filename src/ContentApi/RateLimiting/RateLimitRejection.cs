using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;

namespace ContentApi.RateLimiting;

/// <summary>
/// The 429 a client gets once its bucket is empty: a problem like every other error, with <c>Retry-After</c> and the
/// fields of draft-ietf-httpapi-ratelimit-headers-11 (May 2026; §3 <c>RateLimit-Policy</c>, §4 <c>RateLimit</c> with
/// <c>r</c> = available quota and <c>t</c> = seconds in which no more than that may be used). Only rejected requests carry
/// them: a successful read's headers are stored by shared caches and replayed to other clients (its Cache-Control is
/// public), and counting the rest of a bucket on every cache hit would cost what the cache saves.
/// </summary>
internal static class RateLimitRejection
{
    public const string PolicyHeader = "RateLimit-Policy";

    public const string LimitHeader = "RateLimit";

    public const string Title = "Too many requests.";

    public static ValueTask WriteAsync(OnRejectedContext rejected, ClientRateLimiter limiter) => WriteAsync(
        rejected.HttpContext, limiter.RetryAfterSeconds, limiter.Policy, limiter.Exhausted,
        Title, DetailFor(limiter.Burst, limiter.PermitsPerSecond, limiter.RetryAfterSeconds));

    /// <summary>The 429 of any per-client bucket: its problem, <c>Retry-After</c> and the bucket's two fields.</summary>
    public static ValueTask WriteAsync(HttpContext http, int retryAfterSeconds, string policy, string exhausted, string title, string detail)
    {
        var headers = http.Response.Headers;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        headers[PolicyHeader] = policy;
        headers[LimitHeader] = exhausted;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = title, Detail = detail },
        });
    }

    public static string DetailFor(int burst, int permitsPerSecond, int retryAfterSeconds) => string.Create(CultureInfo.InvariantCulture,
        $"Each client address may send {burst} requests at once and {permitsPerSecond} a second after that. Retry after {retryAfterSeconds} second(s).");
}
