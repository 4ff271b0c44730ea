using System.ComponentModel.DataAnnotations;
using ContentApi.DoseRanges;
using ContentApi.Interactions;
using ContentApi.Remedies;
using ContentApi.SideEffects;
using ContentApi.OpenApi;

namespace ContentApi.Editing;

/// <summary>
/// A dose range as editors see it: flat, with the public id (GET /api/dose-ranges/{id}) and the source by key.
/// Age bands are in months, <c>ageMinMonths</c> inclusive and <c>ageMaxMonths</c> exclusive (null: open-ended).
/// </summary>
/// <param name="Id">The public id; 0 only inside a write, for an item not stored yet.</param>
/// <param name="Substance">e.g. "magnesium".</param>
/// <param name="Form">What the amount counts, e.g. "total intake".</param>
/// <param name="Route">oral, intravenous or any.</param>
/// <param name="Kind">RDA, AI, UL or guidance.</param>
/// <param name="Sex">female, male or any.</param>
/// <param name="LifeStage">general, pregnancy or lactation.</param>
/// <param name="AgeMinMonths">Lowest age covered, in months (inclusive).</param>
/// <param name="AgeMaxMonths">Age in months at which the band ends (exclusive); null when open-ended.</param>
/// <param name="AgeLabel">How the source labels the band, e.g. "19–30 years".</param>
/// <param name="MinAmount">Lower figure, or null.</param>
/// <param name="MaxAmount">Upper figure, or null.</param>
/// <param name="Unit">e.g. "mg".</param>
/// <param name="Per">e.g. "day".</param>
/// <param name="AppliesTo">food-and-supplements, breast-milk-formula-and-food or supplements-only.</param>
/// <param name="Note">Caveats in plain words, or null.</param>
/// <param name="SourceKey">The key of the source the figure comes from (see GET /api/sources).</param>
public sealed record EditableDoseRange(
    int Id, string Substance, string Form, [property: RouteValues] string Route, [property: DoseKindValues] string Kind,
    [property: DoseSexValues] string Sex, [property: LifeStageValues] string LifeStage, int AgeMinMonths, int? AgeMaxMonths, string AgeLabel,
    double? MinAmount, double? MaxAmount, string Unit, string Per, [property: AppliesToValues] string AppliesTo, string? Note, string SourceKey);

/// <summary>A food as editors see it, with the public id (GET /api/foods/{id}) and the source by key.</summary>
/// <param name="Id">The public id; 0 only inside a write, for an item not stored yet.</param>
/// <param name="Name">Food name, e.g. "Pumpkin seeds, roasted".</param>
/// <param name="Serving">The serving the amounts refer to, e.g. "1 oz".</param>
/// <param name="Nutrient">The nutrient measured, e.g. "magnesium".</param>
/// <param name="AmountMg">Milligrams per serving (the lower figure when the source gives a range).</param>
/// <param name="AmountMaxMg">Upper figure when the source gives a range; otherwise null.</param>
/// <param name="PercentDailyValue">Percent of the Daily Value.</param>
/// <param name="SourceKey">The key of the source the figures come from.</param>
public sealed record EditableFood(int Id, string Name, string Serving, string Nutrient, double AmountMg, double? AmountMaxMg, int PercentDailyValue, string SourceKey);

