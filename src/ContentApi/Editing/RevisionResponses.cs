using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Editing;

/// <summary>One revision in an article's history, without its snapshot.</summary>
/// <param name="Number">1, 2, 3 … per article, with no gaps.</param>
/// <param name="CreatedAt">When the write was committed (UTC).</param>
/// <param name="KeyName">The name of the API key that wrote it.</param>
/// <param name="Summary">One line saying what changed.</param>
/// <param name="Href">Where the revision with its snapshot is (an absolute URL).</param>
public sealed record RevisionSummaryResponse(int Number, DateTimeOffset CreatedAt, string KeyName, string Summary, string Href);

/// <summary>One revision with the whole article as it stood after that write.</summary>
/// <param name="Number">1, 2, 3 … per article, with no gaps.</param>
/// <param name="CreatedAt">When the write was committed (UTC).</param>
/// <param name="KeyName">The name of the API key that wrote it.</param>
/// <param name="Summary">One line saying what changed.</param>
/// <param name="Snapshot">The article after the write.</param>
public sealed record RevisionResponse(int Number, DateTimeOffset CreatedAt, string KeyName, string Summary, EditableArticleResponse Snapshot);

/// <summary>What changed between two revisions.</summary>
/// <param name="From">The revision the patch applies to.</param>
/// <param name="To">The revision the patch produces.</param>
/// <param name="Patch">An RFC 6902 JSON Patch turning the snapshot of 'from' into the snapshot of 'to'; arrays are compared by index.</param>
public sealed record RevisionDiffResponse(int From, int To, IReadOnlyList<JsonPatchOperation> Patch);

/// <summary>One RFC 6902 operation.</summary>
/// <param name="Op">add, remove or replace.</param>
/// <param name="Path">A JSON Pointer (RFC 6901) into the snapshot.</param>
/// <param name="Value">The new value (absent for remove; may be null).</param>
public sealed record JsonPatchOperation(
    [property: JsonPatchOpValues] string Op, string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Value);

/// <summary>The operations the diff writes.</summary>
public sealed class JsonPatchOpValuesAttribute() : System.ComponentModel.DataAnnotations.AllowedValuesAttribute("add", "remove", "replace");
