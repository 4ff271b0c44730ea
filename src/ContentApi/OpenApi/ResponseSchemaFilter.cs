using ContentApi.Links;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Makes response schemas say what the serialiser does, so generated clients get exact types: every member the JSON
/// always carries is <c>required</c> (null or not), only members left out when null are optional; a nullable member
/// that refers to another schema says so (Swashbuckle drops <c>nullable</c> beside a <c>$ref</c>); and a member marked
/// with a vocabulary (<see cref="AllowedValuesAttribute"/>) is an enum of it.
/// </summary>
internal sealed class ResponseSchemaFilter : ISchemaFilter
{
    private readonly NullabilityInfoContext _nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || context.Type.Assembly != typeof(ResponseSchemaFilter).Assembly
            || context.Type.IsDefined(typeof(RequestSchemaAttribute), inherit: false))
        {
            return;
        }

        concrete.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!concrete.Properties!.TryGetValue(name, out var member))
            {
                continue;
            }

            // A member left out when null is optional, and never null on the wire.
            var omittedWhenNull = property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition is JsonIgnoreCondition.WhenWritingNull;
            var nullable = !omittedWhenNull && _nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (omittedWhenNull && member is OpenApiSchema optional)
            {
                optional.Type &= ~JsonSchemaType.Null;
            }
            else
            {
                concrete.Required.Add(name);
            }

            if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } vocabulary && member is OpenApiSchema values)
            {
                var names = vocabulary.Values.Select(value => (JsonNode)JsonValue.Create((string)value!)).ToList();
                if (values.Items is OpenApiSchema items)
                {
                    // A list of the vocabulary's words (a key's scopes): each item is one of them.
                    items.Enum = names;
                }
                else
                {
                    // A nullable enum lists null too, or strict validators refuse the null the member may hold.
                    values.Enum = nullable ? [.. names, null!] : names;
                }
            }

            if (property.IsDefined(typeof(AbsoluteUrlAttribute)) && member is OpenApiSchema url)
            {
                url.Format = "uri";
            }

            if (nullable && member is OpenApiSchemaReference reference)
            {
                concrete.Properties[name] = new OpenApiSchema { OneOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }], Description = reference.Description };
            }
        }
    }
}
