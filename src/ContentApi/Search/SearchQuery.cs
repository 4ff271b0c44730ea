using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Search;

public sealed class SearchQuery
{
    public const int MaxLength = 200;

    [Description("Words to find, e.g. 'sleep'. Plain text: quotes, operators and symbols are treated as separators, never as query syntax. Every word must match; the last also matches as a prefix when it has 3 or more characters. Only the first 16 words count. At most 200 characters. Required.")]
    public string? Q { get; init; }

    [Description("Only hits of this type.")]
    [SearchHitTypeValues]
    public string? Type { get; init; }
}

public sealed class SearchQueryValidator : QueryValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        RuleFor(query => query.Q).NotEmpty().MaximumLength(SearchQuery.MaxLength);
        RuleFor(query => query.Q)
            .Must(q => SearchTerms.Parse(q!).Count > 0)
            .When(query => !string.IsNullOrEmpty(query.Q) && query.Q.Length <= SearchQuery.MaxLength)
            .WithMessage("'q' has no letters or digits to search for.");
    }
}
