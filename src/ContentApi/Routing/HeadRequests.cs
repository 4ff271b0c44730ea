namespace ContentApi.Routing;

/// <summary>
/// HEAD answered wherever GET is (RFC 9110 §9.3.2): the same status and headers without the body (Kestrel drops a
/// HEAD's body itself; the handler's is written nowhere, so no server can send it). An editor asks HEAD …/edit for the
/// ETag that If-Match takes without reading the article.
/// </summary>
public static class HeadRequests
{
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            AddHead(endpoint);
            endpoint.FilterFactories.Add((_, next) => context =>
            {
                if (HttpMethods.IsHead(context.HttpContext.Request.Method))
                {
                    context.HttpContext.Response.Body = Stream.Null;
                }

                return next(context);
            });
        });
        return builder;
    }

    /// <summary>Adds HEAD to a GET endpoint's methods (the last method metadata wins in routing).</summary>
    internal static void AddHead(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
            && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
        }
    }
}
