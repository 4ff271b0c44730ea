using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Documents a <see cref="JsonPolymorphicAttribute"/> type the way the serialiser writes it: a <c>oneOf</c> of one
/// self-contained schema per <see cref="JsonDerivedTypeAttribute"/>, with a <c>discriminator</c>, and in each member a
/// required discriminator property whose enum is that member's one value. Generated clients get a union that a
/// <c>switch</c> on the discriminator narrows (Swashbuckle's own polymorphism support writes <c>allOf</c> inheritance
/// without the discriminator property, which narrows nothing).
/// </summary>
internal sealed class DiscriminatedUnionSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (context.Type.GetCustomAttribute<JsonPolymorphicAttribute>(inherit: false) is { } union)
        {
            DescribeUnion(concrete, context, union);
        }
        else if (context.Type.BaseType?.GetCustomAttribute<JsonPolymorphicAttribute>(inherit: false) is { } parent)
        {
            DescribeMember(concrete, context.Type, parent);
        }
    }

    private static void DescribeUnion(OpenApiSchema schema, SchemaFilterContext context, JsonPolymorphicAttribute union)
    {
        var discriminator = union.TypeDiscriminatorPropertyName ?? "$type";
        var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
        foreach (var member in context.Type.GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false))
        {
            if (context.SchemaGenerator.GenerateSchema(member.DerivedType, context.SchemaRepository) is OpenApiSchemaReference reference)
            {
                mapping[(string)member.TypeDiscriminator!] = reference;
            }
        }

        schema.Type = null;
        schema.Properties = null;
        schema.Required = null;
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        schema.OneOf = [.. mapping.Values];
        schema.Discriminator = new OpenApiDiscriminator { PropertyName = discriminator, Mapping = mapping };
    }

    private static void DescribeMember(OpenApiSchema schema, Type member, JsonPolymorphicAttribute union)
    {
        var name = union.TypeDiscriminatorPropertyName ?? "$type";
        var value = member.BaseType!.GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false)
            .Single(derived => derived.DerivedType == member).TypeDiscriminator as string;

        // The discriminator goes first, as the serialiser writes it.
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            [name] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(value)!] },
        };
        foreach (var (key, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            properties[key] = property;
        }

        schema.Properties = properties;
        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        schema.Required.Add(name);
    }
}
