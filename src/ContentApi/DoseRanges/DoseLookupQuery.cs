using System.ComponentModel;
using ContentApi.Preview;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.DoseRanges;

public sealed class DoseLookupQuery
{
    [Description("The substance, e.g. 'magnesium' (case-insensitive). Required.")]
    public string? Substance { get; init; }

    [Description("The person's age in years, 0-120; decimals allowed (0.5 = six months). Give this or ageMonths.")]
    public QueryNumber<double>? AgeYears { get; init; }

    [Description("The person's age in months, 0-1440. Give this or ageYears.")]
    public QueryNumber<double>? AgeMonths { get; init; }

    [Description("The person's sex. Required.")]
    [SexValues]
    public string? Sex { get; init; }

    [Description("Life stage; default 'general'. Pregnancy and lactation need sex=female and an age the sources cover.")]
    [LifeStageValues]
    [DefaultValue("general")]
    public string? LifeStage { get; init; }

    /// <summary>The age in months, from whichever parameter was given (validated first: one of them holds a number).</summary>
    public double AgeInMonths => AgeMonths is { } months ? months.Value!.Value : AgeYears!.Value!.Value * 12;

    public string EffectiveLifeStage => (LifeStage ?? "general").ToLowerInvariant();
}

public sealed class DoseLookupQueryValidator : QueryValidator<DoseLookupQuery>
{
    public DoseLookupQueryValidator(IDoseRangeRepository doseRanges)
    {
        RuleFor(query => query.Substance)
            .NotEmpty()
            .MaximumLength(50)
            .CustomAsync(async (substance, context, cancellationToken) =>
            {
                if (string.IsNullOrEmpty(substance) || substance.Length > 50)
                {
                    return;
                }

                var known = await doseRanges.ListSubstancesAsync(PreviewReads.VisibilityFor(context), cancellationToken);
                if (!known.Contains(substance, StringComparer.OrdinalIgnoreCase))
                {
                    context.AddFailure("substance", $"Unknown substance '{substance}'. Known substances: {string.Join(", ", known)}.");
                }
            });
        RuleFor(query => query.AgeYears)
            .NotNull().When(query => query.AgeMonths is null).WithMessage("Give the person's age as 'ageYears' or 'ageMonths'.")
            .Between(0.0, 120.0);
        RuleFor(query => query.AgeMonths)
            .Null().When(query => query.AgeYears is not null).WithMessage("Give either 'ageYears' or 'ageMonths', not both.")
            .Between(0.0, 1440.0);
        RuleFor(query => query.Sex).NotEmpty();
        RuleFor(query => query.LifeStage)
            .Must(lifeStage => string.Equals(lifeStage ?? "general", "general", StringComparison.OrdinalIgnoreCase))
            .When(query => string.Equals(query.Sex, "male", StringComparison.OrdinalIgnoreCase))
            .WithMessage("'lifeStage' can be pregnancy or lactation only with sex=female.");
    }
}
