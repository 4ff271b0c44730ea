using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Globalization;
using ContentApi.Validation;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Documents query parameters from their properties and from the validator that checks them, so the document states
/// the rules the API enforces: <see cref="DescriptionAttribute"/> becomes the description,
/// <see cref="AllowedValuesAttribute"/> the schema's enum, <see cref="DefaultValueAttribute"/> its default, a
/// <see cref="QueryNumber{T}"/> a plain integer or number (ApiExplorer calls every TryParse type a string) with the
/// bounds of its range rule, a <see cref="QueryBoolean"/> a boolean, and an unconditional <c>NotNull</c>/<c>NotEmpty</c> rule makes it <c>required</c>.
/// </summary>
internal sealed class QueryParameterFilter(IServiceProvider services) : IParameterFilter
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

        if (memberType == typeof(QueryBoolean))
        {
            concrete.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean };
        }

        if (Attribute<DescriptionAttribute>(member) is { } description)
        {
            concrete.Description = description.Description;
        }

        // Some [AsParameters] properties arrive as a ParameterInfo whose Member is the property.
        var property = context.PropertyInfo ?? context.ParameterInfo?.Member as PropertyInfo;
        if (property is not null)
        {
            ApplyRules(concrete, property);
        }

        if (Attribute<DefaultValueAttribute>(member)?.Value is { } defaultValue && concrete.Schema is OpenApiSchema withDefault)
        {
            withDefault.Default = JsonValue.Create(defaultValue);
        }

        var values = Attribute<AllowedValuesAttribute>(member)?.Values
            .Select(value => (JsonNode)JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))!)
            .ToList();
        if (Attribute<CommaSeparatedAttribute>(member) is not null)
        {
            // OpenAPI's way of saying "a,b,c": an array parameter in form style, not exploded.
            concrete.Style = ParameterStyle.Form;
            concrete.Explode = false;
            concrete.AllowReserved = false;
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

    /// <summary>What the parameter's validator enforces whatever else the query holds: presence, and numeric bounds.</summary>
    private void ApplyRules(OpenApiParameter parameter, PropertyInfo property)
    {
        var validatorType = typeof(IValidator<>).MakeGenericType(property.DeclaringType!);
        if (services.GetService(validatorType) is not IValidator validator)
        {
            return;
        }

        // Rules are named as the client spells the parameter (ValidationSetup's camel-case resolver).
        foreach (var rule in validator.CreateDescriptor().GetRulesForMember(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name)))
        {
            foreach (var component in rule.Components)
            {
                var unconditional = !rule.HasCondition && !rule.HasAsyncCondition && !component.HasCondition && !component.HasAsyncCondition;
                if (unconditional && component.Validator is INotNullValidator or INotEmptyValidator)
                {
                    parameter.Required = true;
                }

                if (component.Validator is IQueryNumberRange range && parameter.Schema is OpenApiSchema schema)
                {
                    schema.Minimum = range.Minimum.ToString(CultureInfo.InvariantCulture);
                    schema.Maximum = range.Maximum.ToString(CultureInfo.InvariantCulture);
                    schema.ExclusiveMinimum = range.ExclusiveMinimum ? schema.Minimum : null;
                    if (range.ExclusiveMinimum)
                    {
                        schema.Minimum = null;
                    }
                }
            }
        }
    }

    private static T? Attribute<T>(ICustomAttributeProvider member) where T : Attribute =>
        member.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault();
}
