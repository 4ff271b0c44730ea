using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Foods;

public sealed class FoodListQuery
{
    [Description("Only foods measured for this nutrient, e.g. 'magnesium' (case-insensitive).")]
    public string? Nutrient { get; init; }

    [Description("Only foods with at least this many milligrams per serving.")]
    public QueryNumber<double>? MinAmountMg { get; init; }

    [Description("Case-insensitive text to find in the food name.")]
    public string? Q { get; init; }

    [Description("Sort field; prefix with '-' for descending. Default: amount per serving, highest first.")]
    [AllowedSort<FoodSorts>]
    public string? Sort { get; init; }
}

public sealed class FoodListQueryValidator : QueryValidator<FoodListQuery>
{
    public FoodListQueryValidator()
    {
        RuleFor(query => query.Nutrient).MaximumLength(50);
        RuleFor(query => query.MinAmountMg).Between(0.0, 100_000.0);
        RuleFor(query => query.Q).MaximumLength(100);
    }
}
