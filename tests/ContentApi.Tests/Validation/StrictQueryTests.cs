using System.Net;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Validation;

/// <summary>Numbers parse strictly, a scalar is given once, no control characters: each fault is a 400 naming its parameter.</summary>
[Collection(SharedApi.Name)]
public class StrictQueryTests(ContentApiFactory factory)
{
    private const string Lookup = "/api/dose-ranges/lookup?substance=magnesium&sex=male";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,000")]
    [InlineData("1e1")]
    [InlineData("1E1")]
    [InlineData("0x10")]
    [InlineData("%201")]
    [InlineData("1%20")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("1.5.1")]
    [InlineData("--1")]
    [InlineData("%EF%BC%91")]
    [InlineData("%D9%A1")]
    [InlineData("abc")]
    public async Task ADecimalThatIsNotPlainDigitsIsRefusedByName(string ageYears)
    {
        var messages = await _client.GetValidationErrorsAsync($"{Lookup}&ageYears={ageYears}", "ageYears");

        Assert.Contains("must be a number written with digits", Assert.Single(messages));
    }

    [Theory]
    [InlineData(Lookup + "&ageYears=8.99999999999999999", "ageYears", "has more than 15 significant digits")]
    [InlineData(Lookup + "&ageYears=13.99999999999999999", "ageYears", "has more than 15 significant digits")]
    [InlineData(Lookup + "&ageMonths=107.99999999999999999", "ageMonths", "has more than 15 significant digits")]
    [InlineData(Lookup + "&ageYears=0.0000000000000000000000000000000000000001", "ageYears", "has more than 15 significant digits")]
    [InlineData(Lookup + "&ageYears=0.0000000000000001", "ageYears", "has more than 15 significant digits")]
    [InlineData("/api/foods?page=2147483648", "page", "is too large or too small to read")]
    [InlineData("/api/foods?pageSize=-99999999999", "pageSize", "is too large or too small to read")]
    [InlineData("/api/foods/plan?nutrient=magnesium&targetMg=1&maxServings=99999999999999999999", "maxServings", "is too large or too small to read")]
    public async Task ANumberTooPreciseOrTooLargeToReadExactlyIsRefusedNeverRounded(string url, string parameter, string message)
    {
        var messages = await _client.GetValidationErrorsAsync(url, parameter);

        Assert.Contains(message, Assert.Single(messages));
    }

    [Theory]
    [InlineData(308, "has more than 15 significant digits")]
    [InlineData(400, "is too large or too small to read")]
    public async Task AHugeDecimalIsNeverInfinity(int digits, string message)
    {
        var messages = await _client.GetValidationErrorsAsync($"{Lookup}&ageYears={new string('9', digits)}", "ageYears");

        Assert.Contains(message, Assert.Single(messages));
    }

    [Fact]
    public async Task FifteenSignificantDigitsAreReadExactlyAndKeepTheirAgeBand()
    {
        var answer = await _client.OkAsync<DoseLookupResponse>($"{Lookup}&ageYears=8.99999999999999");

        Assert.Equal("4–8 years", answer.RecommendedIntake.AgeBand.Label);
        Assert.Equal(110, answer.UpperLimit.Amount);
    }

    [Theory]
    [InlineData("34", 408)]
    [InlineData("%2B34", 408)]
    [InlineData("34.", 408)]
    [InlineData("0.5", 6)]
    [InlineData(".5", 6)]
    public async Task PlainDecimalsAreRead(string ageYears, double ageMonths)
    {
        var answer = await _client.OkAsync<DoseLookupResponse>($"{Lookup}&ageYears={ageYears}");

        Assert.Equal(ageMonths, answer.Person.AgeMonths);
    }

    [Theory]
    [InlineData("/api/foods?page=1.5", "page")]
    [InlineData("/api/foods?pageSize=2e1", "pageSize")]
    [InlineData("/api/foods/plan?nutrient=magnesium&targetMg=320&maxServings=1,0", "maxServings")]
    public async Task AWholeNumberThatIsNotPlainDigitsIsRefusedByName(string url, string parameter)
    {
        var messages = await _client.GetValidationErrorsAsync(url, parameter);

        Assert.Contains("must be a whole number", Assert.Single(messages));
    }

    [Theory]
    [InlineData(Lookup + "&ageYears=3&ageYears=4", "ageYears")]
    [InlineData("/api/foods/plan?nutrient=magnesium&targetMg=3&targetMg=20", "targetMg")]
    [InlineData("/api/foods?minAmountMg=1&minAmountMg=50", "minAmountMg")]
    [InlineData("/api/foods?page=1&page=2", "page")]
    [InlineData("/api/search?q=sleep&q=legs", "q")]
    [InlineData("/api/foods?sort=name&SORT=-name", "sort")]
    public async Task AScalarGivenTwiceIsRefusedByName(string url, string parameter)
    {
        var messages = await _client.GetValidationErrorsAsync(url, parameter);

        Assert.Equal($"'{parameter}' was given 2 times; give it once.", Assert.Single(messages));
    }

    [Fact]
    public async Task AListMayBeGivenTwiceAndIsJoined()
    {
        var answer = await _client.OkAsync<InteractionCheckResponse>("/api/interactions/check?medications=Cipro&medications=omeprazole");

        Assert.Equal(2, answer.Checked);
    }

