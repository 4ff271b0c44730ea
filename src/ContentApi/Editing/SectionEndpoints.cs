using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json.Nodes;
using ContentApi.Articles;
using ContentApi.OpenApi;
using ContentApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContentApi.Editing;

/// <summary>
/// Sections and blocks one at a time: add, replace, move and delete. Each is a change of the article's body, checked by
/// the same rules as a whole document (error keys are paths in the article, e.g. 'sections[2].blocks[0].text'), with
/// If-Match, a new version and a revision; each answers the whole article with its new ETag. Positions are 1-based and
/// stay dense: the others close up or move down.
/// </summary>
internal static class SectionEndpoints
{
    private const string KeyDescription = "The section's anchor key, e.g. 'forms-and-doses'.";

    private const string PositionDescription = "The block's 1-based place in the section.";

    private static readonly IReadOnlySet<string> NewSectionMembers = Members("key", "heading", "blocks", "position");
    private static readonly IReadOnlySet<string> SectionContentMembers = Members("heading", "blocks");
    private static readonly IReadOnlySet<string> NewBlockMembers = Members("block", "position");
    private static readonly IReadOnlySet<string> BlockMembers = Members("type", "text", "style", "items", "sourceKey");
    private static readonly IReadOnlySet<string> SectionMoveMembers = Members("position");
    private static readonly IReadOnlySet<string> BlockMoveMembers = Members("position", "section");

