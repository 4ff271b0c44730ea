using System.ComponentModel;
using ContentApi.Validation;

namespace ContentApi.Comments;

/// <summary>The moderation list's filter.</summary>
public sealed class CommentModerationQuery
{
    [Description("The status to list: pending (the default: the queue), approved, spam or rejected.")]
    [CommentStatusValues]
    public string? Status { get; init; }

    public string StatusOrPending => Status?.ToLowerInvariant() ?? CommentStatus.Pending;
}

public sealed class CommentModerationQueryValidator : QueryValidator<CommentModerationQuery>;
