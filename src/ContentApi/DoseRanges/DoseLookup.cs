using ContentApi.Validation;
using ContentApi.Preview;
using ContentApi.Problems;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.DoseRanges;

/// <summary>Turns the figures that apply to one person into a single answer.</summary>
internal static class DoseLookup
{
    public static async Task<Results<Ok<DoseLookupResponse>, ValidationProblem>> AnswerAsync(
        DoseLookupQuery query, IDoseRangeRepository doseRanges, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var substance = query.Substance!.ToLowerInvariant();
        var sex = query.Sex!.ToLowerInvariant();
        var lifeStage = query.EffectiveLifeStage;
        var ageMonths = query.AgeInMonths;
        var figures = await doseRanges.ForPersonAsync(substance, ageMonths, sex, lifeStage, visibility, cancellationToken);

        // Recommendations differ by life stage, so only an exact match will do; limits and guidance fall back to general.
        var recommended = figures.FirstOrDefault(f => f.Kind is "RDA" or "AI" && f.LifeStage == lifeStage);
        if (recommended is null)
        {
            return await AgeNotCoveredAsync(query, substance, lifeStage, doseRanges, visibility, cancellationToken);
        }

        var upper = PreferLifeStage(figures.Where(f => f.Kind == "UL"), lifeStage);
        if (upper is null)
        {
            return AgeNotCovered(query, $"No upper intake level for {substance} covers this age.");
        }

        var guidance = figures.Where(f => f.Kind == "guidance").Select(ToFigure).ToList();
        var cautions = await doseRanges.ListCautionsAsync(substance, visibility, cancellationToken);
        var person = new DosePerson(ageMonths, Math.Round(ageMonths / 12, 2), sex, lifeStage);
        var intake = ToFigure(recommended);
        var upperLimit = new UpperLimitFigure(
            upper.Amount.Max is not null, upper.Amount.Max, upper.Amount.Unit, upper.Amount.Per, upper.AppliesTo, upper.AgeBand, upper.Note, upper.Source);
        return TypedResults.Ok(new DoseLookupResponse(
            substance, person, intake, upperLimit, UpperLimitScope(substance, intake, upper), guidance, cautions,
            Summary(substance, AskedAge(query), lifeStage, intake, upper, cautions)));
    }

    private static DoseRangeResponse? PreferLifeStage(IEnumerable<DoseRangeResponse> figures, string lifeStage)
    {
        var candidates = figures.ToList();
        return candidates.FirstOrDefault(f => f.LifeStage == lifeStage) ?? candidates.FirstOrDefault(f => f.LifeStage == "general");
    }

    // Intakes are single figures (min = max); guidance is a most-to-take (max only).
    private static DoseFigure ToFigure(DoseRangeResponse range) => new(
        range.Kind, KindName(range.Kind), range.Amount.Max, range.Amount.Unit, range.Amount.Per,
        range.AppliesTo, range.AgeBand, range.Note, range.Source);

    private static string KindName(string kind) => kind switch
    {
        "RDA" => "Recommended Dietary Allowance",
        "AI" => "Adequate Intake",
        _ => "This article's guidance",
    };

    // What the upper level counts comes from the UL row's form, e.g. "supplements and medicines such as antacids and laxatives".
    private static string UpperLimitScope(string substance, DoseFigure intake, DoseRangeResponse upper) =>
        upper.Amount.Max is null
            ? $"No upper level is established at this age: {substance} should come only from {IntakeFrom(intake.AppliesTo)}."
            : upper.AppliesTo == "supplements-only"
                ? $"The upper level counts only {substance} from {upper.Form}. {Capitalise(substance)} in food and water does not count against it."
                : $"The upper level caps {substance} from all sources, food included.";

    /// <summary>Where a recommended intake comes from, in words, by its <c>applies_to</c> (RDA or AI, never supplements alone).</summary>
    private static string IntakeFrom(string appliesTo) =>
        appliesTo == "breast-milk-formula-and-food" ? "breast milk, formula and food" : "food and supplements together";

    private static string Summary(
        string substance, string age, string lifeStage, DoseFigure intake, DoseRangeResponse upper, IReadOnlyList<DoseCaution> cautions)
    {
        var who = lifeStage switch
        {
            "pregnancy" => $"During pregnancy at {age}",
            "lactation" => $"While breastfeeding at {age}",
            _ => $"At {age}",
        };
        var total = $"{who}, the {intake.KindName} is {Amount(intake.Amount!.Value)} of {substance} a day from {IntakeFrom(intake.AppliesTo)}.";
        var limit = upper.Amount.Max switch
        {
            null => $" No upper level is established at this age: {substance} should come only from {IntakeFrom(intake.AppliesTo)}.",
            { } max when upper.AppliesTo == "supplements-only" =>
                $" From {upper.Form}, take no more than {Amount(max)} a day; food does not count toward that limit.",
            { } max => $" Take no more than {Amount(max)} a day from all sources, food included.",
        };
        return total + limit + string.Concat(cautions.Select(caution => $" {caution.Guidance}"));
    }

    /// <summary>The age in the unit and figure the client sent: ageYears=1.5 reads "1.5 years", ageMonths=18 "18 months".</summary>
    private static string AskedAge(DoseLookupQuery query) => query.AgeMonths is { } months
        ? Count(months.Value!.Value, "month")
        : Count(query.AgeYears!.Value!.Value, "year");

    private static string Count(double amount, string unit) =>
        $"{amount.ToString("0.###############", CultureInfo.InvariantCulture)} {unit}{(amount == 1 ? "" : "s")}";

    private static string Amount(double mg) => $"{mg.ToString(CultureInfo.InvariantCulture)} mg";

    // The substance is validated non-empty.
    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static async Task<ValidationProblem> AgeNotCoveredAsync(
        DoseLookupQuery query, string substance, string lifeStage, IDoseRangeRepository doseRanges, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var coverage = await doseRanges.RecommendedAgeCoverageAsync(substance, lifeStage, visibility, cancellationToken);
        // Bands end exclusively: [168, 612) months reads as "14–50 years".
        var message = coverage switch
        {
            null => $"The sources give no {lifeStage} figures for {substance}.",
            { MaxMonths: { } max } band => string.Create(CultureInfo.InvariantCulture,
                $"The sources give {lifeStage} figures for {substance} for ages {band.MinMonths / 12.0:0.#}–{max / 12.0 - 1:0.#} years only."),
            { } band => $"The sources give {lifeStage} figures for {substance} from {Count(band.MinMonths / 12.0, "year")} of age only.",
        };
        return AgeNotCovered(query, message);
    }

    private static ValidationProblem AgeNotCovered(DoseLookupQuery query, string message) =>
        InvalidQuery.Of(query.AgeMonths is null ? "ageYears" : "ageMonths", message, detail: message);
}
