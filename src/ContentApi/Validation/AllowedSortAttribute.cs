using System.ComponentModel.DataAnnotations;
using ContentApi.Sql;

namespace ContentApi.Validation;

/// <summary>
/// The sort keys a list accepts, read from the list's <see cref="ISortOptions"/>: each field ascending (<c>name</c>)
/// or descending (<c>-name</c>). An <see cref="AllowedValuesAttribute"/>, so the validator and the OpenAPI document
/// treat it like any other list of allowed values.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AllowedSortAttribute<TSorts>() : AllowedValuesAttribute([.. TSorts.Columns.Keys])
    where TSorts : ISortOptions;
