using ContentApi.Routing;
using ContentApi.CrossOrigin;
using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Editing;
using ContentApi.OpenApi;
using ContentApi.Paging;
using ContentApi.Problems;
using ContentApi.RateLimiting;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ContentApi.Comments;

/// <summary>
/// Reader comments under an article: the form token, posting (anyone, behind the spam defences) and the approved
/// threads (a cached public read). Moderation is in <see cref="CommentModerationEndpoints"/>.
/// </summary>
internal static class CommentEndpoints
{
    public const string Tag = "Comments";

    private const string SlugDescription = "The article's slug, e.g. 'magnesium-for-restless-legs'.";

    public static IServiceCollection AddComments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommentOptions>().Bind(configuration.GetSection(CommentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CommentSecret>();
        services.AddSingleton<CommentFormTokens>();
        services.AddSingleton<ICommentRepository, CommentRepository>();
        services.AddSingleton<ClientHashPurge>();
        services.AddHostedService(provider => provider.GetRequiredService<ClientHashPurge>());
        return services;
    }

    public static IEndpointRouteBuilder MapCommentEndpoints(this IEndpointRouteBuilder routes)
    {
        var comments = routes.MapGroup("/api/articles/{slug}/comments").WithTags(Tag);

        comments.MapGet("/", ListComments)
            .WithRequestValidation().WithHttpCaching(ContentScope.Comments, ContentScope.Articles)
            .WithName("ListArticleComments").WithSummary("List an article's comments")
            .WithDescription("The article's approved comments, oldest first, each with its approved replies nested under it (oldest first). Paginated by thread; navigation links are in the Link header. " +
                             "Each comment has its id, author name, website, body (plain text: render it as text), created time and parent. Never an e-mail address, a hash of one, a client address or a user agent.");

        comments.MapGet("/form-token", GetFormToken).AnswerHead()
            .WithResponseHeader("Cache-Control", "`no-store`: every form gets a token of its own.")
            .WithName("GetCommentFormToken").WithSummary("Get a comment form token")
            .WithDescription("A signed token to send back as 'formToken' with the comment; it carries one comment. It is taken from Comments:MinimumSecondsBeforePost (3 s) after its issue, " +
                             "so a script that posts at once is refused, until Comments:FormTokenLifetimeSeconds (2 hours). Fetch it when the form is shown.");

        comments.MapPost("/", PostComment)
            .AllowCrossOriginPosts()
            .WithRequestBody<CommentRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithResponseDescription(StatusCodes.Status409Conflict, "Conflict: the same body from the same e-mail address was posted within the last day.")
            .WithResponseDescription(StatusCodes.Status429TooManyRequests,
                "Too Many Requests: this client address posted Comments:PostsPerClient comments (5) within Comments:ClientWindowMinutes (10), whatever `RateLimiting:Enabled` says " +
                "(`RateLimit-Policy` e.g. `\"comments\";q=5;w=600`); or, when rate limiting is enabled, its read bucket is empty. Retry after `Retry-After` seconds.")
            .WithName("PostArticleComment").WithSummary("Post a comment")
            .WithDescription("Posts a comment or (with parentId) a reply to an approved comment. 201 with the comment's public shape and its status: pending until a moderator approves it " +
                             "(approved at once only when Comments:ApprovalRequired is false and it has at most Comments:MaxLinks links). Spam defences: a form token (see GetCommentFormToken), " +
                             "a hidden 'phone' field people leave empty, a per-client limit (429), duplicates (409), and comments with more than Comments:MaxLinks links are held for a moderator. " +
                             "The e-mail address is never published.");
        return routes;
    }

    private static async Task<Results<Ok<PagedResponse<CommentResponse>>, NotFoundProblem>> ListComments(
        [Description(SlugDescription)] string slug, [AsParameters] PagingQuery paging, ICommentRepository comments, HttpContext context, CancellationToken cancellationToken) =>
        await comments.ListApprovedAsync(slug, paging, cancellationToken) is { } page ? PagedResults.Ok(context, page) : NotFoundProblem.For("article", slug);

    private static async Task<Results<Ok<FormTokenResponse>, NotFoundProblem>> GetFormToken(
        [Description(SlugDescription)] string slug, ICommentRepository comments, CommentFormTokens tokens, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await comments.PublishedArticleIdAsync(slug, cancellationToken) is null)
        {
            return NotFoundProblem.For("article", slug);
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(tokens.Issue(slug));
    }

    private static async Task<Results<Created<PostedCommentResponse>, ValidationProblem, NotFoundProblem, EditProblem>> PostComment(
        [Description(SlugDescription)] string slug, HttpRequest request, ICommentRepository comments, CommentFormTokens tokens, CommentSecret secret,
        IOptions<CommentOptions> commentOptions, IOptions<EditingOptions> editingOptions, CancellationToken cancellationToken)
    {
        var body = await CommentBodies.ReadCheckedAsync(request, CommentRequestValidator.Members, CommentRequestValidator.Rules, editingOptions.Value.MaxBodyBytes);
        if (body.Value is not { } comment)
        {
            return body.Invalid is { } invalid ? invalid : body.Refused!;
        }

        if (tokens.Refusal(comment.FormToken!, slug) is { } refusal)
        {
            return JsonBody.Error("formToken", refusal);
        }

        var options = commentOptions.Value;
        var outcome = await comments.PostAsync(Classified(slug, comment, options, secret.HashClient(ClientAddress.Of(request.HttpContext))), options, cancellationToken);
        return outcome switch
        {
            PostOutcome.Posted { Comment: var posted } => TypedResults.Created((string?)null, posted),
            PostOutcome.BadParent { Reason: var reason } => JsonBody.Error("parentId", reason),
            PostOutcome.TooMany { RetryAfterSeconds: var seconds } => CommentProblems.TooMany(seconds, options),
            PostOutcome.Duplicate => CommentProblems.Duplicate(),
            PostOutcome.TokenUsed => JsonBody.Error("formToken", "'formToken' carried a comment already: each form's token carries one; fetch a new one."),
            PostOutcome.Busy { Problem: var busy } => busy,
            _ => NotFoundProblem.For("article", slug),
        };
    }

    /// <summary>The comment as stored: trimmed, its address normalised, and its status as the defences decide it.</summary>
    private static NewComment Classified(string slug, CommentRequest comment, CommentOptions options, byte[] clientHash)
    {
        var text = comment.Body!.Trim();
        var (clean, cleanHeldFor) = CommentLinks.Count(text) > options.MaxLinks ? (CommentStatus.Pending, "links")
            : options.ApprovalRequired ? (CommentStatus.Pending, (string?)null)
            : (CommentStatus.Approved, null);
        // Caught by the honeypot, it is stored as spam but answered as a clean comment would be, so a bot cannot tell.
        var (status, heldFor) = string.IsNullOrWhiteSpace(comment.Phone) ? (clean, cleanHeldFor) : (CommentStatus.Spam, "honeypot");
        return new NewComment(slug, comment.AuthorName!.Trim(), EmailRules.Normalise(comment.Email!), CommentWebsites.Normalised(comment.Website), text, comment.ParentId,
            status, heldFor, clean, clientHash, comment.FormToken!);
    }
}
