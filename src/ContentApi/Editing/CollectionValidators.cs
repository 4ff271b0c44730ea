using System.Linq.Expressions;
using FluentValidation;

namespace ContentApi.Editing;

/// <summary>
/// Field rules shared by the collection items' validators: required text of a bounded length without control
/// characters, values from the table's CHECK lists. Error keys are the body's member names ('ageMaxMonths').
/// </summary>
internal abstract class CollectionItemValidator<T> : AbstractValidator<T>
{
    protected void RequiredText(Expression<Func<T, string?>> member, int maxLength) =>
        RuleFor(member).NotEmpty().WithMessage("'{PropertyName}' is required.")
            .MaximumLength(maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage("'{PropertyName}' cannot hold control characters.");

    protected void OptionalText(Expression<Func<T, string?>> member, int maxLength) =>
        RuleFor(member).MaximumLength(maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage("'{PropertyName}' cannot hold control characters.");

    protected void OneOf(Expression<Func<T, string?>> member, params string[] values) =>
        RuleFor(member).NotNull().WithMessage($"'{{PropertyName}}' is required: one of {string.Join(", ", values)}.")
            .Must(value => value is null || values.Contains(value, StringComparer.Ordinal))
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", values)}.");

    protected void SourceKey(Expression<Func<T, string?>> member) =>
        RuleFor(member).NotEmpty().WithMessage("'sourceKey' is required: the key of a served source (see GET /api/sources).").MaximumLength(50);
}

internal sealed class DoseRangeRequestValidator : CollectionItemValidator<DoseRangeRequest>
{
    public DoseRangeRequestValidator()
    {
        RequiredText(range => range.Substance, 100);
        RequiredText(range => range.Form, 200);
        OneOf(range => range.Route, "oral", "intravenous", "any");
        OneOf(range => range.Kind, "RDA", "AI", "UL", "guidance");
        OneOf(range => range.Sex, "female", "male", "any");
        OneOf(range => range.LifeStage, "general", "pregnancy", "lactation");
        RuleFor(range => range.AgeMinMonths).NotNull().WithMessage("'ageMinMonths' is required.")
            .GreaterThanOrEqualTo(0).WithMessage("'ageMinMonths' cannot be negative.");
        RuleFor(range => range.AgeMaxMonths)
            .Must((range, max) => max is null || range.AgeMinMonths is null || max > range.AgeMinMonths)
            .WithMessage("'ageMaxMonths' must be greater than 'ageMinMonths' (the band ends before it), or null for no upper end.");
        RequiredText(range => range.AgeLabel, 100);
        RuleFor(range => range.MinAmount).GreaterThanOrEqualTo(0).WithMessage("'minAmount' cannot be negative.");
        RuleFor(range => range.MaxAmount).GreaterThanOrEqualTo(0).WithMessage("'maxAmount' cannot be negative.");
        RuleFor(range => range.MinAmount)
            .Must((range, min) => min is null || range.MaxAmount is null || min <= range.MaxAmount)
            .WithMessage("'minAmount' must be at most 'maxAmount'.");
        RequiredText(range => range.Unit, 20);
        RequiredText(range => range.Per, 20);
        OneOf(range => range.AppliesTo, "food-and-supplements", "breast-milk-formula-and-food", "supplements-only");
        OptionalText(range => range.Note, 2000);
        SourceKey(range => range.SourceKey);
    }
}

internal sealed class FoodRequestValidator : CollectionItemValidator<FoodRequest>
{
    public FoodRequestValidator()
    {
        RequiredText(food => food.Name, 200);
        RequiredText(food => food.Serving, 100);
        RequiredText(food => food.Nutrient, 50);
        RuleFor(food => food.AmountMg).NotNull().WithMessage("'amountMg' is required.")
            .GreaterThanOrEqualTo(0).WithMessage("'amountMg' cannot be negative.");
        RuleFor(food => food.AmountMaxMg)
            .Must((food, max) => max is null || food.AmountMg is null || max >= food.AmountMg)
            .WithMessage("'amountMaxMg' must be at least 'amountMg', or null when the source gives one figure.");
        RuleFor(food => food.PercentDailyValue).NotNull().WithMessage("'percentDailyValue' is required.")
            .GreaterThanOrEqualTo(0).WithMessage("'percentDailyValue' cannot be negative.");
        SourceKey(food => food.SourceKey);
    }
}