    [Theory]
    [InlineData(Lookup + "&ageYears=40%00", "ageYears")]
    [InlineData("/api/search?q=sleep%00", "q")]
    [InlineData("/api/search?q=sle%0Aep", "q")]
    [InlineData("/api/dose-ranges/lookup?substance=magnesium%01&sex=male&ageYears=40", "substance")]
    [InlineData("/api/foods?sort=name%7F", "sort")]
    [InlineData("/api/search?q=sleep%09", "q")]
    [InlineData("/api/interactions/check?medications=lasix%E2%80%A8furosemide", "medications")]
    [InlineData("/api/interactions/check?conditions=a%E2%80%A9b", "conditions")]
    [InlineData("/api/search?q=%E2%80%AEpeels", "q")]
    [InlineData("/api/search?q=sleep%E2%81%A6", "q")]
    [InlineData("/api/search?q=sleep%E2%80%AA", "q")]
    [InlineData("/api/search?q=sleep%E2%81%A9", "q")]
    [InlineData("/api/search?q=sleep%C2%85", "q")]
    public async Task AControlCharacterIsRefusedByName(string url, string parameter)
    {
        var messages = await _client.GetValidationErrorsAsync(url, parameter);

        Assert.Contains("control character", Assert.Single(messages));
    }

    [Fact]
    public async Task MessagesNameParametersAsTheyAreSent()
    {
        var problem = await _client.GetProblemAsync("/api/dose-ranges?lifeStage=w&appliesTo=q", HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.StartsWith("'lifeStage' must be one of: ", errors.GetProperty("lifeStage")[0].GetString());
        Assert.StartsWith("'appliesTo' must be one of: ", errors.GetProperty("appliesTo")[0].GetString());
    }

    [Fact]
    public async Task EveryFailingParameterIsReportedAtOnce()
    {
        var problem = await _client.GetProblemAsync("/api/foods?page=abc&pageSize=xyz&sort=bad&minAmountMg=1,5", HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order().ToArray();
        Assert.Equal(["minAmountMg", "page", "pageSize", "sort"], errors);
        Assert.All(errors, name => Assert.Contains($"'{name}'", problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task TooManyConditionsAreReportedUnderConditions()
    {
        var conditions = string.Join(',', Enumerable.Range(1, 21).Select(index => $"condition{index}"));

        var problem = await _client.GetProblemAsync($"/api/interactions/check?conditions={conditions}", HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Contains("21 were given", errors.GetProperty("conditions")[0].GetString());
        Assert.False(errors.TryGetProperty("medications", out _));
    }

    [Fact]
    public async Task NoNamesAtAllIsReportedUnderBothLists()
    {
        var problem = await _client.GetProblemAsync("/api/interactions/check?medications=,", HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Give at least one name in 'medications' or 'conditions'.", errors.GetProperty("medications")[0].GetString());
        Assert.Equal("Give at least one name in 'medications' or 'conditions'.", errors.GetProperty("conditions")[0].GetString());
    }

    [Fact]
    public async Task NegativeZeroIsZero()
    {
        using var response = await _client.GetAsync($"{Lookup}&ageYears=-0");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ageMonths\":0,", body);
        Assert.DoesNotContain("-0", body);
    }

    [Theory]
    [InlineData("ageYears=1.5", "At 1.5 years, ")]
    [InlineData("ageYears=1", "At 1 year, ")]
    [InlineData("ageYears=40", "At 40 years, ")]
    [InlineData("ageMonths=18", "At 18 months, ")]
    [InlineData("ageMonths=1", "At 1 month, ")]
    [InlineData("ageYears=0.5", "At 0.5 years, ")]
    [InlineData("ageYears=0.000000000000001", "At 0.000000000000001 years, ")]
    [InlineData("ageYears=8.99999999999999", "At 8.99999999999999 years, ")]
    [InlineData("ageYears=008.50", "At 8.5 years, ")]
    [InlineData("ageYears=0.00001", "At 0.00001 years, ")]
    public async Task TheSummarySaysTheAgeAsItWasAsked(string age, string start)
    {
        var answer = await _client.OkAsync<DoseLookupResponse>($"{Lookup}&{age}");

        Assert.StartsWith(start, answer.Summary);
    }

    [Fact]
    public async Task AnExcludedIdIsNeverMatchedAsPartOfAName()
    {
        var foods = (await _client.OkAsync<PagedResponse<FoodResponse>>("/api/foods?nutrient=magnesium&pageSize=100")).Items
            .Select(food => (food.Id, food.Name)).ToList();
        // A food whose name holds the digit of another food's id ("fortified with 10% …" holds "1").
        var target = foods.First(food => food.Name.Contains('1', StringComparison.Ordinal) && food.Id != 1);
        Assert.Contains(foods, food => food.Id == 1);
        var others = foods.Where(food => food.Id != target.Id).Select(food => food.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var plan = await _client.OkAsync<FoodPlanResponse>($"/api/foods/plan?nutrient=magnesium&targetMg=1&exclude={string.Join(',', others)}");

        Assert.True(plan.Reachable, plan.Summary);
        Assert.Equal(target.Name, Assert.Single(plan.Items).Name);
    }
}
