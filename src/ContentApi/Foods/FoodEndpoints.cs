using ContentApi.Caching;
using System.ComponentModel;
using ContentApi.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Foods;

internal static class FoodEndpoints
{
    public static IEndpointRouteBuilder MapFoodEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapResource<FoodListQuery, FoodResponse, IFoodRepository>("/api/foods", "Foods", new ResourceDocs(
            "food", "ListFoods", "List foods and their nutrient content",
            "Foods with the milligrams of a nutrient per serving and the percent Daily Value, richest first unless sorted. Filter by nutrient, minimum amount or name.",
            "GetFood", "Get one food"), [ContentScope.Foods], ListFoods);

        group.MapGet("/plan", PlanFoods)
            .WithName("PlanFoods")
            .WithSummary("Which foods get me to my target?")
            .WithDescription("A short list of foods and serving counts that reaches a daily target of a nutrient with as few servings as possible, with total mg and %DV and each food's source. Deterministic for the same input. A target the catalogue cannot reach within maxServings is answered with reachable=false and the shortfall, not an error. Example: ?nutrient=magnesium&targetMg=320&exclude=peanut.");

        return routes;
    }

    private static async Task<Ok<FoodPlanResponse>> PlanFoods(
        [AsParameters] FoodPlanQuery query, IFoodRepository foods, CancellationToken cancellationToken)
    {
        var catalogue = await foods.ListByNutrientAsync(query.Nutrient!, cancellationToken);
        var allowed = catalogue.Where(food => !query.Excludes(food.Id, food.Name)).ToList();
        return TypedResults.Ok(FoodPlanner.Plan(
            query.Nutrient!.ToLowerInvariant(), query.TargetMg!.Value!.Value, allowed,
            query.MaxServings?.Value ?? FoodPlanQuery.DefaultMaxServings, query.MaxServingsPerFood?.Value ?? FoodPlanQuery.DefaultMaxServingsPerFood));
    }

    private static Task<Ok<PagedResponse<FoodResponse>>> ListFoods(
        [AsParameters] FoodListQuery query, [AsParameters] PagingQuery paging, IFoodRepository foods, HttpContext context, CancellationToken cancellationToken) =>
        ResourceEndpoints.ListAsync(foods, query, paging, context, cancellationToken);
}
