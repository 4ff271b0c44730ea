using ContentApi.Articles;
using ContentApi.OpenApi;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Editing;

/// <summary>Between what clients send (<see cref="ArticleDocumentRequest"/>) and what is stored (<see cref="EditableArticleResponse"/>).</summary>
internal static class ArticleDocuments
{
    public const string PublishedNeedsASection = "A published article must have at least one section.";

    /// <summary>The members POST /api/articles takes.</summary>
    public static readonly IReadOnlySet<string> CreateMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "slug", "title", "summary", "category", "disclaimer", "lastReviewedAt", "nextReviewAt", "sections", "heroImageId",
    };

    /// <summary>The members PUT replaces and PATCH merges: everything but the slug (the address) and the publication state (its own operations).</summary>
    public static readonly IReadOnlySet<string> EditMembers = CreateMembers.Where(member => member != "slug").ToHashSet(StringComparer.Ordinal);

    /// <summary>The members create and PUT refuse to miss or take as null (the validator's NotEmpty rules).</summary>
    public static readonly IReadOnlyList<string> RequiredText = ["title", "summary", "category", "disclaimer"];

    /// <summary>POST /api/articles documented: the slug and the metadata are required; reviews and sections may be left out.</summary>
    public static readonly RequestShape CreateShape = new("NewArticleRequest", CreateMembers, ["slug", .. RequiredText],
        Description: "The body of `POST /api/articles`: the slug and metadata, and optionally the sections (left out, the article starts empty).");

    /// <summary>PUT /api/articles/{slug} documented: the metadata is required; sections left out are none.</summary>
    public static readonly RequestShape ReplaceShape = new("ArticleContentRequest", EditMembers, RequiredText,
        Description: "The body of `PUT /api/articles/{slug}`: the metadata and the whole body (sections left out = none); the slug is the address.");

    /// <summary>PATCH documented: nothing is required, but the metadata cannot be removed (null), since the result must still have it.</summary>
    public static readonly RequestShape PatchShape = new("ArticlePatchRequest", EditMembers, [], NonNullMembers: RequiredText,
        Description: "The body of `PATCH /api/articles/{slug}` (RFC 7396): a member sent replaces, null removes (not the metadata, which the article must keep), 'sections' is replaced whole.");

    public static readonly IReadOnlySet<string> PublishMembers = new HashSet<string>(StringComparer.Ordinal) { "publishedAt" };

    private static readonly ArticleDocumentValidator EditRules = new();

    private static readonly NewArticleValidator CreateRules = new();

    /// <summary>The failures of the document's rules as a 400 naming each path, or null when it obeys them.</summary>
    public static ValidationProblem? Check(ArticleDocumentRequest request, bool creating)
    {
        var result = (creating ? (IValidator<ArticleDocumentRequest>)CreateRules : EditRules).Validate(request);
        return result.IsValid ? null : JsonBody.Errors(result.Errors
            .GroupBy(failure => failure.PropertyName, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>A checked request as the article it makes, keeping the publication state and collections of <paramref name="current"/> (a new article is an empty draft).</summary>
    public static EditableArticleResponse ToArticle(ArticleDocumentRequest request, EditableArticleResponse? current) => new EditableArticleResponse(
        current?.Slug ?? request.Slug!, request.Title!, request.Summary!, request.Category!, request.Disclaimer!,
        request.LastReviewedAt, request.NextReviewAt, current?.Status ?? "draft", current?.PublishedAt, current?.ScheduledAt, current?.Version ?? 1,
        [.. (request.Sections ?? []).Select(section => new EditableSection(section.Key!, section.Heading!, [.. section.Blocks!.Select(block => block!)]))],
        request.HeroImageId).WithCollectionsOf(current);

    /// <summary>The editable members of an article, as PATCH merges into them.</summary>
    public static ArticleDocumentRequest ToRequest(EditableArticleResponse article) => new(
        null, article.Title, article.Summary, article.Category, article.Disclaimer, article.LastReviewedAt, article.NextReviewAt,
        [.. article.Sections.Select(section => new EditableSectionRequest(section?.Key, section?.Heading, section?.Blocks is null ? null : [.. section.Blocks]))],
        article.HeroImageId);

    /// <summary>An article changed in part (a section, a block) as the new content, if the whole still obeys the document's rules.</summary>
    public static ArticleChange Checked(EditableArticleResponse next, string summary) =>
        Check(ToRequest(next), creating: false) is { } invalid ? ArticleChange.Refused(invalid) : Replace(next, summary);

    /// <summary>
    /// As <see cref="Checked(EditableArticleResponse, string)"/> for a write that sent one part of the article (a section
    /// at <paramref name="part"/>, e.g. "sections[2]"): errors about that part are keyed as its body names them
    /// (<paramref name="asSent"/>: "" for the body itself, "block" for a member of it), so a client finds them in what it sent.
    /// </summary>
    public static ArticleChange Checked(EditableArticleResponse next, string summary, string part, string asSent)
    {
        var change = Checked(next, summary);
        if (change is not ArticleChange.Refuse { Invalid.ProblemDetails.Errors: { } errors })
        {
            return change;
        }

        var relative = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (path, messages) in errors)
        {
            var key = path.StartsWith(part + ".", StringComparison.Ordinal) ? Join(asSent, path[(part.Length + 1)..]) : path == part ? Join(asSent, "") : path;
            relative[key] = relative.TryGetValue(key, out var earlier) ? [.. earlier, .. messages] : messages;
        }

        return ArticleChange.Refused(JsonBody.Errors(relative));

        static string Join(string prefix, string rest) => prefix.Length == 0 ? (rest.Length == 0 ? "$" : rest) : rest.Length == 0 ? prefix : $"{prefix}.{rest}";
    }

    /// <summary>A published article keeps at least one section, whichever write would take the last away.</summary>
    public static ArticleChange Replace(EditableArticleResponse next, string summary) =>
        next is { Status: "published", Sections.Count: 0 }
            ? ArticleChange.Refused(EditProblem.RuleBroken(PublishedNeedsASection + " Add one before publishing, or unpublish the article first."))
            : new ArticleChange.Replace(next, summary);
}
