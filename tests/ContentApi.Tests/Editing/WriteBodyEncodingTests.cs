using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>How a write body's bytes are read: UTF-8 only and exactly, a byte order mark and a quoted charset allowed.</summary>
public class WriteBodyEncodingTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public async Task InvalidUtf8IsA400NamingTheByteAndNothingIsStored(byte[] invalid)
    {
        using var editor = await Editor.CreateAsync(factory);
        var slug = $"zinc-utf8-{invalid.Length}-{invalid[0]:x2}";
        var etag = await editor.CreateArticleAsync(Editor.NewArticle(slug));
        byte[] body = [.. "{\"ti"u8, .. "tle\":\"ok "u8, .. invalid, .. "\"}"u8];

        using var response = await SendBytesAsync(editor, HttpMethod.Patch, $"/api/articles/{slug}", body, Editor.MergePatch, etag);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"byte {body.AsSpan().IndexOf(invalid) + 1} ", problem.GetProperty("errors").GetProperty("$")[0].GetString());
        Assert.Equal(etag, (await editor.EditableAsync(slug)).ETag);
    }

    [Fact]
    public async Task ABodyWithAByteOrderMarkAndAQuotedCharsetIsRead()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-bom"));
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"title\":\"Zinc, with a BOM\"}")];

        using var response = await SendBytesAsync(editor, HttpMethod.Patch, "/api/articles/zinc-bom", body, $"{Editor.MergePatch}; charset=\"utf-8\"", etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Zinc, with a BOM", (await editor.EditableAsync("zinc-bom")).Article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnEmptyOptionalBodyWithAContentTypeIsNoBody()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-empty-publish"));

        using var response = await SendBytesAsync(editor, HttpMethod.Post, "/api/articles/zinc-empty-publish/publish", [], Editor.Json, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("published", (await editor.EditableAsync("zinc-empty-publish")).Article.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AMemberGivenTwiceIsNamedAndTooDeepANestingIsSaidSo()
    {
        using var editor = await Editor.CreateAsync(factory);

        using var twice = await editor.SendAsync(HttpMethod.Post, "/api/articles", "{\"slug\":\"zinc-a\",\"title\":\"A\",\"slug\":\"zinc-b\"}");
        var duplicate = await twice.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("given twice", duplicate.GetProperty("errors").GetProperty("slug")[0].GetString());

        using var deep = await editor.SendAsync(HttpMethod.Post, "/api/articles", "{\"sections\":" + new string('[', 40) + new string(']', 40) + "}");
        var nested = await deep.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("deeper than 32", nested.GetProperty("errors").GetProperty("$")[0].GetString());
    }

    private static Task<HttpResponseMessage> SendBytesAsync(Editor editor, HttpMethod method, string url, byte[] body, string contentType, string etag)
    {
        var request = new HttpRequestMessage(method, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return editor.Client.SendAsync(request);
    }
}
