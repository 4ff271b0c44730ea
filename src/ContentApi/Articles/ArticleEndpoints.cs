using System.ComponentModel;
using ContentApi.Paging;
using ContentApi.Problems;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Articles;

internal static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles").WithRequestValidation();

        group.MapGet("/", ListArticles)
            .WithName("ListArticles")
            .WithSummary("List articles")
            .WithDescription("Published articles as summaries, newest first unless sorted. Filter by category or text. Paginated; navigation links are in the Link header.");

        group.MapGet("/{slug}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("Get a whole article")
            .WithDescription("The article as data: metadata, ordered sections with typed blocks, and its dose ranges, foods, interactions, side effects, remedies, related articles and sources. Every figure carries its source.");

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
        [AsParameters] ArticleListQuery query, [AsParameters] PagingQuery paging, IArticleRepository articles, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await articles.ListAsync(query, paging, cancellationToken));

    private static async Task<Results<Ok<ArticleResponse>, NotFoundProblem>> GetArticle(
        [Description("The article's slug, e.g. 'magnesium-for-restless-legs'.")] string slug, IArticleRepository articles, CancellationToken cancellationToken) =>
        await articles.FindAsync(slug, cancellationToken) is { } article ? TypedResults.Ok(article) : NotFoundProblem.For("article", slug);

    private static async Task<Results<Ok<IReadOnlyList<SectionResponse>>, NotFoundProblem>> ListSections(
        [Description("The article's slug, e.g. 'magnesium-for-restless-legs'.")] string slug, IArticleRepository articles, CancellationToken cancellationToken) =>
        await articles.ListSectionsAsync(slug, cancellationToken) is { } sections ? TypedResults.Ok(sections) : NotFoundProblem.For("article", slug);

    private static async Task<Results<Ok<SectionResponse>, NotFoundProblem>> GetSection(
        [Description("The article's slug, e.g. 'magnesium-for-restless-legs'.")] string slug,
        [Description("The section's anchor key, e.g. 'forms-and-doses'.")] string key,
        IArticleRepository articles, CancellationToken cancellationToken)
    {
        if (await articles.ListSectionsAsync(slug, cancellationToken) is not { } sections)
        {
            return NotFoundProblem.For("article", slug);
        }

        return sections.FirstOrDefault(section => section.Key == key) is { } found
            ? TypedResults.Ok(found)
            : NotFoundProblem.Because($"Article '{slug}' has no section '{key}'.");
    }
}
