namespace ContentApi.OpenApi;

/// <summary>Endpoint metadata: a header its 200 responses carry, for the OpenAPI document (HttpResponsesOperationFilter).</summary>
public sealed record DocumentedResponseHeader(string Name, string Description, bool Required);

public static class DocumentedResponseHeaderExtensions
{
    public static TBuilder WithResponseHeader<TBuilder>(this TBuilder builder, string name, string description, bool required = true)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedResponseHeader(name, description, required));
}
