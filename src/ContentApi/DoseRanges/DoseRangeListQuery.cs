using System.ComponentModel;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.DoseRanges;

public sealed class DoseRangeListQuery
{
    [Description("Only figures for this substance, e.g. 'magnesium' (case-insensitive).")]
    public string? Substance { get; init; }

    [Description("Only this kind of figure.")]
    [DoseKindValues]
    public string? Kind { get; init; }

    [Description("Only figures that apply to this sex (figures for both sexes are included).")]
    [SexValues]
    public string? Sex { get; init; }

    [Description("Only figures for this life stage.")]
    [LifeStageValues]
    public string? LifeStage { get; init; }

    [Description("Only figures whose age band contains this age in years (0-120, decimals allowed). Not with ageMonths.")]
    public QueryNumber<double>? AgeYears { get; init; }

    [Description("Only figures whose age band contains this age in months (0-1440). Not with ageYears.")]
    public QueryNumber<double>? AgeMonths { get; init; }

    [Description("Only figures that count total intake, an infant's intake from breast milk, formula and food, or only supplements and medicines.")]
    [AppliesToValues]
    public string? AppliesTo { get; init; }

    [Description("Sort field; prefix with '-' for descending. Default: the source table's order.")]
    [AllowedSort<DoseRangeSorts>]
    public string? Sort { get; init; }

    /// <summary>The requested age in months, from whichever of the two parameters was given.</summary>
    public double? AgeInMonths => AgeMonths?.Value ?? AgeYears?.Value * 12;
}

public sealed class DoseRangeListQueryValidator : QueryValidator<DoseRangeListQuery>
{
    public DoseRangeListQueryValidator()
    {
        RuleFor(query => query.Substance).MaximumLength(50);
        RuleFor(query => query.AgeYears).Between(0.0, 120.0);
        RuleFor(query => query.AgeMonths).Between(0.0, 1440.0);
        RuleFor(query => query.AgeMonths)
            .Null().When(query => query.AgeYears is not null)
            .WithMessage("Give either 'ageYears' or 'ageMonths', not both.");
    }
}
