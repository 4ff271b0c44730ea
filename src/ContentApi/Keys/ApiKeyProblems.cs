using System.Globalization;

namespace ContentApi.Keys;

/// <summary>
/// What a request with no key, a refused key or a key short of a scope is told: a problem (RFC 9457) and, as RFC 6750
/// §3 asks, a <c>WWW-Authenticate: Bearer</c> challenge saying what was wrong with the token. The OpenAPI examples
/// use the same words.
/// </summary>
internal static class ApiKeyProblems
{
    public const string UnauthorizedTitle = "A valid API key is required.";

    public const string MissingDetail = "This operation needs an API key, sent as 'Authorization: Bearer <key>'.";

    public const string MalformedDetail = "The bearer token is not an API key of this API (ca_<id>_<secret>).";

    public const string UnknownDetail = "No API key matches the one sent; check that it was copied whole.";

    public const string ForbiddenTitle = "The API key lacks a scope this operation requires.";

    public const string TooManyFailuresTitle = "Too many refused API keys.";

    /// <summary>The challenge to a request that sent no bearer token.</summary>
    public const string Challenge = "Bearer";

    /// <summary>The challenge to a token that is malformed, unknown or revoked.</summary>
    public const string InvalidTokenChallenge = "Bearer error=\"invalid_token\"";

    public static string RevokedDetail(ApiKeyResponse key) => string.Create(CultureInfo.InvariantCulture,
        $"The API key '{key.Id}' was revoked at {key.RevokedAt!.Value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; ask for a new one.");

    public static string ForbiddenDetail(string scope, string keyId) => scope.Contains(' ', StringComparison.Ordinal)
        ? $"This operation requires one of the scopes '{scope.Replace(" ", "', '", StringComparison.Ordinal)}', none of which the API key '{keyId}' holds."
        : $"This operation requires the scope '{scope}', which the API key '{keyId}' does not hold.";

    public static string InsufficientScopeChallenge(string scope) => $"Bearer error=\"insufficient_scope\", scope=\"{scope}\"";

    public static string TooManyFailuresDetail(int failuresPerMinute, int retryAfterSeconds) => string.Create(CultureInfo.InvariantCulture,
        $"This client address had {failuresPerMinute} API keys refused within a minute, and its keys are not checked for now. Retry after {retryAfterSeconds} second(s).");

    public static ValueTask WriteAsync(HttpContext http, int status, string challenge, string title, string detail)
    {
        http.Response.StatusCode = status;
        http.Response.Headers.WWWAuthenticate = challenge;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
