namespace ContentApi.Json;

internal static class JsonSetup
{
    /// <summary>Source-generated metadata first; reflection remains only for types outside the API (OpenAPI, problems).</summary>
    public static IServiceCollection AddContentJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ContentJsonContext.Default));
}
