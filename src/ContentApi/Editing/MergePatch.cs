using System.Text.Json.Nodes;

namespace ContentApi.Editing;

/// <summary>RFC 7396 JSON Merge Patch: null removes a member, an object merges into the member, anything else replaces it (arrays whole).</summary>
internal static class MergePatch
{
    public static JsonObject Apply(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject members)
            {
                target[name] = Apply(target[name] as JsonObject ?? [], members);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }

        return target;
    }
}