/// <summary>The body of POST and PUT …/dose-ranges(/{id}), and what PATCH merges into. Members as in the editor's view, without the id.</summary>
/// <param name="Substance">Required, 1 to 100 characters.</param>
/// <param name="Form">Required, 1 to 200 characters.</param>
/// <param name="Route">Required: oral, intravenous or any.</param>
/// <param name="Kind">Required: RDA, AI, UL or guidance.</param>
/// <param name="Sex">Required: female, male or any.</param>
/// <param name="LifeStage">Required: general, pregnancy or lactation.</param>
/// <param name="AgeMinMonths">Required, 0 or more.</param>
/// <param name="AgeMaxMonths">Greater than ageMinMonths (exclusive end), or null for open-ended.</param>
/// <param name="AgeLabel">Required, 1 to 100 characters.</param>
/// <param name="MinAmount">0 or more, at most maxAmount; or null.</param>
/// <param name="MaxAmount">0 or more; or null.</param>
/// <param name="Unit">Required, 1 to 20 characters.</param>
/// <param name="Per">Required, 1 to 20 characters.</param>
/// <param name="AppliesTo">Required: food-and-supplements, breast-milk-formula-and-food or supplements-only.</param>
/// <param name="Note">At most 2,000 characters, or null.</param>
/// <param name="SourceKey">Required: the key of a served source.</param>
[RequestSchema("substance", "form", "route", "kind", "sex", "lifeStage", "ageMinMonths", "ageLabel", "unit", "per", "appliesTo", "sourceKey")]
public sealed record DoseRangeRequest(
    [property: StringLength(100, MinimumLength = 1)] string? Substance, [property: StringLength(200, MinimumLength = 1)] string? Form,
    [property: RouteValues] string? Route, [property: DoseKindValues] string? Kind, [property: DoseSexValues] string? Sex,
    [property: LifeStageValues] string? LifeStage, [property: Range(0, int.MaxValue)] int? AgeMinMonths, int? AgeMaxMonths,
    [property: StringLength(100, MinimumLength = 1)] string? AgeLabel, [property: Range(0, double.MaxValue)] double? MinAmount,
    [property: Range(0, double.MaxValue)] double? MaxAmount, [property: StringLength(20, MinimumLength = 1)] string? Unit,
    [property: StringLength(20, MinimumLength = 1)] string? Per, [property: AppliesToValues] string? AppliesTo,
    [property: StringLength(2000)] string? Note, [property: StringLength(50, MinimumLength = 1)] string? SourceKey);

/// <summary>The body of POST and PUT …/foods(/{id}), and what PATCH merges into. Members as in the editor's view, without the id.</summary>
/// <param name="Name">Required, 1 to 200 characters.</param>
/// <param name="Serving">Required, 1 to 100 characters.</param>
/// <param name="Nutrient">Required, 1 to 50 characters.</param>
/// <param name="AmountMg">Required, 0 or more.</param>
/// <param name="AmountMaxMg">At least amountMg, or null.</param>
/// <param name="PercentDailyValue">Required, 0 or more.</param>
/// <param name="SourceKey">Required: the key of a served source.</param>
[RequestSchema("name", "serving", "nutrient", "amountMg", "percentDailyValue", "sourceKey")]
public sealed record FoodRequest(
    [property: StringLength(200, MinimumLength = 1)] string? Name, [property: StringLength(100, MinimumLength = 1)] string? Serving,
    [property: StringLength(50, MinimumLength = 1)] string? Nutrient, [property: Range(0, double.MaxValue)] double? AmountMg, double? AmountMaxMg,
    [property: Range(0, int.MaxValue)] int? PercentDailyValue, [property: StringLength(50, MinimumLength = 1)] string? SourceKey);

/// <summary>An interaction as editors see it, with the public id (GET /api/interactions/{id}), its examples and the aliases a check matches.</summary>
/// <param name="Id">The public id; 0 only inside a write, for an item not stored yet.</param>
/// <param name="Kind">medication or condition.</param>
/// <param name="Name">Display name, e.g. "Quinolone antibiotics".</param>
/// <param name="Substance">The substance it interacts with, e.g. "magnesium"; null: the article's (magnesium).</param>
/// <param name="DrugClass">The drug class, for medications; or null.</param>
/// <param name="Examples">Example generic names, in order.</param>
/// <param name="Aliases">Names an interaction check matches (generic, brand, class or condition names).</param>
/// <param name="Mechanism">Why they interact.</param>
/// <param name="Guidance">What to do about it.</param>
/// <param name="MedicineHoursBeforeMagnesium">Take the medicine at least this many hours before magnesium; or null.</param>
/// <param name="MedicineHoursAfterMagnesium">Or at least this many hours after magnesium; or null.</param>
/// <param name="MedicineHoursAfterMagnesiumUpTo">Upper end of that range, where the source gives one; or null.</param>
/// <param name="Severity">major, moderate or minor (this API's editorial grade).</param>
/// <param name="DoseCaution">Whether every dose lookup for the substance carries this interaction's caution.</param>
/// <param name="SourceKey">The key of the source the statement comes from.</param>
public sealed record EditableInteraction(
    int Id, [property: InteractionKindValues] string Kind, string Name, string? Substance, string? DrugClass, IReadOnlyList<string> Examples,
    IReadOnlyList<EditableAlias> Aliases, string Mechanism, string Guidance, double? MedicineHoursBeforeMagnesium, double? MedicineHoursAfterMagnesium,
    double? MedicineHoursAfterMagnesiumUpTo, [property: SeverityValues] string Severity, bool DoseCaution, string SourceKey);

