using ContentApi.Routing;
using System.ComponentModel;
using System.Security.Claims;
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
/// The write API for articles (issue 13), behind <c>content:write</c>: create, replace, merge-patch, publish, unpublish,
/// delete and restore a revision. Every write on an existing article needs <c>If-Match</c> with its version ETag
/// (<see cref="ArticleVersionTag"/>) and runs in one BEGIN IMMEDIATE transaction that also stores the revision.
/// Answers: 201 (create) or 200 with the article and its new ETag; 204 for delete.
/// </summary>
internal static class EditingEndpoints
{
    public const string Tag = "Editing";

    internal const string SlugDescription = "The article's slug, e.g. 'magnesium-for-restless-legs'.";

    internal const string IfMatchDescription =
        "Required: the article's version ETag, \"article-{id}-v{version}\" (from a write's answer, GET /api/articles/{slug}/edit or a 412), or *. " +
        "Without it 428; when it is not the current version 412, with the current ETag. Weak tags never match.";

    public static IServiceCollection AddEditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EditingOptions>().Bind(configuration.GetSection(EditingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<ContentWriter>();
        services.AddSingleton<IArticleWriteRepository, ArticleWriteRepository>();
        services.AddSingleton<ISourceWriteRepository, SourceWriteRepository>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublisher>());
        return services;
    }

