using System.Text.RegularExpressions;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.OpenApi;

/// <summary>
/// Every write body's documented schema says what the API does: the minimal body (exactly the documented required
/// members) is accepted; each required member left out is a 400 naming it; a member documented as never null is a 400
/// when sent as null, one documented as nullable is accepted as null; and the optional members may all be left out.
/// </summary>
public class RequestSchemaContractTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    /// <summary>Where an operation's body goes, made afresh for each request sent (a new article or source).</summary>
    private sealed record Target(string Url, string? IfMatch);

    /// <param name="Complete">Fills a request's <see cref="Fresh"/> members with values of its own (a form token, an address, a body), when an operation refuses a value twice.</param>
    private sealed record Case(string Method, string Path, string MediaType, Func<Editor, string, Task<Target>> Prepare, JsonObject Minimal,
        Func<Editor, JsonObject, Task>? Complete = null);

    /// <summary>A member value <see cref="Case.Complete"/> replaces with a fresh one for each request.</summary>
    private const string Fresh = "(fresh)";

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        ["CreateArticle"] = new("post", "/api/articles", Editor.Json, (_, slug) => Task.FromResult(new Target("/api/articles", null)),
            Body(("title", "Zinc"), ("summary", "Zinc and colds."), ("category", "Minerals"), ("disclaimer", "Not advice."))),
        ["ReplaceArticle"] = new("put", "/api/articles/{slug}", Editor.Json, Article(slug => $"/api/articles/{slug}"),
            Body(("title", "Zinc"), ("summary", "Zinc and colds."), ("category", "Minerals"), ("disclaimer", "Not advice."))),
        ["PatchArticle"] = new("patch", "/api/articles/{slug}", Editor.MergePatch, Article(slug => $"/api/articles/{slug}"), Body()),
        ["PublishArticle"] = new("post", "/api/articles/{slug}/publish", Editor.Json, Article(slug => $"/api/articles/{slug}/publish"), Body()),
        ["AddArticleSection"] = new("post", "/api/articles/{slug}/sections", Editor.Json, Article(slug => $"/api/articles/{slug}/sections"),
            Body(("key", "more"), ("heading", "More"))),
        ["ReplaceArticleSection"] = new("put", "/api/articles/{slug}/sections/{key}", Editor.Json, Article(slug => $"/api/articles/{slug}/sections/what-zinc-does"),
            Body(("heading", "Renamed"), ("blocks", new JsonArray()))),
        ["MoveArticleSection"] = new("post", "/api/articles/{slug}/sections/{key}/move", Editor.Json, Article(slug => $"/api/articles/{slug}/sections/what-zinc-does/move"),
            Body(("position", 1))),
        ["AddArticleBlock"] = new("post", "/api/articles/{slug}/sections/{key}/blocks", Editor.Json, Article(slug => $"/api/articles/{slug}/sections/what-zinc-does/blocks"),
            Body(("block", Body(("type", "paragraph"), ("text", "More."))))),
        ["ReplaceArticleBlock"] = new("put", "/api/articles/{slug}/sections/{key}/blocks/{position}", Editor.Json, Article(slug => $"/api/articles/{slug}/sections/what-zinc-does/blocks/1"),
            Body(("type", "paragraph"), ("text", "Replaced."))),
        ["ReplaceArticleBlockWithAList"] = new("put", "/api/articles/{slug}/sections/{key}/blocks/{position}", Editor.Json, Article(slug => $"/api/articles/{slug}/sections/what-zinc-does/blocks/1"),
            Body(("type", "list"), ("style", "numbered"), ("items", new JsonArray("One", "Two")))),
        ["MoveArticleBlock"] = new("post", "/api/articles/{slug}/sections/{key}/blocks/{position}/move", Editor.Json, Article(slug => $"/api/articles/{slug}/sections/what-zinc-does/blocks/1/move"),
            Body(("position", 2))),
        ["ReplaceArticleSources"] = new("put", "/api/articles/{slug}/sources", Editor.Json, Article(slug => $"/api/articles/{slug}/sources"),
            Body(("keys", new JsonArray("ODS")))),
        ["ReplaceRelatedArticles"] = new("put", "/api/articles/{slug}/related", Editor.Json, Article(slug => $"/api/articles/{slug}/related"),
            Body(("slugs", new JsonArray()))),
        ["CreateSource"] = new("post", "/api/sources", Editor.Json, (_, _) => Task.FromResult(new Target("/api/sources", null)),
            Body(("title", "A source"), ("publisher", "A publisher"))),
        ["ReplaceSource"] = new("put", "/api/sources/{id}", Editor.Json, Source, Body(("title", "A source"), ("publisher", "A publisher"))),
        ["PatchSource"] = new("patch", "/api/sources/{id}", Editor.MergePatch, Source, Body()),
        ["PostArticleComment"] = new("post", "/api/articles/{slug}/comments", Editor.Json,
            (_, _) => Task.FromResult(new Target("/api/articles/magnesium-for-restless-legs/comments", null)),
            Body(("authorName", "Ada"), ("email", Fresh), ("body", Fresh), ("formToken", Fresh)), FreshComment),
        ["EraseCommentAuthor"] = new("post", "/api/comments/erasure", Editor.Json,
            (_, _) => Task.FromResult(new Target("/api/comments/erasure", null)), Body(("email", "nobody@example.org"))),
    };

    /// <summary>Each collection's minimal item, for its POST, PUT and PATCH.</summary>
    private static readonly Dictionary<string, (string Noun, JsonObject Minimal)> Collections = new(StringComparer.Ordinal)
    {
        ["dose-ranges"] = ("DoseRange", Body(("substance", "zinc"), ("form", "Zinc gluconate"), ("route", "oral"), ("kind", "RDA"), ("sex", "any"), ("lifeStage", "general"),
            ("ageMinMonths", 0), ("ageLabel", "All ages"), ("unit", "mg"), ("per", "day"), ("appliesTo", "food-and-supplements"), ("sourceKey", "ODS"))),
        ["foods"] = ("Food", Body(("name", "Oysters"), ("serving", "3 ounces"), ("nutrient", "zinc"), ("amountMg", 32.0), ("percentDailyValue", 291), ("sourceKey", "ODS"))),
        ["interactions"] = ("Interaction", Body(("kind", "medication"), ("name", "Antibiotics"), ("mechanism", "Binds."), ("guidance", "Space them."), ("severity", "minor"), ("sourceKey", "ODS"))),
        ["side-effects"] = ("SideEffect", Body(("name", "Nausea"), ("severity", "common"), ("description", "An upset stomach."), ("sourceKey", "ODS"))),
        ["remedies"] = ("Remedy", Body(("kind", "alternative"), ("name", "Rest"), ("description", "Sleep well."), ("sourceKey", "ODS"))),
    };

    static RequestSchemaContractTests()
    {
        foreach (var (segment, (noun, minimal)) in Collections)
        {
            Cases[$"CreateArticle{noun}"] = new("post", $"/api/articles/{{slug}}/{segment}", Editor.Json, Article(slug => $"/api/articles/{slug}/{segment}"), minimal);
            Cases[$"ReplaceArticle{noun}"] = new("put", $"/api/articles/{{slug}}/{segment}/{{id}}", Editor.Json, Item(segment, minimal), minimal);
            Cases[$"PatchArticle{noun}"] = new("patch", $"/api/articles/{{slug}}/{segment}/{{id}}", Editor.MergePatch, Item(segment, minimal), Body());
        }
    }

    public static TheoryData<string> Operations => [.. Cases.Keys];

    private static int _counter;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task TheDocumentedRequiredMembersAreExactlyThoseTheApiRefusesToMiss(string operation)
    {
        using var editor = await EditorWithEveryScopeAsync();
        var test = Cases[operation];
        var document = await editor.Client.OkJsonAsync("/swagger/v1/swagger.json");
        var schema = BodySchema(document, test, test.Minimal);
        var documented = schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(name => name.GetString()!).ToHashSet() : [];
        var properties = schema.GetProperty("properties").EnumerateObject().ToDictionary(property => property.Name, property => property.Value);
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());

        // The minimal body is what the document requires (with the creates' own keys, made unique per request).
        var minimal = Minimal(test);
        Assert.Equal(documented.Order(), minimal.Select(member => member.Key).Where(documented.Contains).Order());
        Assert.Equal(documented.Order(), minimal.Select(member => member.Key).Order());
        await AssertAcceptedAsync(editor, test, minimal, "the minimal body");

        foreach (var name in documented)
        {
            var missing = Minimal(test);
            missing.Remove(name);
            await AssertRefusedAsync(editor, test, missing, name, $"without '{name}'");
        }

        // Unknown members are refused, and the members the API says it takes are the documented ones (for a block, those of every block type).
        var unknown = Minimal(test);
        unknown["notAMember"] = 1;
        var takes = string.Join(", ", DocumentedMembers(document, test).Order(StringComparer.Ordinal));
        await AssertRefusedAsync(editor, test, unknown, $"it takes: {takes}.", "with an unknown member");

        foreach (var (name, member) in properties)
        {
            if (name == "type" || IsReference(member))
            {
                continue;
            }

            var withNull = Minimal(test);
            withNull[name] = null;
            if (Nullable(member))
            {
                await AssertAcceptedAsync(editor, test, withNull, $"'{name}' null");
            }
            else
            {
                await AssertRefusedAsync(editor, test, withNull, name, $"'{name}' null");
            }
        }
    }

    /// <summary>
    /// Members that name something stored or issued (a source, a section, an article, a comment, a form token): a value
    /// at the limit names nothing, so only past it is checked.
    /// </summary>
    private static readonly HashSet<string> References = new(StringComparer.Ordinal) { "sourceKey", "section", "keys", "slugs", "parentId", "formToken" };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryDocumentedLimitIsTheLimitTheApiKeeps(string operation)
    {
        using var editor = await EditorWithEveryScopeAsync();
        var test = Cases[operation];
        var document = await editor.Client.OkJsonAsync("/swagger/v1/swagger.json");
        var schema = BodySchema(document, test, test.Minimal);
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var (name, member) = (property.Name, property.Value);
            var pattern = member.TryGetProperty("pattern", out var declared) ? new Regex(declared.GetString()!) : null;
            if (member.TryGetProperty("maxLength", out var maxLength))
            {
                var limit = maxLength.GetInt32();
                if (!References.Contains(name))
                {
                    await AssertAcceptedAsync(editor, test, With(test, name, Text(test, name, member, limit, pattern)), $"'{name}' of {limit} characters");
                }

                await AssertRefusedAtAsync(editor, test, With(test, name, Text(test, name, member, limit + 1, pattern)), name, $"'{name}' of {limit + 1} characters");
            }

            if (member.TryGetProperty("minLength", out var minLength))
            {
                Assert.Equal(1, minLength.GetInt32());
                await AssertRefusedAtAsync(editor, test, With(test, name, ""), name, $"'{name}' empty");
            }

            if (pattern is not null)
            {
                await AssertRefusedAtAsync(editor, test, With(test, name, "not a key!"), name, $"'{name}' not matching {pattern}");
            }

            if (member.TryGetProperty("minimum", out var minimum))
            {
                var integer = member.GetProperty("type").ValueKind == JsonValueKind.String
                    ? member.GetProperty("type").GetString() == "integer"
                    : member.GetProperty("type").EnumerateArray().Any(type => type.GetString() == "integer");
                if (!References.Contains(name))
                {
                    await AssertAcceptedAsync(editor, test, With(test, name, JsonValue.Create(minimum.GetDecimal())), $"'{name}' at its minimum");
                }

                await AssertRefusedAtAsync(editor, test, With(test, name, JsonValue.Create(minimum.GetDecimal() - (integer ? 1m : 0.5m))), name, $"'{name}' below its minimum");
            }

            if (member.TryGetProperty("maxItems", out var maxItems))
            {
                var many = new JsonArray([.. Enumerable.Range(1, maxItems.GetInt32() + 1).Select(index => Item(name, index))]);
                await AssertRefusedAtAsync(editor, test, With(test, name, many), name, $"{many.Count} '{name}'");
            }

            if (member.TryGetProperty("minItems", out var minItems))
            {
                Assert.Equal(1, minItems.GetInt32());
                await AssertRefusedAtAsync(editor, test, With(test, name, new JsonArray()), name, $"no '{name}'");
            }

            if (member.TryGetProperty("items", out var items) && items.TryGetProperty("maxLength", out var itemLength))
            {
                var tooLong = new JsonArray(new string('x', itemLength.GetInt32() + 1));
                await AssertRefusedAtAsync(editor, test, With(test, name, tooLong), $"{name}[0]", $"a '{name}' entry of {itemLength.GetInt32() + 1} characters");
                await AssertRefusedAtAsync(editor, test, With(test, name, new JsonArray("")), $"{name}[0]", $"an empty '{name}' entry");
            }
        }
    }

    /// <summary>Every scope a write needs: the content writes', and the comment erasure's.</summary>
    private async Task<Editor> EditorWithEveryScopeAsync() => new(Keys.TestKeys.Client(factory, await Keys.TestKeys.IssueAsync(
        factory, "schema contract", ContentApi.Keys.ApiScopes.ContentWrite, ContentApi.Keys.ApiScopes.ContentPreview, ContentApi.Keys.ApiScopes.CommentsModerate)));

    /// <summary>The case's minimal body with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    private static JsonObject With(Case test, string name, JsonNode? value)
    {
        var body = Minimal(test);
        body[name] = value;
        return body;
    }

    /// <summary>
    /// Text of exactly <paramref name="length"/> characters: the minimal body's own value (unique where it must be), or
    /// a URL or an address where the format is one, padded with a character the pattern takes.
    /// </summary>
    private static string Text(Case test, string name, JsonElement member, int length, Regex? pattern)
    {
        var kind = member.TryGetProperty("format", out var format) ? format.GetString() : null;
        if (kind == "email")
        {
            return new string('a', length - "@example.org".Length) + "@example.org";
        }

        var start = Minimal(test)[name]?.GetValue<string>() is { } own && own != Fresh ? own : kind == "uri" ? "https://example.org/" : "";
        var fill = new[] { 'a', 'A', '1' }.First(c => pattern is null || pattern.IsMatch((start + new string(c, length))[..length]));
        return (start + new string(fill, length))[..length];
    }

    /// <summary>The <paramref name="index"/>th entry of a list member, each valid on its own, so only the count is wrong.</summary>
    private static JsonNode Item(string member, int index) => member switch
    {
        "sections" => Body(("key", $"s{index}"), ("heading", "H"), ("blocks", new JsonArray())),
        "blocks" => Body(("type", "paragraph"), ("text", "P")),
        "aliases" => Body(("name", $"a{index}"), ("type", "generic")),
        _ => JsonValue.Create($"E{index}"),
    };

    [Fact]
    public async Task SectionMovesTakeNoSectionAndBlockMovesDo()
    {
        using var editor = await Editor.CreateAsync(factory);
        var document = await editor.Client.OkJsonAsync("/swagger/v1/swagger.json");
        Assert.Equal(["position"], BodySchema(document, Cases["MoveArticleSection"], Body()).GetProperty("properties").EnumerateObject().Select(member => member.Name));
        Assert.Equal(["position", "section"], BodySchema(document, Cases["MoveArticleBlock"], Body()).GetProperty("properties").EnumerateObject().Select(member => member.Name).Order());

        var target = await Cases["MoveArticleSection"].Prepare(editor, NextSlug());
        using var response = await editor.SendAsync(HttpMethod.Post, target.Url, Body(("position", 1), ("section", "what-zinc-does")).ToJsonString(), Editor.Json, target.IfMatch);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RequestBlocksDoNotRequireWhatOnlyResponsesCarry()
    {
        using var editor = await Editor.CreateAsync(factory);
        var schemas = (await editor.Client.OkJsonAsync("/swagger/v1/swagger.json")).GetProperty("components").GetProperty("schemas");
        Assert.Equal(["text", "type"], Required(schemas.GetProperty("ParagraphBlockRequest")));
        Assert.Equal(["items", "style", "type"], Required(schemas.GetProperty("ListBlockRequest")));

        // The response blocks still require what every response carries.
        Assert.Equal(["sourceKey", "text", "type"], Required(schemas.GetProperty("ParagraphBlock")));
        Assert.Equal(["items", "sourceKey", "style", "text", "type"], Required(schemas.GetProperty("ListBlock")));

        // The request blocks have exactly the response blocks' members: one set of members, two sets of rules.
        foreach (var (request, response) in new[] { ("ParagraphBlockRequest", "ParagraphBlock"), ("ListBlockRequest", "ListBlock") })
        {
            Assert.Equal(
                schemas.GetProperty(response).GetProperty("properties").EnumerateObject().Select(member => member.Name),
                schemas.GetProperty(request).GetProperty("properties").EnumerateObject().Select(member => member.Name));
        }

        static string[] Required(JsonElement schema) => [.. schema.GetProperty("required").EnumerateArray().Select(name => name.GetString()!).Order()];
    }

    [Fact]
    public async Task RequestSchemasListTheVocabulariesAndNoOperationlessRecord()
    {
        using var editor = await Editor.CreateAsync(factory);
        var schemas = (await editor.Client.OkJsonAsync("/swagger/v1/swagger.json")).GetProperty("components").GetProperty("schemas");
        Assert.Equal(["oral", "intravenous", "any"], schemas.GetProperty("DoseRangeRequest").GetProperty("properties").GetProperty("route").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal(["major", "moderate", "minor"], schemas.GetProperty("InteractionPatchRequest").GetProperty("properties").GetProperty("severity").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));

        // Shared records that every operation documents in its own shape are not left in as types no operation takes.
        foreach (var record in new[] { "ArticleDocumentRequest", "SourceRequest", "MoveRequest" })
        {
            Assert.False(schemas.TryGetProperty(record, out _), record);
        }
    }

    private static JsonElement BodySchema(JsonElement document, Case test, JsonObject body)
    {
        var content = document.GetProperty("paths").GetProperty(test.Path).GetProperty(test.Method).GetProperty("requestBody").GetProperty("content").GetProperty(test.MediaType);
        var schema = Resolve(document, content.GetProperty("schema"));
        if (schema.TryGetProperty("discriminator", out var discriminator))
        {
            var name = discriminator.GetProperty("propertyName").GetString()!;
            schema = Resolve(document, JsonDocument.Parse($$"""{"$ref":"{{discriminator.GetProperty("mapping").GetProperty(body[name]!.GetValue<string>()).GetString()}}"}""").RootElement);
        }

        return schema;
    }

    private static IEnumerable<string> DocumentedMembers(JsonElement document, Case test)
    {
        var content = document.GetProperty("paths").GetProperty(test.Path).GetProperty(test.Method).GetProperty("requestBody").GetProperty("content").GetProperty(test.MediaType);
        var schema = Resolve(document, content.GetProperty("schema"));
        var shapes = schema.TryGetProperty("oneOf", out var members) ? members.EnumerateArray().Select(member => Resolve(document, member)).ToList() : [schema];
        return shapes.SelectMany(shape => shape.GetProperty("properties").EnumerateObject().Select(member => member.Name)).Distinct();
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    private static bool IsReference(JsonElement member) => member.TryGetProperty("$ref", out _) || member.TryGetProperty("oneOf", out _);

    private static bool Nullable(JsonElement member) =>
        member.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(value => value.GetString() == "null");

    /// <summary>The case's minimal body, with a fresh slug or key where the operation creates one.</summary>
    private static JsonObject Minimal(Case test)
    {
        var body = (JsonObject)test.Minimal.DeepClone();
        if (test.Path == "/api/articles")
        {
            body["slug"] = NextSlug();
        }
        else if (test.Path == "/api/sources" && test.Method == "post")
        {
            body["key"] = $"SCHEMA-{Interlocked.Increment(ref _counter)}";
        }

        return body;
    }

    private static async Task AssertAcceptedAsync(Editor editor, Case test, JsonObject body, string what)
    {
        var (status, text) = await SendAsync(editor, test, body);
        Assert.True((int)status is >= 200 and < 300, $"{test.Method} {test.Path} with {what}: {(int)status} {text}");
    }

    private static async Task AssertRefusedAsync(Editor editor, Case test, JsonObject body, string member, string what)
    {
        var (status, text) = await SendAsync(editor, test, body);
        Assert.True(status == HttpStatusCode.BadRequest, $"{test.Method} {test.Path} {what}: {(int)status} {text}");
        Assert.Contains(member, text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A 400 whose errors name exactly <paramref name="member"/> (not only mention it).</summary>
    private static async Task AssertRefusedAtAsync(Editor editor, Case test, JsonObject body, string member, string what)
    {
        var (status, text) = await SendAsync(editor, test, body);
        Assert.True(status == HttpStatusCode.BadRequest, $"{test.Method} {test.Path} with {what}: {(int)status} {text}");
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(member, out _), $"{test.Method} {test.Path} with {what}: no error at '{member}' in {text}");
    }

    /// <summary>The body sent to a fresh target of the operation (its fresh members filled in), and the answer.</summary>
    private static async Task<(HttpStatusCode Status, string Text)> SendAsync(Editor editor, Case test, JsonObject body)
    {
        if (test.Complete is { } complete)
        {
            await complete(editor, body);
        }

        var target = await test.Prepare(editor, NextSlug());
        using var response = await editor.SendAsync(new HttpMethod(test.Method.ToUpperInvariant()), target.Url, body.ToJsonString(), test.MediaType, target.IfMatch);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A comment's form token, address and body, new for each post: the API refuses a reused body from one address within a day.</summary>
    private static async Task FreshComment(Editor editor, JsonObject body)
    {
        var unique = Interlocked.Increment(ref _counter);
        foreach (var (name, value) in body.ToList())
        {
            if (value?.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == Fresh)
            {
                body[name] = name switch
                {
                    "formToken" => (await editor.Client.OkJsonAsync("/api/articles/magnesium-for-restless-legs/comments/form-token")).GetProperty("token").GetString(),
                    "email" => $"schema{unique}@example.org",
                    _ => $"Comment {unique}.",
                };
            }
        }
    }

    private static string NextSlug() => $"schema-contract-{Interlocked.Increment(ref _counter)}";

    private static JsonObject Body(params (string Name, JsonNode? Value)[] members)
    {
        var body = new JsonObject();
        foreach (var (name, value) in members)
        {
            body[name] = value;
        }

        return body;
    }

    /// <summary>A new article (one section of two blocks), and the operation's address on it with its ETag.</summary>
    private static Func<Editor, string, Task<Target>> Article(Func<string, string> url) => async (editor, slug) =>
    {
        var article = Editor.NewArticle(slug);
        return new Target(url(slug), await editor.CreateArticleAsync(article));
    };

    /// <summary>A new article with one item of the collection, and the item's address with the article's ETag.</summary>
    private static Func<Editor, string, Task<Target>> Item(string segment, JsonObject minimal) => async (editor, slug) =>
    {
        var etag = await editor.CreateArticleAsync(Editor.NewArticle(slug));
        using var response = await editor.SendAsync(HttpMethod.Post, $"/api/articles/{slug}/{segment}", minimal.ToJsonString(), Editor.Json, etag);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = response.Headers.Location!.ToString().Split('/')[^1];
        return new Target($"/api/articles/{slug}/{segment}/{id}", response.Headers.ETag!.ToString());
    };

    private static async Task<Target> Source(Editor editor, string slug)
    {
        var key = $"SCHEMA-{Interlocked.Increment(ref _counter)}";
        using var response = await editor.SendAsync(HttpMethod.Post, "/api/sources", Body(("key", key), ("title", "T"), ("publisher", "P")).ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
        return new Target($"/api/sources/{id}", response.Headers.ETag!.ToString());
    }
}
