using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Editing;

/// <summary>
/// One of an article's collections as the write API treats it: where it lives in the aggregate and on the public API,
/// how a request becomes an item and back (for PATCH), and the rules an item obeys (per field, and against the
/// article's other items). <see cref="CollectionEndpoints"/> maps the same four writes for each.
/// </summary>
internal interface IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
{
    /// <summary>The path segment, e.g. "dose-ranges", as on the public API.</summary>
    static abstract string Segment { get; }

    /// <summary>Singular, for summaries and problems: "dose range".</summary>
    static abstract string Noun { get; }

    /// <summary>For operation names: "DoseRange".</summary>
    static abstract string OperationNoun { get; }

    static abstract IReadOnlySet<string> Members { get; }

    static abstract IReadOnlyList<TItem> Of(EditableArticleResponse article);

    static abstract EditableArticleResponse With(EditableArticleResponse article, IReadOnlyList<TItem> items);

    static abstract int IdOf(TItem item);

    static abstract TItem ToItem(TRequest request, int id);

    static abstract TRequest ToRequest(TItem item);

    /// <summary>The 400 of the item's own rules, or null.</summary>
    static abstract ValidationProblem? Check(TRequest request);

    /// <summary>The 422 of a rule between the item at <paramref name="index"/> and the article's others, or null.</summary>
    static abstract EditProblem? BrokenRule(IReadOnlyList<TItem> items, int index);
}

