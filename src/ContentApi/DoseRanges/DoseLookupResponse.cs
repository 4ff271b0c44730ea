using ContentApi.Sources;

namespace ContentApi.DoseRanges;

/// <summary>How much of a substance applies to one person, each figure with its source.</summary>
/// <param name="Substance">The substance looked up.</param>
/// <param name="Person">The person the answer is for, as understood.</param>
/// <param name="RecommendedIntake">The recommended total daily intake (RDA, or AI for infants) from food and supplements together.</param>
/// <param name="UpperLimit">The tolerable upper intake level, or an explicit "none established".</param>
/// <param name="UpperLimitScope">What the upper level counts: for magnesium, supplements and medicines only, not food.</param>
/// <param name="Guidance">The article's own advice that applies to this person, if any.</param>
/// <param name="Summary">One plain sentence a frontend can show.</param>
public sealed record DoseLookupResponse(
    string Substance, DosePerson Person, DoseFigure RecommendedIntake, UpperLimitFigure UpperLimit, string UpperLimitScope,
    IReadOnlyList<DoseFigure> Guidance, string Summary);

/// <param name="AgeMonths">Age in months.</param>
/// <param name="AgeYears">Age in years.</param>
/// <param name="Sex"><c>female</c> or <c>male</c>.</param>
/// <param name="LifeStage"><c>general</c>, <c>pregnancy</c> or <c>lactation</c>.</param>
public sealed record DosePerson(double AgeMonths, double AgeYears, string Sex, string LifeStage);

/// <summary>One intake figure.</summary>
/// <param name="Kind"><c>RDA</c>, <c>AI</c> or <c>guidance</c>.</param>
/// <param name="KindName">The kind spelled out, e.g. "Recommended Dietary Allowance".</param>
/// <param name="Amount">The amount; for guidance, the most to take.</param>
/// <param name="Unit">e.g. "mg".</param>
/// <param name="Per">e.g. "day".</param>
/// <param name="AppliesTo"><c>food-and-supplements</c> or <c>supplements-only</c>.</param>
/// <param name="AgeBand">The age band the figure is for.</param>
/// <param name="Note">Caveats in plain words.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record DoseFigure(
    string Kind, string KindName, double? Amount, string Unit, string Per, string AppliesTo, AgeBand AgeBand, string? Note, SourceReference Source);

/// <summary>The tolerable upper intake level.</summary>
/// <param name="Established">False where the source sets none (infants).</param>
/// <param name="Amount">The most per period from what the limit counts; null when none is established.</param>
/// <param name="Unit">e.g. "mg".</param>
/// <param name="Per">e.g. "day".</param>
/// <param name="AppliesTo">What counts against it: <c>supplements-only</c> for magnesium.</param>
/// <param name="AgeBand">The age band the figure is for.</param>
/// <param name="Note">Caveats in plain words.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record UpperLimitFigure(
    bool Established, double? Amount, string Unit, string Per, string AppliesTo, AgeBand AgeBand, string? Note, SourceReference Source);
