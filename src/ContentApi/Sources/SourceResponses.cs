using ContentApi.Links;
using System.Text.Json.Serialization;
using ContentApi.Caching;

namespace ContentApi.Sources;

/// <summary>A published source that figures and statements cite.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Key">Stable citation key, e.g. <c>ODS</c>.</param>
/// <param name="Title">Title of the work, or a description in its place where the exact title is unconfirmed.</param>
/// <param name="Publisher">Publisher, journal or organization.</param>
/// <param name="Url">Where to read it, when it has a public address.</param>
/// <param name="Citation">Full bibliographic citation, for journal articles.</param>
/// <param name="UpdatedAt">When this item last changed (UTC).</param>
/// <param name="CitedBy">
/// Everything that cites this source: article blocks (by section), dose ranges, foods, interactions, side effects
/// and remedies, grouped in that order and then in reading order (blocks) or by id. Only on
/// <c>GET /api/sources/{id}</c>; omitted from lists and from an article's <c>sources</c>.
/// </param>
public sealed record SourceResponse(
    int Id, string Key, string Title, string Publisher, string? Url, string? Citation, DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SourceCitation>? CitedBy = null) : IContentScoped
{
    // The citing items are labelled with article, section and item names: every article write can change them.
    IReadOnlyList<string> IContentScoped.ContentScopes => CitedBy is null ? [ContentScope.Sources] : [ContentScope.Sources, ContentScope.Articles];
}

/// <summary>One thing that cites a source.</summary>
/// <param name="Type"><c>block</c>, <c>doseRange</c>, <c>food</c>, <c>interaction</c>, <c>sideEffect</c> or <c>remedy</c>.</param>
/// <param name="Id">The citing item's id (for a block, its internal id; blocks are addressed through their section).</param>
/// <param name="Label">What it is, in words: for a block, the article and section heading; otherwise the item's name.</param>
/// <param name="Href">Where to read it: the section holding the block, or the item's own address; a draft's (listed only in a preview) with ?preview=true.</param>
public sealed record SourceCitation([property: CitationTypeValues] string Type, int Id, string Label, [property: AbsoluteUrl] string Href);

/// <summary>The source of one figure or statement, embedded beside it.</summary>
public sealed record SourceReference(string Key, string Title, string Publisher, string? Url);
