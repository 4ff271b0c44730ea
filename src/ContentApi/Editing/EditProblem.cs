using Microsoft.Extensions.Primitives;

namespace ContentApi.Editing;

/// <summary>
/// A refused write as a problem: 404 (no such section, block or item), 409 (slug or source key taken, source cited), 412 (stale If-Match, with the current ETag), 413 (body too large),
/// 415 (media type), 422 (a publication rule), 428 (no If-Match), 503 (write lock not obtained, with Retry-After). The
/// endpoints declare which of these they answer with <c>ProducesProblem</c>.
/// </summary>
public sealed class EditProblem : IResult, IStatusCodeHttpResult
{
    private readonly List<KeyValuePair<string, StringValues>> _headers = [];

    private EditProblem(int status, string title, string detail)
    {
        StatusCode = status;
        Title = title;
        Detail = detail;
    }

    public int? StatusCode { get; }

    public string Title { get; }

    public string Detail { get; }

    public IReadOnlyList<KeyValuePair<string, StringValues>> Headers => _headers;

    public static EditProblem SlugTaken(string slug) =>
        new(StatusCodes.Status409Conflict, "The slug is taken.", $"An article with the slug '{slug}' exists already; choose another slug, or edit that article.");

    public static EditProblem ExistsAlready(string slug) =>
        new(StatusCodes.Status412PreconditionFailed, "Precondition failed.", $"If-None-Match: * refuses to overwrite, and an article with the slug '{slug}' exists.");

    public static EditProblem Stale(string currentTag, string what = "article") =>
        new EditProblem(StatusCodes.Status412PreconditionFailed, "Precondition failed.",
            $"If-Match does not name the {what}'s current version {currentTag} (ETag header): it changed since it was read. Read it again, reapply the change, and send the new ETag.")
            .With("ETag", currentTag);

    public static EditProblem IfMatchRequired(string currentTag, string what = "article") =>
        new EditProblem(StatusCodes.Status428PreconditionRequired, "If-Match is required.",
            what == "article"
                ? "Send the article's ETag (from a write's answer, GET …/edit or the ETag of a 412) in If-Match, so a change made meanwhile is not overwritten."
                : $"Send the {what}'s ETag (from a write's answer, GET …/edit or the ETag of this answer) in If-Match, so a change made meanwhile is not overwritten.")
            .With("ETag", currentTag);

    public static EditProblem SourceKeyTaken(string key) =>
        new(StatusCodes.Status409Conflict, "The source key is taken.", $"A source with the key '{key}' exists already; choose another key, or edit that source.");

    public static EditProblem SourceCited(string key, int citations) =>
        new(StatusCodes.Status409Conflict, "The source is cited.",
            $"'{key}' is cited {citations} time(s) (by articles, blocks or items, drafts included; see GET /api/sources/{{id}}); remove those citations first.");

    public static EditProblem TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"A request body may be at most {limit} bytes (Editing:MaxBodyBytes).");

    public static EditProblem UnsupportedMediaType(string? sent, string expected) =>
        new(StatusCodes.Status415UnsupportedMediaType, "The request body has an unsupported media type.",
            $"Send the body as '{expected}' (UTF-8); '{(string.IsNullOrEmpty(sent) ? "no Content-Type" : sent)}' is not accepted here.");

    /// <summary>A section or block the path names is not in the article.</summary>
    public static EditProblem Missing(string detail) => new(StatusCodes.Status404NotFound, "Not found.", detail);

    public static EditProblem RuleBroken(string detail) =>
        new(StatusCodes.Status422UnprocessableEntity, "The article cannot be changed that way.", detail);

    public static EditProblem Busy(int retryAfterSeconds) =>
        new EditProblem(StatusCodes.Status503ServiceUnavailable, "The content store is busy.",
            $"Another write held the database for longer than the write lock timeout. Try again in {retryAfterSeconds} second(s); nothing was changed.")
            .With("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A refusal of another write resource (an upload, a media delete) in the same problem shape.</summary>
    public static EditProblem Of(int status, string title, string detail) => new(status, title, detail);

    public EditProblem With(string header, StringValues value)
    {
        _headers.Add(new(header, value));
        return this;
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode!.Value;
        foreach (var (name, value) in _headers)
        {
            httpContext.Response.Headers[name] = value;
        }

        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCode, Title = Title, Detail = Detail },
        }).AsTask();
    }
}
