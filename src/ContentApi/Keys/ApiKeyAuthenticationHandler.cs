using System.Text.Encodings.Web;
using ContentApi.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.Options;

namespace ContentApi.Keys;

/// <summary>A key that was sent and refused, and why (never the key itself: this message reaches the log).</summary>
internal sealed class ApiKeyRefusedException(string detail, bool tooManyFailures = false) : Exception(detail)
{
    /// <summary>The client is blocked for refused keys, and this one was not looked at.</summary>
    public bool TooManyFailures { get; } = tooManyFailures;
}

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c>: a request that sends no bearer token is anonymous; one that sends a token
/// is authenticated by it or refused (malformed, unknown, wrong secret, revoked), and each refusal counts against its
/// client address (<see cref="AuthenticationFailureLimiter"/>). An anonymous or refused request still reaches public
/// reads, which ignore it; an endpoint that requires a key challenges it with a 401 problem, or a 429 while the
/// address is blocked. What an authenticated request is answered is private: <c>Cache-Control: private, no-store</c>.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IApiKeyRepository keys, AuthenticationFailureLimiter failures, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string PrivateCacheControl = "private, no-store";

    private const string BearerScheme = "Bearer";

    /// <summary>Last use is for people choosing which keys to revoke: a minute is exact enough, and spares a write per request.</summary>
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken() is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        if (failures.IsBlocked(Context))
        {
            return AuthenticateResult.Fail(new ApiKeyRefusedException(ApiKeyProblems.TooManyFailuresTitle, tooManyFailures: true));
        }

        if (!ApiKeyText.TryReadId(token, out var id))
        {
            return Refuse(ApiKeyProblems.MalformedDetail);
        }

        // The secret is checked before the revocation, so only the key's holder learns that it was revoked.
        var stored = await keys.FindAsync(id, Context.RequestAborted);
        if (stored is null || !ApiKeyText.Matches(token, stored.KeyHash))
        {
            return Refuse(ApiKeyProblems.UnknownDetail);
        }

        if (stored.Key.RevokedAt is not null)
        {
            return Refuse(ApiKeyProblems.RevokedDetail(stored.Key));
        }

        await MarkUsedAsync(stored.Key);
        // What a key reads is for that key: no shared cache may keep it (and the representation cache steps aside).
        Response.OnStarting(static response =>
        {
            ((HttpResponse)response).Headers.CacheControl = PrivateCacheControl;
            return Task.CompletedTask;
        }, Response);
        return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyPrincipal.For(stored.Key, Scheme.Name), Scheme.Name));
    }

    /// <summary>The 401 of an endpoint that requires a key, or the 429 of a blocked client.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refusal = (await HandleAuthenticateOnceAsync()).Failure as ApiKeyRefusedException;
        if (refusal is { TooManyFailures: true })
        {
            await RateLimitRejection.WriteAsync(Context, failures.RetryAfterSeconds, failures.Policy, failures.Exhausted,
                ApiKeyProblems.TooManyFailuresTitle, ApiKeyProblems.TooManyFailuresDetail(failures.FailuresPerMinute, failures.RetryAfterSeconds));
            return;
        }

        await ApiKeyProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            refusal is null ? ApiKeyProblems.Challenge : ApiKeyProblems.InvalidTokenChallenge,
            ApiKeyProblems.UnauthorizedTitle, refusal?.Message ?? ApiKeyProblems.MissingDetail);
    }

    private AuthenticateResult Refuse(string detail)
    {
        failures.Refused(Context);
        return AuthenticateResult.Fail(new ApiKeyRefusedException(detail));
    }

    /// <summary>The token of a <c>Bearer</c> authorization (empty when there is none after the scheme); null for none or another scheme.</summary>
    private string? BearerToken()
    {
        // Two Authorization headers join with a comma, which no key holds: a malformed key, not a second chance.
        var authorization = Request.Headers.Authorization.ToString().AsSpan().Trim();
        if (!authorization.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase)
            || (authorization.Length > BearerScheme.Length && authorization[BearerScheme.Length] != ' '))
        {
            return null;
        }

        return authorization[BearerScheme.Length..].Trim().ToString();
    }

    private async Task MarkUsedAsync(ApiKeyResponse key)
    {
        var now = ApiKeyTime.Now(time);
        if (key.LastUsedAt is { } last && now - last < UseResolution)
        {
            return;
        }

        try
        {
            await keys.MarkUsedAsync(key.Id, now, Context.RequestAborted);
        }
        catch (Exception ex) when (ex is SqliteException { SqliteErrorCode: 5 or 6 or 8 }
                                       or PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.ReadOnlySqlTransaction })
        {
            // Busy, locked or read-only (a standby): the key is valid all the same, and its last use is only left older.
        }
    }
}
