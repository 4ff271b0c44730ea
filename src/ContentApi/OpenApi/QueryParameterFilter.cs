using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using ContentApi.Validation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Documents query parameters from their properties: <see cref="DescriptionAttribute"/> becomes the description,
/// <see cref="AllowedValuesAttribute"/> the schema's enum (the same list the validators enforce), and a
/// <see cref="QueryNumber{T}"/> a plain integer or number (ApiExplorer calls every TryParse type a string).
/// </summary>
internal sealed class QueryParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter concrete)
        {
            return;
        }

        ICustomAttributeProvider? member = (ICustomAttributeProvider?)context.PropertyInfo ?? context.ParameterInfo;
        if (member is null)
        {
            return;
        }

        // [AsParameters] properties arrive as ParameterInfo wrappers; plain parameters as themselves.
        var memberType = context.PropertyInfo?.PropertyType ?? context.ParameterInfo?.ParameterType;
        if (memberType is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(QueryNumber<>))
        {
            concrete.Schema = type.GetGenericArguments()[0] == typeof(int)
                ? new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" }
                : new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" };
        }

        if (Attribute<DescriptionAttribute>(member) is { } description)
        {
            concrete.Description = description.Description;
        }

        var values = Attribute<AllowedValuesAttribute>(member)?.Values
            .Select(value => (JsonNode)JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))!)
            .ToList();
        if (Attribute<CommaSeparatedAttribute>(member) is not null)
        {
            // OpenAPI's way of saying "a,b,c": an array parameter in form style, not exploded.
            concrete.Style = ParameterStyle.Form;
            concrete.Explode = false;
            concrete.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = values },
                UniqueItems = values is not null,
            };
        }
        else if (values is not null && concrete.Schema is OpenApiSchema schema)
        {
            schema.Enum = values;
        }
    }

    private static T? Attribute<T>(ICustomAttributeProvider member) where T : Attribute =>
        member.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault();
}
