using ContentApi.Json;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Json;

[Collection(SharedApi.Name)]
public class SourceGenerationTests(ContentApiFactory factory)
{
    [Fact]
    public void EveryTypeAnEndpointReturnsHasSourceGeneratedMetadata()
    {
        factory.CreateClient();
        var okTypes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(endpoint => endpoint.Metadata.OfType<IProducesResponseTypeMetadata>())
            .Where(metadata => metadata.StatusCode == 200 && metadata.Type is not null && metadata.Type != typeof(void))
            .Select(metadata => metadata.Type!)
            .Distinct()
            .ToList();

        Assert.True(okTypes.Count >= 15, $"found only {okTypes.Count} response types");
        Assert.All(okTypes, type => Assert.True(ContentJsonContext.Default.GetTypeInfo(type) is not null, $"{type} is not in ContentJsonContext"));
    }
}
