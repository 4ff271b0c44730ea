using System.ComponentModel.DataAnnotations;

namespace ContentApi.Articles;

/// <summary>How a list block is marked. Read by the OpenAPI enum of the response member.</summary>
public sealed class ListStyleValuesAttribute() : AllowedValuesAttribute("bulleted", "numbered");

/// <summary>An article's publication status. Only published articles are served today; drafts come with editing.</summary>
public sealed class ArticleStatusValuesAttribute() : AllowedValuesAttribute("draft", "published");
