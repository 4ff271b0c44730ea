using System.ComponentModel.DataAnnotations;
using ContentApi.OpenApi;
using ContentApi.Links;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Interactions;
using ContentApi.Media;
using ContentApi.Remedies;
using ContentApi.SideEffects;
using ContentApi.Sources;
using System.Text.Json.Serialization;

namespace ContentApi.Articles;

/// <summary>An article in a list: enough to render a card and link to it.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Slug">URL key, kebab-case.</param>
/// <param name="Title">Display title.</param>
/// <param name="Summary">One-sentence summary.</param>
/// <param name="Category">Category, e.g. "Vitamins".</param>
/// <param name="HeroImage">The lead image with its sizes for srcset, or null when the article has none.</param>
/// <param name="Status">Publication status: always <c>published</c> in a public list; a preview also lists drafts.</param>
/// <param name="PublishedAt">First publication (UTC).</param>
/// <param name="ScheduledAt">When a draft is scheduled to publish (UTC); null when it is not (always, in a public list).</param>
/// <param name="UpdatedAt">Last content change (UTC).</param>
/// <param name="Version">Content version; grows with every change.</param>
/// <param name="Href">Where the whole article is (for a draft, its preview).</param>
public sealed record ArticleSummaryResponse(
    int Id, string Slug, string Title, string Summary, string Category, HeroImage? HeroImage, [property: ArticleStatusValues] string Status,
    DateTimeOffset? PublishedAt, DateTimeOffset? ScheduledAt, DateTimeOffset UpdatedAt, int Version, [property: AbsoluteUrl] string Href);

/// <summary>The whole article: metadata, ordered sections and every related collection, each figure with its source.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Slug">URL key, kebab-case.</param>
/// <param name="Title">Display title.</param>
/// <param name="Summary">One-sentence summary.</param>
/// <param name="Category">Category, e.g. "Vitamins".</param>
/// <param name="HeroImage">The lead image with its sizes for srcset, or null when the article has none.</param>
/// <param name="Status">Publication status; only <c>published</c> articles are served.</param>
/// <param name="PublishedAt">First publication (UTC).</param>
/// <param name="UpdatedAt">Newest change anywhere in the article, its figures included (UTC).</param>
/// <param name="LastReviewedAt">Last medical review (UTC).</param>
/// <param name="NextReviewAt">Next scheduled review (UTC).</param>
/// <param name="Disclaimer">Medical disclaimer to show with the article.</param>
/// <param name="Version">Content version; grows with every change.</param>
/// <param name="CommentCount">How many approved comments it has, replies included (see GET /api/articles/{slug}/comments).</param>
/// <param name="Sections">The article body, in reading order. Collections not asked for with <c>include</c> are omitted.</param>
/// <param name="DoseRanges">Intake figures the article draws on.</param>
/// <param name="Foods">Foods and their nutrient content.</param>
/// <param name="Interactions">Medicines and conditions that call for caution, most severe first.</param>
/// <param name="SideEffects">Side effects, in the article's order.</param>
/// <param name="Remedies">Other treatments, in the article's order.</param>
/// <param name="RelatedArticles">Further reading.</param>
/// <param name="Sources">Every source the article cites, in citation order.</param>
public sealed record ArticleResponse(
    int Id, string Slug, string Title, string Summary, string Category, HeroImage? HeroImage, [property: ArticleStatusValues] string Status,
    DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, DateTimeOffset? LastReviewedAt, DateTimeOffset? NextReviewAt,
    string Disclaimer, int Version, int CommentCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SectionResponse>? Sections,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DoseRangeResponse>? DoseRanges,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FoodResponse>? Foods,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<InteractionResponse>? Interactions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SideEffectResponse>? SideEffects,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RemedyResponse>? Remedies,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RelatedArticleResponse>? RelatedArticles,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SourceResponse>? Sources);

/// <summary>The lead image and its intrinsic size, so layouts can reserve space before it loads.</summary>
/// <param name="Url">Absolute address of the full-size image; always resolves.</param>
/// <param name="Alt">Alternative text.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Renditions">The sizes it is served at, narrowest first: <c>srcset</c> is each <c>url</c> and <c>width</c> as "{url} {width}w".</param>
public sealed record HeroImage([property: AbsoluteUrl] string Url, string Alt, int Width, int Height, IReadOnlyList<ImageRendition> Renditions);

/// <summary>One section of an article body.</summary>
/// <param name="Key">Stable anchor key, usable as an HTML id.</param>
/// <param name="Position">1-based reading order.</param>
/// <param name="Heading">Section heading.</param>
/// <param name="Blocks">Content blocks in reading order.</param>
public sealed record SectionResponse(string Key, int Position, string Heading, IReadOnlyList<BlockResponse> Blocks);

/// <summary>
/// A content block, one of the block types below, told apart by <c>type</c>: a switch on it covers every block. A new
/// block type will arrive as a new member of this union (clients should skip a <c>type</c> they do not know).
/// </summary>
/// <param name="SourceKey">Key of the source (see <c>sources</c>) backing this block's statements, if any.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(ListBlock), "list")]
public abstract record BlockResponse([property: StringLength(50)] string? SourceKey);

/// <summary>A paragraph of prose.</summary>
/// <param name="Text">The paragraph's text.</param>
/// <param name="SourceKey">Key of the source (see <c>sources</c>) backing this block's statements, if any.</param>
public sealed record ParagraphBlock([property: StringLength(10_000, MinimumLength = 1)] string Text, string? SourceKey) : BlockResponse(SourceKey);

/// <summary>A list, with an optional lead-in sentence.</summary>
/// <param name="Text">The lead-in sentence, if any.</param>
/// <param name="Style">Bullets or numbers.</param>
/// <param name="Items">The items in order.</param>
/// <param name="SourceKey">Key of the source (see <c>sources</c>) backing this block's statements, if any.</param>
public sealed record ListBlock(
    [property: StringLength(2000)] string? Text, [property: ListStyleValues] string Style,
    [property: MinLength(1), MaxLength(100), ItemLength(2000, MinimumLength = 1)] IReadOnlyList<string> Items, string? SourceKey)
    : BlockResponse(SourceKey);

/// <summary>A related article. Titles without content here have no slug or href, so clients render them as plain text.</summary>
/// <param name="Title">Title as published.</param>
/// <param name="Slug">The related article's slug, when it is served here.</param>
/// <param name="Href">Its API address, when it is served here.</param>
/// <param name="SectionKey">The section the reference appears in.</param>
public sealed record RelatedArticleResponse(string Title, string? Slug, [property: AbsoluteUrl] string? Href, string? SectionKey);
