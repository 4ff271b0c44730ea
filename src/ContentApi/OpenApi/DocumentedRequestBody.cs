namespace ContentApi.OpenApi;

/// <summary>
/// Endpoint metadata: the body an endpoint reads itself (not through the binder), for the OpenAPI document
/// (<see cref="WriteOperationFilter"/>). Unlike <c>Accepts</c>, routing does not act on it, so a request of another
/// media type reaches authorization first (401/403 before 415) and then the endpoint's own 415 problem.
/// </summary>
public sealed record DocumentedRequestBody(Type Type, string ContentType, bool Required);

public static class DocumentedRequestBodyExtensions
{
    public static TBuilder WithRequestBody<TBody, TBuilder>(this TBuilder builder, string contentType, bool required = true)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedRequestBody(typeof(TBody), contentType, required));
}
