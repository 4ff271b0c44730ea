using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

/// <summary>
/// The article's JSON is written column by column from SQLite (<c>ArticleJsonWriter</c>); the other endpoints read the
/// same rows through Dapper and the serializer. Every item the article embeds must be, value for value, what its own
/// endpoint serves: a column read from the wrong position keeps the JSON's shape but not its values.
/// </summary>
[Collection(SharedApi.Name)]
public class ArticleCollectionValuesTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("doseRanges", "/api/dose-ranges")]
    [InlineData("foods", "/api/foods")]
    [InlineData("interactions", "/api/interactions")]
    [InlineData("sideEffects", "/api/side-effects")]
    [InlineData("remedies", "/api/remedies")]
    public async Task EachEmbeddedFigureIsWhatItsOwnEndpointServes(string collection, string endpoint)
    {
        var items = (await _client.OkJsonAsync(ArticleUrl)).GetProperty(collection).EnumerateArray().ToList();

        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var own = await _client.OkJsonAsync($"{endpoint}/{item.GetProperty("id").GetInt32()}");
            Assert.Equal(own.GetRawText(), item.GetRawText());
        }
    }

    [Fact]
    public async Task EachEmbeddedSourceIsWhatTheSourceListServes()
    {
        var sources = (await _client.OkJsonAsync(ArticleUrl)).GetProperty("sources").EnumerateArray().ToList();
        var listed = (await _client.OkJsonAsync("/api/sources?pageSize=100")).Items()
            .ToDictionary(source => source.GetProperty("id").GetInt32(), source => source.GetRawText());

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.Equal(listed[source.GetProperty("id").GetInt32()], source.GetRawText()));
    }

    [Fact]
    public async Task TheEmbeddedSectionsAreWhatTheSectionsEndpointServes()
    {
        var sections = (await _client.OkJsonAsync(ArticleUrl)).GetProperty("sections");
        using var own = JsonDocument.Parse(await _client.GetStringAsync($"{ArticleUrl}/sections"));

        Assert.Equal(own.RootElement.GetRawText(), sections.GetRawText());
    }
}
