using System.ComponentModel;
using ContentApi.Editing;
using ContentApi.Keys;
using ContentApi.OpenApi;
using ContentApi.Paging;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ContentApi.Comments;

/// <summary>
/// Moderation behind comments:moderate: the comments of a status, a status set (approve, reject, spam), deleting one,
/// and the erasure of an address. Answers are private (the key's). What changes the public threads stamps the content
/// scopes in the same transaction (migration 0018's triggers), so cached reads follow at once.
/// </summary>
internal static class CommentModerationEndpoints
{
    public const string Tag = "Comment moderation";

    private const string IdDescription = "The comment's id, e.g. 12.";

    public static IEndpointRouteBuilder MapCommentModerationEndpoints(this IEndpointRouteBuilder routes)
    {
        var moderation = routes.MapGroup("/api/comments").WithTags(Tag).RequireScope(ApiScopes.CommentsModerate);

        moderation.MapGet("/", ListComments)
            .WithRequestValidation()
            .WithName("ListCommentsForModeration").WithSummary("List comments by status")
            .WithDescription("Comments of one status (pending by default: the queue), oldest first, with each one's article, e-mail address and why a defence held it. Paginated; navigation links are in the Link header. Requires comments:moderate.");

        foreach (var (segment, handler, status, name, summary) in new (string, Delegate, string, string, string)[]
                 {
                     ("approve", Approve, CommentStatus.Approved, "ApproveComment", "Approve a comment"),
                     ("reject", Reject, CommentStatus.Rejected, "RejectComment", "Reject a comment"),
                     ("spam", MarkSpam, CommentStatus.Spam, "MarkCommentSpam", "Mark a comment as spam"),
                 })
        {
            moderation.MapPost($"{IdRoute.Template}/{segment}", handler)
                .WithName(name).WithSummary(summary)
                .WithDescription($"Sets the comment's status to {status}; {(status == CommentStatus.Approved ? "it is public at once, under its article (a reply once its parent is approved too)" : "it is no longer public, nor are its replies")}. " +
                                 "Setting the status it has changes nothing. 200 with the comment. Requires comments:moderate.");
        }

        moderation.MapDelete(IdRoute.Template, DeleteComment)
            .WithName("DeleteComment").WithSummary("Delete a comment")
            .WithDescription("Deletes the comment, its e-mail address and client hash, and its replies. 204. Requires comments:moderate.");

        moderation.MapPost("/erasure", EraseAddress)
            .WithRequestBody<ErasureRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody()
            .WithName("EraseCommentAuthor").WithSummary("Erase every comment of an e-mail address")
            .WithDescription("The right to erasure: deletes every comment posted with the address (any case), whatever its status, with the address itself and the client hashes, " +
                             "and the replies under those comments. 200 with how many went. The address is in the body, never in a URL, so it is in no log. Requires comments:moderate.");
        return routes;
    }

    private static async Task<Ok<PagedResponse<ModeratedCommentResponse>>> ListComments(
        [AsParameters] CommentModerationQuery query, [AsParameters] PagingQuery paging, ICommentRepository comments, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await comments.ListByStatusAsync(query.StatusOrPending, paging, cancellationToken));

    private static Task<Results<Ok<ModeratedCommentResponse>, NotFoundProblem, EditProblem>> Approve(
        [Description(IdDescription)] int id, ICommentRepository comments, CancellationToken cancellationToken) =>
        SetStatusAsync(id, CommentStatus.Approved, comments, cancellationToken);

    private static Task<Results<Ok<ModeratedCommentResponse>, NotFoundProblem, EditProblem>> Reject(
        [Description(IdDescription)] int id, ICommentRepository comments, CancellationToken cancellationToken) =>
        SetStatusAsync(id, CommentStatus.Rejected, comments, cancellationToken);

    private static Task<Results<Ok<ModeratedCommentResponse>, NotFoundProblem, EditProblem>> MarkSpam(
        [Description(IdDescription)] int id, ICommentRepository comments, CancellationToken cancellationToken) =>
        SetStatusAsync(id, CommentStatus.Spam, comments, cancellationToken);

    private static async Task<Results<Ok<ModeratedCommentResponse>, NotFoundProblem, EditProblem>> SetStatusAsync(
        int id, string status, ICommentRepository comments, CancellationToken cancellationToken) =>
        await comments.SetStatusAsync(id, status, cancellationToken) switch
        {
            { Busy: { } busy } => busy,
            { Comment: { } comment } => TypedResults.Ok(comment),
            _ => NotFoundProblem.For("comment", id),
        };

    private static async Task<Results<NoContent, NotFoundProblem, EditProblem>> DeleteComment(
        [Description(IdDescription)] int id, ICommentRepository comments, CancellationToken cancellationToken) =>
        await comments.DeleteAsync(id, cancellationToken) switch
        {
            { Busy: { } busy } => busy,
            { Found: true } => TypedResults.NoContent(),
            _ => NotFoundProblem.For("comment", id),
        };

    private static async Task<Results<Ok<ErasureResponse>, ValidationProblem, EditProblem>> EraseAddress(
        HttpRequest request, ICommentRepository comments, IOptions<EditingOptions> options, CancellationToken cancellationToken)
    {
        var body = await CommentBodies.ReadCheckedAsync(request, ErasureRequestValidator.Members, ErasureRequestValidator.Rules, options.Value.MaxBodyBytes);
        if (body.Value is not { } erasure)
        {
            return body.Invalid is { } invalid ? invalid : body.Refused!;
        }

        var (erased, busy) = await comments.EraseAsync(EmailRules.Normalise(erasure.Email!), cancellationToken);
        return erased is not null ? TypedResults.Ok(erased) : busy!;
    }
}