/// <summary>A name an interaction check matches.</summary>
/// <param name="Name">As people write it, e.g. "Cipro".</param>
/// <param name="Type">generic, brand, class or condition.</param>
public sealed record EditableAlias([property: StringLength(200, MinimumLength = 1)] string Name, [property: MatchTypeValues] string Type);

/// <summary>A side effect as editors see it, with the public id (GET /api/side-effects/{id}); its position is its place in the array.</summary>
/// <param name="Id">The public id; 0 only inside a write, for an item not stored yet.</param>
/// <param name="Name">e.g. "Stomach upset".</param>
/// <param name="Severity">common or severe.</param>
/// <param name="Description">In plain words.</param>
/// <param name="SourceKey">The key of the source.</param>
public sealed record EditableSideEffect(int Id, string Name, [property: SideEffectSeverityValues] string Severity, string Description, string SourceKey);

/// <summary>A remedy as editors see it, with the public id (GET /api/remedies/{id}); its position is its place in the array.</summary>
/// <param name="Id">The public id; 0 only inside a write, for an item not stored yet.</param>
/// <param name="Kind">alternative or conventional.</param>
/// <param name="Name">e.g. "Regular exercise".</param>
/// <param name="Description">In plain words.</param>
/// <param name="EvidenceLevel">How strong the evidence is, in words; or null.</param>
/// <param name="DependenceNote">Risk of dependence, for medicines; or null.</param>
/// <param name="AugmentationNote">Risk of augmentation, for medicines; or null.</param>
/// <param name="Examples">Example generic names, in order.</param>
/// <param name="SourceKey">The key of the source.</param>
public sealed record EditableRemedy(
    int Id, [property: RemedyKindValues] string Kind, string Name, string Description, string? EvidenceLevel, string? DependenceNote, string? AugmentationNote,
    IReadOnlyList<string> Examples, string SourceKey);

/// <summary>The body of POST and PUT …/interactions(/{id}), and what PATCH merges into (arrays whole).</summary>
/// <param name="Kind">Required: medication or condition.</param>
/// <param name="Name">Required, 1 to 200 characters.</param>
/// <param name="Substance">At most 100 characters, or null.</param>
/// <param name="DrugClass">At most 200 characters, or null.</param>
/// <param name="Examples">Example generic names (default none), each 1 to 200 characters, no duplicates.</param>
/// <param name="Aliases">Names a check matches (default none), each name 1 to 200 characters and unique within the interaction.</param>
/// <param name="Mechanism">Required, 1 to 2,000 characters.</param>
/// <param name="Guidance">Required, 1 to 2,000 characters.</param>
/// <param name="MedicineHoursBeforeMagnesium">0 or more, or null.</param>
/// <param name="MedicineHoursAfterMagnesium">0 or more, or null; required with the upper end.</param>
/// <param name="MedicineHoursAfterMagnesiumUpTo">At least medicineHoursAfterMagnesium, or null.</param>
/// <param name="Severity">Required: major, moderate or minor.</param>
/// <param name="DoseCaution">Default false.</param>
/// <param name="SourceKey">Required: the key of a served source.</param>
[RequestSchema("kind", "name", "mechanism", "guidance", "severity", "sourceKey")]
public sealed record InteractionRequest(
    [property: InteractionKindValues] string? Kind, [property: StringLength(200, MinimumLength = 1)] string? Name,
    [property: StringLength(100)] string? Substance, [property: StringLength(200)] string? DrugClass,
    [property: MaxLength(100), ItemLength(200, MinimumLength = 1)] IReadOnlyList<string?>? Examples, [property: MaxLength(200)] IReadOnlyList<EditableAlias?>? Aliases,
    [property: StringLength(2000, MinimumLength = 1)] string? Mechanism, [property: StringLength(2000, MinimumLength = 1)] string? Guidance,
    [property: Range(0, double.MaxValue)] double? MedicineHoursBeforeMagnesium, [property: Range(0, double.MaxValue)] double? MedicineHoursAfterMagnesium,
    double? MedicineHoursAfterMagnesiumUpTo, [property: SeverityValues] string? Severity, bool? DoseCaution,
    [property: StringLength(50, MinimumLength = 1)] string? SourceKey);

