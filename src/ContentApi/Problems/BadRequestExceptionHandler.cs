using Microsoft.AspNetCore.Diagnostics;

namespace ContentApi.Problems;

/// <summary>
/// Turns <see cref="BadHttpRequestException"/> (oversized or malformed bodies, unreadable requests) into a problem with
/// the framework's status code. Query parameters never get here: they bind through strings and
/// <see cref="Validation.QueryNumber{T}"/>, which never fail, so the validators name every bad one in one 400.
/// Everything else falls through to the default 500 problem.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                    StatusCodes.Status415UnsupportedMediaType => "The request body has an unsupported media type.",
                    _ => "The request is invalid.",
                },
                Detail = badRequest.Message,
            },
            Exception = exception,
        });
    }
}
