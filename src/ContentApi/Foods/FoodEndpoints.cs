using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Foods;

internal static class FoodEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddFoods(this IServiceCollection services) =>
        services.AddSingleton<IFoodRepository, FoodRepository>();

    public static IEndpointRouteBuilder MapFoodEndpoints(this IEndpointRouteBuilder routes)
    {
        // Previewable: drafts' foods too for a key with content:preview under ?preview=true.
        var group = routes.MapGroup("/api/foods").WithTags("Foods").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.Foods);

        group.MapGet("/", ListFoods)
            .WithName("ListFoods")
            .WithSummary("List foods and their nutrient content")
            .WithDescription("Foods with the milligrams of a nutrient per serving and the percent Daily Value, richest first unless sorted. Filter by nutrient, minimum amount or name. Paginated; navigation links are in the Link header.");

        group.MapGet(IdRoute.Template, GetFood)
            .WithName("GetFood")
            .WithSummary("Get one food")
            .WithDescription("One food by its numeric id.");

        group.MapGet("/plan", PlanFoods)
            .WithName("PlanFoods")
            .WithSummary("Which foods get me to my target?")
            .WithDescription("A short list of foods and serving counts that reaches a daily target of a nutrient with as few servings as possible, with total mg and %DV and each food's source. Deterministic for the same input. A target the catalogue cannot reach within maxServings is answered with reachable=false and the shortfall, not an error. Example: ?nutrient=magnesium&targetMg=320&exclude=peanut.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<FoodResponse>>> ListFoods(
        [AsParameters] FoodListQuery query, [AsParameters] PagingQuery paging, [AsParameters] PreviewQuery preview,
        IFoodRepository foods, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await foods.ListAsync(query, paging, PreviewReads.VisibilityFor(preview, context), cancellationToken));

    private static async Task<Results<Ok<FoodResponse>, NotFoundProblem>> GetFood(
        [Description("The numeric id.")] int id, [AsParameters] PreviewQuery preview, IFoodRepository foods, HttpContext context,
        CancellationToken cancellationToken) =>
        await foods.FindAsync(id, PreviewReads.VisibilityFor(preview, context), cancellationToken) is { } food ? TypedResults.Ok(food) : NotFoundProblem.For("food", id);

    private static async Task<Ok<FoodPlanResponse>> PlanFoods(
        [AsParameters] FoodPlanQuery query, [AsParameters] PreviewQuery preview, IFoodRepository foods, HttpContext context,
        CancellationToken cancellationToken)
    {
        var catalogue = await foods.ListByNutrientAsync(query.Nutrient!, PreviewReads.VisibilityFor(preview, context), cancellationToken);
        var allowed = catalogue.Where(food => !query.Excludes(food.Id, food.Name)).ToList();
        return TypedResults.Ok(FoodPlanner.Plan(
            query.Nutrient!.ToLowerInvariant(), query.TargetMg!.Value!.Value, allowed,
            query.MaxServings?.Value ?? FoodPlanQuery.DefaultMaxServings, query.MaxServingsPerFood?.Value ?? FoodPlanQuery.DefaultMaxServingsPerFood));
    }
}
