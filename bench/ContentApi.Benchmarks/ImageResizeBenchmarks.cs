using BenchmarkDotNet.Attributes;
using ContentApi.Media;
using SkiaSharp;

namespace ContentApi.Benchmarks;

/// <summary>
/// Why the media library uses libvips (NetVips): a 2,000-px JPEG photo-like image resized to the article column's 696 px and
/// re-encoded as JPEG, by the API's own rendition path against SkiaSharp (the rival that restores and builds here:
/// ImageSharp 4 refuses to build without a purchased licence key) in the same run, and a plain full decode for scale.
/// Allocated memory is managed memory only: both libraries' native buffers are not counted.
/// </summary>
[MemoryDiagnoser]
public class ImageResizeBenchmarks
{
    private byte[] _jpeg = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _jpeg = SyntheticPhoto.Jpeg(2000, 1333);
    }

    [Benchmark(Baseline = true, Description = "SkiaSharp 4.155: decode, resize to 696 (Mitchell), JPEG q80")]
    public byte[] SkiaSharpResize()
    {
        using var decoded = SKBitmap.Decode(_jpeg);
        var height = (int)Math.Round(decoded.Height * 696.0 / decoded.Width);
        using var resized = decoded.Resize(new SKImageInfo(696, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return encoded.ToArray();
    }

    [Benchmark(Description = "NetVips 3.2: full decode of the 2,000-px JPEG only (for scale)")]
    public long NetVipsDecodeOnly()
    {
        using var image = global::NetVips.Image.NewFromBuffer(_jpeg, access: global::NetVips.Enums.Access.Sequential);
        return image.Avg() > 0 ? image.Width : 0;
    }

    [Benchmark(Description = "NetVips 3.2 (the API's rendition path): thumbnail to 696, JPEG q80")]
    public byte[] NetVipsRendition() => ImageProcessor.Render(_jpeg, 696, ImageFormat.Jpeg);
}
