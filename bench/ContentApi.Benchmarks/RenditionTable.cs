using ContentApi.Media;

namespace ContentApi.Benchmarks;

/// <summary>
/// The README's rendition table: the bytes of every allowed width in every format, for a 2,000 × 1,400 image made
/// here (a gradient with noise, like the resize benchmark's), through the API's own rendition path.
/// </summary>
internal static class RenditionTable
{
    public static int Run()
    {
        var (stored, _) = ImageProcessor.Prepare(SyntheticPhoto.Jpeg(2000, 1400), ImageFormat.Jpeg, 40_000_000);
        var formats = new List<ImageFormat> { ImageFormat.Jpeg, ImageFormat.WebP, ImageFormat.Png };
        if (ImageProcessor.CanWriteAvif)
        {
            formats.Add(ImageFormat.Avif);
        }

        Console.WriteLine($"| width × height | {string.Join(" | ", formats.Select(format => format.Name))} |");
        Console.WriteLine($"|---|{string.Concat(formats.Select(_ => "---:|"))}");
        foreach (var rendition in MediaRenditions.For(1, "table", stored!.Width, stored.Height))
        {
            var sizes = formats.Select(format => ImageProcessor.Render(stored.Bytes, rendition.Width, format).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine($"| {rendition.Width} × {rendition.Height} | {string.Join(" | ", sizes)} |");
        }

        return 0;
    }
}
