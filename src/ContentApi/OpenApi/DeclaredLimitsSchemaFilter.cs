using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Completes what the data annotations say in the document: an <see cref="ItemLengthAttribute"/> becomes the list items'
/// <c>minLength</c>/<c>maxLength</c> (copied, so a shared items schema is not changed), and a <c>[Range]</c> open at the
/// top (<c>int.MaxValue</c>, <c>long.MaxValue</c>, <c>double.MaxValue</c>) keeps its <c>minimum</c> without a meaningless <c>maximum</c>; an
/// optional text's <c>minLength</c> of 0 says nothing and is left out.
/// </summary>
internal sealed class DeclaredLimitsSchemaFilter : ISchemaFilter
{
    private static readonly HashSet<string> OpenTop = new(StringComparer.Ordinal)
    {
        int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double.MaxValue.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        foreach (var (name, member) in concrete.Properties!.ToList())
        {
            if (member is OpenApiSchema { Maximum: { } maximum } bounded && OpenTop.Contains(maximum))
            {
                var copy = (OpenApiSchema)bounded.CreateShallowCopy();
                copy.Maximum = null;
                concrete.Properties[name] = copy;
            }

            if (concrete.Properties[name] is OpenApiSchema { MinLength: 0 } text)
            {
                var copy = (OpenApiSchema)text.CreateShallowCopy();
                copy.MinLength = null;
                concrete.Properties[name] = copy;
            }
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (property.GetCustomAttribute<ItemLengthAttribute>() is { } length
                && concrete.Properties!.TryGetValue(name, out var member) && member is OpenApiSchema { Items: OpenApiSchema items } array)
            {
                var copy = (OpenApiSchema)array.CreateShallowCopy();
                var itemsCopy = (OpenApiSchema)items.CreateShallowCopy();
                itemsCopy.MaxLength = length.MaximumLength;
                itemsCopy.MinLength = length.MinimumLength > 0 ? length.MinimumLength : null;
                copy.Items = itemsCopy;
                concrete.Properties[name] = copy;
            }
        }
    }
}
