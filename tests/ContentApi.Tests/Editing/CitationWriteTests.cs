using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Editing.CollectionEditor;

namespace ContentApi.Tests.Editing;

/// <summary>The article's cited sources and related articles, each an ordered list replaced whole.</summary>
public class CitationWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task TheCitedSourcesAreReplacedInOrderAndServedWithThePublishedArticle()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-cited"));
        etag = await editor.PostAsync("/api/articles/zinc-cited/publish", etag);

        var (written, current, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-cited/sources", etag,
            new JsonObject { ["keys"] = new JsonArray("ODS", "HL") });
        Assert.Equal(["ODS", "HL"], written.GetProperty("sources").EnumerateArray().Select(key => key.GetString()));
        var article = await editor.Client.OkJsonAsync("/api/articles/zinc-cited?include=sources");
        Assert.Equal(["ODS", "HL"], article.GetProperty("sources").EnumerateArray().Strings("key"));

        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-cited/sources", current, "{\"keys\":[\"ODS\",\"NOPE\"]}", HttpStatusCode.BadRequest, "keys[1]");
        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-cited/sources", current, "{\"keys\":[\"ODS\",\"ODS\"]}", HttpStatusCode.BadRequest, "keys[1]");
        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-cited/sources", current, "{}", HttpStatusCode.BadRequest, "keys");
        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-cited/sources", current, "{\"sources\":[]}", HttpStatusCode.BadRequest, "sources");
        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-cited/sources", null, "{\"keys\":[]}", HttpStatusCode.PreconditionRequired);

        // The body still cites ODS: a list without it gets it back, after the keys listed.
        (written, _, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-cited/sources", current, new JsonObject { ["keys"] = new JsonArray("HL") });
        Assert.Equal(["HL", "ODS"], written.GetProperty("sources").EnumerateArray().Select(key => key.GetString()));
        Assert.Equal([1L, 2L], await factory.QueryAsync<long>(
            "SELECT x.position FROM article_sources x JOIN articles a ON a.id = x.article_id WHERE a.slug = 'zinc-cited' ORDER BY x.position"));
    }

    [Fact]
    public async Task WhatTheBodyAndItemsCiteIsServedAsTheArticlesSourcesAndCitations()
    {
        using var editor = await Editor.CreateAsync(factory);
        var article = Editor.NewArticle("zinc-self-citing");
        article["sections"]![0]!["blocks"]![1]!["sourceKey"] = "HL";
        var etag = await editor.CreateArticleAsync(article);
        Assert.Equal(["ODS", "HL"], (await editor.EditableAsync("zinc-self-citing")).Article.GetProperty("sources").EnumerateArray().Select(key => key.GetString()));

        await editor.PostAsync("/api/articles/zinc-self-citing/publish", etag);
        var published = await editor.Client.OkJsonAsync("/api/articles/zinc-self-citing?include=sources");
        Assert.Equal(["ODS", "HL"], published.GetProperty("sources").EnumerateArray().Strings("key"));
        using var linkedData = await editor.Client.GetAsync("/api/articles/zinc-self-citing.jsonld");
        Assert.Equal(HttpStatusCode.OK, linkedData.StatusCode);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(await linkedData.Content.ReadAsStringAsync()).RootElement.GetProperty("citation").GetArrayLength());
    }

    [Fact]
    public async Task RelatedArticlesMustExistBeOthersAndAppearOnceAndTitledReferencesStay()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-related"));
        await editor.CreateArticleAsync(Editor.NewArticle("zinc-related-other", "Zinc and Immunity"));

        var (written, current, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-related/related", etag,
            new JsonObject { ["slugs"] = new JsonArray("magnesium-for-restless-legs", "zinc-related-other") });
        var related = written.GetProperty("related").EnumerateArray().ToList();
        Assert.Equal(["magnesium-for-restless-legs", "zinc-related-other"], related.Select(link => link.GetProperty("slug").GetString()));
        Assert.Equal("Zinc and Immunity", related[1].GetProperty("title").GetString());

        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-related/related", current, "{\"slugs\":[\"zinc-related\"]}", HttpStatusCode.BadRequest, "slugs[0]");
        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-related/related", current, "{\"slugs\":[\"no-such-article\"]}", HttpStatusCode.BadRequest, "slugs[0]");
        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-related/related", current,
            "{\"slugs\":[\"zinc-related-other\",\"zinc-related-other\"]}", HttpStatusCode.BadRequest, "slugs[1]");

        // The seed article's titled references (content not on this API) are kept after the links.
        var (_, seedTag) = await editor.EditableAsync("magnesium-for-restless-legs");
        (written, _, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/magnesium-for-restless-legs/related", seedTag,
            new JsonObject { ["slugs"] = new JsonArray("zinc-related-other") });
        var links = written.GetProperty("related").EnumerateArray().ToList();
        Assert.Equal("zinc-related-other", links[0].GetProperty("slug").GetString());
        Assert.Equal(4, links.Count);
        Assert.All(links.Skip(1), link => Assert.Equal(System.Text.Json.JsonValueKind.Null, link.GetProperty("slug").ValueKind));
    }

    [Fact]
    public async Task RestoringARevisionBringsBackTheCitedSourcesAndRelatedArticles()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-citations-restore"));
        (_, etag, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-citations-restore/sources", etag, new JsonObject { ["keys"] = new JsonArray("ODS", "HL") });
        (_, etag, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-citations-restore/related", etag, new JsonObject { ["slugs"] = new JsonArray("magnesium-for-restless-legs") });
        (_, etag, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-citations-restore/sources", etag, new JsonObject { ["keys"] = new JsonArray() });
        (_, etag, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-citations-restore/related", etag, new JsonObject { ["slugs"] = new JsonArray() });

        var (restored, _, _) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-citations-restore/revisions/3/restore", etag, null);
        Assert.Equal(["ODS", "HL"], restored.GetProperty("sources").EnumerateArray().Select(key => key.GetString()));
        Assert.Equal("magnesium-for-restless-legs", Assert.Single(restored.GetProperty("related").EnumerateArray()).GetProperty("slug").GetString());
    }
}
