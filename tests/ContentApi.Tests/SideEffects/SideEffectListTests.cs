using System.Net;
using ContentApi.Paging;
using ContentApi.SideEffects;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.SideEffects;

[Collection(SharedApi.Name)]
public class SideEffectListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task CommonSideEffectsAreTheRestoredList()
    {
        var page = await _client.OkAsync<PagedResponse<SideEffectResponse>>("/api/side-effects?severity=common");

        Assert.Equal(["Stomach upset", "Nausea", "Vomiting", "Diarrhea", "Abdominal cramping"], page.Items.Select(item => item.Name));
    }

    [Fact]
    public async Task SevereSideEffectsIncludeTheToxicitySigns()
    {
        var page = await _client.OkAsync<PagedResponse<SideEffectResponse>>("/api/side-effects?severity=SEVERE&pageSize=100");
        var names = page.Items.Select(item => item.Name);

        Assert.Contains("Confusion", names);
        Assert.Contains("Cardiac arrest", names);
        Assert.All(page.Items, item => Assert.Equal("severe", item.Severity));
    }

    [Fact]
    public async Task SortByNameDescending()
    {
        var names = (await _client.OkAsync<PagedResponse<SideEffectResponse>>("/api/side-effects?sort=-name&pageSize=100")).Items.Select(item => item.Name);

        Assert.Equal(names.OrderDescending(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task UnknownSeverityIsRejectedListingTheAllowedValues()
    {
        var problem = await _client.GetProblemAsync("/api/side-effects?severity=mild", HttpStatusCode.BadRequest);

        Assert.Contains("common, severe", problem.GetProperty("errors").GetProperty("severity")[0].GetString());
    }
}
