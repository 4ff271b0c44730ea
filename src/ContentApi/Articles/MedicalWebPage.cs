using System.Text.Json.Serialization;
using ContentApi.Caching;
using ContentApi.Links;

namespace ContentApi.Articles;

/// <summary>
/// The article as schema.org <c>MedicalWebPage</c> JSON-LD, for search engines: what it is about, when it was published,
/// changed and reviewed, its parts and its citations. Built from the same rows as the article (the same scope).
/// </summary>
/// <param name="Context">Always <c>https://schema.org</c>.</param>
/// <param name="Type">Always <c>MedicalWebPage</c>.</param>
/// <param name="Id">The page's address, which identifies it: the website's page when configured (Links:ArticlePageUrl), else the API's.</param>
/// <param name="Url">The page's address, as for <c>@id</c>.</param>
/// <param name="Headline">The article's title.</param>
/// <param name="Description">The article's summary.</param>
/// <param name="InLanguage">The language of the content (BCP 47).</param>
/// <param name="About">The health conditions the article is about.</param>
/// <param name="DatePublished">First publication (ISO 8601), when published.</param>
/// <param name="DateModified">Newest change anywhere in the article (ISO 8601).</param>
/// <param name="LastReviewed">Date of the last medical review (ISO 8601 date).</param>
/// <param name="Audience">Who the page is written for: patients.</param>
/// <param name="MedicalAudience">The medical audience: patients.</param>
/// <param name="HasPart">The article's sections, in reading order.</param>
/// <param name="Citation">The sources the article cites, in citation order.</param>
public sealed record MedicalWebPage(
    [property: JsonPropertyName("@context"), SchemaOrgContextValues] string Context,
    [property: JsonPropertyName("@type"), MedicalWebPageTypeValues] string Type,
    [property: JsonPropertyName("@id"), AbsoluteUrl] string Id,
    [property: AbsoluteUrl] string Url,
    string Headline,
    string Description,
    string InLanguage,
    IReadOnlyList<LinkedDataCondition> About,
    DateTimeOffset? DatePublished,
    DateTimeOffset DateModified,
    string? LastReviewed,
    LinkedDataAudience Audience,
    LinkedDataAudience MedicalAudience,
    IReadOnlyList<LinkedDataPart> HasPart,
    IReadOnlyList<LinkedDataCitation> Citation) : IContentScoped
{
    [JsonIgnore]
    public long ArticleId { get; init; }

    // Two reads build it (article, then conditions): Last-Modified is left to the filter, which checks for a write between.
    IReadOnlyList<string> IContentScoped.ContentScopes => [ContentScope.Article(ArticleId)];
}

/// <summary>A schema.org <c>MedicalCondition</c>.</summary>
/// <param name="Type">Always <c>MedicalCondition</c>.</param>
/// <param name="Name">The condition's name.</param>
/// <param name="AlternateName">Another name it is known by, if any.</param>
public sealed record LinkedDataCondition(
    [property: JsonPropertyName("@type"), MedicalConditionTypeValues] string Type, string Name, string? AlternateName);

/// <summary>A schema.org audience: <c>Patient</c>, a <c>MedicalAudience</c>.</summary>
/// <param name="Type">Always <c>Patient</c>.</param>
public sealed record LinkedDataAudience([property: JsonPropertyName("@type"), PatientTypeValues] string Type);

/// <summary>A schema.org <c>WebPageElement</c>: one section.</summary>
/// <param name="Type">Always <c>WebPageElement</c>.</param>
/// <param name="Name">The section's heading.</param>
/// <param name="Position">1-based reading order.</param>
/// <param name="Url">The section's address: the page's <c>#key</c> fragment, or the API's section address.</param>
public sealed record LinkedDataPart(
    [property: JsonPropertyName("@type"), WebPageElementTypeValues] string Type, string Name, int Position, [property: AbsoluteUrl] string Url);

/// <summary>A schema.org <c>CreativeWork</c>: one cited source.</summary>
/// <param name="Type">Always <c>CreativeWork</c>.</param>
/// <param name="Name">The work's title.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Url">Where to read it, when it has a public address.</param>
public sealed record LinkedDataCitation(
    [property: JsonPropertyName("@type"), CreativeWorkTypeValues] string Type, string Name, LinkedDataOrganization Publisher, string? Url);

/// <summary>A schema.org <c>Organization</c>.</summary>
/// <param name="Type">Always <c>Organization</c>.</param>
/// <param name="Name">Its name.</param>
public sealed record LinkedDataOrganization([property: JsonPropertyName("@type"), OrganizationTypeValues] string Type, string Name);
