using System.ComponentModel.DataAnnotations;
using ContentApi.Articles;
using ContentApi.OpenApi;

namespace ContentApi.Editing;

/// <summary>
/// An article as editors see it, drafts included: what the write operations answer, what a revision stores, and what
/// PUT replaces and PATCH merges into. Positions are the order of the arrays, so they are always dense and unique.
/// </summary>
/// <param name="Slug">URL key, lowercase words joined by '-'.</param>
/// <param name="Title">Display title.</param>
/// <param name="Summary">One-sentence summary.</param>
/// <param name="Category">Category, e.g. "Vitamins".</param>
/// <param name="Disclaimer">Medical disclaimer to show with the article.</param>
/// <param name="LastReviewedAt">Last medical review (UTC), if any.</param>
/// <param name="NextReviewAt">Next scheduled review (UTC), if any.</param>
/// <param name="Status">draft or published; only published articles are served publicly.</param>
/// <param name="PublishedAt">First publication (UTC), or null while never published.</param>
/// <param name="ScheduledAt">When a draft is to be published (UTC), or null when it is not scheduled.</param>
/// <param name="Version">Grows by one with every write; the article's ETag is <c>"article-{id}-v{version}"</c>.</param>
/// <param name="Sections">The body, in reading order.</param>
/// <param name="HeroImageId">The lead image, by its media id (see GET /api/media), or null for none.</param>
public sealed record EditableArticleResponse(
    string Slug, string Title, string Summary, string Category, string Disclaimer,
    DateTimeOffset? LastReviewedAt, DateTimeOffset? NextReviewAt,
    [property: ArticleStatusValues] string Status, DateTimeOffset? PublishedAt, DateTimeOffset? ScheduledAt, int Version,
    IReadOnlyList<EditableSection> Sections, long? HeroImageId)
{
    // The collections are not constructor parameters: a revision stored before they were part of the aggregate has no
    // such members and reads back with them null, which a restore takes as "leave that collection as it is".

    /// <summary>The article's dose ranges, by id.</summary>
    public IReadOnlyList<EditableDoseRange> DoseRanges { get; init; } = null!;

    /// <summary>The article's foods, by id.</summary>
    public IReadOnlyList<EditableFood> Foods { get; init; } = null!;

    /// <summary>The article's interactions, by id.</summary>
    public IReadOnlyList<EditableInteraction> Interactions { get; init; } = null!;

    /// <summary>The article's side effects, in reading order.</summary>
    public IReadOnlyList<EditableSideEffect> SideEffects { get; init; } = null!;

    /// <summary>The article's remedies, in reading order.</summary>
    public IReadOnlyList<EditableRemedy> Remedies { get; init; } = null!;

    // Sources by key, not as objects: a source is global (edited at /api/sources, cited by other articles), so an
    // article's revision records which sources it cites, and a restore brings back the citations, never an old
    // version of a source that other articles share.

    /// <summary>The keys of the sources the article cites, in order (see GET /api/sources).</summary>
    public IReadOnlyList<string> Sources { get; init; } = null!;

    /// <summary>The related articles, in order.</summary>
    public IReadOnlyList<EditableRelated> Related { get; init; } = null!;

    /// <summary>This article with the collections of <paramref name="source"/> (none when it is null, as for a new article).</summary>
    internal EditableArticleResponse WithCollectionsOf(EditableArticleResponse? source) => this with
    {
        DoseRanges = source?.DoseRanges ?? [],
        Foods = source?.Foods ?? [],
        Interactions = source?.Interactions ?? [],
        SideEffects = source?.SideEffects ?? [],
        Remedies = source?.Remedies ?? [],
        Sources = source?.Sources ?? [],
        Related = source?.Related ?? [],
    };

    /// <summary>
    /// A snapshot whose missing collections (it was stored before they were in the aggregate) are those of
    /// <paramref name="current"/>, so a restore leaves them as they are; without <paramref name="current"/>, empty.
    /// </summary>
    internal EditableArticleResponse CompletedFrom(EditableArticleResponse? current) => this with
    {
        DoseRanges = DoseRanges ?? current?.DoseRanges ?? [],
        Foods = Foods ?? current?.Foods ?? [],
        Interactions = Interactions ?? current?.Interactions ?? [],
        SideEffects = SideEffects ?? current?.SideEffects ?? [],
        Remedies = Remedies ?? current?.Remedies ?? [],
        Sources = Sources ?? current?.Sources ?? [],
        Related = Related ?? current?.Related ?? [],
    };
}

/// <summary>One section of the body; its position is its place in the array.</summary>
/// <param name="Key">Anchor key, lowercase words joined by '-', unique within the article.</param>
/// <param name="Heading">Section heading.</param>
/// <param name="Blocks">Content blocks in reading order.</param>
public sealed record EditableSection(string Key, string Heading, IReadOnlyList<BlockResponse> Blocks);

/// <summary>
/// The body of <c>POST /api/articles</c> (with <c>slug</c>) and <c>PUT /api/articles/{slug}</c> (without), and the
/// members <c>PATCH</c> may merge. Every member is checked by the validator, so each may be missing here.
/// </summary>
/// <param name="Slug">Only when creating: lowercase words joined by '-', e.g. 'zinc-for-colds'.</param>
/// <param name="Title">Display title, 1 to 200 characters.</param>
/// <param name="Summary">One-sentence summary, 1 to 500 characters.</param>
/// <param name="Category">Category, 1 to 50 characters.</param>
/// <param name="Disclaimer">Medical disclaimer, 1 to 2,000 characters.</param>
/// <param name="LastReviewedAt">Last medical review (UTC); not in the future, and not after nextReviewAt.</param>
/// <param name="NextReviewAt">Next scheduled review (UTC).</param>
/// <param name="Sections">The whole body in reading order; left out on create, the article starts empty.</param>
/// <param name="HeroImageId">The lead image by its media id (POST /api/media uploads one); null or left out: none. An id no image has is a 422.</param>
[RequestSchema]
public sealed record ArticleDocumentRequest(
    [property: StringLength(100, MinimumLength = 1), RegularExpression(ArticleDocumentValidator.KeyPattern)] string? Slug,
    [property: StringLength(200, MinimumLength = 1)] string? Title, [property: StringLength(500, MinimumLength = 1)] string? Summary,
    [property: StringLength(50, MinimumLength = 1)] string? Category, [property: StringLength(2000, MinimumLength = 1)] string? Disclaimer,
    DateTimeOffset? LastReviewedAt, DateTimeOffset? NextReviewAt, [property: MaxLength(200)] IReadOnlyList<EditableSectionRequest>? Sections,
    long? HeroImageId = null);

/// <summary>A section as sent: its position is its place in the array.</summary>
/// <param name="Key">Anchor key, lowercase words joined by '-', unique within the article.</param>
/// <param name="Heading">Section heading, 1 to 200 characters.</param>
/// <param name="Blocks">Content blocks in reading order (paragraph or list, told apart by 'type').</param>
[RequestSchema("key", "heading", "blocks")]
public sealed record EditableSectionRequest(
    [property: StringLength(100, MinimumLength = 1), RegularExpression(ArticleDocumentValidator.KeyPattern)] string? Key,
    [property: StringLength(200, MinimumLength = 1)] string? Heading, [property: MaxLength(200)] IReadOnlyList<BlockResponse?>? Blocks);

/// <summary>The optional body of <c>POST …/publish</c>.</summary>
/// <param name="PublishedAt">The publication time (UTC): in the future, the draft is scheduled and published then; default: now, or the first publication's.</param>
[RequestSchema]
public sealed record PublishRequest(DateTimeOffset? PublishedAt);
