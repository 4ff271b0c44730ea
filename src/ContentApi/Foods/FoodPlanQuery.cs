using System.ComponentModel;
using System.Globalization;
using ContentApi.Preview;
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
    public QueryNumber<double>? TargetMg { get; init; }

    [Description("Comma-separated food ids or names to leave out. A term of digits is an id and excludes that food only; any other term excludes every food whose name contains it (e.g. 'peanut').")]
    [CommaSeparated]
    public string? Exclude { get; init; }

    [Description("Most servings in the whole plan, 1-50. Default 10.")]
    [DefaultValue(DefaultMaxServings)]
    public QueryNumber<int>? MaxServings { get; init; }

    [Description("Most servings of any one food, 1-10. Default 2, so plans mix foods.")]
    [DefaultValue(DefaultMaxServingsPerFood)]
    public QueryNumber<int>? MaxServingsPerFood { get; init; }

    public IReadOnlyList<string> ExcludeTerms => CommaSeparatedAttribute.Split(Exclude);

    /// <summary>Whether a term leaves this food out: a term of digits is an id, never part of a name ("1" is not in "15").</summary>
    public bool Excludes(int id, string name) => ExcludeTerms.Any(term =>
        int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var excludedId)
            ? excludedId == id
            : name.Contains(term, StringComparison.OrdinalIgnoreCase));
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

                var known = await foods.ListNutrientsAsync(PreviewReads.VisibilityFor(context), cancellationToken);
                if (!known.Contains(nutrient, StringComparer.OrdinalIgnoreCase))
                {
                    context.AddFailure("nutrient", $"No foods are measured for '{nutrient}'. Known nutrients: {string.Join(", ", known)}.");
                }
            });
        RuleFor(query => query.TargetMg).NotNull().Above(0.0, 10_000.0);
        RuleFor(query => query.MaxServings).Between(1, 50);
        RuleFor(query => query.MaxServingsPerFood).Between(1, 10);
        RuleFor(query => query.ExcludeTerms)
            .Must(terms => terms.Count <= 50 && terms.All(term => term.Length <= 100))
            .OverridePropertyName("exclude")
            .WithMessage("'exclude' takes at most 50 ids or names, each at most 100 characters.");
    }
}
