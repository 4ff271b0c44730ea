namespace ContentApi.OpenApi;

/// <summary>
/// Endpoint metadata: the body an endpoint reads itself (not through the binder), for the OpenAPI document
/// (<see cref="WriteOperationFilter"/>). Unlike <c>Accepts</c>, routing does not act on it, so a request of another
/// media type reaches authorization first (401/403 before 415) and then the endpoint's own 415 problem.
/// </summary>
/// <param name="Type">The record the endpoint binds the body to.</param>
/// <param name="ContentType">The media type it reads.</param>
/// <param name="Required">Whether a body must be sent.</param>
/// <param name="Shape">
/// When one record is read by several operations that take different members (create with a slug, PUT without, PATCH
/// with none required), the operation's own schema: see <see cref="RequestShape"/>. Null: the record's schema as it is.
/// </param>
public sealed record DocumentedRequestBody(Type Type, string ContentType, bool Required, RequestShape? Shape = null);

/// <summary>
/// An operation's view of a shared request record, documented as its own schema <paramref name="SchemaName"/>: only the
/// <paramref name="Members"/> the endpoint reads (the very set it passes to <c>JsonBody.ReadObjectAsync</c>, so the two
/// cannot drift), the <paramref name="RequiredMembers"/> its validator refuses to miss, and <paramref name="NonNullMembers"/>
/// (default: the required ones) documented as never null, since the validator refuses null there too.
/// </summary>
public sealed record RequestShape(
    string SchemaName, IReadOnlySet<string> Members, IReadOnlyCollection<string> RequiredMembers,
    IReadOnlyCollection<string>? NonNullMembers = null, string? Description = null);

public static class DocumentedRequestBodyExtensions
{
    public static TBuilder WithRequestBody<TBody, TBuilder>(this TBuilder builder, string contentType, bool required = true, RequestShape? shape = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedRequestBody(typeof(TBody), contentType, required, shape));
}
