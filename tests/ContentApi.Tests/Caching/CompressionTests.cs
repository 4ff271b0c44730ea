using System.IO.Compression;
using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Caching;

[Collection(SharedApi.Name)]
public class CompressionTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip;q=1.0, br;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("*", "br")]
    [InlineData("identity", null)]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("", null)]
    public async Task EncodingFollowsAcceptEncoding(string acceptEncoding, string? expected)
    {
        var identity = await (await _client.GetAsync(ArticleUrl)).Content.ReadAsByteArrayAsync();

        using var response = await GetAsync(ArticleUrl, acceptEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal(identity, Decode(body, expected));
        if (expected is not null)
        {
            Assert.True(body.Length < identity.Length / 3, $"{expected} body is {body.Length} of {identity.Length} bytes");
        }
    }

    [Fact]
    public async Task SmallResponsesAreNotCompressed()
    {
        using var response = await GetAsync("/api/articles/magnesium-for-restless-legs?fields=title", "br");

        Assert.True(response.Content.Headers.ContentLength < 1024);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task EachCodingHasItsOwnStrongTag()
    {
        using var plain = await GetAsync(ArticleUrl, "");
        using var brotli = await GetAsync(ArticleUrl, "br");
        using var gzip = await GetAsync(ArticleUrl, "gzip");

        var tags = new[] { plain, brotli, gzip }.Select(response => response.Headers.ETag!).ToList();
        Assert.All(tags, tag => Assert.False(tag.IsWeak));
        Assert.Equal(3, tags.Select(tag => tag.Tag).Distinct().Count());
        Assert.Equal(plain.Headers.ETag!.Tag.TrimEnd('"') + ".br\"", brotli.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("", "br")]
    [InlineData("br", "gzip")]
    [InlineData("gzip", "")]
    [InlineData("br", "br")]
    public async Task ATagOfAnyCodingAnswers304WithTheTagOfTheCodingAsked(string taggedWith, string askedWith)
    {
        using var tagged = await GetAsync(ArticleUrl, taggedWith);
        using var expected = await GetAsync(ArticleUrl, askedWith);
        using var request = new HttpRequestMessage(HttpMethod.Get, ArticleUrl);
        request.Headers.IfNoneMatch.Add(tagged.Headers.ETag!);
        if (askedWith.Length > 0)
        {
            request.Headers.AcceptEncoding.ParseAdd(askedWith);
        }

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(expected.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task ATagOfOtherContentInAnyCodingAnswers200()
    {
        using var tagged = await GetAsync(ArticleUrl + "?fields=title,sections", "br");
        using var request = new HttpRequestMessage(HttpMethod.Get, ArticleUrl);
        request.Headers.IfNoneMatch.Add(tagged.Headers.ETag!);
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ProblemBodiesAreCompressedToo()
    {
        using var response = await GetAsync("/api/articles/magnesium-for-restless-legs?fields=" + string.Join(',', Enumerable.Range(1, 40).Select(i => $"unknown{i}")), "gzip");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Contains("unknown40", System.Text.Encoding.UTF8.GetString(Decode(body, "gzip")));
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await _client.SendAsync(request);
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
