using System.Net;
using ContentApi.DoseRanges;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.DoseRanges;

/// <summary>
/// Whole answers for one person per life stage and age band (facts.md §5.1, §5.2): the summary word for word, the
/// kind and its name, the age as asked, and the age band of the figure and of the limit that was chosen.
/// </summary>
[Collection(SharedApi.Name)]
public class DoseLookupGoldenTests(ContentApiFactory factory)
{
    private const string Kidney = " If you have kidney disease, take magnesium supplements only under a doctor's care.";
    private const string Infant = " No upper level is established at this age: magnesium should come only from breast milk, formula and food.";

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string, string, int?, string> Answers() => new()
    {
        {
            "ageMonths=3&sex=male", "AI", "0–6 months", "0–12 months", null,
            "At 3 months, the Adequate Intake is 30 mg of magnesium a day from breast milk, formula and food." + Infant + Kidney
        },
        {
            "ageMonths=9&sex=female", "AI", "7–12 months", "0–12 months", null,
            "At 9 months, the Adequate Intake is 75 mg of magnesium a day from breast milk, formula and food." + Infant + Kidney
        },
        {
            "ageYears=2&sex=male", "RDA", "1–3 years", "1–3 years", 65,
            "At 2 years, the Recommended Dietary Allowance is 80 mg of magnesium a day from food and supplements together." + Limit(65) + Kidney
        },
        {
            "ageYears=6&sex=female", "RDA", "4–8 years", "4–8 years", 110,
            "At 6 years, the Recommended Dietary Allowance is 130 mg of magnesium a day from food and supplements together." + Limit(110) + Kidney
        },
        {
            "ageYears=10&sex=male", "RDA", "9–13 years", "9–18 years", 350,
            "At 10 years, the Recommended Dietary Allowance is 240 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
        {
            "ageYears=16&sex=female&lifeStage=pregnancy", "RDA", "14–18 years", "14–50 years", 350,
            "During pregnancy at 16 years, the Recommended Dietary Allowance is 400 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
        {
            "ageYears=16&sex=female&lifeStage=lactation", "RDA", "14–18 years", "14–50 years", 350,
            "While breastfeeding at 16 years, the Recommended Dietary Allowance is 360 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
        {
            "ageYears=16&sex=female", "RDA", "14–18 years", "9–18 years", 350,
            "At 16 years, the Recommended Dietary Allowance is 360 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
        {
            "ageYears=25&sex=male", "RDA", "19–30 years", "19+ years", 350,
            "At 25 years, the Recommended Dietary Allowance is 400 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
        {
            "ageYears=25&sex=female&lifeStage=pregnancy", "RDA", "19–30 years", "14–50 years", 350,
            "During pregnancy at 25 years, the Recommended Dietary Allowance is 350 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
        {
            "ageYears=40&sex=female&lifeStage=lactation", "RDA", "31–50 years", "14–50 years", 350,
            "While breastfeeding at 40 years, the Recommended Dietary Allowance is 320 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
        {
            "ageYears=60.5&sex=male", "RDA", "51+ years", "19+ years", 350,
            "At 60.5 years, the Recommended Dietary Allowance is 420 mg of magnesium a day from food and supplements together." + Limit(350) + Kidney
        },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task EachLifeStageAndAgeBandGetsItsWholeAnswer(
        string query, string kind, string intakeBand, string limitBand, int? limit, string summary)
    {
        var answer = await _client.OkAsync<DoseLookupResponse>($"/api/dose-ranges/lookup?substance=magnesium&{query}");

        var intake = answer.RecommendedIntake;
        Assert.Equal(kind, intake.Kind);
        Assert.Equal(kind == "AI" ? "Adequate Intake" : "Recommended Dietary Allowance", intake.KindName);
        Assert.Equal(intakeBand, intake.AgeBand.Label);
        var upper = answer.UpperLimit;
        Assert.Equal(limitBand, upper.AgeBand.Label);
        Assert.Equal(limit is not null, upper.Established);
        Assert.Equal(limit, upper.Amount);
        Assert.Equal(summary, answer.Summary);
        var person = answer.Person;
        Assert.Equal(Math.Round(person.AgeMonths / 12, 2), person.AgeYears);
        // The article's guidance (350 mg from supplements) applies from age 9 only.
        var guidance = answer.Guidance;
        Assert.Equal(limit == 350, guidance.Count == 1);
        Assert.All(guidance, figure => Assert.Equal("This article's guidance", figure.KindName));
    }

    [Theory]
    [InlineData("ageMonths=9", 9, 0.75)]
    [InlineData("ageYears=60.5", 726, 60.5)]
    [InlineData("ageYears=0.00001", 0.00012, 0)]
    public async Task ThePersonIsSaidBackInMonthsAndYears(string age, double months, double years)
    {
        var answer = await _client.OkAsync<DoseLookupResponse>($"/api/dose-ranges/lookup?substance=magnesium&sex=male&{age}");

        Assert.Equal(months, answer.Person.AgeMonths, 10);
        Assert.Equal(years, answer.Person.AgeYears);
    }

    [Fact]
    public async Task TheScopeOfAnInfantsLimitSaysThereIsNone()
    {
        var answer = await _client.OkAsync<DoseLookupResponse>("/api/dose-ranges/lookup?substance=magnesium&ageMonths=1&sex=female");

        Assert.Equal(Infant.Trim(), answer.UpperLimitScope);
        Assert.StartsWith("At 1 month, ", answer.Summary);
    }

    private static string Limit(int mg) =>
        $" From supplements and medicines such as antacids and laxatives, take no more than {mg} mg a day; food does not count toward that limit.";
}

/// <summary>
/// A second substance with gaps in its figures and a limit that counts food too: the lookup says what the sources
/// cover instead of guessing, falls back to the general limit where a life stage has none, and words the limit by
/// what it counts.
/// </summary>
public sealed class DoseLookupCoverageTests : IAsyncLifetime, IDisposable
{
    private readonly ContentApiFactory _factory = new();

    public async Task InitializeAsync()
    {
        _factory.CreateClient().Dispose();
        // Zinc (test data, not content): a male RDA from age 1, a pregnancy RDA at 14–50, and one upper limit from 19 that
        // counts food too; nothing for lactation.
        await _factory.ExecuteSqlAsync("""
            INSERT INTO dose_ranges (article_id, substance, form, route, kind, sex, life_stage, age_min_months, age_max_months, age_label,
                                     min_amount, max_amount, unit, per, applies_to, note, source_id, updated_at)
            VALUES (NULL, 'zinc', 'total intake', 'oral', 'RDA', 'male', 'general', 12, NULL, '1+ years', 11, 11, 'mg', 'day',
                    'food-and-supplements', NULL, 2, '2026-11-25T00:00:00Z'),
                   (NULL, 'zinc', 'total intake', 'oral', 'RDA', 'female', 'pregnancy', 168, 612, '14–50 years', 12, 12, 'mg', 'day',
                    'food-and-supplements', NULL, 2, '2026-11-25T00:00:00Z'),
                   (NULL, 'zinc', 'total intake', 'oral', 'UL', NULL, 'general', 228, NULL, '19+ years', NULL, 40, 'mg', 'day',
                    'food-and-supplements', NULL, 2, '2026-11-25T00:00:00Z');
            """);
    }

    [Theory]
    [InlineData("ageMonths=6&sex=male", "ageMonths", "The sources give general figures for zinc from 1 year of age only.")]
    [InlineData("ageYears=10&sex=male", "ageYears", "No upper intake level for zinc covers this age.")]
    [InlineData("ageYears=30&sex=female&lifeStage=lactation", "ageYears", "The sources give no lactation figures for zinc.")]
    public async Task AnAgeTheSourcesDoNotCoverIsAProblemSayingWhatTheyCover(string query, string parameter, string message)
    {
        var messages = await _factory.CreateClient().GetValidationErrorsAsync($"/api/dose-ranges/lookup?substance=zinc&{query}", parameter);

        Assert.Equal(message, Assert.Single(messages));
    }

    [Theory]
    [InlineData("ageYears=30&sex=male", "At 30 years, the Recommended Dietary Allowance is 11 mg of zinc a day from food and supplements together.")]
    [InlineData("ageYears=30&sex=female&lifeStage=pregnancy", "During pregnancy at 30 years, the Recommended Dietary Allowance is 12 mg of zinc a day from food and supplements together.")]
    public async Task ALimitThatCountsFoodSaysSoAndALifeStageWithoutItsOwnLimitUsesTheGeneralOne(string query, string intake)
    {
        var answer = await _factory.CreateClient().OkAsync<DoseLookupResponse>($"/api/dose-ranges/lookup?substance=zinc&{query}");

        Assert.Equal(intake + " Take no more than 40 mg a day from all sources, food included.", answer.Summary);
        Assert.Equal("The upper level caps zinc from all sources, food included.", answer.UpperLimitScope);
        Assert.Equal("19+ years", answer.UpperLimit.AgeBand.Label);
        Assert.Equal(40, answer.UpperLimit.Amount);
        Assert.Empty(answer.Cautions);
    }

    [Fact]
    public async Task ABoundedLifeStageSaysItsAgeRange()
    {
        var problem = await _factory.CreateClient().GetProblemAsync(
            "/api/dose-ranges/lookup?substance=magnesium&ageMonths=100&sex=female&lifeStage=lactation", HttpStatusCode.BadRequest);

        Assert.Equal("The sources give lactation figures for magnesium for ages 14–50 years only.", problem.GetProperty("detail").GetString());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();
}
