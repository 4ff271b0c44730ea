using System.Reflection;
using ContentApi.Caching;
using Microsoft.AspNetCore.Http.Metadata;

namespace ContentApi.Articles;

/// <summary>
/// 200 with the article's JSON already serialised (<see cref="ArticleJson"/>). To OpenAPI it is what
/// <c>Ok&lt;ArticleResponse&gt;</c> was: a 200 application/json body of <see cref="ArticleResponse"/>.
/// </summary>
public sealed class OkArticleJson(ArticleJson article) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider, IUtf8JsonBody, IContentScoped, IDisposable
{
    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public ReadOnlyMemory<byte> Utf8Json => article.Utf8Json;

    // Everything the article embeds is stamped with its scope, so a write to another article leaves it cached.
    IReadOnlyList<string> IContentScoped.ContentScopes => [ContentScope.Article(article.Id)];

    DateTimeOffset? IContentScoped.ContentLastModified => article.LastModified;

    /// <summary>Only where no representation filter takes the bytes (every article route has one).</summary>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (this)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCode;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = article.Utf8Json.Length;
            await response.Body.WriteAsync(article.Utf8Json, httpContext.RequestAborted);
        }
    }

    /// <summary>Returns the pooled buffer: whoever sends or copies the bytes calls it once they are done.</summary>
    public void Dispose() => article.Dispose();

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ArticleResponse), ["application/json"]));
}
