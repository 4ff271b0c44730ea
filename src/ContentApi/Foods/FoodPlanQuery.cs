using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Foods;

public sealed class FoodPlanQuery
{
    public const int DefaultMaxServings = 10;
    public const int DefaultMaxServingsPerFood = 2;

    [Description("The nutrient to plan for, e.g. 'magnesium'. Required.")]
    public string? Nutrient { get; init; }

    [Description("Milligrams a day to reach, above 0 and at most 10000, e.g. 320. Required.")]
    public double? TargetMg { get; init; }

    [Description("Comma-separated food ids or names to leave out; a name excludes every food whose name contains it (e.g. 'peanut').")]
    public string? Exclude { get; init; }

    [Description("Most servings in the whole plan, 1-50. Default 10.")]
    public int? MaxServings { get; init; }

    [Description("Most servings of any one food, 1-10. Default 2, so plans mix foods.")]
    public int? MaxServingsPerFood { get; init; }

    public IReadOnlyList<string> ExcludeTerms =>
        Exclude?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}

public sealed class FoodPlanQueryValidator : QueryValidator<FoodPlanQuery>
{
    public FoodPlanQueryValidator(IFoodRepository foods)
    {
        RuleFor(query => query.Nutrient)
            .NotEmpty()
            .MaximumLength(50)
            .CustomAsync(async (nutrient, context, cancellationToken) =>
            {
                if (string.IsNullOrEmpty(nutrient) || nutrient.Length > 50)
                {
                    return;
                }

                var known = await foods.ListNutrientsAsync(cancellationToken);
                if (!known.Contains(nutrient, StringComparer.OrdinalIgnoreCase))
                {
                    context.AddFailure("nutrient", $"No foods are measured for '{nutrient}'. Known nutrients: {string.Join(", ", known)}.");
                }
            });
        RuleFor(query => query.TargetMg).NotNull().GreaterThan(0).LessThanOrEqualTo(10_000);
        RuleFor(query => query.MaxServings).InclusiveBetween(1, 50);
        RuleFor(query => query.MaxServingsPerFood).InclusiveBetween(1, 10);
        RuleFor(query => query.ExcludeTerms)
            .Must(terms => terms.Count <= 50 && terms.All(term => term.Length <= 100))
            .OverridePropertyName("exclude")
            .WithMessage("'exclude' takes at most 50 ids or names, each at most 100 characters.");
    }
}
