using System.Text.Json;

namespace ContentApi.Editing;

/// <summary>
/// An RFC 6902 JSON Patch from one JSON document to another: members are removed, added or recursed into by name;
/// arrays by index (the common prefix recursed into, extra items added at the end or removed from the end backwards,
/// so every path is valid when its operation is applied in order); anything else that differs is replaced.
/// </summary>
internal static class JsonPatchDiff
{
    public static IReadOnlyList<JsonPatchOperation> Between(JsonElement from, JsonElement to)
    {
        var operations = new List<JsonPatchOperation>();
        Diff(from, to, "", operations);
        return operations;
    }

    private static void Diff(JsonElement from, JsonElement to, string path, List<JsonPatchOperation> operations)
    {
        if (from.ValueKind == JsonValueKind.Object && to.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in from.EnumerateObject().Where(member => !to.TryGetProperty(member.Name, out _)))
            {
                operations.Add(new JsonPatchOperation("remove", $"{path}/{Escape(member.Name)}", null));
            }

            foreach (var member in to.EnumerateObject())
            {
                var memberPath = $"{path}/{Escape(member.Name)}";
                if (from.TryGetProperty(member.Name, out var old))
                {
                    Diff(old, member.Value, memberPath, operations);
                }
                else
                {
                    operations.Add(new JsonPatchOperation("add", memberPath, member.Value.Clone()));
                }
            }

            return;
        }

        if (from.ValueKind == JsonValueKind.Array && to.ValueKind == JsonValueKind.Array)
        {
            var (oldLength, newLength) = (from.GetArrayLength(), to.GetArrayLength());
            for (var index = 0; index < Math.Min(oldLength, newLength); index++)
            {
                Diff(from[index], to[index], $"{path}/{index}", operations);
            }

            for (var index = oldLength; index < newLength; index++)
            {
                operations.Add(new JsonPatchOperation("add", $"{path}/{index}", to[index].Clone()));
            }

            for (var index = oldLength - 1; index >= newLength; index--)
            {
                operations.Add(new JsonPatchOperation("remove", $"{path}/{index}", null));
            }

            return;
        }

        if (!JsonElement.DeepEquals(from, to))
        {
            operations.Add(new JsonPatchOperation("replace", path, to.Clone()));
        }
    }

    /// <summary>RFC 6901: '~' as '~0' first, then '/' as '~1'.</summary>
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
