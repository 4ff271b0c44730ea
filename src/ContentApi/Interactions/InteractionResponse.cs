using ContentApi.Sources;

using ContentApi.Caching;

namespace ContentApi.Interactions;

/// <summary>A medicine class or health condition that calls for caution with the substance.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Kind"><c>medication</c> or <c>condition</c>.</param>
/// <param name="Name">Display name, e.g. "Quinolone antibiotics".</param>
/// <param name="DrugClass">The drug class, for medications.</param>
/// <param name="Examples">Example generic names, for medications.</param>
/// <param name="Mechanism">Why they interact.</param>
/// <param name="Guidance">What to do about it.</param>
/// <param name="Spacing">How many hours to keep between the medicine and magnesium, where the source gives a figure.</param>
/// <param name="Severity">
/// This API's own editorial grade, not a source's: no cited source grades these interactions. It says how much the
/// interaction changes what you should do, by one rule applied to every row. <c>major</c>: do not take magnesium
/// supplements (or, for intravenous rows, that form of magnesium) unless a doctor prescribes and supervises it.
/// <c>moderate</c>: the two can go together only with a set precaution, either spacing the doses a stated number of
/// hours apart or a clinician's check first (advice, or blood levels measured). <c>minor</c>: no precaution beyond the
/// usual upper limit for supplements; listed so you know. The source backs the mechanism and guidance, not the grade.
/// </param>
/// <param name="Source">Where the statement comes from.</param>
/// <param name="UpdatedAt">When this item last changed (UTC).</param>
public sealed record InteractionResponse(
    int Id, [property: InteractionKindValues] string Kind, string Name, string? DrugClass, IReadOnlyList<string> Examples, string Mechanism, string Guidance,
    DoseSpacing? Spacing, [property: SeverityValues] string Severity, SourceReference Source, DateTimeOffset UpdatedAt);

/// <summary>Hours between taking the medicine and taking magnesium.</summary>
/// <param name="MedicineHoursBeforeMagnesium">Take the medicine at least this many hours before magnesium.</param>
/// <param name="MedicineHoursAfterMagnesium">Or at least this many hours after magnesium.</param>
/// <param name="MedicineHoursAfterMagnesiumUpTo">Upper end of that range, where the source gives one (4 to 6 hours).</param>
public sealed record DoseSpacing(double? MedicineHoursBeforeMagnesium, double? MedicineHoursAfterMagnesium, double? MedicineHoursAfterMagnesiumUpTo);
