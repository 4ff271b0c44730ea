using System.Linq.Expressions;
using FluentValidation;

namespace ContentApi.Editing;

/// <summary>
/// Field rules shared by the collection items' validators: required text of a bounded length without control
/// characters, values from the table's CHECK lists. Error keys are the body's member names ('ageMaxMonths').
/// </summary>
internal abstract class CollectionItemValidator<T> : AbstractValidator<T>
{
    /// <summary>Required text, of the length the member declares (at least 1).</summary>
    protected void RequiredText(Expression<Func<T, string?>> member)
    {
        var maxLength = DeclaredLimits.Length(member) is { MinimumLength: 1 } length
            ? length.MaximumLength
            : throw new InvalidOperationException($"{member} is required text: it declares [StringLength(…, MinimumLength = 1)].");
        RuleFor(member).NotEmpty().WithMessage("'{PropertyName}' is required.")
            .MaximumLength(maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage("'{PropertyName}' cannot hold control characters.");
    }

    /// <summary>Optional text (null or empty allowed), of the length the member declares.</summary>
    protected void OptionalText(Expression<Func<T, string?>> member)
    {
        var maxLength = DeclaredLimits.Length(member) is { MinimumLength: 0 } length
            ? length.MaximumLength
            : throw new InvalidOperationException($"{member} is optional text: its [StringLength] has no MinimumLength.");
        RuleFor(member).MaximumLength(maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage("'{PropertyName}' cannot hold control characters.");
    }

    /// <summary>Example names: distinct, of the count and lengths the member declares.</summary>
    protected void Examples(Expression<Func<T, IEnumerable<string?>>> member)
    {
        var maxItems = DeclaredLimits.MaxItems(member);
        var item = DeclaredLimits.ItemLength(member);
        RuleFor(member).Must(names => names is null || names.Count() <= maxItems).WithMessage($"At most {maxItems} '{{PropertyName}}'.")
            .Must(names => names is null || names.Where(name => name is not null).Distinct(StringComparer.Ordinal).Count() == names.Count(name => name is not null))
            .WithMessage("'{PropertyName}' cannot repeat a name.");
        RuleForEach(member).NotEmpty().WithMessage($"An example is a name, {item.MinimumLength} to {item.MaximumLength} characters.").MaximumLength(item.MaximumLength);
    }

    protected void OneOf(Expression<Func<T, string?>> member, params string[] values) =>
        RuleFor(member).NotNull().WithMessage($"'{{PropertyName}}' is required: one of {string.Join(", ", values)}.")
            .Must(value => value is null || values.Contains(value, StringComparer.Ordinal))
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", values)}.");

    protected void SourceKey(Expression<Func<T, string?>> member) =>
        RuleFor(member).NotEmpty().WithMessage("'sourceKey' is required: the key of a served source (see GET /api/sources).").MaximumLength(DeclaredLimits.Length(member).MaximumLength);
}

internal sealed class DoseRangeRequestValidator : CollectionItemValidator<DoseRangeRequest>
{
    public DoseRangeRequestValidator()
    {
        RequiredText(range => range.Substance);
        RequiredText(range => range.Form);
        OneOf(range => range.Route, "oral", "intravenous", "any");
        OneOf(range => range.Kind, "RDA", "AI", "UL", "guidance");
        OneOf(range => range.Sex, "female", "male", "any");
        OneOf(range => range.LifeStage, "general", "pregnancy", "lactation");
        RuleFor(range => range.AgeMinMonths).NotNull().WithMessage("'ageMinMonths' is required.")
            .GreaterThanOrEqualTo(0).WithMessage("'ageMinMonths' cannot be negative.");
        RuleFor(range => range.AgeMaxMonths)
            .Must((range, max) => max is null || range.AgeMinMonths is null || max > range.AgeMinMonths)
            .WithMessage("'ageMaxMonths' must be greater than 'ageMinMonths' (the band ends before it), or null for no upper end.");
        RequiredText(range => range.AgeLabel);
        RuleFor(range => range.MinAmount).GreaterThanOrEqualTo(0).WithMessage("'minAmount' cannot be negative.");
        RuleFor(range => range.MaxAmount).GreaterThanOrEqualTo(0).WithMessage("'maxAmount' cannot be negative.");
        RuleFor(range => range.MinAmount)
            .Must((range, min) => min is null || range.MaxAmount is null || min <= range.MaxAmount)
            .WithMessage("'minAmount' must be at most 'maxAmount'.");
        RequiredText(range => range.Unit);
        RequiredText(range => range.Per);
        OneOf(range => range.AppliesTo, "food-and-supplements", "breast-milk-formula-and-food", "supplements-only");
        OptionalText(range => range.Note);
        SourceKey(range => range.SourceKey);
    }
}

internal sealed class FoodRequestValidator : CollectionItemValidator<FoodRequest>
{
    public FoodRequestValidator()
    {
        RequiredText(food => food.Name);
        RequiredText(food => food.Serving);
        RequiredText(food => food.Nutrient);
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
        RequiredText(interaction => interaction.Name);
        OptionalText(interaction => interaction.Substance);
        OptionalText(interaction => interaction.DrugClass);
        Examples(interaction => interaction.Examples!);
        var maxAliases = DeclaredLimits.MaxItems((InteractionRequest interaction) => interaction.Aliases);
        RuleFor(interaction => interaction.Aliases).Must(aliases => aliases is null || aliases.Count <= maxAliases).WithMessage($"At most {maxAliases} 'aliases'.")
            .Must(aliases => aliases is null || aliases.Where(alias => alias?.Name is not null).GroupBy(alias => alias!.Name, StringComparer.Ordinal).All(group => group.Count() == 1))
            .WithMessage("'aliases' cannot repeat a name.");
        RuleForEach(interaction => interaction.Aliases).NotNull().WithMessage("An alias is an object: { \"name\", \"type\" }.").ChildRules(alias =>
        {
            alias.RuleFor(item => item!.Name).NotEmpty().WithMessage("An alias's 'name' is required.")
                .MaximumLength(DeclaredLimits.Length((EditableAlias alias) => alias.Name).MaximumLength);
            alias.RuleFor(item => item!.Type).Must(type => type is "generic" or "brand" or "class" or "condition")
                .WithMessage("An alias's 'type' must be one of generic, brand, class, condition.");
        });
        RequiredText(interaction => interaction.Mechanism);
        RequiredText(interaction => interaction.Guidance);
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
        RequiredText(effect => effect.Name);
        OneOf(effect => effect.Severity, "common", "severe");
        RequiredText(effect => effect.Description);
        SourceKey(effect => effect.SourceKey);
    }
}

internal sealed class RemedyRequestValidator : CollectionItemValidator<RemedyRequest>
{
    public RemedyRequestValidator()
    {
        OneOf(remedy => remedy.Kind, "alternative", "conventional");
        RequiredText(remedy => remedy.Name);
        RequiredText(remedy => remedy.Description);
        OptionalText(remedy => remedy.EvidenceLevel);
        OptionalText(remedy => remedy.DependenceNote);
        OptionalText(remedy => remedy.AugmentationNote);
        Examples(remedy => remedy.Examples!);
        SourceKey(remedy => remedy.SourceKey);
    }
}
