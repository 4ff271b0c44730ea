using System.ComponentModel.DataAnnotations;

namespace ContentApi.Search;

/// <summary>What a search hit can be. Read by query validation and by the OpenAPI enums of the parameter and the hit.</summary>
public sealed class SearchHitTypeValuesAttribute() : AllowedValuesAttribute("article", "section", "food", "interaction", "side-effect", "remedy");
