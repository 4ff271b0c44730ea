using ContentApi.Links;
using ContentApi.Interactions;
using ContentApi.Sources;

namespace ContentApi.DoseRanges;

/// <summary>How much of a substance applies to one person, each figure with its source.</summary>
/// <param name="Substance">The substance looked up.</param>
/// <param name="Person">The person the answer is for, as understood.</param>
/// <param name="RecommendedIntake">The recommended total daily intake: the RDA from food and supplements together, or for infants the AI from breast milk, formula and food.</param>
/// <param name="UpperLimit">The tolerable upper intake level, or an explicit "none established".</param>
/// <param name="UpperLimitScope">What the upper level counts: for magnesium, supplements and medicines such as antacids and laxatives, not food.</param>
/// <param name="Guidance">The article's own advice that applies to this person, if any.</param>
/// <param name="Cautions">
/// Conditions that change what anyone should do about the figures above, whatever their age, sex or life stage: for
/// magnesium, kidney disease (magnesium builds up; take supplements only under a doctor's care). Every answer carries
/// them. Each comes from a row of <c>/api/interactions</c>, with that row's source and address.
/// </param>
/// <param name="Summary">A short plain paragraph a frontend can show: the intake, the limit and the cautions.</param>
public sealed record DoseLookupResponse(
    string Substance, DosePerson Person, DoseFigure RecommendedIntake, UpperLimitFigure UpperLimit, string UpperLimitScope,
    IReadOnlyList<DoseFigure> Guidance, IReadOnlyList<DoseCaution> Cautions, string Summary);

/// <summary>A condition that calls for caution with every dose of the substance.</summary>
/// <param name="Name">The condition, e.g. "Kidney disease or kidney failure".</param>
/// <param name="Guidance">What to do about it, e.g. take supplements only under a doctor's care.</param>
/// <param name="Reason">Why, in the words the source supports.</param>
/// <param name="Severity">This API's editorial grade (see <c>InteractionResponse.severity</c>): <c>major</c>, <c>moderate</c> or <c>minor</c>.</param>
/// <param name="Source">Where the statement comes from.</param>
/// <param name="Href">The interaction this caution comes from.</param>
public sealed record DoseCaution(string Name, string Guidance, string Reason, [property: SeverityValues] string Severity, SourceReference Source, [property: AbsoluteUrl] string Href);

/// <param name="AgeMonths">Age in months.</param>
/// <param name="AgeYears">Age in years.</param>
/// <param name="Sex"><c>female</c> or <c>male</c>.</param>
/// <param name="LifeStage"><c>general</c>, <c>pregnancy</c> or <c>lactation</c>.</param>
public sealed record DosePerson(double AgeMonths, double AgeYears, [property: SexValues] string Sex, [property: LifeStageValues] string LifeStage);

/// <summary>One intake figure.</summary>
/// <param name="Kind"><c>RDA</c>, <c>AI</c> or <c>guidance</c>.</param>
/// <param name="KindName">The kind spelled out, e.g. "Recommended Dietary Allowance".</param>
/// <param name="Amount">The amount; for guidance, the most to take.</param>
/// <param name="Unit">e.g. "mg".</param>
/// <param name="Per">e.g. "day".</param>
/// <param name="AppliesTo">
/// What the amount counts: <c>food-and-supplements</c> (total intake from food and supplements together),
/// <c>breast-milk-formula-and-food</c> (infants under 12 months, whose magnesium should come only from breast milk,
/// formula and food) or <c>supplements-only</c> (supplements and medicines; food does not count).
/// </param>
/// <param name="AgeBand">The age band the figure is for.</param>
/// <param name="Note">Caveats in plain words.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record DoseFigure(
    [property: IntakeFigureKindValues] string Kind, string KindName, double? Amount, string Unit, string Per, [property: AppliesToValues] string AppliesTo, AgeBand AgeBand, string? Note, SourceReference Source);

/// <summary>The tolerable upper intake level.</summary>
/// <param name="Established">False where the source sets none (infants).</param>
/// <param name="Amount">The most per period from what the limit counts; null when none is established.</param>
/// <param name="Unit">e.g. "mg".</param>
/// <param name="Per">e.g. "day".</param>
/// <param name="AppliesTo">What counts against it: <c>supplements-only</c> (supplements and medicines) for magnesium.</param>
/// <param name="AgeBand">The age band the figure is for.</param>
/// <param name="Note">Caveats in plain words.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record UpperLimitFigure(
    bool Established, double? Amount, string Unit, string Per, [property: AppliesToValues] string AppliesTo, AgeBand AgeBand, string? Note, SourceReference Source);
