using System.ComponentModel;
using FluentValidation;
using ContentApi.Preview;
using ContentApi.Validation;

namespace ContentApi.Interactions;

public sealed class InteractionCheckQuery
{
    public const int MaxNames = 20;
    public const int MaxNameLength = 100;

    [Description("Comma-separated medicines: generic names, brand names or drug classes, e.g. 'Cipro,omeprazole'.")]
    [CommaSeparated]
    public string? Medications { get; init; }

    [Description("Comma-separated health conditions, e.g. 'kidney disease,pregnancy'.")]
    [CommaSeparated]
    public string? Conditions { get; init; }

    [Description("The substance to check against; default 'magnesium'.")]
    [DefaultValue("magnesium")]
    public string? Substance { get; init; }

    public IReadOnlyList<string> MedicationNames => CommaSeparatedAttribute.Split(Medications);

    public IReadOnlyList<string> ConditionNames => CommaSeparatedAttribute.Split(Conditions);

    public string EffectiveSubstance => (Substance ?? "magnesium").Trim().ToLowerInvariant();
}

public sealed class InteractionCheckQueryValidator : QueryValidator<InteractionCheckQuery>
{
    public InteractionCheckQueryValidator(IInteractionRepository interactions)
    {
        // Both lists share one budget: a fault is reported under each list that holds names (both when neither does).
        RuleFor(query => query).Custom((query, context) =>
        {
            var total = query.MedicationNames.Count + query.ConditionNames.Count;
            var message = total switch
            {
                0 => "Give at least one name in 'medications' or 'conditions'.",
                > InteractionCheckQuery.MaxNames => $"Check at most {InteractionCheckQuery.MaxNames} names at once across 'medications' and 'conditions'; {total} were given.",
                _ => null,
            };
            if (message is null)
            {
                return;
            }

            foreach (var (name, names) in new[] { ("medications", query.MedicationNames), ("conditions", query.ConditionNames) })
            {
                if (total == 0 || names.Count > 0)
                {
                    context.AddFailure(name, message);
                }
            }
        });
        RuleFor(query => query.MedicationNames).Must(NamesFit).OverridePropertyName("medications").WithMessage(NameTooLong);
        RuleFor(query => query.ConditionNames).Must(NamesFit).OverridePropertyName("conditions").WithMessage(NameTooLong);
        RuleFor(query => query.Substance)
            .MaximumLength(50)
            .MustAsync(async (query, _, context, cancellationToken) =>
                (await interactions.ListSubstancesAsync(PreviewReads.VisibilityFor(context), cancellationToken)).Contains(query.EffectiveSubstance))
            .WithMessage("No interactions are recorded for this substance.");
    }

    private const string NameTooLong = "Each name may be at most 100 characters.";

    private static bool NamesFit(IReadOnlyList<string> names) => names.All(name => name.Length <= InteractionCheckQuery.MaxNameLength);
}
