using System.Globalization;
using System.Net;
using ContentApi.DoseRanges;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.DoseRanges;

[Collection(SharedApi.Name)]
public class DoseLookupTests(ContentApiFactory factory)
{
    private const string Lookup = "/api/dose-ranges/lookup?substance=magnesium";

    // facts.md §5.1: age band [min, max) in months → mg/day for male, female, pregnancy, lactation (null: none).
    private static readonly (int Min, int? Max, int Male, int Female, int? Pregnancy, int? Lactation)[] RecommendedTable =
    [
        (0, 7, 30, 30, null, null),
        (7, 12, 75, 75, null, null),
        (12, 48, 80, 80, null, null),
        (48, 108, 130, 130, null, null),
        (108, 168, 240, 240, null, null),
        (168, 228, 410, 360, 400, 360),
        (228, 372, 400, 310, 350, 310),
        (372, 612, 420, 320, 360, 320),
        (612, null, 420, 320, null, null),
    ];

    // facts.md §5.2: [min, max) in months → supplemental UL mg/day (null: not established).
    private static readonly (int Min, int? Max, int? Limit)[] UpperLimitTable =
    [
        (0, 12, null), (12, 48, 65), (48, 108, 110), (108, 228, 350), (228, null, 350),
    ];

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Each band's first month (inclusive) and the last instant before its end (exclusive).</summary>
    public static TheoryData<double, string, string, int, string> RecommendedBoundaries()
    {
        var data = new TheoryData<double, string, string, int, string>();
        foreach (var band in RecommendedTable)
        {
            var ages = band.Max is { } max ? new[] { band.Min, max - 0.01 } : new[] { band.Min, 1439.0 };
            foreach (var age in ages)
            {
                var kind = band.Max <= 12 ? "AI" : "RDA";
                data.Add(age, "male", "general", band.Male, kind);
                data.Add(age, "female", "general", band.Female, kind);
                if (band.Pregnancy is { } pregnancy)
                {
                    data.Add(age, "female", "pregnancy", pregnancy, kind);
                }

                if (band.Lactation is { } lactation)
                {
                    data.Add(age, "female", "lactation", lactation, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecommendedBoundaries))]
    public async Task RecommendedIntakeMatchesTheFactsSheetAtEveryBandBoundary(double ageMonths, string sex, string lifeStage, int expectedMg, string expectedKind)
    {
        var answer = await LookupAsync($"ageMonths={Format(ageMonths)}&sex={sex}&lifeStage={lifeStage}");
        var recommended = answer.RecommendedIntake;

        Assert.Equal(expectedMg, recommended.Amount);
        Assert.Equal(expectedKind, recommended.Kind);
        // An infant's Adequate Intake comes from breast milk, formula and food, not from supplements.
        Assert.Equal(expectedKind == "AI" ? "breast-milk-formula-and-food" : "food-and-supplements", recommended.AppliesTo);
        Assert.Equal("ODS", recommended.Source.Key);
    }

    public static TheoryData<double, string, int?> UpperLimitBoundaries()
    {
        var data = new TheoryData<double, string, int?>();
        foreach (var band in UpperLimitTable)
        {
            foreach (var age in band.Max is { } max ? new[] { band.Min, max - 0.01 } : new[] { band.Min, 1439.0 })
            {
                data.Add(age, "male", band.Limit);
                data.Add(age, "female", band.Limit);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UpperLimitBoundaries))]
    public async Task UpperLimitMatchesTheFactsSheetAtEveryBandBoundary(double ageMonths, string sex, int? expectedMg)
    {
        var answer = await LookupAsync($"ageMonths={Format(ageMonths)}&sex={sex}");
        var upper = answer.UpperLimit;

        Assert.Equal(expectedMg is not null, upper.Established);
        if (expectedMg is { } mg)
        {
            Assert.Equal(mg, upper.Amount);
        }
        else
        {
            Assert.Null(upper.Amount);
            Assert.Contains("breast milk", upper.Note);
        }

        Assert.Equal("supplements-only", upper.AppliesTo);
    }

    [Theory]
    [InlineData("pregnancy", 14.0)]
    [InlineData("pregnancy", 50.99)]
    [InlineData("lactation", 30.0)]
    public async Task PregnancyAndLactationUpperLimitIs350Mg(string lifeStage, double ageYears)
    {
        var answer = await LookupAsync($"ageYears={Format(ageYears)}&sex=female&lifeStage={lifeStage}");

        Assert.Equal(350, answer.UpperLimit.Amount);
        Assert.Equal(lifeStage, answer.Person.LifeStage);
    }

    [Fact]
    public async Task AnswerSaysFoodDoesNotCountAgainstTheUpperLimitAndGivesTheArticleGuidance()
    {
        var answer = await LookupAsync("ageYears=34&sex=female");

        Assert.Equal(
            "The upper level counts only magnesium from supplements and medicines such as antacids and laxatives. Magnesium in food and water does not count against it.",
            answer.UpperLimitScope);
        var guidance = Assert.Single(answer.Guidance);
        Assert.Equal(350, guidance.Amount);
        Assert.Contains("supplements and medicines such as antacids and laxatives", guidance.Note);
        Assert.Contains("320 mg", answer.Summary);
        Assert.Contains("350 mg", answer.Summary);
    }

    [Fact]
    public async Task AgeInYearsAndMonthsGiveTheSameAnswer()
    {
        var inYears = await LookupAsync("ageYears=0.5&sex=male");
        var inMonths = await LookupAsync("ageMonths=6&sex=male");

        Assert.Equal(inMonths.RecommendedIntake, inYears.RecommendedIntake);
        Assert.Empty(inYears.Guidance);
    }

    [Theory]
    [InlineData("substance=zinc&ageYears=30&sex=male", "substance", "magnesium")]
    [InlineData("substance=magnesium&ageYears=121&sex=male", "ageYears", "120")]
    [InlineData("substance=magnesium&ageYears=-1&sex=male", "ageYears", "0")]
    [InlineData("substance=magnesium&ageMonths=1441&sex=male", "ageMonths", "1440")]
    [InlineData("substance=magnesium&sex=male", "ageYears", "ageMonths")]
    [InlineData("substance=magnesium&ageYears=30&ageMonths=360&sex=male", "ageMonths", "not both")]
    [InlineData("substance=magnesium&ageYears=30&sex=male&lifeStage=pregnancy", "lifeStage", "female")]
    [InlineData("substance=magnesium&ageYears=30&sex=male&lifeStage=lactation", "lifeStage", "female")]
    [InlineData("substance=magnesium&ageYears=13.9&sex=female&lifeStage=pregnancy", "ageYears", "14–50")]
    [InlineData("substance=magnesium&ageYears=51&sex=female&lifeStage=lactation", "ageYears", "14–50")]
    [InlineData("substance=magnesium&ageMonths=100&sex=female&lifeStage=pregnancy", "ageMonths", "14–50")]
    [InlineData("substance=magnesium&ageYears=30", "sex", "sex")]
    [InlineData("substance=magnesium&ageYears=30&sex=other", "sex", "female, male")]
    [InlineData("ageYears=30&sex=male", "substance", "substance")]
    public async Task BadInputIsAProblemNamingTheField(string query, string field, string messagePart)
    {
        var problem = await _client.GetProblemAsync($"/api/dose-ranges/lookup?{query}", HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(message => message.GetString()).ToArray();

        Assert.Contains(messages, message => message!.Contains(messagePart, StringComparison.OrdinalIgnoreCase));
    }

    private Task<DoseLookupResponse> LookupAsync(string query) => _client.OkAsync<DoseLookupResponse>($"{Lookup}&{query}");

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
