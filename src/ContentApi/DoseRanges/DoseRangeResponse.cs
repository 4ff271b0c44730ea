using ContentApi.Sources;

using ContentApi.Caching;

namespace ContentApi.DoseRanges;

/// <summary>An intake figure for one population: a recommendation (RDA, AI), a limit (UL) or the article's own guidance.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Substance">e.g. "magnesium".</param>
/// <param name="Form">What the amount counts, e.g. "total intake" or "supplements and medicines such as antacids and laxatives".</param>
/// <param name="Route">How it is taken: <c>oral</c>, <c>intravenous</c> or <c>any</c>.</param>
/// <param name="Kind"><c>RDA</c> (recommended dietary allowance), <c>AI</c> (adequate intake), <c>UL</c> (tolerable upper intake level) or <c>guidance</c> (the article's own advice).</param>
/// <param name="Sex"><c>female</c>, <c>male</c> or <c>any</c>.</param>
/// <param name="LifeStage"><c>general</c>, <c>pregnancy</c> or <c>lactation</c>.</param>
/// <param name="AgeBand">The ages the figure applies to.</param>
/// <param name="Amount">The figure itself; both ends null means none is established.</param>
/// <param name="AppliesTo">
/// <c>food-and-supplements</c> (total intake), <c>breast-milk-formula-and-food</c> (an infant's intake, which should
/// come only from breast milk, formula and food) or <c>supplements-only</c> (supplements and medicines; food does not count).
/// </param>
/// <param name="Note">Caveats in plain words.</param>
/// <param name="Source">Where the figure comes from.</param>
/// <param name="UpdatedAt">When this item last changed (UTC).</param>
public sealed record DoseRangeResponse(
    int Id, string Substance, string Form, [property: RouteValues] string Route, [property: DoseKindValues] string Kind,
    [property: DoseSexValues] string Sex, [property: LifeStageValues] string LifeStage, AgeBand AgeBand,
    DoseAmount Amount, [property: AppliesToValues] string AppliesTo, string? Note, SourceReference Source, DateTimeOffset UpdatedAt);

/// <summary>An age band in months: <see cref="MinMonths"/> inclusive, <see cref="MaxMonths"/> exclusive (null: no upper bound).</summary>
/// <param name="MinMonths">Lowest age covered, in months (inclusive).</param>
/// <param name="MaxMonths">Age in months at which the band ends (exclusive); null when open-ended.</param>
/// <param name="Label">How the source labels the band, e.g. "19–30 years".</param>
public sealed record AgeBand(int MinMonths, int? MaxMonths, string Label);

/// <summary>An amount per period. An RDA or AI has Min = Max; a UL has only Max.</summary>
/// <param name="Min">Lower figure, or null.</param>
/// <param name="Max">Upper figure, or null.</param>
/// <param name="Unit">e.g. "mg".</param>
/// <param name="Per">e.g. "day".</param>
public sealed record DoseAmount(double? Min, double? Max, string Unit, string Per);
