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
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (property.GetCustomAttribute<CommaSeparatedAttribute>() is not null)
            {
                RuleFor(query => CommaSeparatedAttribute.Split((string?)property.GetValue(query)))
                    .Must(entries => entries.All(entry => values.Contains(entry, StringComparer.OrdinalIgnoreCase)))
                    .OverridePropertyName(name)
                    .WithMessage((_, entries) =>
                        $"'{name}' takes a comma-separated list of: {string.Join(", ", values)}. " +
                        $"Not recognised: {string.Join(", ", entries.Where(entry => !values.Contains(entry, StringComparer.OrdinalIgnoreCase)))}.");
                continue;
            }

            RuleFor(query => (string?)property.GetValue(query))
                .Must(value => value is null || values.Contains(value, StringComparer.OrdinalIgnoreCase))
                .OverridePropertyName(name)
                .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", values)}.");
        }
    }
}
