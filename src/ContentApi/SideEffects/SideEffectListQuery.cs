using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.SideEffects;

public sealed class SideEffectListQuery
{
    [Description("Only side effects of this severity.")]
    [SideEffectSeverityValues]
    public string? Severity { get; init; }

    [Description("Case-insensitive text to find in the name or description.")]
    public string? Q { get; init; }

    [Description("Sort field; prefix with '-' for descending. Default: the article's order.")]
    [AllowedSort<SideEffectSorts>]
    public string? Sort { get; init; }
}

public sealed class SideEffectListQueryValidator : QueryValidator<SideEffectListQuery>
{
    public SideEffectListQueryValidator() => RuleFor(query => query.Q).MaximumLength(100);
}
