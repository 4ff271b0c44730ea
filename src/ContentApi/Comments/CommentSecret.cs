using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ContentApi.Comments;

/// <summary>
/// The keys derived from <see cref="CommentOptions.Secret"/>: one for the client-address hash, one for form tokens, so
/// neither value can stand in for the other. Without a configured secret, a random one for this process, with a warning.
/// </summary>
internal sealed partial class CommentSecret
{
    public CommentSecret(IOptions<CommentOptions> options, ILogger<CommentSecret> logger)
    {
        byte[] secret;
        if (options.Value.Secret is { } configured)
        {
            secret = Convert.FromBase64String(configured);
        }
        else
        {
            secret = RandomNumberGenerator.GetBytes(32);
            LogGenerated(logger);
        }

        ClientKey = HMACSHA256.HashData(secret, "client-address"u8);
        FormTokenKey = HMACSHA256.HashData(secret, "form-token"u8);
    }

    public byte[] ClientKey { get; }

    public byte[] FormTokenKey { get; }

    /// <summary>The keyed hash of a client address: the same client gets the same hash, and nobody without the secret can tell whose it is.</summary>
    public byte[] HashClient(System.Net.IPAddress address) => HMACSHA256.HashData(ClientKey, Encoding.ASCII.GetBytes(address.ToString()));

    [LoggerMessage(EventId = 60, Level = LogLevel.Warning,
        Message = "Comments:Secret is not set: a random secret serves this process only. Comment form tokens end with it and per-client comment limits restart; set Comments:Secret (base64 of 32 bytes) in production.")]
    private static partial void LogGenerated(ILogger logger);
}
