using System.ComponentModel.DataAnnotations;

namespace ContentApi.Comments;

/// <summary>Settings of reader comments (section <c>Comments</c>): the spam defences' limits and the secret behind them.</summary>
public sealed class CommentOptions : IValidatableObject
{
    public const string Section = "Comments";

    /// <summary>
    /// Base64 of at least 32 random bytes: the key of the client-address HMAC and of the form tokens' signature. Left
    /// out, each process makes one of its own at start and warns: form tokens then die with the process, and the
    /// per-client limit restarts with it (and is not shared by replicas). Set it in production (an environment variable
    /// <c>Comments__Secret</c> or a secret store, never the repository).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>The least time between a form token's issue and the post that carries it: people read and type, scripts do not.</summary>
    [Range(0, 3600)]
    public int MinimumSecondsBeforePost { get; set; } = 3;

    /// <summary>How long a form token is good for.</summary>
    [Range(60, 7 * 24 * 3600)]
    public int FormTokenLifetimeSeconds { get; set; } = 2 * 3600;

    /// <summary>How many comments one client address may post within <see cref="ClientWindowMinutes"/>.</summary>
    [Range(1, 10_000)]
    public int PostsPerClient { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int ClientWindowMinutes { get; set; } = 10;

    /// <summary>A comment with more links than this is held for a moderator even when approval is not required.</summary>
    [Range(0, 100)]
    public int MaxLinks { get; set; } = 2;

    /// <summary>True (the default): every comment waits for a moderator. False: clean comments are approved at once.</summary>
    public bool ApprovalRequired { get; set; } = true;

    /// <summary>Days a comment's client hash is kept for the abuse limits before it is purged.</summary>
    [Range(1, 3650)]
    public int ClientHashRetentionDays { get; set; } = 30;

    /// <summary>How often the purge of old client hashes runs.</summary>
    [Range(1, 24 * 3600)]
    public int PurgeIntervalSeconds { get; set; } = 3600;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Secret is not null && !IsUsableSecret(Secret))
        {
            yield return new ValidationResult("Comments:Secret must be base64 of at least 32 bytes (e.g. `openssl rand -base64 32`).", [nameof(Secret)]);
        }

        // A hash purged before the window ends would let a client post again early.
        if (ClientWindowMinutes > ClientHashRetentionDays * 24 * 60)
        {
            yield return new ValidationResult("Comments:ClientWindowMinutes must not be longer than Comments:ClientHashRetentionDays.", [nameof(ClientWindowMinutes)]);
        }
    }

    internal static bool IsUsableSecret(string secret)
    {
        var bytes = new byte[secret.Length];
        return Convert.TryFromBase64String(secret, bytes, out var written) && written >= 32;
    }
}
