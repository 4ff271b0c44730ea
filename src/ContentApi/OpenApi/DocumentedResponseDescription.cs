namespace ContentApi.OpenApi;

/// <summary>
/// Endpoint metadata: what one status means for this operation, replacing the document's general description of it
/// (WriteOperationFilter applies it last), for an operation whose 409 or 429 has a cause of its own.
/// </summary>
public sealed record DocumentedResponseDescription(int Status, string Description);

public static class DocumentedResponseDescriptionExtensions
{
    public static TBuilder WithResponseDescription<TBuilder>(this TBuilder builder, int status, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedResponseDescription(status, description));
}
