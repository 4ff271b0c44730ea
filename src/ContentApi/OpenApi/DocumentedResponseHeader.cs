namespace ContentApi.OpenApi;

/// <summary>Endpoint metadata: a header its responses of one status (200 unless said) carry, for the OpenAPI document (HttpResponsesOperationFilter).</summary>
public sealed record DocumentedResponseHeader(string Name, string Description, bool Required, int Status = StatusCodes.Status200OK);

public static class DocumentedResponseHeaderExtensions
{
    public static TBuilder WithResponseHeader<TBuilder>(
        this TBuilder builder, string name, string description, bool required = true, int status = StatusCodes.Status200OK)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedResponseHeader(name, description, required, status));
}
