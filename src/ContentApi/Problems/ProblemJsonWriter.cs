using Microsoft.AspNetCore.Http.Json;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ContentApi.Problems;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the client's <c>Accept</c> says. The framework's
/// writer declines when <c>Accept</c> has no JSON type (a browser's <c>text/html</c>, <c>image/png</c>), which turned
/// 404s into bodiless 500s and 405s into <c>text/plain</c>; an error body in a type the client did not ask for is
/// still better than none (RFC 9110 §12.1 lets a server disregard <c>Accept</c>).
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions)
    : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);

        var declared = problem is HttpValidationProblemDetails ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, declared, jsonOptions.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
