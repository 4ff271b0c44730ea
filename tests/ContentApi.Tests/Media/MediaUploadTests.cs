using System.Net;
using System.Net.Http.Headers;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Media;

/// <summary>POST /api/media: what is stored (cleaned, upright, typed by its bytes) and every upload that is refused, and why.</summary>
public class MediaUploadTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task AFormUploadIsStoredWithItsSizeAltTextAndTheRenditionsItCanBeMadeAt()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var form = TestImages.Form(TestImages.Jpeg(2000, 1400), "Gradient from black to white", "Hero Photo (final).JPG");
        using var response = await editor.Client.PostAsync("/api/media", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var image = await response.Content.ReadJsonAsync();
        var id = image.GetProperty("id").GetInt64();
        Assert.Equal($"http://localhost/api/media/{id}", response.Headers.Location?.ToString());
        Assert.Equal("hero-photo-final", image.GetProperty("name").GetString());
        Assert.Equal($"http://localhost/media/{id}/hero-photo-final", image.GetProperty("url").GetString());
        Assert.Equal("Gradient from black to white", image.GetProperty("alt").GetString());
        Assert.Equal((2000, 1400, "jpeg"), (image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32(), image.GetProperty("format").GetString()));
        var renditions = image.GetProperty("renditions").EnumerateArray().Select(r => (r.GetProperty("width").GetInt32(), r.GetProperty("height").GetInt32())).ToArray();
        Assert.Equal([(320, 224), (480, 336), (696, 487), (960, 672), (1392, 974), (1920, 1344), (2000, 1400)], renditions);

        var read = await editor.Client.OkJsonAsync($"/api/media/{id}");
        Assert.Equal(image.GetRawText(), read.GetRawText());
        var listed = await editor.Client.OkJsonAsync("/api/media");
        Assert.Equal(id, listed.Items().First().GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task TheRawImageIsAcceptedAsTheBodyWithItsAltTextInTheQuery()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var content = new ByteArrayContent(TestImages.Png(640, 480));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await editor.Client.PostAsync("/api/media?alt=A%20chart%20of%20nothing", content);

        var image = await response.Content.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("png", "a-chart-of-nothing", 640), (image.GetProperty("format").GetString(), image.GetProperty("name").GetString(), image.GetProperty("width").GetInt32()));
    }

    [Fact]
    public async Task ExifAndItsLocationAreRemovedFromTheStoredImage()
    {
        var upload = TestImages.Jpeg(800, 600);
        Assert.True(TestImages.HasExif(upload) && TestImages.Contains(upload, TestImages.ExifMarker), "the test image carries no EXIF to remove");
        using var editor = await Editor.CreateAsync(factory);
        var image = await MediaClient.UploadAsync(editor, upload);

        // The full size in its own format is the stored file itself.
        var stored = await editor.Client.GetByteArrayAsync(MediaClient.PathOf(image.GetProperty("url").GetString()!) + "?format=jpeg");
        Assert.Equal((800, 600, "jpegload_buffer"), TestImages.Inspect(stored));
        Assert.False(TestImages.HasExif(stored));
        Assert.False(TestImages.Contains(stored, TestImages.ExifMarker));
        Assert.False(TestImages.Contains(stored, "Exif\0\0"));
    }

    [Fact]
    public async Task TheTypeIsDecidedByTheBytesNotTheContentType()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var form = TestImages.Form(TestImages.WebP(300, 200), "A WebP sent as a JPEG", contentType: "image/jpeg");
        using var response = await editor.Client.PostAsync("/api/media", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("webp", (await response.Content.ReadJsonAsync()).GetProperty("format").GetString());
    }

    public static TheoryData<string, byte[], HttpStatusCode, string> BadUploads => new()
    {
        { "wrong magic bytes with an image content type", "GIF89a\u0001\u0000\u0001\u0000 not a png"u8.ToArray(), HttpStatusCode.UnsupportedMediaType, "not JPEG, PNG or WebP" },
        { "a script sent as an image", "<svg onload=alert(1)>"u8.ToArray(), HttpStatusCode.UnsupportedMediaType, "not JPEG, PNG or WebP" },
        { "zero bytes", [], HttpStatusCode.BadRequest, "empty" },
        { "a truncated file", TestImages.Jpeg(1200, 900, withExif: false)[..4000], HttpStatusCode.BadRequest, "truncated or corrupt" },
        { "a JPEG signature and nothing else", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0], HttpStatusCode.BadRequest, "could not be decoded" },
        { "a 20,000 × 20,000 PNG header", TestImages.PngBombHeader(), HttpStatusCode.BadRequest, "20000 × 20000 pixels" },
        { "a 10,000 × 10,000 PNG header (100 MP, each side encodable)", TestImages.PngBombHeader(10_000, 10_000), HttpStatusCode.BadRequest, "at most 40,000,000 pixels" },
        { "a 1,000 × 20,000 PNG header (a side no WebP can hold)", TestImages.PngBombHeader(1_000, 20_000), HttpStatusCode.BadRequest, "each side may be at most 16,383 pixels" },
        { "an oversized file", [0xFF, 0xD8, 0xFF, .. new byte[10 * 1024 * 1024]], HttpStatusCode.RequestEntityTooLarge, "at most 10485760 bytes" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task EachBadUploadIsRefusedWithAProblemAndNothingIsStored(string why, byte[] file, HttpStatusCode status, string detail)
    {
        using var editor = await Editor.CreateAsync(factory);
        var before = await editor.Client.OkJsonAsync("/api/media");
        foreach (var raw in new[] { false, true })
        {
            using HttpContent content = raw ? new ByteArrayContent(file) : TestImages.Form(file, "Whatever it is", contentType: "image/png");
            if (raw)
            {
                content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            }

            using var response = await editor.Client.PostAsync(raw ? "/api/media?alt=Whatever" : "/api/media", content);
            var problem = await response.ProblemAsync(status);
            Assert.True(problem.GetRawText().Contains(detail, StringComparison.Ordinal), $"{why} ({(raw ? "raw" : "form")}): {problem.GetRawText()}");
            if (status == HttpStatusCode.BadRequest)
            {
                Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _), $"{why}: the error does not name 'file'");
            }
        }

        Assert.Equal(before.GetProperty("totalItems").GetInt32(), (await editor.Client.OkJsonAsync("/api/media")).GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task AFormWithMorePartsThanTheUploadTakesIsA400NotA413()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var twice = TestImages.Form(TestImages.Png(10, 10), "One");
        twice.Add(new StringContent("Two"), "alt");
        using var crowded = TestImages.Form(TestImages.Png(10, 10), "One");
        for (var i = 0; i < 11; i++)
        {
            crowded.Add(new StringContent("x"), $"extra{i}");
        }

        var once = await (await editor.Client.PostAsync("/api/media", twice)).ProblemAsync(HttpStatusCode.BadRequest);
        var many = await (await editor.Client.PostAsync("/api/media", crowded)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Send 'alt' once.", once.GetProperty("errors").GetProperty("alt")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("more parts than this operation takes", many.GetProperty("errors").GetProperty("$")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("   ", "cannot be blank")]
    [InlineData("two\nlines", "control characters")]
    [InlineData("line\u2028separated", "line breaks")]
    [InlineData("\u200b\u200b", "needs a letter or a digit")]
    [InlineData("Chart\u202Egnp.exe", "text-direction controls")]
    public async Task AltTextIsRequiredAndOneLine(string? alt, string message)
    {
        using var editor = await Editor.CreateAsync(factory);
        using var form = TestImages.Form(TestImages.Png(10, 10), alt);
        using var response = await editor.Client.PostAsync("/api/media", form);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("alt")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNeitherAFormNorAnImageIs415AndAnUnknownFormPartIs400()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var json = new StringContent("{\"file\":\"x\"}", System.Text.Encoding.UTF8, "application/json");
        var unsupported = await (await editor.Client.PostAsync("/api/media?alt=x", json)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", unsupported.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var form = TestImages.Form(TestImages.Png(10, 10), "Ten pixels");
        form.Add(new StringContent("yes"), "caption");
        var unknown = await (await editor.Client.PostAsync("/api/media", form)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("caption", out _), unknown.GetRawText());
    }
}