    public static void MapWrites(RouteGroupBuilder writes)
    {
        writes.MapPost("/{slug}/sections", AddSection)
            .WithRequestBody<NewSectionRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithName("AddArticleSection").WithSummary("Add a section")
            .WithDescription("Inserts a section at 'position' (default: last); the sections after it move down one. 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPut("/{slug}/sections/{key}", ReplaceSection)
            .WithRequestBody<SectionContentRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithName("ReplaceArticleSection").WithSummary("Replace a section's heading and blocks")
            .WithDescription("The section keeps its key and place. 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPost("/{slug}/sections/{key}/move", MoveSection)
            .WithRequestBody<MoveRequest, RouteHandlerBuilder>(JsonBody.Json, shape: new RequestShape("SectionMoveRequest", SectionMoveMembers, ["position"], Description: "The body of a section move: its new place."))
            .WithBody().WithIfMatch()
            .WithName("MoveArticleSection").WithSummary("Move a section")
            .WithDescription("Moves the section to 'position'; the others close up around it. 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapDelete("/{slug}/sections/{key}", DeleteSection)
            .WithIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("DeleteArticleSection").WithSummary("Delete a section")
            .WithDescription("Deletes the section and its blocks; the sections after it move up one. A published article keeps at least one section (422). 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPost("/{slug}/sections/{key}/blocks", AddBlock)
            .WithRequestBody<NewBlockRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithName("AddArticleBlock").WithSummary("Add a block")
            .WithDescription("Inserts a paragraph or list block at 'position' in the section (default: last). 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPut("/{slug}/sections/{key}/blocks/{position:int}", ReplaceBlock)
            .WithRequestBody<BlockResponse, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithName("ReplaceArticleBlock").WithSummary("Replace a block")
            .WithDescription("Replaces the block at that place with the one sent, of either type. 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapPost("/{slug}/sections/{key}/blocks/{position:int}/move", MoveBlock)
            .WithRequestBody<MoveRequest, RouteHandlerBuilder>(JsonBody.Json, shape: new RequestShape("BlockMoveRequest", BlockMoveMembers, ["position"], Description: "The body of a block move: its new place, and the section it moves to."))
            .WithBody().WithIfMatch()
            .WithName("MoveArticleBlock").WithSummary("Move a block")
            .WithDescription("Moves the block to 'position', in its section or in the section named by 'section'; the others close up around it. 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapDelete("/{slug}/sections/{key}/blocks/{position:int}", DeleteBlock)
            .WithIfMatch()
            .WithName("DeleteArticleBlock").WithSummary("Delete a block")
            .WithDescription("Deletes the block; the blocks after it move up one. 200 with the article and its new ETag. Requires content:write and If-Match.");
    }

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> AddSection(
        [Description(EditingEndpoints.SlugDescription)] string slug,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditingEndpoints.WriteWithBodyAsync(slug, ifMatch, request, JsonBody.Json, NewSectionMembers, (json, current) =>
            Bound<NewSectionRequest>(json, added =>
            {
                var sections = current.Sections.ToList();
                return Place(added.Position, sections.Count + 1) is { } index
                    ? ArticleDocuments.Checked(current with { Sections = sections.Inserted(index, new EditableSection(added.Key!, added.Heading!, Blocks(added.Blocks ?? []))) },
                        $"Added section '{added.Key}'.", $"sections[{index}]", "")
                    : OutOfRange("position", sections.Count + 1);
            }), user, articles, options, cancellationToken);

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> ReplaceSection(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(KeyDescription)] string key,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditingEndpoints.WriteWithBodyAsync(slug, ifMatch, request, JsonBody.Json, SectionContentMembers, (json, current) =>
            Bound<SectionContentRequest>(json, content => WithSection(slug, key, current, (sections, index) =>
            {
                sections[index] = new EditableSection(key, content.Heading!, content.Blocks is null ? null! : Blocks(content.Blocks));
                return ArticleDocuments.Checked(current with { Sections = sections }, $"Replaced section '{key}'.", $"sections[{index}]", "");
            })), user, articles, options, cancellationToken);

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> MoveSection(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(KeyDescription)] string key,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditingEndpoints.WriteWithBodyAsync(slug, ifMatch, request, JsonBody.Json, SectionMoveMembers, (json, current) =>
            Bound<MoveRequest>(json, move => WithSection(slug, key, current, (sections, index) =>
            {
                var section = sections[index];
                sections.RemoveAt(index);
                return move.Position is { } position && Place(position, sections.Count + 1) is { } target
                    ? Body(current, sections.Inserted(target, section), $"Moved section '{key}' to {position}.")
                    : OutOfRange("position", sections.Count + 1);
            })), user, articles, options, cancellationToken);

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> DeleteSection(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(KeyDescription)] string key,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpResponse response, ClaimsPrincipal user, IArticleWriteRepository articles, CancellationToken cancellationToken) =>
        EditingEndpoints.Answer(await articles.ChangeAsync(slug, ifMatch, current => WithSection(slug, key, current, (sections, index) =>
        {
            sections.RemoveAt(index);
            return Body(current, sections, $"Deleted section '{key}'.");
        }), EditingEndpoints.Author(user), cancellationToken), slug, response);

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> AddBlock(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(KeyDescription)] string key,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditingEndpoints.WriteWithBodyAsync(slug, ifMatch, request, JsonBody.Json, NewBlockMembers, (json, current) =>
            Bound<NewBlockRequest>(json, added => WithSection(slug, key, current, (sections, index) =>
            {
                var blocks = sections[index].Blocks.ToList();
                if (Place(added.Position, blocks.Count + 1) is not { } at)
                {
                    return OutOfRange("position", blocks.Count + 1);
                }

                sections[index] = sections[index] with { Blocks = blocks.Inserted(at, added.Block!) };
                return ArticleDocuments.Checked(current with { Sections = sections }, $"Added a block to section '{key}'.", $"sections[{index}].blocks[{at}]", "block");
            })), user, articles, options, cancellationToken);

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> ReplaceBlock(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(KeyDescription)] string key,
        [Description(PositionDescription)] int position,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditingEndpoints.WriteWithBodyAsync(slug, ifMatch, request, JsonBody.Json, BlockMembers, (json, current) =>
            Bound<BlockResponse>(json, block => WithBlock(slug, key, position, current, (sections, index, blocks) =>
            {
                blocks[position - 1] = block;
                sections[index] = sections[index] with { Blocks = blocks };
                return ArticleDocuments.Checked(current with { Sections = sections }, $"Replaced block {position} of section '{key}'.", $"sections[{index}].blocks[{position - 1}]", "");
            })), user, articles, options, cancellationToken);

    private static Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> MoveBlock(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(KeyDescription)] string key,
        [Description(PositionDescription)] int position,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken) =>
        EditingEndpoints.WriteWithBodyAsync(slug, ifMatch, request, JsonBody.Json, BlockMoveMembers, (json, current) =>
            Bound<MoveRequest>(json, move => WithBlock(slug, key, position, current, (sections, index, blocks) =>
            {
                var block = blocks[position - 1];
                blocks.RemoveAt(position - 1);
                sections[index] = sections[index] with { Blocks = blocks };
                var to = move.Section is null ? index : sections.FindIndex(section => section.Key == move.Section);
                if (to < 0)
                {
                    return ArticleChange.Refused(JsonBody.Error("section", $"The article has no section '{move.Section}'."));
                }

                var targetBlocks = sections[to].Blocks.ToList();
                if (move.Position is not { } target || Place(target, targetBlocks.Count + 1) is not { } at)
                {
                    return OutOfRange("position", targetBlocks.Count + 1);
                }

                sections[to] = sections[to] with { Blocks = targetBlocks.Inserted(at, block) };
                return Body(current, sections, $"Moved block {position} of section '{key}' to {target} of '{sections[to].Key}'.");
            })), user, articles, options, cancellationToken);

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> DeleteBlock(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(KeyDescription)] string key,
        [Description(PositionDescription)] int position,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpResponse response, ClaimsPrincipal user, IArticleWriteRepository articles, CancellationToken cancellationToken) =>
        EditingEndpoints.Answer(await articles.ChangeAsync(slug, ifMatch, current => WithBlock(slug, key, position, current, (sections, index, blocks) =>
        {
            blocks.RemoveAt(position - 1);
            sections[index] = sections[index] with { Blocks = blocks };
            return Body(current, sections, $"Deleted block {position} of section '{key}'.");
        }), EditingEndpoints.Author(user), cancellationToken), slug, response);

    /// <summary>The body read as <typeparamref name="T"/>, then the change; a body that cannot be read is the 400.</summary>
    private static ArticleChange Bound<T>(JsonObject json, Func<T, ArticleChange> change) where T : class
    {
        var bound = JsonBody.Bind<T>(json);
        return bound.Value is { } value ? change(value) : ArticleChange.Refused(bound.Invalid!);
    }

    /// <summary>The change applied to the section named <paramref name="key"/> (its index in a copy of the sections), or a 404.</summary>
    private static ArticleChange WithSection(string slug, string key, EditableArticleResponse current, Func<List<EditableSection>, int, ArticleChange> change)
    {
        var sections = current.Sections.ToList();
        var index = sections.FindIndex(section => section.Key == key);
        return index < 0 ? ArticleChange.Refused(EditProblem.Missing($"Article '{slug}' has no section '{key}'.")) : change(sections, index);
    }

    /// <summary>The change applied to block <paramref name="position"/> of the section (in a copy of its blocks), or a 404.</summary>
    private static ArticleChange WithBlock(
        string slug, string key, int position, EditableArticleResponse current, Func<List<EditableSection>, int, List<BlockResponse>, ArticleChange> change) =>
        WithSection(slug, key, current, (sections, index) => position >= 1 && position <= sections[index].Blocks.Count
            ? change(sections, index, [.. sections[index].Blocks])
            : ArticleChange.Refused(EditProblem.Missing($"Section '{key}' of article '{slug}' has no block {position}.")));

    /// <summary>The new body, if the whole article still obeys the rules.</summary>
    private static ArticleChange Body(EditableArticleResponse current, List<EditableSection> sections, string summary) =>
        ArticleDocuments.Checked(current with { Sections = sections }, summary);

    /// <summary>The 0-based index of a 1-based <paramref name="position"/> from 1 to <paramref name="last"/> (null: last), or null when out of range.</summary>
    private static int? Place(int? position, int last) => position switch
    {
        null => last - 1,
        >= 1 when position <= last => position - 1,
        _ => null,
    };

    private static ArticleChange OutOfRange(string name, int last) =>
        ArticleChange.Refused(JsonBody.Error(name, $"'{name}' must be from 1 to {last}."));

    private static List<BlockResponse> Blocks(IReadOnlyList<BlockResponse?> blocks) => [.. blocks.Select(block => block!)];

    private static List<T> Inserted<T>(this List<T> list, int index, T item)
    {
        list.Insert(index, item);
        return list;
    }

    private static HashSet<string> Members(params string[] names) => new(names, StringComparer.Ordinal);
}
