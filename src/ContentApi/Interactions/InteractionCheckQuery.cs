using System.ComponentModel;
using FluentValidation;
using ContentApi.Validation;

namespace ContentApi.Interactions;

public sealed class InteractionCheckQuery
{
    public const int MaxNames = 20;
    public const int MaxNameLength = 100;

    [Description("Comma-separated medicines: generic names, brand names or drug classes, e.g. 'Cipro,omeprazole'.")]
    public string? Medications { get; init; }

    [Description("Comma-separated health conditions, e.g. 'kidney disease,pregnancy'.")]
    public string? Conditions { get; init; }

    [Description("The substance to check against; default 'magnesium'.")]
    public string? Substance { get; init; }

    public IReadOnlyList<string> MedicationNames => Split(Medications);

    public IReadOnlyList<string> ConditionNames => Split(Conditions);

    public string EffectiveSubstance => (Substance ?? "magnesium").Trim().ToLowerInvariant();

    private static string[] Split(string? list) =>
        list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}

public sealed class InteractionCheckQueryValidator : QueryValidator<InteractionCheckQuery>
{
    public InteractionCheckQueryValidator(IInteractionRepository interactions)
    {
        RuleFor(query => query)
            .Must(query => query.MedicationNames.Count + query.ConditionNames.Count > 0)
            .OverridePropertyName("medications")
            .WithMessage("Give at least one name in 'medications' or 'conditions'.");
        RuleFor(query => query)
            .Must(query => query.MedicationNames.Count + query.ConditionNames.Count <= InteractionCheckQuery.MaxNames)
            .OverridePropertyName("medications")
            .WithMessage($"Check at most {InteractionCheckQuery.MaxNames} names at once across 'medications' and 'conditions'.");
        RuleFor(query => query.MedicationNames).Must(NamesFit).OverridePropertyName("medications").WithMessage(NameTooLong);
        RuleFor(query => query.ConditionNames).Must(NamesFit).OverridePropertyName("conditions").WithMessage(NameTooLong);
        RuleFor(query => query.Substance)
            .MaximumLength(50)
            .MustAsync(async (query, _, cancellationToken) =>
                (await interactions.ListSubstancesAsync(cancellationToken)).Contains(query.EffectiveSubstance))
            .WithMessage("No interactions are recorded for this substance.");
    }

    private const string NameTooLong = "Each name may be at most 100 characters.";

    private static bool NamesFit(IReadOnlyList<string> names) => names.All(name => name.Length <= InteractionCheckQuery.MaxNameLength);
}
