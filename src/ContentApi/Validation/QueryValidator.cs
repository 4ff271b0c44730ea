using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using FluentValidation;

namespace ContentApi.Validation;

/// <summary>
/// Base validator for query-string records. Every <see cref="QueryNumber{T}"/> property must hold a plain number, and
/// every string property marked <see cref="AllowedValuesAttribute"/> (the same attribute the OpenAPI document reads)
/// must hold one of its values, compared case-insensitively; every <see cref="QueryBoolean"/> must be true or false.
/// </summary>
public abstract class QueryValidator<T> : AbstractValidator<T>
{
    protected QueryValidator()
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (typeof(IQueryNumber).IsAssignableFrom(property.PropertyType))
            {
                AddNumberRule(property);
                continue;
            }

            if (property.PropertyType == typeof(QueryBoolean))
            {
                var flag = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                RuleFor(query => (QueryBoolean?)property.GetValue(query))
                    .Must(value => value is null || value.Value is not null)
                    .OverridePropertyName(flag)
                    .WithMessage((_, value) => $"'{flag}' must be true or false; '{value!.Text}' is not.");
                continue;
            }

            if (property.GetCustomAttribute<AllowedValuesAttribute>() is not { } allowed || property.PropertyType != typeof(string))
            {
                continue;
            }

            var values = allowed.Values.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!).ToArray();
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (property.GetCustomAttribute<CommaSeparatedAttribute>() is not null)
            {
                // "fields=" and "include=" alike: an empty list selects nothing, which is never what a client means.
                RuleFor(query => (string?)property.GetValue(query))
                    .Must(list => list is null || CommaSeparatedAttribute.Split(list).Count > 0)
                    .OverridePropertyName(name)
                    .WithMessage($"'{name}' needs at least one name; leave it out to get them all.");
                RuleFor(query => CommaSeparatedAttribute.Split((string?)property.GetValue(query)))
                    .Must(entries => entries.All(entry => values.Contains(entry, StringComparer.OrdinalIgnoreCase)))
                    .OverridePropertyName(name)
                    .WithMessage((_, entries) =>
                        $"'{name}' takes a comma-separated list of: {string.Join(", ", values)}. " +
                        $"Not recognized: {string.Join(", ", entries.Where(entry => !values.Contains(entry, StringComparer.OrdinalIgnoreCase)))}.");
                continue;
            }

            RuleFor(query => (string?)property.GetValue(query))
                .Must(value => value is null || values.Contains(value, StringComparer.OrdinalIgnoreCase))
                .OverridePropertyName(name)
                .WithMessage($"'{name}' must be one of: {string.Join(", ", values)}.");
        }
    }

    private void AddNumberRule(PropertyInfo property)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        RuleFor(query => (IQueryNumber?)property.GetValue(query))
            .Must(number => number is null || number.Fault is QueryNumberFault.None)
            .OverridePropertyName(name)
            .WithMessage((_, number) => number!.Fault switch
            {
                QueryNumberFault.TooPrecise =>
                    $"'{name}' has more than 15 significant digits, more than can be read exactly; '{number.Text}' is not accepted.",
                QueryNumberFault.OutOfRange => $"'{name}' is too large or too small to read; '{number.Text}' is not accepted.",
                _ when number.IsWholeNumber =>
                    $"'{name}' must be a whole number written with digits and an optional sign, such as 2; '{number.Text}' is not.",
                _ => $"'{name}' must be a number written with digits, an optional sign and at most one decimal point, such as 1.5; '{number.Text}' is not.",
            });
    }
}
