using ContentApi.Routing;
using System.ComponentModel;
using System.Text.Json.Nodes;
using ContentApi.Keys;
using ContentApi.Links;
using ContentApi.OpenApi;
using ContentApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContentApi.Editing;

/// <summary>
/// The global sources, behind content:write: create, replace, merge-patch and delete. A source is its own unit of
/// concurrency (not an article's): PUT, PATCH and DELETE take its version ETag, <c>"source-{id}-v{version}"</c>, in
/// If-Match. Its key is what articles cite, so it cannot change, and a source is not deleted while anything cites it.
/// </summary>
internal static class SourceWriteEndpoints
{
    private const string IdDescription = "The source's id, e.g. 2.";

    private const string IfMatchDescription =
        "Required: the source's version ETag, \"source-{id}-v{version}\" (from a write's answer, GET /api/sources/{id}/edit, a 412 or a 428). " +
        "Without it 428; when it is not the current version 412, with the current ETag.";

    public static IEndpointRouteBuilder MapSourceWriteEndpoints(this IEndpointRouteBuilder routes)
    {
        var writes = routes.MapGroup("/api/sources").WithTags(EditingEndpoints.Tag).RequireScope(ApiScopes.ContentWrite);

        writes.MapPost("/", CreateSource)
            .WithRequestBody<SourceRequest, RouteHandlerBuilder>(JsonBody.Json, shape: SourceRequestValidator.CreateShape).WithBody().ProducesProblem(StatusCodes.Status409Conflict)
            .WithResponseHeader("Location", "The source's public address.", status: StatusCodes.Status201Created)
            .WithResponseHeader("ETag", "The new source's version ETag, for If-Match.", status: StatusCodes.Status201Created)
            .WithName("CreateSource").WithSummary("Create a source")
            .WithDescription("Creates a source at version 1; a taken key is a 409 problem. 201 with the source, its ETag and its address. Requires content:write.");

        writes.MapPut("/{id:int}", ReplaceSource)
            .WithRequestBody<SourceRequest, RouteHandlerBuilder>(JsonBody.Json, shape: SourceRequestValidator.ReplaceShape).WithBody().WithSourceIfMatch()
            .WithName("ReplaceSource").WithSummary("Replace a source")
            .WithDescription("Replaces the title, publisher, url and citation (the key stays). Every article citing it is served with the change at once. 200 with the source and its new ETag. Requires content:write and If-Match.");

        writes.MapPatch("/{id:int}", PatchSource)
            .WithRequestBody<SourceRequest, RouteHandlerBuilder>(JsonBody.MergePatch, shape: SourceRequestValidator.PatchShape).WithBody().WithSourceIfMatch()
            .WithName("PatchSource").WithSummary("Change part of a source")
            .WithDescription("An RFC 7396 merge patch (application/merge-patch+json) of title, publisher, url and citation. 200 with the source and its new ETag. Requires content:write and If-Match.");

        writes.MapDelete("/{id:int}", DeleteSource)
            .WithSourceIfMatch().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteSource").WithSummary("Delete a source")
            .WithDescription("Deletes a source nothing cites; while an article, block, dose range, food, interaction, side effect or remedy (drafts included) cites it, a 409 problem. 204. Requires content:write and If-Match.");

        routes.MapGroup("/api/sources").WithTags(EditingEndpoints.Tag).RequireAnyScope(ApiScopes.ContentPreview, ApiScopes.ContentWrite).AnswerHead()
            .MapGet("/{id:int}/edit", GetEditableSource)
            .WithResponseHeader("ETag", "The source's version ETag, \"source-{id}-v{version}\": what If-Match takes.")
            .WithName("GetEditableSource").WithSummary("Get a source for editing")
            .WithDescription("The source with its version and the version ETag that writes take in If-Match. Requires content:preview or content:write.");
        return routes;
    }

