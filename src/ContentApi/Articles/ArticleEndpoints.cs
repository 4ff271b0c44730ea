using ContentApi.Links;
using System.Text.Json;
using ContentApi.Caching;
using ContentApi.Json;
using ContentApi.OpenApi;
using System.ComponentModel;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Problems;
using ContentApi.Validation;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Articles;

internal static class ArticleEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services) =>
        services.AddSingleton<IArticleRepository, ArticleRepository>();

    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder routes)
    {
        // Previewable: drafts to a key with content:preview under ?preview=true; public reads otherwise.
        var group = routes.MapGroup("/api/articles").WithTags("Articles").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.Articles);

        group.MapGet("/", ListArticles)
            .WithName("ListArticles")
            .WithSummary("List articles")
            .WithDescription("Published articles as summaries, newest first unless sorted. Filter by category or text. Paginated; navigation links are in the Link header.");

        group.MapGet("/{slug}", GetArticle)
            .WithRepresentationFormat(RepresentationFormat.Json.ContentType, variesByAccept: true)
            .WithResponseHeader("Link", "The schema.org JSON-LD alternate: `<…/api/articles/{slug}.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"`.")
            .WithName("GetArticle")
            .WithSummary("Get a whole article")
            .WithDescription("The article as data: metadata, ordered sections with typed blocks, and its dose ranges, foods, interactions, side effects, remedies, related articles and sources. Every figure carries its source. 'fields' returns only the named top-level members (?fields=title,sections); 'include' chooses which collections are embedded (?include=doseRanges,sources). With 'fields', only the named members are present, whatever the schema marks required. The Link header names the schema.org JSON-LD alternate; 'Accept: application/ld+json' answers with it (see GetArticleLinkedData).");

        group.MapGet("/{slug}.jsonld", GetArticleLinkedData)
            .WithRepresentationFormat(LinkedDataNegotiation.MediaType + "; charset=utf-8", variesByAccept: true)
            .WithName("GetArticleLinkedData")
            .WithSummary("Get an article as schema.org JSON-LD")
            .WithDescription("The article as a schema.org MedicalWebPage for search engines: headline, what it is about (MedicalCondition), publication, change and review dates, its sections (hasPart) and cited sources (citation), for patients. Also served at GET /api/articles/{slug} to 'Accept: application/ld+json'.");

        group.MapGet("/{slug}/sections", ListSections)
            .WithName("ListArticleSections")
            .WithSummary("List an article's sections")
            .WithDescription("The article body only: sections in reading order, each with its blocks.");

        group.MapGet("/{slug}/sections/{key}", GetSection)
            .WithName("GetArticleSection")
            .WithSummary("Get one section of an article")
            .WithDescription("One section by its anchor key, e.g. 'forms-and-doses'.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<ArticleSummaryResponse>>> ListArticles(
        [AsParameters] ArticleListQuery query, [AsParameters] PagingQuery paging, [AsParameters] PreviewQuery preview,
        IArticleRepository articles, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await articles.ListAsync(query, paging, PreviewReads.VisibilityFor(preview, context), cancellationToken));

    private static async Task<Results<OkArticleJson, JsonHttpResult<JsonObject>, NotFoundProblem>> GetArticle(
        [Description("The article's slug, e.g. 'magnesium-for-restless-legs'.")] string slug,
        [AsParameters] ArticleDetailQuery query, [AsParameters] PreviewQuery preview, IArticleRepository articles, PublicLinks links, HttpContext context,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var visibility = PreviewReads.VisibilityFor(preview, context);
        if (await articles.FindAsync(slug, query.Parts, links.BaseFor(context.Request), visibility, cancellationToken) is not { } article)
        {
            return NotFoundProblem.For("article", slug);
        }

        // The JSON-LD alternate, for crawlers and for clients that want it (RFC 8288); a preview's alternate is a preview too, so a draft's resolves.
        var previewed = visibility == ContentVisibility.IncludingDrafts ? $"?{PreviewQuery.Name}=true" : "";
        context.Response.Headers.Link = $"<{links.BaseFor(context.Request)}/api/articles/{Uri.EscapeDataString(slug)}.jsonld{previewed}>; rel=\"alternate\"; type=\"{LinkedDataNegotiation.MediaType}\"";
        if (query.FieldNames is not { } fields)
        {
            return new OkArticleJson(article);
        }

        // Sparse fieldset: the same representation, with only the named top-level members.
        JsonObject node;
        using (article)
        {
            node = JsonNode.Parse(article.Utf8Json.Span)!.AsObject();
        }

        foreach (var member in node.Select(pair => pair.Key).Where(key => !fields.Contains(key)).ToList())
        {
            node.Remove(member);
        }

        return TypedResults.Json(node, json.Value.SerializerOptions);
    }

    private static async Task<Results<Ok<MedicalWebPage>, NotFoundProblem>> GetArticleLinkedData(
        [Description("The article's slug, e.g. 'magnesium-for-restless-legs'.")] string slug,
        [AsParameters] PreviewQuery preview, IArticleRepository articles, PublicLinks links, IOptions<PublicLinkOptions> linkOptions, HttpContext context,
        CancellationToken cancellationToken)
    {
        using var article = await articles.FindAsync(
            slug, ArticleParts.Sections | ArticleParts.Sources, links.BaseFor(context.Request), PreviewReads.VisibilityFor(preview, context), cancellationToken);
        if (article is null)
        {
            return NotFoundProblem.For("article", slug);
        }

        var response = JsonSerializer.Deserialize(article.Utf8Json.Span, ContentJsonContext.Default.ArticleResponse)!;
        var conditions = await articles.ListConditionsAsync(article.Id, cancellationToken);
        return TypedResults.Ok(ArticleLinkedData.Build(response, article.Id, conditions, linkOptions.Value.ArticlePageUrl));
    }

    private static async Task<Results<Ok<IReadOnlyList<SectionResponse>>, NotFoundProblem>> ListSections(
        [Description("The article's slug, e.g. 'magnesium-for-restless-legs'.")] string slug, [AsParameters] PreviewQuery preview,
        IArticleRepository articles, HttpContext context, CancellationToken cancellationToken) =>
        await articles.ListSectionsAsync(slug, PreviewReads.VisibilityFor(preview, context), cancellationToken) is { } sections
            ? TypedResults.Ok(sections)
            : NotFoundProblem.For("article", slug);

    private static async Task<Results<Ok<SectionResponse>, NotFoundProblem>> GetSection(
        [Description("The article's slug, e.g. 'magnesium-for-restless-legs'.")] string slug,
        [Description("The section's anchor key, e.g. 'forms-and-doses'.")] string key, [AsParameters] PreviewQuery preview,
        IArticleRepository articles, HttpContext context, CancellationToken cancellationToken)
    {
        if (await articles.ListSectionsAsync(slug, PreviewReads.VisibilityFor(preview, context), cancellationToken) is not { } sections)
        {
            return NotFoundProblem.For("article", slug);
        }

        return sections.FirstOrDefault(section => section.Key == key) is { } found
            ? TypedResults.Ok(found)
            : NotFoundProblem.Because($"Article '{slug}' has no section '{key}'.");
    }
}
