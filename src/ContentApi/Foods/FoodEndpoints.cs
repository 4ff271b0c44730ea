using System.ComponentModel;
using ContentApi.Paging;
using ContentApi.Problems;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Foods;

internal static class FoodEndpoints
{
    public static IEndpointRouteBuilder MapFoodEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/foods").WithTags("Foods").WithRequestValidation();

        group.MapGet("/", ListFoods)
            .WithName("ListFoods")
            .WithSummary("List foods and their nutrient content")
            .WithDescription("Foods with the milligrams of a nutrient per serving and the percent Daily Value, richest first unless sorted. Filter by nutrient, minimum amount or name. Paginated; navigation links are in the Link header.");

        group.MapGet("/plan", PlanFoods)
            .WithName("PlanFoods")
            .WithSummary("Which foods get me to my target?")
            .WithDescription("A short list of foods and serving counts that reaches a daily target of a nutrient with as few servings as possible, with total mg and %DV and each food's source. Deterministic for the same input. A target the catalogue cannot reach within maxServings is answered with reachable=false and the shortfall, not an error. Example: ?nutrient=magnesium&targetMg=320&exclude=peanut.");

        group.MapGet("/{id:int}", GetFood)
            .WithName("GetFood")
            .WithSummary("Get one food")
            .WithDescription("One food by its numeric id.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<FoodResponse>>> ListFoods(
        [AsParameters] FoodListQuery query, [AsParameters] PagingQuery paging, IFoodRepository foods, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await foods.ListAsync(query, paging, cancellationToken));

    private static async Task<Ok<FoodPlanResponse>> PlanFoods(
        [AsParameters] FoodPlanQuery query, IFoodRepository foods, CancellationToken cancellationToken)
    {
        var catalogue = await foods.ListByNutrientAsync(query.Nutrient!, cancellationToken);
        var excluded = query.ExcludeTerms;
        var allowed = catalogue.Where(food => !excluded.Any(term =>
            term == food.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) || food.Name.Contains(term, StringComparison.OrdinalIgnoreCase))).ToList();
        return TypedResults.Ok(FoodPlanner.Plan(
            query.Nutrient!.ToLowerInvariant(), query.TargetMg!.Value, allowed,
            query.MaxServings ?? FoodPlanQuery.DefaultMaxServings, query.MaxServingsPerFood ?? FoodPlanQuery.DefaultMaxServingsPerFood));
    }

    private static async Task<Results<Ok<FoodResponse>, NotFoundProblem>> GetFood(
        [Description("The numeric id.")] int id, IFoodRepository foods, CancellationToken cancellationToken) =>
        await foods.FindAsync(id, cancellationToken) is { } food ? TypedResults.Ok(food) : NotFoundProblem.For("food", id);
}
