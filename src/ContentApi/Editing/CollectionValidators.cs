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

internal sealed class InteractionRequestValidator : CollectionItemValidator<InteractionRequest>
{
    public InteractionRequestValidator()
    {
        OneOf(interaction => interaction.Kind, "medication", "condition");
        RequiredText(interaction => interaction.Name, 200);
        OptionalText(interaction => interaction.Substance, 100);
        OptionalText(interaction => interaction.DrugClass, 200);
        RuleFor(interaction => interaction.Examples).Must(examples => examples is null || examples.Count <= 100).WithMessage("At most 100 'examples'.")
            .Must(examples => examples is null || examples.Where(example => example is not null).Distinct(StringComparer.Ordinal).Count() == examples.Count(example => example is not null))
            .WithMessage("'examples' cannot repeat a name.");
        RuleForEach(interaction => interaction.Examples).NotEmpty().WithMessage("An example is a name, 1 to 200 characters.").MaximumLength(200);
        RuleFor(interaction => interaction.Aliases).Must(aliases => aliases is null || aliases.Count <= 200).WithMessage("At most 200 'aliases'.")
            .Must(aliases => aliases is null || aliases.Where(alias => alias?.Name is not null).GroupBy(alias => alias!.Name, StringComparer.Ordinal).All(group => group.Count() == 1))
            .WithMessage("'aliases' cannot repeat a name.");
        RuleForEach(interaction => interaction.Aliases).NotNull().WithMessage("An alias is an object: { \"name\", \"type\" }.").ChildRules(alias =>
        {
            alias.RuleFor(item => item!.Name).NotEmpty().WithMessage("An alias's 'name' is required.").MaximumLength(200);
            alias.RuleFor(item => item!.Type).Must(type => type is "generic" or "brand" or "class" or "condition")
                .WithMessage("An alias's 'type' must be one of generic, brand, class, condition.");
        });
        RequiredText(interaction => interaction.Mechanism, 2000);
        RequiredText(interaction => interaction.Guidance, 2000);
        RuleFor(interaction => interaction.MedicineHoursBeforeMagnesium).GreaterThanOrEqualTo(0).WithMessage("'medicineHoursBeforeMagnesium' cannot be negative.");
        RuleFor(interaction => interaction.MedicineHoursAfterMagnesium).GreaterThanOrEqualTo(0).WithMessage("'medicineHoursAfterMagnesium' cannot be negative.");
        RuleFor(interaction => interaction.MedicineHoursAfterMagnesiumUpTo)
            .Must((interaction, upTo) => upTo is null || (interaction.MedicineHoursAfterMagnesium is { } after && upTo >= after))
            .WithMessage("'medicineHoursAfterMagnesiumUpTo' needs 'medicineHoursAfterMagnesium' and must be at least it.");
        OneOf(interaction => interaction.Severity, "major", "moderate", "minor");
        SourceKey(interaction => interaction.SourceKey);
    }
}

internal sealed class SideEffectRequestValidator : CollectionItemValidator<SideEffectRequest>
{
    public SideEffectRequestValidator()
    {
        RequiredText(effect => effect.Name, 200);
        OneOf(effect => effect.Severity, "common", "severe");
        RequiredText(effect => effect.Description, 2000);
        SourceKey(effect => effect.SourceKey);
    }
}

internal sealed class RemedyRequestValidator : CollectionItemValidator<RemedyRequest>
{
    public RemedyRequestValidator()
    {
        OneOf(remedy => remedy.Kind, "alternative", "conventional");
        RequiredText(remedy => remedy.Name, 200);
        RequiredText(remedy => remedy.Description, 2000);
        OptionalText(remedy => remedy.EvidenceLevel, 200);
        OptionalText(remedy => remedy.DependenceNote, 2000);
        OptionalText(remedy => remedy.AugmentationNote, 2000);
        RuleFor(remedy => remedy.Examples).Must(examples => examples is null || examples.Count <= 100).WithMessage("At most 100 'examples'.")
            .Must(examples => examples is null || examples.Where(example => example is not null).Distinct(StringComparer.Ordinal).Count() == examples.Count(example => example is not null))
            .WithMessage("'examples' cannot repeat a name.");
        RuleForEach(remedy => remedy.Examples).NotEmpty().WithMessage("An example is a name, 1 to 200 characters.").MaximumLength(200);
        SourceKey(remedy => remedy.SourceKey);
    }
}
