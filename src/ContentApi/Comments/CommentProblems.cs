using System.Globalization;
using ContentApi.Editing;
using ContentApi.RateLimiting;

namespace ContentApi.Comments;

/// <summary>The problems only a comment post answers: a duplicate (409) and a client over its limit (429).</summary>
internal static class CommentProblems
{
    public const string Policy = "comments";

    public static EditProblem Duplicate() => EditProblem.Of(StatusCodes.Status409Conflict, "The comment was posted already.",
        "The same comment from the same e-mail address was posted within the last day; it is not taken twice.");

    /// <summary>Like every 429 here: <c>Retry-After</c> and the draft RateLimit fields, the bucket named "comments".</summary>
    public static EditProblem TooMany(int retryAfterSeconds, CommentOptions options) => EditProblem.Of(StatusCodes.Status429TooManyRequests, RateLimitRejection.Title,
            string.Create(CultureInfo.InvariantCulture,
                $"Each client address may post {options.PostsPerClient} comments within {options.ClientWindowMinutes} minutes. Retry after {retryAfterSeconds} second(s)."))
        .With("Retry-After", retryAfterSeconds.ToString(CultureInfo.InvariantCulture))
        .With(RateLimitRejection.PolicyHeader, PolicyFor(options))
        .With(RateLimitRejection.LimitHeader, ClientRateLimiter.ExhaustedFor(Policy, retryAfterSeconds));

    public static string PolicyFor(CommentOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{Policy}\";q={options.PostsPerClient};w={options.ClientWindowMinutes * 60}");
}
