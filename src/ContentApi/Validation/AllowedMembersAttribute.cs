using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace ContentApi.Validation;

/// <summary>
/// The allowed values are the JSON (camelCase) names of a response type's properties, optionally only its
/// collections, so a field list can never drift from the record it selects from.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AllowedMembersAttribute(Type type, bool collectionsOnly = false)
    : AllowedValuesAttribute(MemberNames(type, collectionsOnly))
{
    public static object?[] MemberNames(Type type, bool collectionsOnly) => type.GetProperties()
        .Where(property => !collectionsOnly || IsCollection(property.PropertyType))
        .Select(property => (object?)JsonNamingPolicy.CamelCase.ConvertName(property.Name))
        .ToArray();

    private static bool IsCollection(Type type) =>
        type != typeof(string) && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
}
