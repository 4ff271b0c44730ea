using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ContentApi.Problems;

/// <summary>
/// A typed 404 whose body is a problem naming what was not found. Declares itself to OpenAPI
/// as <c>404 application/problem+json</c>, so handlers can list it in <c>Results&lt;…&gt;</c>.
/// </summary>
public sealed class NotFoundProblem : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    private NotFoundProblem(string detail) => Detail = detail;

    public string Detail { get; }

    public int? StatusCode => StatusCodes.Status404NotFound;

    public static NotFoundProblem For(string resource, object key) =>
        new($"No {resource} has the identifier '{key}'.");

    public static NotFoundProblem Because(string detail) => new(detail);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status404NotFound, Title = ProblemDetailsSetup.NotFoundTitle, Detail = Detail },
        }).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status404NotFound, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
}
