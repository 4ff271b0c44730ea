using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Articles;

public sealed class ArticleListQuery
{
    [Description("Only articles in this category, e.g. 'Vitamins' (case-insensitive).")]
    public string? Category { get; init; }

    [Description("Case-insensitive text to find in the title or summary.")]
    public string? Q { get; init; }

    [Description("Sort field; prefix with '-' for descending. Default: newest first.")]
    [AllowedSort<ArticleSorts>]
    public string? Sort { get; init; }
}

public sealed class ArticleListQueryValidator : QueryValidator<ArticleListQuery>
{
    public ArticleListQueryValidator()
    {
        RuleFor(query => query.Category).MaximumLength(50);
        RuleFor(query => query.Q).MaximumLength(100);
    }
}