    private static async Task<Results<Ok<EditableSourceResponse>, NotFoundProblem>> GetEditableSource(
        [Description(IdDescription)] int id, ISourceWriteRepository sources, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await sources.FindAsync(id, cancellationToken) is not { } stored)
        {
            return NotFoundProblem.For("source", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        response.Headers.ETag = stored.ETag;
        return TypedResults.Ok(stored.Source);
    }

    private static async Task<Results<Created<EditableSourceResponse>, ValidationProblem, EditProblem>> CreateSource(
        HttpRequest request, ISourceWriteRepository sources, PublicLinks links, IOptions<EditingOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.Json, SourceRequestValidator.CreateMembers, options.Value.MaxBodyBytes);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        var checkedSource = Checked(json, SourceRequestValidator.Creating);
        if (checkedSource.Invalid is { } invalid)
        {
            return invalid;
        }

        switch (await sources.CreateAsync(checkedSource.Request!, cancellationToken))
        {
            case SourceOutcome.Written { Source: var created }:
                request.HttpContext.Response.Headers.ETag = created.ETag;
                return TypedResults.Created($"{links.BaseFor(request)}/api/sources/{created.Source.Id}", created.Source);
            case SourceOutcome.Refused { Problem: { } problem }:
                return problem;
            default:
                throw new InvalidOperationException("A create answers written or refused.");
        }
    }

    private static Task<Results<Ok<EditableSourceResponse>, ValidationProblem, NotFoundProblem, EditProblem>> ReplaceSource(
        [Description(IdDescription)] int id, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        HttpRequest request, ISourceWriteRepository sources, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditAsync(id, ifMatch, request, JsonBody.Json, (json, _) => json, sources, options, cancellationToken);

    private static Task<Results<Ok<EditableSourceResponse>, ValidationProblem, NotFoundProblem, EditProblem>> PatchSource(
        [Description(IdDescription)] int id, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        HttpRequest request, ISourceWriteRepository sources, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditAsync(id, ifMatch, request, JsonBody.MergePatch, (patch, current) => MergePatch.Apply(JsonBody.ToObject(
            new SourceRequest(null, current.Title, current.Publisher, current.Url, current.Citation)), patch), sources, options, cancellationToken);

    private static async Task<Results<NoContent, NotFoundProblem, EditProblem>> DeleteSource(
        [Description(IdDescription)] int id, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        ISourceWriteRepository sources, CancellationToken cancellationToken) =>
        await sources.ChangeAsync(id, ifMatch, _ => new SourceEdit(null), cancellationToken) switch
        {
            SourceOutcome.Deleted => TypedResults.NoContent(),
            SourceOutcome.Refused { Problem: { } problem } => problem,
            _ => NotFoundProblem.For("source", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };

    /// <summary>PUT and PATCH: the body (413, 415, 400), then under the lock the document <paramref name="document"/> makes of it and the current source, checked.</summary>
    private static async Task<Results<Ok<EditableSourceResponse>, ValidationProblem, NotFoundProblem, EditProblem>> EditAsync(
        int id, string? ifMatch, HttpRequest request, string mediaType, Func<JsonObject, EditableSourceResponse, JsonObject> document,
        ISourceWriteRepository sources, IOptions<EditingOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, mediaType, SourceRequestValidator.EditMembers, options.Value.MaxBodyBytes);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        var outcome = await sources.ChangeAsync(id, ifMatch, current =>
        {
            var edited = Checked(document(json, current), SourceRequestValidator.Editing);
            return edited.Request is { } source
                ? new SourceEdit(current with { Title = source.Title!, Publisher = source.Publisher!, Url = source.Url, Citation = source.Citation })
                : new SourceEdit(null, edited.Invalid);
        }, cancellationToken);
        switch (outcome)
        {
            case SourceOutcome.Written { Source: var written }:
                request.HttpContext.Response.Headers.ETag = written.ETag;
                return TypedResults.Ok(written.Source);
            case SourceOutcome.Refused { Invalid: { } invalid }:
                return invalid;
            case SourceOutcome.Refused { Problem: { } problem }:
                return problem;
            default:
                return NotFoundProblem.For("source", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The object read as a source request and checked, or the 400.</summary>
    private static (SourceRequest? Request, ValidationProblem? Invalid) Checked(JsonObject json, SourceRequestValidator rules)
    {
        var bound = JsonBody.Bind<SourceRequest>(json);
        if (bound.Value is not { } source)
        {
            return (null, bound.Invalid);
        }

        return CollectionRules.Check(rules, source) is { } invalid ? (null, invalid) : (source, null);
    }

    /// <summary>An operation on an existing source: If-Match, its 412 and 428, and the new ETag of its success.</summary>
    private static RouteHandlerBuilder WithSourceIfMatch(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .WithResponseHeader("ETag", "The source's new version ETag, for the next If-Match.")
        .WithResponseHeader("ETag", "The source's current version ETag: read it again, reapply the change, and send this.", status: StatusCodes.Status412PreconditionFailed)
        .WithResponseHeader("ETag", "The source's current version ETag, to send in If-Match.", status: StatusCodes.Status428PreconditionRequired);
}
