using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json.Nodes;
using ContentApi.Links;
using ContentApi.OpenApi;
using ContentApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContentApi.Editing;

/// <summary>
/// An article's collections one item at a time: create, replace, merge-patch and delete. The article is the unit of
/// concurrency and history, as for sections: each write needs the article's If-Match, makes a new version and a
/// revision, and answers the whole article with its new ETag (create: 201 with the item's public address).
/// </summary>
internal static class CollectionEndpoints
{
    private const string IdDescription = "The item's public id (as in GET /api/{collection}/{id}).";

    public static void MapWrites(RouteGroupBuilder writes)
    {
        Map<DoseRangeCollection, EditableDoseRange, DoseRangeRequest>(writes, "A dose range's age band may not overlap another of the same population and kind in the article (422).");
        Map<FoodCollection, EditableFood, FoodRequest>(writes, null);
        Map<InteractionCollection, EditableInteraction, InteractionRequest>(writes, null);
        Map<SideEffectCollection, EditableSideEffect, SideEffectRequest>(writes, null);
        Map<RemedyCollection, EditableRemedy, RemedyRequest>(writes, null);
    }

    private static void Map<TCollection, TItem, TRequest>(RouteGroupBuilder writes, string? rule)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
    {
        var segment = TCollection.Segment;
        var noun = TCollection.Noun;
        var rules = rule is null ? "" : " " + rule;

        var create = writes.MapPost($"/{{slug}}/{segment}", Create<TCollection, TItem, TRequest>)
            .WithRequestBody<TRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithResponseHeader("Location", $"The new {noun}'s public address, /api/{segment}/{{id}} (404 there while the article is a draft).", status: StatusCodes.Status201Created)
            .WithResponseHeader("ETag", "The article's new version ETag, for the next If-Match.", status: StatusCodes.Status201Created)
            .WithName($"CreateArticle{TCollection.OperationNoun}").WithSummary($"Add a {noun} to an article")
            .WithDescription($"Adds the {noun} to the article. 201 with the whole article, its new ETag and the item's address in Location.{rules} Requires content:write and If-Match.");

        var replace = writes.MapPut($"/{{slug}}/{segment}/{{id:int}}", Replace<TCollection, TItem, TRequest>)
            .WithRequestBody<TRequest, RouteHandlerBuilder>(JsonBody.Json).WithBody().WithIfMatch()
            .WithName($"ReplaceArticle{TCollection.OperationNoun}").WithSummary($"Replace an article's {noun}")
            .WithDescription($"Replaces every member of the {noun}; it keeps its id. 404 when the article has no {noun} with that id.{rules} 200 with the article and its new ETag. Requires content:write and If-Match.");

        var patch = writes.MapPatch($"/{{slug}}/{segment}/{{id:int}}", Patch<TCollection, TItem, TRequest>)
            .WithRequestBody<TRequest, RouteHandlerBuilder>(JsonBody.MergePatch, shape: RequestSchemas.MergePatchOf<TRequest>($"{typeof(TRequest).Name[..^"Request".Length]}PatchRequest", TCollection.Members))
            .WithBody().WithIfMatch()
            .WithName($"PatchArticle{TCollection.OperationNoun}").WithSummary($"Change part of an article's {noun}")
            .WithDescription($"An RFC 7396 merge patch (application/merge-patch+json) of the {noun}'s members: a member sent replaces, null removes (then the rules apply).{rules} 200 with the article and its new ETag. Requires content:write and If-Match.");

        writes.MapDelete($"/{{slug}}/{segment}/{{id:int}}", Delete<TCollection, TItem, TRequest>)
            .WithIfMatch()
            .WithName($"DeleteArticle{TCollection.OperationNoun}").WithSummary($"Delete an article's {noun}")
            .WithDescription($"Deletes the {noun}. 200 with the article and its new ETag. Requires content:write and If-Match.");

        if (rule is not null)
        {
            create.ProducesProblem(StatusCodes.Status422UnprocessableEntity);
            replace.ProducesProblem(StatusCodes.Status422UnprocessableEntity);
            patch.ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<Results<Created<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> Create<TCollection, TItem, TRequest>(
        [Description(EditingEndpoints.SlugDescription)] string slug,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, PublicLinks links, IOptions<EditingOptions> options, CancellationToken cancellationToken)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
    {
        var body = await ReadAsync<TCollection, TItem, TRequest>(request, JsonBody.Json, articles, options, cancellationToken);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        HashSet<int> before = [];
        var outcome = await articles.ChangeAsync(slug, ifMatch, current => Checked<TCollection, TItem, TRequest>(json, added =>
        {
            before = [.. TCollection.Of(current).Select(TCollection.IdOf)];
            List<TItem> items = [.. TCollection.Of(current), TCollection.ToItem(added, 0)];
            return Changed<TCollection, TItem, TRequest>(current, items, items.Count - 1, $"Added a {TCollection.Noun}.");
        }), EditingEndpoints.Author(user), cancellationToken);
        if (outcome is not WriteOutcome.Written { Article: var written })
        {
            return EditingEndpoints.Answer(outcome, slug, request.HttpContext.Response).Result switch
            {
                ValidationProblem invalid => invalid,
                NotFoundProblem missing => missing,
                EditProblem problem => problem,
                var other => throw new InvalidOperationException($"Unexpected answer {other.GetType()}."),
            };
        }

        var id = TCollection.Of(written.Article).Select(TCollection.IdOf).First(id => !before.Contains(id));
        request.HttpContext.Response.Headers.ETag = written.ETag;
        return TypedResults.Created($"{links.BaseFor(request)}/api/{TCollection.Segment}/{id}", written.Article);
    }

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> Replace<TCollection, TItem, TRequest>(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(IdDescription)] int id,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
    {
        var body = await ReadAsync<TCollection, TItem, TRequest>(request, JsonBody.Json, articles, options, cancellationToken);
        if (body.Value is not { } json)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        return EditingEndpoints.Answer(await articles.ChangeAsync(slug, ifMatch, current => WithItem<TCollection, TItem, TRequest>(slug, id, current, (items, index) =>
            Checked<TCollection, TItem, TRequest>(json, replaced =>
            {
                items[index] = TCollection.ToItem(replaced, id);
                return Changed<TCollection, TItem, TRequest>(current, items, index, $"Replaced {TCollection.Noun} {id}.");
            })), EditingEndpoints.Author(user), cancellationToken), slug, request.HttpContext.Response);
    }

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> Patch<TCollection, TItem, TRequest>(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(IdDescription)] int id,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpRequest request, ClaimsPrincipal user, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
    {
        var body = await ReadAsync<TCollection, TItem, TRequest>(request, JsonBody.MergePatch, articles, options, cancellationToken);
        if (body.Value is not { } patch)
        {
            return body.Invalid is { } unreadable ? unreadable : body.Refused!;
        }

        return EditingEndpoints.Answer(await articles.ChangeAsync(slug, ifMatch, current => WithItem<TCollection, TItem, TRequest>(slug, id, current, (items, index) =>
            Checked<TCollection, TItem, TRequest>(MergePatch.Apply(JsonBody.ToObject(TCollection.ToRequest(items[index])), patch), patched =>
            {
                items[index] = TCollection.ToItem(patched, id);
                return Changed<TCollection, TItem, TRequest>(current, items, index, $"Patched {TCollection.Noun} {id}.");
            })), EditingEndpoints.Author(user), cancellationToken), slug, request.HttpContext.Response);
    }

    private static async Task<Results<Ok<EditableArticleResponse>, ValidationProblem, NotFoundProblem, EditProblem>> Delete<TCollection, TItem, TRequest>(
        [Description(EditingEndpoints.SlugDescription)] string slug, [Description(IdDescription)] int id,
        [FromHeader(Name = "If-Match"), Description(EditingEndpoints.IfMatchDescription)] string? ifMatch,
        HttpResponse response, ClaimsPrincipal user, IArticleWriteRepository articles, CancellationToken cancellationToken)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class =>
        EditingEndpoints.Answer(await articles.ChangeAsync(slug, ifMatch, current => WithItem<TCollection, TItem, TRequest>(slug, id, current, (items, index) =>
        {
            items.RemoveAt(index);
            return new ArticleChange.Replace(TCollection.With(current, items), $"Deleted {TCollection.Noun} {id}.");
        }), EditingEndpoints.Author(user), cancellationToken), slug, response);

    /// <summary>
    /// The body (413, 415, malformed, unknown or duplicate members: 400), and, when it names a sourceKey, that the source
    /// exists (a 400 on 'sourceKey'; the write's transaction checks again, so a source deleted meanwhile is a 400 too).
    /// </summary>
    private static async Task<BodyRead<JsonObject>> ReadAsync<TCollection, TItem, TRequest>(
        HttpRequest request, string mediaType, IArticleWriteRepository articles, IOptions<EditingOptions> options, CancellationToken cancellationToken)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
    {
        var body = await JsonBody.ReadObjectAsync(request, mediaType, TCollection.Members, options.Value.MaxBodyBytes);
        if (body.Value?["sourceKey"] is JsonValue value && value.TryGetValue<string>(out var key) && !await articles.SourceExistsAsync(key, cancellationToken))
        {
            return new BodyRead<JsonObject>(null, JsonBody.Error("sourceKey", $"'{key}' is not a source this API serves (see GET /api/sources)."));
        }

        return body;
    }

    /// <summary>The body read as the request and checked by the item's rules, then the change; or the 400.</summary>
    private static ArticleChange Checked<TCollection, TItem, TRequest>(JsonObject json, Func<TRequest, ArticleChange> change)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
    {
        var bound = JsonBody.Bind<TRequest>(json);
        if (bound.Value is not { } request)
        {
            return ArticleChange.Refused(bound.Invalid!);
        }

        return TCollection.Check(request) is { } invalid ? ArticleChange.Refused(invalid) : change(request);
    }

    /// <summary>The change applied to the article's item <paramref name="id"/> (its index in a copy of the items), or a 404.</summary>
    private static ArticleChange WithItem<TCollection, TItem, TRequest>(string slug, int id, EditableArticleResponse current, Func<List<TItem>, int, ArticleChange> change)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class
    {
        List<TItem> items = [.. TCollection.Of(current)];
        var index = items.FindIndex(item => TCollection.IdOf(item) == id);
        return index < 0 ? ArticleChange.Refused(EditProblem.Missing($"Article '{slug}' has no {TCollection.Noun} {id}.")) : change(items, index);
    }

    /// <summary>The new items, unless the one at <paramref name="index"/> breaks a rule against the others (422).</summary>
    private static ArticleChange Changed<TCollection, TItem, TRequest>(EditableArticleResponse current, List<TItem> items, int index, string summary)
        where TCollection : IArticleCollection<TItem, TRequest> where TItem : class where TRequest : class =>
        TCollection.BrokenRule(items, index) is { } broken
            ? ArticleChange.Refused(broken)
            : new ArticleChange.Replace(TCollection.With(current, items), summary);
}
