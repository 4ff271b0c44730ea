using System.ComponentModel;
using System.Security.Claims;
using ContentApi.OpenApi;
using ContentApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContentApi.Editing;

/// <summary>
/// An article's ordered lists of references, each replaced whole: the sources it cites (by key) and the articles it
/// links to (by slug). Writes of the article (If-Match, a new version and a revision), answering the whole article.
/// </summary>
internal static class CitationEndpoints
{

    private static readonly IReadOnlySet<string> SourcesMembers = CollectionRules.Members("keys");
    private static readonly IReadOnlySet<string> RelatedMembers = CollectionRules.Members("slugs");

    public static void MapWrites(RouteGroupBuilder writes)
    {
        writes.MapPut("/{slug}/sources", ReplaceSources)
            .WithRequestBody<ArticleSourcesRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithName("ReplaceArticleSources").WithSummary("Replace the sources an article cites")
            .WithDescription("The article's list of cited sources, in order, by key: each a served source (GET /api/sources), none twice. 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPut("/{slug}/related", ReplaceRelated)
            .WithRequestBody<RelatedArticlesRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithName("ReplaceRelatedArticles").WithSummary("Replace the articles an article links to")
            .WithDescription("The article's related articles, in order, by slug: each an article here (a draft's link answers 404 until it is published), not the article itself, none twice. Titled references without a slug (to content not on this API) are kept, after them. 200 with the article and its new ETag. Requires content:write and If-Match.");
    }

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> ReplaceSources(
        [Description(EditingEndpoints.SlugDescription)] string slug,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.Json, SourcesMembers, options.Value.MaxBodyBytes);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        var bound = JsonBody.Bind<ArticleSourcesRequest>(json);
        if (bound.Value is not { } sources)
        {
            return bound.Invalid!;
        }

        if (await ListErrorsAsync("keys", sources.Keys, null, articles.SourceExistsAsync, "is not a source this API serves (see GET /api/sources)", cancellationToken) is { } invalid)
        {
            return invalid;
        }

        return EditingEndpoints.Answer(await articles.ChangeAsync(slug, ifMatch,
            current => new ArticleChange.Replace(current with { Sources = [.. sources.Keys!.Select(key => key!)] }, "Replaced the cited sources."),
            EditingEndpoints.Author(user), cancellationToken), slug, request.HttpContext.Response);
    }

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> ReplaceRelated(
        [Description(EditingEndpoints.SlugDescription)] string slug,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.Json, RelatedMembers, options.Value.MaxBodyBytes);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        var bound = JsonBody.Bind<RelatedArticlesRequest>(json);
        if (bound.Value is not { } related)
        {
            return bound.Invalid!;
        }

        if (await ListErrorsAsync("slugs", related.Slugs, slug, async (target, token) => await articles.FindAsync(target, token) is not null,
                "is not an article here", cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in related.Slugs!)
        {
            titles[target!] = (await articles.FindAsync(target!, cancellationToken))?.Article.Title ?? target!;
        }

        return EditingEndpoints.Answer(await articles.ChangeAsync(slug, ifMatch, current => new ArticleChange.Replace(current with
        {
            Related = [.. related.Slugs!.Select(target => new EditableRelated(target, titles[target!], null)), .. current.Related.Where(reference => reference.Slug is null)],
        }, "Replaced the related articles."), EditingEndpoints.Author(user), cancellationToken), slug, request.HttpContext.Response);
    }

    /// <summary>
    /// A 400 naming each entry of the list that is missing, repeated, the article itself or not <paramref name="exists"/>;
    /// or null when the list is good.
    /// </summary>
    private static async Task<ValidationProblem?> ListErrorsAsync(
        string member, IReadOnlyList<string?>? values, string? self, Func<string, CancellationToken, Task<bool>> exists, string missing, CancellationToken cancellationToken)
    {
        if (values is null)
        {
            return JsonBody.Error(member, $"'{member}' is required: a list, empty for none.");
        }

        if (values.Count > CitationLimits.MaxEntries)
        {
            return JsonBody.Error(member, $"'{member}' holds at most {CitationLimits.MaxEntries} entries.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, index) in values.Select((value, index) => (value, index)))
        {
            var path = $"{member}[{index}]";
            if (string.IsNullOrEmpty(value) || value.Length > CitationLimits.MaxEntryLength)
            {
                errors[path] = [$"An entry is a string of 1 to {CitationLimits.MaxEntryLength} characters."];
            }
            else if (!seen.Add(value))
            {
                errors[path] = [$"'{value}' is in the list twice."];
            }
            else if (value == self)
            {
                errors[path] = ["An article cannot be related to itself."];
            }
            else if (!await exists(value, cancellationToken))
            {
                errors[path] = [$"'{value}' {missing}."];
            }
        }

        return errors.Count == 0 ? null : JsonBody.Errors(errors);
    }
}

/// <summary>The bounds of a cited-sources or related-articles list, declared on the request records and checked here.</summary>
internal static class CitationLimits
{
    public const int MaxEntries = 100;

    public const int MaxEntryLength = 100;
}
