using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Problems;

/// <summary>
/// A request the framework refuses (BadHttpRequestException) becomes a problem whose title comes from the exception's
/// status code and whose detail is the framework's message, passed on as it is.
/// </summary>
public sealed class BadRequestTitleTests
{
    [Theory]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "The request body is too large.")]
    [InlineData(HttpStatusCode.UnsupportedMediaType, "The request body has an unsupported media type.")]
    [InlineData(HttpStatusCode.BadRequest, "The request is invalid.")]
    public async Task ARefusedRequestIsAProblemTitledByItsStatusCode(HttpStatusCode status, string title)
    {
        using var factory = new ContentApiFactory();
        using var client = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new RefusingEndpoint((int)status)))).CreateClient();

        var problem = await client.GetProblemAsync("/refused", status);

        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(RefusingEndpoint.Message, problem.GetProperty("detail").GetString());
    }

    /// <summary>Ends the app's pipeline with what the framework throws for a request it cannot read.</summary>
    private sealed class RefusingEndpoint(int status) : IStartupFilter
    {
        public const string Message = "Refused by the test, in the framework's words.";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(_ => throw new BadHttpRequestException(Message, status));
        };
    }
}
