using System.ComponentModel.DataAnnotations;

namespace ContentApi.Comments;

/// <summary>Where a comment stands: only <c>approved</c> ones are public.</summary>
public static class CommentStatus
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Spam = "spam";
    public const string Rejected = "rejected";
}

/// <summary>A comment's status, as an OpenAPI enum and the moderation list's filter.</summary>
public sealed class CommentStatusValuesAttribute() : AllowedValuesAttribute(CommentStatus.Pending, CommentStatus.Approved, CommentStatus.Spam, CommentStatus.Rejected);