    public static IEndpointRouteBuilder MapEditingEndpoints(this IEndpointRouteBuilder routes)
    {
        var writes = routes.MapGroup("/api/articles").WithTags(Tag).RequireScope(ApiScopes.ContentWrite);

        writes.MapPost("/", CreateArticle)
            .WithRequestBody<ArticleDocumentRequest, RouteHandlerBuilder>(JsonBody.Json, shape: ArticleDocuments.CreateShape)
            .WithBody().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithResponseHeader("Location", "The article's address (GET there answers 404 while it is a draft; GET …/edit shows it).", status: StatusCodes.Status201Created)
            .WithResponseHeader("ETag", "The new article's version ETag, for If-Match.", status: StatusCodes.Status201Created)
            .WithName("CreateArticle")
            .WithSummary("Create an article")
            .WithDescription("Creates a draft from the document (slug, metadata and optionally sections); revision 1. A taken slug is a 409 problem; with `If-None-Match: *` a 412 (refuses to overwrite). Requires content:write.");

        writes.MapPut("/{slug}", ReplaceArticle)
            .WithRequestBody<ArticleDocumentRequest, RouteHandlerBuilder>(JsonBody.Json, shape: ArticleDocuments.ReplaceShape)
            .WithBody().WithIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("ReplaceArticle")
            .WithSummary("Replace an article's content")
            .WithDescription("Replaces the metadata and the whole body (sections left out = none) with the document; the slug and publication state stay. A published article keeps at least one section (422). 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPatch("/{slug}", PatchArticle)
            .WithRequestBody<ArticleDocumentRequest, RouteHandlerBuilder>(JsonBody.MergePatch, shape: ArticleDocuments.PatchShape)
            .WithBody().WithIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("PatchArticle")
            .WithSummary("Change part of an article")
            .WithDescription("An RFC 7396 merge patch (application/merge-patch+json) of the editable members: a member sent replaces, null removes (then the rules apply: title etc. are required), 'sections' is replaced whole; a published article keeps at least one section (422). 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPost("/{slug}/publish", PublishArticle)
            .WithRequestBody<PublishRequest, RouteHandlerBuilder>(JsonBody.Json, required: false)
            .WithBody().WithIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("PublishArticle")
            .WithSummary("Publish an article")
            .WithDescription("Makes the article public now, or schedules it: the body is optional, and { \"publishedAt\": … } in the future keeps the draft hidden until then, when it is published (a revision by the key that scheduled it; scheduledAt shows the time). A published article must have at least one section (422); a published article is unpublished before it is scheduled (422). Requires content:write and If-Match.");

        writes.MapPost("/{slug}/unpublish", UnpublishArticle)
            .WithIfMatch()
            .WithName("UnpublishArticle")
            .WithSummary("Unpublish an article")
            .WithDescription("Makes the article a draft again, and cancels a schedule: public reads answer 404 for it at once. Its first publication time is kept. Requires content:write and If-Match.");

        writes.MapDelete("/{slug}", DeleteArticle)
            .WithIfMatch()
            .WithName("DeleteArticle")
            .WithSummary("Delete an article")
            .WithDescription("Deletes the article with its sections and blocks. A published article's dose ranges, foods and other figures stay, no longer tied to it (and public); a draft's are deleted with it, as they were never public. The last revision records what it held. 204. Requires content:write and If-Match.");

        writes.MapPost("/{slug}/revisions/{number:int}/restore", RevisionEndpoints.RestoreRevision)
            .WithIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RestoreArticleRevision")
            .WithSummary("Restore a revision")
            .WithDescription("Makes the article's metadata, body (sections and blocks) and collections (dose ranges, foods, interactions, side effects, remedies, cited sources, related articles) what they were at the revision; its publication state stays. A collection the revision did not record (it predates collections in revisions) stays as it is. A new revision; a published article keeps at least one section (422). Requires content:write and If-Match.");

        SectionEndpoints.MapWrites(writes);
        CollectionEndpoints.MapWrites(writes);
        CitationEndpoints.MapWrites(writes);
        RevisionEndpoints.MapReads(routes.MapGroup("/api/articles").WithTags(Tag).RequireAnyScope(ApiScopes.ContentPreview, ApiScopes.ContentWrite).AnswerHead());
        return routes;
    }

    private static async Task<Results<Created<EditableArticleResponse>, ValidationProblem, EditProblem>> CreateArticle(
        [FromHeader(Name = "If-None-Match"), Description("Optional: * refuses to overwrite: a taken slug is then a 412 instead of a 409.")] string? ifNoneMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, PublicLinks links, IOptions<EditingOptions> options,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.Json, ArticleDocuments.CreateMembers, options.Value.MaxBodyBytes);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        var bound = JsonBody.Bind<ArticleDocumentRequest>(json);
        if (bound.Value is not { } document)
        {
            return bound.Invalid!;
        }

        if (ArticleDocuments.Check(document, creating: true) is { } invalid)
        {
            return invalid;
        }

        var overwriteRefused = ifNoneMatch?.Trim() == "*";
        var outcome = await articles.CreateAsync(document.Slug!, ArticleDocuments.ToArticle(document, null), overwriteRefused, Author(user), cancellationToken);
        if (outcome is not WriteOutcome.Written { Article: var created })
        {
            var refused = (WriteOutcome.Refused)outcome;
            return refused.Invalid is { } unknownSource ? unknownSource : refused.Problem!;
        }

        request.HttpContext.Response.Headers.ETag = created.ETag;
        return TypedResults.Created($"{links.BaseFor(request)}/api/articles/{Uri.EscapeDataString(created.Article.Slug)}", created.Article);
    }

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> ReplaceArticle(
        [Description(SlugDescription)] string slug, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        WriteWithBodyAsync(slug, ifMatch, request, JsonBody.Json, ArticleDocuments.EditMembers,
            (document, current) => Edited(document, current, "Replaced."), user, articles, options, cancellationToken);

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> PatchArticle(
        [Description(SlugDescription)] string slug, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        WriteWithBodyAsync(slug, ifMatch, request, JsonBody.MergePatch, ArticleDocuments.EditMembers,
            (patch, current) => Edited(MergePatch.Apply(JsonBody.ToObject(ArticleDocuments.ToRequest(current)), patch), current, "Patched."),
            user, articles, options, cancellationToken);

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> PublishArticle(
        [Description(SlugDescription)] string slug, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, TimeProvider time,
        ScheduledPublisher publisher, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.Json, ArticleDocuments.PublishMembers, options.Value.MaxBodyBytes, optional: true);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        var bound = JsonBody.Bind<PublishRequest>(json);
        if (bound.Value is not { } publish)
        {
            return bound.Invalid!;
        }

        var now = time.GetUtcNow();
        var scheduled = publish.PublishedAt > now;
        var outcome = await articles.ChangeAsync(slug, ifMatch, current => current switch
        {
            { Sections.Count: 0 } => ArticleChange.Refused(EditProblem.RuleBroken($"{ArticleDocuments.PublishedNeedsASection} '{slug}' has none; add one with PUT or PATCH first.")),
            { Status: "published" } when scheduled => ArticleChange.Refused(EditProblem.RuleBroken($"'{slug}' is published already; unpublish it first to schedule its publication.")),
            _ when scheduled => new ArticleChange.Replace(current with { ScheduledAt = publish.PublishedAt }, $"Scheduled for {publish.PublishedAt!.Value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}."),
            _ => new ArticleChange.Replace(current with { Status = "published", PublishedAt = publish.PublishedAt ?? current.PublishedAt ?? now, ScheduledAt = null }, "Published."),
        }, Author(user), cancellationToken);
        if (scheduled && outcome is WriteOutcome.Written)
        {
            publisher.Wake();
        }

        return Answer(outcome, slug, request.HttpContext.Response);
    }

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> UnpublishArticle(
        [Description(SlugDescription)] string slug, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        HttpResponse response, ClaimsPrincipal user, IArticleWriteRepository articles, CancellationToken cancellationToken) =>
        Answer(await articles.ChangeAsync(slug, ifMatch, current => new ArticleChange.Replace(current with { Status = "draft", ScheduledAt = null }, "Unpublished."),
            Author(user), cancellationToken), slug, response);

    private static async Task<Results<NoContent, NotFoundProblem, EditProblem>> DeleteArticle(
        [Description(SlugDescription)] string slug, [FromHeader(Name = "If-Match"), Description(IfMatchDescription)] string? ifMatch,
        ClaimsPrincipal user, IArticleWriteRepository articles, CancellationToken cancellationToken) =>
        await articles.ChangeAsync(slug, ifMatch, _ => new ArticleChange.Delete(), Author(user), cancellationToken) switch
        {
            WriteOutcome.Deleted => TypedResults.NoContent(),
            WriteOutcome.Refused { Problem: { } problem } => problem,
            _ => NotFoundProblem.For("article", slug),
        };

    /// <summary>
    /// A write with a JSON body on an existing article: read the body (413, 415, 400), then, under the write lock and
    /// after If-Match, let <paramref name="change"/> decide from the body and the current article.
    /// </summary>
    internal static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> WriteWithBodyAsync(
        string slug, string? ifMatch, HttpRequest request, string mediaType, IReadOnlySet<string> members,
        Func<JsonObject, EditableArticleResponse, ArticleChange> change,
        ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, mediaType, members, options.Value.MaxBodyBytes);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        var outcome = await articles.ChangeAsync(slug, ifMatch, current => change(json, current), Author(user), cancellationToken);
        return Answer(outcome, slug, request.HttpContext.Response);
    }

    /// <summary>PUT and PATCH: the whole editable document, read and checked, as the article's new content.</summary>
    private static ArticleChange Edited(JsonObject document, EditableArticleResponse current, string summary)
    {
        var bound = JsonBody.Bind<ArticleDocumentRequest>(document);
        if (bound.Value is not { } edited)
        {
            return ArticleChange.Refused(bound.Invalid!);
        }

        return ArticleDocuments.Check(edited, creating: false) is { } invalid
            ? ArticleChange.Refused(invalid)
            : ArticleDocuments.Replace(ArticleDocuments.ToArticle(edited, current), summary);
    }

    /// <summary>A write's answer: 200 with the article and its ETag, or why not.</summary>
    internal static Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem> Answer(WriteOutcome outcome, string slug, HttpResponse response)
    {
        switch (outcome)
        {
            case WriteOutcome.Written { Article: var written }:
                response.Headers.ETag = written.ETag;
                return TypedResults.Ok(written.Article);
            case WriteOutcome.Refused { Invalid: { } invalid }:
                return invalid;
            case WriteOutcome.Refused { Problem: { } problem }:
                return problem;
            default:
                return NotFoundProblem.For("article", slug);
        }
    }

    internal static WriteAuthor Author(ClaimsPrincipal user) =>
        new(ApiKeyPrincipal.IdOf(user), user.FindFirstValue(ClaimTypes.Name) ?? "");

    /// <summary>An operation that reads a JSON body: 413 and 415 besides its own answers.</summary>
    internal static RouteHandlerBuilder WithBody(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>An operation on an existing article: If-Match, its 412 and 428, and the new ETag of its success.</summary>
    internal static RouteHandlerBuilder WithIfMatch(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .WithResponseHeader("ETag", "The article's new version ETag, for the next If-Match.")
        .WithResponseHeader("ETag", "The article's current version ETag: read it again, reapply the change, and send this.", status: StatusCodes.Status412PreconditionFailed)
        .WithResponseHeader("ETag", "The article's current version ETag, to send in If-Match.", status: StatusCodes.Status428PreconditionRequired);
}
