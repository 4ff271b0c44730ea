using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Editing;

/// <summary>The query of <c>GET …/revisions/{number}/diff</c>: the revision to compare from.</summary>
public sealed class RevisionDiffQuery
{
    [Description("The revision to compare from, e.g. 1 (required). Older or newer than {number}: the patch turns 'from' into {number} either way.")]
    public QueryNumber<int>? From { get; init; }
}

public sealed class RevisionDiffQueryValidator : QueryValidator<RevisionDiffQuery>
{
    public RevisionDiffQueryValidator()
    {
        RuleFor(query => query.From).NotNull().WithMessage("'from' is required: the revision to compare from, such as 1.");
        RuleFor(query => query.From).Between(1, int.MaxValue);
    }
}
