using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

[Collection(SharedApi.Name)]
public class ArticleFieldsTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private static readonly string[] Collections = ["sections", "doseRanges", "foods", "interactions", "sideEffects", "remedies", "relatedArticles", "sources"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task FieldsReturnsOnlyTheNamedMembers()
    {
        var full = await _client.OkJsonAsync(ArticleUrl);
        var sparse = await _client.OkJsonAsync($"{ArticleUrl}?fields=title,sections");

        Assert.Equal(["title", "sections"], Members(sparse));
        Assert.Equal(full.GetProperty("sections").GetRawText(), sparse.GetProperty("sections").GetRawText());
        Assert.Equal("Magnesium for Restless Legs", sparse.GetProperty("title").GetString());
    }

    [Fact]
    public async Task FieldNamesAreCaseInsensitive()
    {
        var sparse = await _client.OkJsonAsync($"{ArticleUrl}?fields=Title,DOSERANGES");

        Assert.Equal(["title", "doseRanges"], Members(sparse));
    }

    [Fact]
    public async Task IncludeEmbedsOnlyTheChosenCollections()
    {
        var article = await _client.OkJsonAsync($"{ArticleUrl}?include=doseRanges,sources");
        var members = Members(article);

        Assert.Contains("doseRanges", members);
        Assert.Contains("sources", members);
        Assert.Contains("title", members);
        Assert.Contains("version", members);
        Assert.DoesNotContain("sections", members);
        Assert.DoesNotContain("foods", members);
        Assert.True(article.GetProperty("doseRanges").GetArrayLength() > 0);
    }

    [Fact]
    public async Task EmptyIncludeIsRefusedLikeEmptyFields()
    {
        foreach (var parameter in new[] { "include", "fields" })
        {
            var messages = await _client.GetValidationErrorsAsync($"{ArticleUrl}?{parameter}=", parameter);

            Assert.Equal($"'{parameter}' needs at least one name; leave it out to get them all.", Assert.Single(messages));
        }
    }

    [Fact]
    public async Task WithoutParametersEveryCollectionIsEmbedded()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);

        Assert.All(Collections, collection => Assert.True(article.GetProperty(collection).GetArrayLength() > 0, collection));
    }

    [Theory]
    [InlineData("fields=title,colour", "fields", "colour")]
    [InlineData("fields=,", "fields", "at least one")]
    [InlineData("include=%20", "include", "at least one")]
    [InlineData("include=foods,title", "include", "title")]
    [InlineData("include=recipes", "include", "sideEffects")]
    public async Task UnknownNamesAreAProblemListingTheValidOnes(string query, string parameter, string messagePart)
    {
        var problem = await _client.GetProblemAsync($"{ArticleUrl}?{query}", HttpStatusCode.BadRequest);

        Assert.Contains(messagePart, problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task OpenApiDescribesBothParametersWithTheirAllowedValues()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var parameters = document.GetProperty("paths").GetProperty("/api/articles/{slug}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(parameter => parameter.GetProperty("name").GetString()!);

        var include = parameters["include"];
        Assert.Equal("array", include.GetProperty("schema").GetProperty("type").GetString());
        Assert.False(include.GetProperty("explode").GetBoolean());
        Assert.Equal(Collections, include.GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(value => value.GetString()!).ToArray());
        var fields = parameters["fields"].GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(value => value.GetString()).ToArray();
        Assert.Contains("title", fields);
        Assert.Contains("sections", fields);
    }

    private static string[] Members(JsonElement element) => element.EnumerateObject().Select(property => property.Name).ToArray();
}
