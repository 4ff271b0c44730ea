using ContentApi.Articles;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Interactions;
using ContentApi.Remedies;
using ContentApi.Search;
using ContentApi.SideEffects;
using ContentApi.Sources;

namespace ContentApi.Database;

internal static class RepositoryServiceCollectionExtensions
{
    /// <summary>Repositories are stateless (a new pooled connection per call), so one instance serves all requests.</summary>
    public static IServiceCollection AddContentRepositories(this IServiceCollection services)
    {
        services.AddSingleton<IArticleRepository, ArticleRepository>();
        services.AddSingleton<IDoseRangeRepository, DoseRangeRepository>();
        services.AddSingleton<IFoodRepository, FoodRepository>();
        services.AddSingleton<IInteractionRepository, InteractionRepository>();
        services.AddSingleton<ISideEffectRepository, SideEffectRepository>();
        services.AddSingleton<IRemedyRepository, RemedyRepository>();
        services.AddSingleton<ISourceRepository, SourceRepository>();
        services.AddSingleton<ISearchRepository, SearchRepository>();
        return services;
    }
}
