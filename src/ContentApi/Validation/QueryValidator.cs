using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using FluentValidation;

namespace ContentApi.Validation;

/// <summary>
/// Base validator for query-string records. Every string property marked <see cref="AllowedValuesAttribute"/>
/// (the same attribute the OpenAPI document reads) must hold one of its values, compared case-insensitively.
/// </summary>
public abstract class QueryValidator<T> : AbstractValidator<T>
{
    protected QueryValidator()
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<AllowedValuesAttribute>() is not { } allowed || property.PropertyType != typeof(string))
            {
                continue;
            }

            var values = allowed.Values.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!).ToArray();
            RuleFor(query => (string?)property.GetValue(query))
                .Must(value => value is null || values.Contains(value, StringComparer.OrdinalIgnoreCase))
                .OverridePropertyName(JsonNamingPolicy.CamelCase.ConvertName(property.Name))
                .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", values)}.");
        }
    }
}
