using System.ComponentModel.DataAnnotations;
using ContentApi.Articles;
using ContentApi.OpenApi;

namespace ContentApi.Editing;

/// <summary>The body of <c>POST …/sections</c>: a new section, placed at <c>position</c> (default: last).</summary>
/// <param name="Key">Anchor key, lowercase words joined by '-', unique within the article.</param>
/// <param name="Heading">Section heading, 1 to 200 characters.</param>
/// <param name="Blocks">Its blocks in reading order; left out, it starts empty.</param>
/// <param name="Position">1-based place among the sections; the sections after it move down one.</param>
[RequestSchema("key", "heading")]
public sealed record NewSectionRequest(
    [property: StringLength(100, MinimumLength = 1), RegularExpression(ArticleDocumentValidator.KeyPattern)] string? Key,
    [property: StringLength(200, MinimumLength = 1)] string? Heading, [property: MaxLength(200)] IReadOnlyList<BlockResponse?>? Blocks,
    [property: Range(1, int.MaxValue)] int? Position);

/// <summary>The body of <c>PUT …/sections/{key}</c>: the section's heading and all its blocks.</summary>
/// <param name="Heading">Section heading, 1 to 200 characters.</param>
/// <param name="Blocks">Its blocks in reading order (paragraph or list, told apart by 'type').</param>
[RequestSchema("heading", "blocks")]
public sealed record SectionContentRequest([property: StringLength(200, MinimumLength = 1)] string? Heading, [property: MaxLength(200)] IReadOnlyList<BlockResponse?>? Blocks);

/// <summary>The body of <c>POST …/blocks</c>: a new block, placed at <c>position</c> (default: last).</summary>
/// <param name="Block">The block: { "type": "paragraph", "text", "sourceKey" } or { "type": "list", "text", "style", "items", "sourceKey" }.</param>
/// <param name="Position">1-based place among the section's blocks.</param>
[RequestSchema("block")]
public sealed record NewBlockRequest(BlockResponse? Block, [property: Range(1, int.MaxValue)] int? Position);

/// <summary>The body of a move: where the section or block goes (documented per operation: a section move takes only <c>position</c>).</summary>
/// <param name="Position">Its new 1-based place; the others close up around it.</param>
/// <param name="Section">Blocks only: the key of the section it moves to (default: the one it is in).</param>
[RequestSchema]
public sealed record MoveRequest([property: Range(1, int.MaxValue)] int? Position, [property: StringLength(100, MinimumLength = 1), RegularExpression(ArticleDocumentValidator.KeyPattern)] string? Section);