/// <summary>The failures of a validator as a 400 naming each member, as <see cref="ArticleDocuments.Check"/> answers them.</summary>
internal static class CollectionRules
{
    public static ValidationProblem? Check<T>(IValidator<T> rules, T request)
    {
        var result = rules.Validate(request);
        return result.IsValid ? null : JsonBody.Errors(result.Errors
            .GroupBy(failure => failure.PropertyName, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }

    public static HashSet<string> Members(params string[] names) => new(names, StringComparer.Ordinal);
}

internal sealed class DoseRangeCollection : IArticleCollection<EditableDoseRange, DoseRangeRequest>
{
    private static readonly DoseRangeRequestValidator Rules = new();

    public static string Segment => "dose-ranges";

    public static string Noun => "dose range";

    public static string OperationNoun => "DoseRange";

    public static IReadOnlySet<string> Members { get; } = CollectionRules.Members(
        "substance", "form", "route", "kind", "sex", "lifeStage", "ageMinMonths", "ageMaxMonths", "ageLabel",
        "minAmount", "maxAmount", "unit", "per", "appliesTo", "note", "sourceKey");

    public static IReadOnlyList<EditableDoseRange> Of(EditableArticleResponse article) => article.DoseRanges;

    public static EditableArticleResponse With(EditableArticleResponse article, IReadOnlyList<EditableDoseRange> items) => article with { DoseRanges = items };

    public static int IdOf(EditableDoseRange item) => item.Id;

    public static EditableDoseRange ToItem(DoseRangeRequest request, int id) => new(
        id, request.Substance!, request.Form!, request.Route!, request.Kind!, request.Sex!, request.LifeStage!, request.AgeMinMonths!.Value,
        request.AgeMaxMonths, request.AgeLabel!, request.MinAmount, request.MaxAmount, request.Unit!, request.Per!, request.AppliesTo!, request.Note, request.SourceKey!);

    public static DoseRangeRequest ToRequest(EditableDoseRange item) => new(
        item.Substance, item.Form, item.Route, item.Kind, item.Sex, item.LifeStage, item.AgeMinMonths, item.AgeMaxMonths, item.AgeLabel,
        item.MinAmount, item.MaxAmount, item.Unit, item.Per, item.AppliesTo, item.Note, item.SourceKey);

    public static ValidationProblem? Check(DoseRangeRequest request) => CollectionRules.Check(Rules, request);

    /// <summary>
    /// One population's figures of one kind do not overlap in age: the seed's bands are keyed by substance, form, route,
    /// sex (any is its own population: the seed's upper limits for any sex sit beside no sexed ones) and life stage, with
    /// the kind beside them (an RDA and a UL for the same ages are two figures, not an overlap). Bands are [min, max).
    /// </summary>
    public static EditProblem? BrokenRule(IReadOnlyList<EditableDoseRange> items, int index)
    {
        var band = items[index];
        var clash = items.Where((other, i) => i != index
            && (other.Substance, other.Form, other.Route, other.Sex, other.LifeStage, other.Kind) == (band.Substance, band.Form, band.Route, band.Sex, band.LifeStage, band.Kind)
            && band.AgeMinMonths < (other.AgeMaxMonths ?? int.MaxValue) && other.AgeMinMonths < (band.AgeMaxMonths ?? int.MaxValue)).FirstOrDefault();
        return clash is null ? null : EditProblem.RuleBroken(
            $"The age band {band.AgeMinMonths}–{(band.AgeMaxMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open")} months overlaps dose range {clash.Id} ('{clash.AgeLabel}', {clash.AgeMinMonths}–{(clash.AgeMaxMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open")} months) of the same population and kind ({band.Kind}, {band.Substance}, {band.Form}, {band.Route}, sex {band.Sex}, {band.LifeStage}); bands are [min, max) in months.");
    }
}

internal sealed class FoodCollection : IArticleCollection<EditableFood, FoodRequest>
{
    private static readonly FoodRequestValidator Rules = new();

    public static string Segment => "foods";

    public static string Noun => "food";

    public static string OperationNoun => "Food";

    public static IReadOnlySet<string> Members { get; } = CollectionRules.Members("name", "serving", "nutrient", "amountMg", "amountMaxMg", "percentDailyValue", "sourceKey");

    public static IReadOnlyList<EditableFood> Of(EditableArticleResponse article) => article.Foods;

    public static EditableArticleResponse With(EditableArticleResponse article, IReadOnlyList<EditableFood> items) => article with { Foods = items };

    public static int IdOf(EditableFood item) => item.Id;

    public static EditableFood ToItem(FoodRequest request, int id) => new(
        id, request.Name!, request.Serving!, request.Nutrient!, request.AmountMg!.Value, request.AmountMaxMg, request.PercentDailyValue!.Value, request.SourceKey!);

    public static FoodRequest ToRequest(EditableFood item) => new(item.Name, item.Serving, item.Nutrient, item.AmountMg, item.AmountMaxMg, item.PercentDailyValue, item.SourceKey);

    public static ValidationProblem? Check(FoodRequest request) => CollectionRules.Check(Rules, request);

    public static EditProblem? BrokenRule(IReadOnlyList<EditableFood> items, int index) => null;
}

internal sealed class InteractionCollection : IArticleCollection<EditableInteraction, InteractionRequest>
{
    private static readonly InteractionRequestValidator Rules = new();

    public static string Segment => "interactions";

    public static string Noun => "interaction";

    public static string OperationNoun => "Interaction";

    public static IReadOnlySet<string> Members { get; } = CollectionRules.Members(
        "kind", "name", "substance", "drugClass", "examples", "aliases", "mechanism", "guidance", "medicineHoursBeforeMagnesium",
        "medicineHoursAfterMagnesium", "medicineHoursAfterMagnesiumUpTo", "severity", "doseCaution", "sourceKey");

    public static IReadOnlyList<EditableInteraction> Of(EditableArticleResponse article) => article.Interactions;

    public static EditableArticleResponse With(EditableArticleResponse article, IReadOnlyList<EditableInteraction> items) => article with { Interactions = items };

    public static int IdOf(EditableInteraction item) => item.Id;

    public static EditableInteraction ToItem(InteractionRequest request, int id) => new(
        id, request.Kind!, request.Name!, request.Substance, request.DrugClass, [.. (request.Examples ?? []).Select(example => example!)],
        [.. (request.Aliases ?? []).Select(alias => alias!)], request.Mechanism!, request.Guidance!, request.MedicineHoursBeforeMagnesium,
        request.MedicineHoursAfterMagnesium, request.MedicineHoursAfterMagnesiumUpTo, request.Severity!, request.DoseCaution ?? false, request.SourceKey!);

    public static InteractionRequest ToRequest(EditableInteraction item) => new(
        item.Kind, item.Name, item.Substance, item.DrugClass, [.. item.Examples], [.. item.Aliases], item.Mechanism, item.Guidance,
        item.MedicineHoursBeforeMagnesium, item.MedicineHoursAfterMagnesium, item.MedicineHoursAfterMagnesiumUpTo, item.Severity, item.DoseCaution, item.SourceKey);

    public static ValidationProblem? Check(InteractionRequest request) => CollectionRules.Check(Rules, request);

    public static EditProblem? BrokenRule(IReadOnlyList<EditableInteraction> items, int index) => null;
}

internal sealed class SideEffectCollection : IArticleCollection<EditableSideEffect, SideEffectRequest>
{
    private static readonly SideEffectRequestValidator Rules = new();

    public static string Segment => "side-effects";

    public static string Noun => "side effect";

    public static string OperationNoun => "SideEffect";

    public static IReadOnlySet<string> Members { get; } = CollectionRules.Members("name", "severity", "description", "sourceKey");

    public static IReadOnlyList<EditableSideEffect> Of(EditableArticleResponse article) => article.SideEffects;

    public static EditableArticleResponse With(EditableArticleResponse article, IReadOnlyList<EditableSideEffect> items) => article with { SideEffects = items };

    public static int IdOf(EditableSideEffect item) => item.Id;

    public static EditableSideEffect ToItem(SideEffectRequest request, int id) => new(id, request.Name!, request.Severity!, request.Description!, request.SourceKey!);

    public static SideEffectRequest ToRequest(EditableSideEffect item) => new(item.Name, item.Severity, item.Description, item.SourceKey);

    public static ValidationProblem? Check(SideEffectRequest request) => CollectionRules.Check(Rules, request);

    public static EditProblem? BrokenRule(IReadOnlyList<EditableSideEffect> items, int index) => null;
}

internal sealed class RemedyCollection : IArticleCollection<EditableRemedy, RemedyRequest>
{
    private static readonly RemedyRequestValidator Rules = new();

    public static string Segment => "remedies";

    public static string Noun => "remedy";

    public static string OperationNoun => "Remedy";

    public static IReadOnlySet<string> Members { get; } = CollectionRules.Members(
        "kind", "name", "description", "evidenceLevel", "dependenceNote", "augmentationNote", "examples", "sourceKey");

    public static IReadOnlyList<EditableRemedy> Of(EditableArticleResponse article) => article.Remedies;

    public static EditableArticleResponse With(EditableArticleResponse article, IReadOnlyList<EditableRemedy> items) => article with { Remedies = items };

    public static int IdOf(EditableRemedy item) => item.Id;

    public static EditableRemedy ToItem(RemedyRequest request, int id) => new(
        id, request.Kind!, request.Name!, request.Description!, request.EvidenceLevel, request.DependenceNote, request.AugmentationNote,
        [.. (request.Examples ?? []).Select(example => example!)], request.SourceKey!);

    public static RemedyRequest ToRequest(EditableRemedy item) => new(
        item.Kind, item.Name, item.Description, item.EvidenceLevel, item.DependenceNote, item.AugmentationNote, [.. item.Examples], item.SourceKey);

    public static ValidationProblem? Check(RemedyRequest request) => CollectionRules.Check(Rules, request);

    public static EditProblem? BrokenRule(IReadOnlyList<EditableRemedy> items, int index) => null;
}
