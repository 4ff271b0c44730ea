using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContentApi.Media;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Media;

/// <summary>GET /media/{id}/{name}: the renditions' sizes and formats, made once, cached as immutable, and the problems for what is not served.</summary>
public class MediaFileTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private JsonElement _image;
    private string _path = "";

    public async Task InitializeAsync()
    {
        using var editor = await Editor.CreateAsync(factory);
        _image = await MediaClient.UploadAsync(editor, TestImages.Jpeg(2000, 1400), fileName: "wide.jpg");
        _path = MediaClient.PathOf(_image.GetProperty("url").GetString()!);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryListedRenditionHasItsListedSizeInEachFormat()
    {
        using var client = factory.CreateClient();
        var formats = new List<(string Name, string Loader)> { ("jpeg", "jpegload_buffer"), ("png", "pngload_buffer"), ("webp", "webpload_buffer") };
        if (ContentApi.Media.ImageProcessor.CanWriteAvif)
        {
            formats.Add(("avif", "heifload_buffer"));
        }

        foreach (var rendition in _image.GetProperty("renditions").EnumerateArray())
        {
            foreach (var (format, loader) in formats)
            {
                var url = MediaClient.PathOf(rendition.GetProperty("url").GetString()!);
                using var response = await client.GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}format={format}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(ImageFormat.Named(format)!.MediaType, response.Content.Headers.ContentType?.MediaType);
                var (width, height, decodedBy) = TestImages.Inspect(await response.Content.ReadAsByteArrayAsync());
                Assert.Equal((rendition.GetProperty("width").GetInt32(), rendition.GetProperty("height").GetInt32(), loader), (width, height, decodedBy));
            }
        }
    }

    [Theory]
    [InlineData("image/avif,image/webp,image/apng,*/*;q=0.8", "avif")]
    [InlineData("image/webp,*/*", "webp")]
    [InlineData("image/avif;q=0,image/webp", "webp")]
    [InlineData("*/*", "jpeg")]
    [InlineData(null, "jpeg")]
    public async Task WithoutAFormatTheAcceptHeaderChoosesItAndTheAnswerVariesByAccept(string? accept, string expected)
    {
        if (expected == "avif" && !ContentApi.Media.ImageProcessor.CanWriteAvif)
        {
            expected = "webp";
        }

        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_path}?w=320");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImageFormat.Named(expected)!.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Accept"], response.Headers.Vary);
    }

    [Fact]
    public async Task ARenditionIsImmutableWithAStrongTagAndIfNoneMatchAnswers304()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync($"{_path}?w=696&format=webp");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Empty(first.Headers.Vary); // the format was asked, so Accept does not change the answer
        var tag = first.Headers.ETag!;
        Assert.False(tag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{_path}?w=696&format=webp");
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Equal("public, max-age=31536000, immutable", notModified.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var otherSize = await client.GetAsync($"{_path}?w=480&format=webp");
        Assert.NotEqual(tag, otherSize.Headers.ETag);
    }

    [Fact]
    public async Task EachRenditionIsMadeOnceAndKept()
    {
        using var client = factory.CreateClient();
        var first = await client.GetByteArrayAsync($"{_path}?w=960&format=png");
        var renditions = Path.Combine(factory.MediaFolder, "renditions");
        var files = Directory.EnumerateFiles(renditions, "*-960.png", SearchOption.AllDirectories).ToList();
        var made = File.GetLastWriteTimeUtc(Assert.Single(files));
        await Task.Delay(50);

        var second = await client.GetByteArrayAsync($"{_path}?w=960&format=png");
        Assert.Equal(first, second);
        Assert.Equal(made, File.GetLastWriteTimeUtc(Assert.Single(Directory.EnumerateFiles(renditions, "*-960.png", SearchOption.AllDirectories))));
    }

    [Theory]
    [InlineData("?w=500", "w", "320, 480, 696, 960, 1392, 1920")]
    [InlineData("?w=abc", "w", "320, 480, 696, 960, 1392, 1920")]
    [InlineData("?w=0696", "w", "320, 480, 696, 960, 1392, 1920")]
    [InlineData("?format=gif", "format", "jpeg, png, webp")]
    [InlineData("?format=", "format", "jpeg, png, webp")]
    [InlineData("?format=JPEG", "format", "in lower case")]
    public async Task AWidthOutsideTheSetOrAFormatNotServedIs400NamingIt(string query, string parameter, string message)
    {
        using var client = factory.CreateClient();
        var problem = await client.GetProblemAsync(_path + query, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIdsNamesAndWidthsWiderThanTheImageAreNotFoundProblems()
    {
        using var editor = await Editor.CreateAsync(factory);
        var small = await MediaClient.UploadAsync(editor, TestImages.Png(400, 300), fileName: "small.png");
        var smallPath = MediaClient.PathOf(small.GetProperty("url").GetString()!);
        using var client = factory.CreateClient();

        await client.GetProblemAsync($"{smallPath}?w=480", HttpStatusCode.NotFound); // never upscaled
        await client.GetProblemAsync("/media/999999/wide", HttpStatusCode.NotFound);
        await client.GetProblemAsync($"/media/{_image.GetProperty("id").GetInt64()}/not-its-name", HttpStatusCode.NotFound);
        await client.GetProblemAsync("/media/abc/wide", HttpStatusCode.NotFound);
        Assert.Equal([(320, 240), (400, 300)], small.GetProperty("renditions").EnumerateArray().Select(r => (r.GetProperty("width").GetInt32(), r.GetProperty("height").GetInt32())));
    }
}
