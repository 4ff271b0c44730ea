using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace ContentApi.Problems;

/// <summary>
/// Turns <see cref="BadHttpRequestException"/> (unbindable query values, oversized or malformed bodies)
/// into a problem with the framework's status code; when a parameter failed to bind, the
/// <c>errors</c> map names it. Everything else falls through to the default 500 problem.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new HttpValidationProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "The request body has an unsupported media type.",
                _ => "The request is invalid.",
            },
            Detail = badRequest.Message,
        };

        var failedParameter = FailedParameter().Match(badRequest.Message);
        if (failedParameter.Success)
        {
            var name = failedParameter.Groups["name"].Value;
            var camelName = char.ToLowerInvariant(name[0]) + name[1..];
            problem.Title = ProblemDetailsSetup.InvalidQueryTitle;
            problem.Detail = $"The value '{failedParameter.Groups["value"].Value}' is not valid for '{camelName}'.";
            problem.Errors[camelName] = [$"The value '{failedParameter.Groups["value"].Value}' is not a valid {Describe(failedParameter.Groups["type"].Value)}."];
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static string Describe(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>') switch
    {
        "int" or "Int32" or "long" or "Int64" => "whole number",
        "double" or "Double" or "decimal" or "Decimal" => "number",
        "bool" or "Boolean" => "boolean (true or false)",
        var other => other,
    };

    // Matches the framework's message: Failed to bind parameter "int? Page" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex FailedParameter();
}
