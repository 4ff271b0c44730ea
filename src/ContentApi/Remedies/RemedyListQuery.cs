using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Remedies;

public sealed class RemedyListQuery
{
    [Description("Only alternative (natural, lifestyle) or only conventional (prescription) remedies.")]
    [RemedyKindValues]
    public string? Kind { get; init; }

    [Description("Case-insensitive text to find in the name, description or example generic names.")]
    public string? Q { get; init; }

    [Description("Sort field; prefix with '-' for descending. Default: the article's order.")]
    [AllowedSort<RemedySorts>]
    public string? Sort { get; init; }
}

public sealed class RemedyListQueryValidator : QueryValidator<RemedyListQuery>
{
    public RemedyListQueryValidator() => RuleFor(query => query.Q).MaximumLength(100);
}