/// <summary>The body of POST and PUT …/side-effects(/{id}), and what PATCH merges into. A new side effect goes last.</summary>
/// <param name="Name">Required, 1 to 200 characters.</param>
/// <param name="Severity">Required: common or severe.</param>
/// <param name="Description">Required, 1 to 2,000 characters.</param>
/// <param name="SourceKey">Required: the key of a served source.</param>
[RequestSchema("name", "severity", "description", "sourceKey")]
public sealed record SideEffectRequest(
    [property: StringLength(200, MinimumLength = 1)] string? Name, [property: SideEffectSeverityValues] string? Severity,
    [property: StringLength(2000, MinimumLength = 1)] string? Description, [property: StringLength(50, MinimumLength = 1)] string? SourceKey);

/// <summary>The body of POST and PUT …/remedies(/{id}), and what PATCH merges into (examples whole). A new remedy goes last.</summary>
/// <param name="Kind">Required: alternative or conventional.</param>
/// <param name="Name">Required, 1 to 200 characters.</param>
/// <param name="Description">Required, 1 to 2,000 characters.</param>
/// <param name="EvidenceLevel">At most 200 characters, or null.</param>
/// <param name="DependenceNote">At most 2,000 characters, or null.</param>
/// <param name="AugmentationNote">At most 2,000 characters, or null.</param>
/// <param name="Examples">Example generic names (default none), each 1 to 200 characters, no duplicates.</param>
/// <param name="SourceKey">Required: the key of a served source.</param>
[RequestSchema("kind", "name", "description", "sourceKey")]
public sealed record RemedyRequest(
    [property: RemedyKindValues] string? Kind, [property: StringLength(200, MinimumLength = 1)] string? Name,
    [property: StringLength(2000, MinimumLength = 1)] string? Description, [property: StringLength(200)] string? EvidenceLevel,
    [property: StringLength(2000)] string? DependenceNote, [property: StringLength(2000)] string? AugmentationNote,
    [property: MaxLength(100), ItemLength(200, MinimumLength = 1)] IReadOnlyList<string?>? Examples, [property: StringLength(50, MinimumLength = 1)] string? SourceKey);

/// <summary>A link to another article, or a titled reference to content not on this API (no slug).</summary>
/// <param name="Slug">The related article's slug, or null for a reference to content not here.</param>
/// <param name="Title">The title shown for the link.</param>
/// <param name="SectionKey">The section of this article the link belongs with, or null.</param>
public sealed record EditableRelated(string? Slug, string Title, string? SectionKey);

/// <summary>The body of PUT …/sources: the keys of the sources the article cites, in order.</summary>
/// <param name="Keys">Required: each the key of a served source, none twice, at most 100; empty for none.</param>
[RequestSchema("keys")]
public sealed record ArticleSourcesRequest([property: MaxLength(CitationLimits.MaxEntries), ItemLength(CitationLimits.MaxEntryLength, MinimumLength = 1)] IReadOnlyList<string?>? Keys);

/// <summary>The body of PUT …/related: the slugs of the articles the article links to, in order.</summary>
/// <param name="Slugs">Required: each an article here, not this one, none twice, at most 100; empty for none.</param>
[RequestSchema("slugs")]
public sealed record RelatedArticlesRequest([property: MaxLength(CitationLimits.MaxEntries), ItemLength(CitationLimits.MaxEntryLength, MinimumLength = 1)] IReadOnlyList<string?>? Slugs);
