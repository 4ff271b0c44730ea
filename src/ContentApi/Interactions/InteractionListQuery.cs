using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Interactions;

public sealed class InteractionListQuery
{
    [Description("Only medications or only conditions.")]
    [InteractionKindValues]
    public string? Kind { get; init; }

    [Description("Case-insensitive text to find in the name, drug class or example generic names, e.g. 'cipro'.")]
    public string? Name { get; init; }

    [Description("Only interactions of this severity.")]
    [SeverityValues]
    public string? Severity { get; init; }

    [Description("Sort field; prefix with '-' for descending ('-severity' is most severe first). Default: most severe first.")]
    [AllowedSort<InteractionSorts>]
    public string? Sort { get; init; }
}

public sealed class InteractionListQueryValidator : QueryValidator<InteractionListQuery>
{
    public InteractionListQueryValidator() => RuleFor(query => query.Name).MaximumLength(100);
}
