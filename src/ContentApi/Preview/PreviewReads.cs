using ContentApi.Caching;
using ContentApi.Keys;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Preview;

/// <summary>
/// Reads that show drafts to a key with <c>content:preview</c> when asked with <c>?preview=true</c>
/// (<see cref="WithPreview{TBuilder}"/>), and stay public reads otherwise. The key is checked only when a preview is
/// asked, in an endpoint filter, so the public hit path (the representation cache middleware) does no more work than
/// before; a preview request is authenticated, so the cache neither answers nor stores it
/// (<see cref="RepresentationCache.IsPrivate"/>, and <see cref="IsPreview"/> in the filter besides).
/// </summary>
internal static class PreviewReads
{
    /// <summary>What a preview answer is sent with: no shared or browser cache may keep it.</summary>
    public const string CacheControl = ApiKeyAuthenticationHandler.PrivateCacheControl;

    /// <summary>Prefixed to a preview answer's ETag, so no public representation's tag ever equals it.</summary>
    public const string ETagPrefix = "preview-";

    /// <summary>
    /// Lets the endpoints' reads be previewed: documents the optional key (<see cref="PreviewReadMetadata"/>) and adds
    /// the filter that checks it. Map it before <c>WithRequestValidation</c> (a preview asked without the key is a 401 or
    /// 403 whatever else the query holds, as on every endpoint that requires a key; 'preview=maybe' asks for nothing
    /// and is validation's 400) and before <c>WithHttpCaching</c> (the cache filter never sees a refused preview).
    /// </summary>
    public static TBuilder WithPreview<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            endpoint.Metadata.Add(PreviewReadMetadata.Instance);
            endpoint.FilterFactories.Add((_, next) => context => AuthorizeAsync(context, next));
        });
        return builder;
    }

    /// <summary>
    /// What the read may show: drafts only when a preview was asked and its key was checked by this filter. A handler
    /// whose endpoint lacks <see cref="WithPreview{TBuilder}"/> fails loudly rather than show drafts to anyone.
    /// </summary>
    public static ContentVisibility VisibilityFor(PreviewQuery query, HttpContext context)
    {
        if (!query.IsAsked)
        {
            return ContentVisibility.Published;
        }

        return IsPreview(context)
            ? ContentVisibility.IncludingDrafts
            : throw new InvalidOperationException($"'{context.Request.Path}' reads drafts for ?preview=true, but its endpoint is not mapped WithPreview().");
    }

    /// <summary>
    /// What a query validator may consult (known substances, nutrients): what the read will show, so a preview accepts a
    /// name only a draft's items use. Request validation passes it (<see cref="MarkPreview"/>); absent, it is public.
    /// </summary>
    public static ContentVisibility VisibilityFor(IValidationContext context) =>
        context.RootContextData.ContainsKey(nameof(AuthorizedPreview)) ? ContentVisibility.IncludingDrafts : ContentVisibility.Published;

    /// <summary>Tells the validators of an authorized preview's arguments so (<see cref="VisibilityFor(IValidationContext)"/>).</summary>
    public static void MarkPreview(HttpContext http, IValidationContext context)
    {
        if (IsPreview(http))
        {
            context.RootContextData[nameof(AuthorizedPreview)] = true;
        }
    }

    /// <summary>Whether this request is an authorized preview (set by the filter, so never on the hit path).</summary>
    public static bool IsPreview(HttpContext context) => context.Features.Get<AuthorizedPreview>() is not null;

    private static async ValueTask<object?> AuthorizeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!IsAsked(http.Request))
        {
            return await next(context);
        }

        if (http.User.Identity?.IsAuthenticated is not true)
        {
            // The key scheme's own challenge: 401 naming what was wrong with the key sent (or 429 while refused too often).
            await http.ChallengeAsync(ApiKeySetup.Scheme);
            return Results.Empty;
        }

        if (!http.User.HasClaim(ApiKeyPrincipal.ScopeClaim, ApiScopes.ContentPreview))
        {
            await ApiKeyProblems.WriteAsync(http, StatusCodes.Status403Forbidden, ApiKeyProblems.InsufficientScopeChallenge(ApiScopes.ContentPreview),
                ApiKeyProblems.ForbiddenTitle, ApiKeyProblems.ForbiddenDetail(ApiScopes.ContentPreview, ApiKeyPrincipal.IdOf(http.User)));
            return Results.Empty;
        }

        http.Features.Set(new AuthorizedPreview());
        // Nothing to revalidate: the answer is no-store, and a public copy's validators must not earn a 304 for a draft.
        http.Request.Headers.IfNoneMatch = StringValues.Empty;
        http.Request.Headers.IfModifiedSince = StringValues.Empty;
        http.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.CacheControl = CacheControl;
            headers.Append(HeaderNames.Vary, HeaderNames.Authorization);
            if (headers.ETag.ToString() is ['"', .. var tag])
            {
                headers.ETag = $"\"{ETagPrefix}{tag}";
            }

            return Task.CompletedTask;
        }, http.Response);
        return await next(context);
    }

    /// <summary>Exactly one 'preview' whose text is true (any case), as <see cref="PreviewQuery.IsAsked"/> reads it; anything else is left to validation.</summary>
    private static bool IsAsked(HttpRequest request) =>
        request.Query[PreviewQuery.Name] is [var value] && value!.Equals("true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mark of a preview whose key holds content:preview.</summary>
    private sealed class AuthorizedPreview;
}

/// <summary>Endpoint metadata of a previewable public read: the OpenAPI document names its optional key, 401 and 403.</summary>
/// <param name="Scope">The scope a preview needs.</param>
internal sealed record PreviewReadMetadata(string Scope)
{
    public static readonly PreviewReadMetadata Instance = new(ApiScopes.ContentPreview);
}
