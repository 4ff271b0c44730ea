using ContentApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Validation;

/// <summary>A 400 naming the query parameters whose values were refused, worded one way wherever it is made.</summary>
public static class InvalidQuery
{
    public static ValidationProblem Of(IDictionary<string, string[]> errors, string? detail = null) => TypedResults.ValidationProblem(
        errors, detail: detail ?? $"Check the value of {string.Join(", ", errors.Keys.Select(key => $"'{key}'"))}.",
        title: ProblemDetailsSetup.InvalidQueryTitle);

    public static ValidationProblem Of(string name, string message, string? detail = null) =>
        Of(new Dictionary<string, string[]>(StringComparer.Ordinal) { [name] = [message] }, detail);
}
