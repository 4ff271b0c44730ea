using System.ComponentModel.DataAnnotations;

namespace ContentApi.Validation;

/// <summary>The sort keys a list accepts: each field ascending (<c>name</c>) or descending (<c>-name</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AllowedSortAttribute(params string[] fields)
    : AllowedValuesAttribute(fields.SelectMany(field => new object?[] { field, "-" + field }).ToArray());
