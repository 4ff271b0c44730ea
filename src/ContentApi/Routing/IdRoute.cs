namespace ContentApi.Routing;

/// <summary>The route of one item by its numeric id, the same for every resource.</summary>
internal static class IdRoute
{
    /// <summary>
    /// Ids in canonical form only: int's own parsing would also accept "+1", " 1" and "0001" for item 1. Nine digits
    /// at most, so every id fits an int.
    /// </summary>
    public const string Template = "/{id:regex(^[1-9][0-9]{{0,8}}$)}";
}
