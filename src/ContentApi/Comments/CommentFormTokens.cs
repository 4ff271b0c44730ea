using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ContentApi.Comments;

/// <summary>
/// Signed, expiring form tokens: <c>{issued unix seconds}.{slug}.{nonce}.{signature}</c>, the signature an HMAC of the
/// first three parts. The token itself proves when the form was issued and for which article, and a post that comes
/// sooner than <see cref="CommentOptions.MinimumSecondsBeforePost"/> after it is a script's; the nonce makes each form's
/// token its own, and the comment it carries keeps it (migration 0019), so it carries no second one.
/// </summary>
internal sealed class CommentFormTokens(CommentSecret secret, IOptions<CommentOptions> options, TimeProvider time)
{
    /// <summary>A token issued a little "in the future" is tolerated (clocks of replicas differ); more is forged or broken.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

    public FormTokenResponse Issue(string slug)
    {
        var issued = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
        var payload = string.Create(CultureInfo.InvariantCulture, $"{issued.ToUnixTimeSeconds()}.{slug}.{nonce}");
        var settings = options.Value;
        return new FormTokenResponse(
            $"{payload}.{Sign(payload)}", issued, issued.AddSeconds(settings.MinimumSecondsBeforePost), issued.AddSeconds(settings.FormTokenLifetimeSeconds));
    }

    /// <summary>Why the token cannot carry a post to <paramref name="slug"/> now, or null when it can.</summary>
    public string? Refusal(string token, string slug)
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign($"{parts[0]}.{parts[1]}.{parts[2]}")), Encoding.ASCII.GetBytes(parts[3])))
        {
            return "'formToken' is not a token this API issued; fetch one from GET /api/articles/{slug}/comments/form-token.";
        }

        if (!string.Equals(parts[1], slug, StringComparison.Ordinal))
        {
            return "'formToken' was issued for another article's form; fetch one for this article.";
        }

        var settings = options.Value;
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        if (age < -ClockSkew)
        {
            return "'formToken' is not a token this API issued; fetch one from GET /api/articles/{slug}/comments/form-token.";
        }

        if (age < TimeSpan.FromSeconds(settings.MinimumSecondsBeforePost))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"'formToken': the comment came {Math.Max(0, age.TotalSeconds):0.#} s after the form was issued; a comment can be posted {settings.MinimumSecondsBeforePost} s after it at the earliest.");
        }

        return age > TimeSpan.FromSeconds(settings.FormTokenLifetimeSeconds)
            ? string.Create(CultureInfo.InvariantCulture, $"'formToken' has expired ({settings.FormTokenLifetimeSeconds} s after its issue); fetch a new one.")
            : null;
    }

    private string Sign(string payload)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret.FormTokenKey, Encoding.UTF8.GetBytes(payload), mac);
        return Base64Url.EncodeToString(mac);
    }
}
