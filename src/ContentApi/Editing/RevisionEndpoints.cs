using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using ContentApi.Json;
using ContentApi.Links;
using ContentApi.OpenApi;
using ContentApi.Paging;
using ContentApi.Problems;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Editing;

/// <summary>
/// An article's history: the editor's view of the current article, its revisions, one revision with its snapshot, a
/// JSON Patch between two, and restoring one. Reads need <c>content:preview</c> or <c>content:write</c> (they show drafts).
/// </summary>
internal static class RevisionEndpoints
{
    private const string NumberDescription = "The revision's number: 1 for the article's creation, then one more per write.";

    public static void MapReads(RouteGroupBuilder reads)
    {
        reads.MapGet("/{slug}/edit", GetEditableArticle)
            .WithResponseHeader("ETag", "The article's version ETag, \"article-{id}-v{version}\": what If-Match takes.")
            .WithName("GetEditableArticle")
            .WithSummary("Get an article for editing")
            .WithDescription("The article whatever its status (drafts included): metadata, publication state, version and body, with the version ETag that writes take in If-Match. Requires content:preview or content:write.");

        reads.MapGet("/{slug}/revisions", ListRevisions)
            .WithRequestValidation()
            .WithName("ListArticleRevisions")
            .WithSummary("List an article's revisions")
            .WithDescription("The revisions, oldest first, a page at a time (the newest are on the last page, linked as rel=\"last\"): number, time, the key's name and what changed, without snapshots. Requires content:preview or content:write.");

        reads.MapGet("/{slug}/revisions/{number:int}", GetRevision)
            .WithName("GetArticleRevision")
            .WithSummary("Get one revision")
            .WithDescription("One revision with the whole article as it stood after that write. Requires content:preview or content:write.");

        reads.MapGet("/{slug}/revisions/{number:int}/diff", DiffRevisions)
            .WithRequestValidation()
            .WithName("DiffArticleRevisions")
            .WithSummary("Compare two revisions")
            .WithDescription("An RFC 6902 JSON Patch that turns the snapshot of revision 'from' into that of revision {number} (arrays compared by index). Requires content:preview or content:write.");
    }

    private static async Task<Results<Ok<EditableArticleResponse>, NotFoundProblem>> GetEditableArticle(
        [Description(EditingEndpoints.SlugDescription)] string slug, IArticleWriteRepository articles, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await articles.FindAsync(slug, cancellationToken) is not { } stored)
        {
            return NotFoundProblem.For("article", slug);
        }

        response.Headers.ETag = stored.ETag;
        return TypedResults.Ok(stored.Article);
    }

    private static async Task<Results<Ok<PagedResponse<RevisionSummaryResponse>>, NotFoundProblem>> ListRevisions(
        [Description(EditingEndpoints.SlugDescription)] string slug, [AsParameters] PagingQuery paging, IArticleWriteRepository articles, PublicLinks links,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (await articles.ListRevisionsAsync(slug, paging, cancellationToken) is not { } revisions)
        {
            return NotFoundProblem.For("article", slug);
        }

        var linkBase = links.BaseFor(context.Request);
        return PagedResults.Ok(context, PagedResponse.Create(revisions, paging, revision => new RevisionSummaryResponse(
            revision.Number, Database.Timestamps.Parse(revision.CreatedAt), revision.KeyName, revision.Summary,
            $"{linkBase}/api/articles/{Uri.EscapeDataString(slug)}/revisions/{revision.Number}")));
    }

    private static async Task<Results<Ok<RevisionResponse>, NotFoundProblem>> GetRevision(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(NumberDescription)] int number,
        IArticleWriteRepository articles, CancellationToken cancellationToken) =>
        await articles.FindRevisionAsync(slug, number, cancellationToken) is { } revision
            ? TypedResults.Ok(revision with { Snapshot = revision.Snapshot.CompletedFrom(null) })
            : NoSuchRevision(slug, number);

    private static async Task<Results<Ok<RevisionDiffResponse>, ValidationProblem, NotFoundProblem>> DiffRevisions(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(NumberDescription)] int number,
        [AsParameters] RevisionDiffQuery query, IArticleWriteRepository articles, CancellationToken cancellationToken)
    {
        // Validated before the handler runs (WithRequestValidation): present, a whole number, at least 1.
        var fromNumber = query.From!.Value!.Value;

        if (await articles.FindRevisionAsync(slug, fromNumber, cancellationToken) is not { } older)
        {
            return NoSuchRevision(slug, fromNumber);
        }

        if (await articles.FindRevisionAsync(slug, number, cancellationToken) is not { } newer)
        {
            return NoSuchRevision(slug, number);
        }

        var patch = JsonPatchDiff.Between(Snapshot(older), Snapshot(newer));
        return TypedResults.Ok(new RevisionDiffResponse(fromNumber, number, patch));
    }

    /// <summary>
    /// A new revision whose content (metadata, body and collections) is that of revision <paramref name="number"/>; the
    /// publication state and schedule stay. A collection the snapshot lacks (stored before collections were in the
    /// aggregate) stays as it is: an old revision restores what it recorded and nothing it did not.
    /// </summary>
    public static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> RestoreRevision(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(NumberDescription)] int number,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpResponse response, ClaimsPrincipal user, IArticleWriteRepository articles, CancellationToken cancellationToken)
    {
        if (await articles.FindRevisionAsync(slug, number, cancellationToken) is not { } revision)
        {
            return NoSuchRevision(slug, number);
        }

        var outcome = await articles.ChangeAsync(slug, ifMatch, current => ArticleDocuments.Replace(
            revision.Snapshot.CompletedFrom(current) with { Slug = current.Slug, Status = current.Status, PublishedAt = current.PublishedAt, ScheduledAt = current.ScheduledAt, Version = current.Version },
            $"Restored revision {number}."), EditingEndpoints.Author(user), cancellationToken);
        return EditingEndpoints.Answer(outcome, slug, response);
    }

    private static NotFoundProblem NoSuchRevision(string slug, int number) => NotFoundProblem.Because($"Article '{slug}' has no revision {number}.");

    private static JsonElement Snapshot(RevisionResponse revision) =>
        JsonSerializer.SerializeToElement(revision.Snapshot.CompletedFrom(null), ContentJsonContext.Default.EditableArticleResponse);
}
