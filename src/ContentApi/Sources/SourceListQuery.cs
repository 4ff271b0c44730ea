using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Sources;

public sealed class SourceListQuery
{
    [Description("Case-insensitive text to find in the key, title or publisher.")]
    public string? Q { get; init; }

    [Description("Sort field; prefix with '-' for descending. Default: the order the article cites them.")]
    [AllowedSort<SourceSorts>]
    public string? Sort { get; init; }
}

public sealed class SourceListQueryValidator : QueryValidator<SourceListQuery>
{
    public SourceListQueryValidator() => RuleFor(query => query.Q).MaximumLength(100);
}
