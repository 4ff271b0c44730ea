namespace ContentApi.Validation;

/// <summary>
/// Marks a string query parameter as a comma-separated list. With <see cref="System.ComponentModel.DataAnnotations.AllowedValuesAttribute"/>,
/// each entry must be one of the allowed values, and OpenAPI describes it as an array (style form, explode false).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CommaSeparatedAttribute : Attribute
{
    public static IReadOnlyList<string> Split(string? value) =>
        value?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
