using System.Globalization;
using System.Text.Json;

namespace ContentApi.Tests.OpenApi;

/// <summary>
/// Checks a JSON value against a schema of the served OpenAPI 3.1 document, for the keywords the document uses:
/// <c>$ref</c>, <c>type</c> (one or a list, <c>null</c> among them), <c>enum</c>, <c>required</c>, <c>properties</c>,
/// <c>additionalProperties</c>, <c>items</c>, <c>allOf</c>, <c>oneOf</c> with its <c>discriminator</c>,
/// <c>format</c> (date-time, uri), numeric bounds, and string and list lengths and patterns (a length in UTF-16 code
/// units, as the API's validators count it). A keyword it does not know fails, so the checker cannot
/// silently pass a schema it does not understand. Returns every mismatch with its JSON path.
/// </summary>
internal sealed class OpenApiSchemaValidator(JsonElement document)
{
    private static readonly HashSet<string> Known =
    [
        "$ref", "type", "nullable", "enum", "required", "properties", "additionalProperties", "items", "allOf", "oneOf",
        "discriminator", "format", "minimum", "maximum", "exclusiveMinimum", "uniqueItems", "description", "examples", "default",
        "minLength", "maxLength", "pattern", "minItems", "maxItems",
    ];

    public List<string> Validate(JsonElement value, JsonElement schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema, path, errors);
        return errors;
    }

    public JsonElement Component(string name) => document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject().Select(property => property.Name).Where(name => !Known.Contains(name)))
        {
            errors.Add($"{path}: the checker does not know the keyword '{keyword}'");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(item => item.GetString()!).ToArray() : [type.GetString()!];
            if (!types.Any(name => HasType(value, name)))
            {
                errors.Add($"{path}: {value.ValueKind} where the schema says {type.GetRawText()}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        CheckFormat(value, schema, path, errors);
        CheckBounds(value, schema, path, errors);
        CheckLengths(value, schema, path, errors);
        foreach (var part in schema.TryGetProperty("allOf", out var all) ? all.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            Check(value, part, path, errors);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            CheckOneOf(value, schema, oneOf, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, schema, path, errors);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", errors);
            }
        }
    }

    private void CheckOneOf(JsonElement value, JsonElement schema, JsonElement oneOf, string path, List<string> errors)
    {
        if (schema.TryGetProperty("discriminator", out var discriminator))
        {
            var name = discriminator.GetProperty("propertyName").GetString()!;
            var tag = value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var found) ? found.GetString() : null;
            if (tag is null || !discriminator.GetProperty("mapping").TryGetProperty(tag, out var target))
            {
                errors.Add($"{path}: discriminator '{name}' is {tag ?? "missing"}, not one the mapping names");
                return;
            }

            Check(value, Resolve(target.GetString()!), path, errors);
            return;
        }

        var matches = oneOf.EnumerateArray().Count(option => Validate(value, option, path).Count == 0);
        if (matches != 1)
        {
            errors.Add($"{path}: matches {matches} of the oneOf schemas, not exactly one");
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        foreach (var name in schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(item => item.GetString()!) : [])
        {
            if (!value.TryGetProperty(name, out _))
            {
                errors.Add($"{path}: required member '{name}' is missing");
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema))
            {
                Check(member.Value, memberSchema, $"{path}.{member.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: member '{member.Name}' is not in the schema");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(member.Value, additional, $"{path}.{member.Name}", errors);
                }
            }
            else if (properties.ValueKind == JsonValueKind.Object && !schema.TryGetProperty("allOf", out _))
            {
                // This API's schemas list every member it writes: an undeclared one is a contract gap.
                errors.Add($"{path}: member '{member.Name}' is not in the schema");
            }
        }
    }

    private static void CheckFormat(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String || !schema.TryGetProperty("format", out var format))
        {
            return;
        }

        var text = value.GetString()!;
        var valid = format.GetString() switch
        {
            "date-time" => DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            // Stricter than the format: every URI this API writes is http(s), and on Unix "/path" parses as an absolute file URI.
            "uri" => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
            _ => true,
        };
        if (!valid)
        {
            errors.Add($"{path}: '{text}' is not a {format.GetString()}");
        }
    }

    private static void CheckBounds(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return;
        }

        var number = value.GetDecimal();
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDecimal())
        {
            errors.Add($"{path}: {number} is below the minimum {minimum.GetDecimal()}");
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var exclusive) && number <= exclusive.GetDecimal())
        {
            errors.Add($"{path}: {number} is not above {exclusive.GetDecimal()}");
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDecimal())
        {
            errors.Add($"{path}: {number} is above the maximum {maximum.GetDecimal()}");
        }
    }

    private static void CheckLengths(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        var (length, unit) = value.ValueKind switch
        {
            JsonValueKind.String => (value.GetString()!.Length, "characters"),
            JsonValueKind.Array => (value.GetArrayLength(), "items"),
            _ => (-1, ""),
        };
        if (length < 0)
        {
            return;
        }

        var (min, max) = value.ValueKind == JsonValueKind.String ? ("minLength", "maxLength") : ("minItems", "maxItems");
        if (schema.TryGetProperty(min, out var least) && length < least.GetInt32())
        {
            errors.Add($"{path}: {length} {unit}, fewer than {min} {least.GetInt32()}");
        }

        if (schema.TryGetProperty(max, out var most) && length > most.GetInt32())
        {
            errors.Add($"{path}: {length} {unit}, more than {max} {most.GetInt32()}");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern)
            && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/components/schemas/";
        Assert.StartsWith(Prefix, reference);
        return Component(reference[Prefix.Length..]);
    }
}
