using System.Globalization;
using ContentApi.DoseRanges;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Sources;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.DoseRanges;

/// <summary>Issue 8: every dose answer carries the cautions that change what a person should do, and infant answers agree with themselves.</summary>
[Collection(SharedApi.Name)]
public class DoseCautionTests(ContentApiFactory factory)
{
    private const string Lookup = "/api/dose-ranges/lookup?substance=magnesium";

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Every band's edges for both sexes, and every pregnancy and lactation band, in months.</summary>
    public static TheoryData<double, string, string> People()
    {
        var data = new TheoryData<double, string, string>();
        foreach (var ageMonths in new[] { 0, 3, 6.99, 7, 11.99, 12, 30, 47.99, 48, 100, 108, 167, 168, 227, 228, 371, 372, 611, 612, 900, 1440 })
        {
            data.Add(ageMonths, "male", "general");
            data.Add(ageMonths, "female", "general");
        }

        foreach (var ageMonths in new[] { 168, 227, 228, 371, 372, 611.99 })
        {
            data.Add(ageMonths, "female", "pregnancy");
            data.Add(ageMonths, "female", "lactation");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(People))]
    public async Task EveryAnswerCarriesTheKidneyCautionFromItsInteractionRow(double ageMonths, string sex, string lifeStage)
    {
        var answer = await LookupAsync(ageMonths, sex, lifeStage);
        var caution = Assert.Single(answer.Cautions, caution => caution.Name.StartsWith("Kidney disease", StringComparison.Ordinal));

        Assert.Contains("only under a doctor's care", caution.Guidance);
        Assert.Contains("building up in the body", caution.Reason);
        Assert.Equal("major", caution.Severity);
        Assert.Contains(caution.Guidance, answer.Summary);

        // The caution is the interaction row itself, with that row's source, not text made up in code.
        var row = await _client.OkAsync<InteractionResponse>(caution.Href);
        Assert.Equal(row.Name, caution.Name);
        Assert.Equal(row.Guidance, caution.Guidance);
        Assert.Equal(row.Mechanism, caution.Reason);
        Assert.Equal(row.Source, caution.Source);
    }

    [Fact]
    public async Task TheCautionsSourceIsOneTheApiServes()
    {
        var answer = await LookupAsync(360, "female", "general");
        var served = (await _client.OkAsync<PagedResponse<SourceResponse>>("/api/sources?pageSize=100")).Items.Select(source => source.Key);

        Assert.All(answer.Cautions, caution => Assert.Contains(caution.Source.Key, served));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6.5)]
    [InlineData(7)]
    [InlineData(11.99)]
    public async Task InfantAnswersSayTheIntakeComesFromBreastMilkFormulaAndFoodInDataAndSummaryAlike(double ageMonths)
    {
        var answer = await LookupAsync(ageMonths, "female", "general");
        var recommended = answer.RecommendedIntake;
        var summary = answer.Summary;

        Assert.Equal("AI", recommended.Kind);
        Assert.Equal("breast-milk-formula-and-food", recommended.AppliesTo);
        Assert.Contains("a day from breast milk, formula and food.", summary);
        Assert.DoesNotContain("food and supplements", summary);
        Assert.False(answer.UpperLimit.Established);
        Assert.Contains("only from breast milk, formula and food", answer.UpperLimitScope);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(408)]
    public async Task OlderAnswersCountFoodAndSupplementsTogetherAndNameTheMedicinesTheLimitCounts(double ageMonths)
    {
        var answer = await LookupAsync(ageMonths, "male", "general");
        var summary = answer.Summary;

        Assert.Equal("food-and-supplements", answer.RecommendedIntake.AppliesTo);
        Assert.Contains("a day from food and supplements together.", summary);
        Assert.Contains("From supplements and medicines such as antacids and laxatives, take no more than", summary);
        Assert.DoesNotContain("breast milk", summary);
    }

    private Task<DoseLookupResponse> LookupAsync(double ageMonths, string sex, string lifeStage) =>
        _client.OkAsync<DoseLookupResponse>($"{Lookup}&ageMonths={ageMonths.ToString(CultureInfo.InvariantCulture)}&sex={sex}&lifeStage={lifeStage}");
}
