namespace ContentApi.Media;

/// <summary>
/// The widths renditions are made at: a fixed set, since an open size parameter lets anyone fill the disk and the CPU
/// with sizes no page asks for (a cache-busting attack). 696 is the article column's width in the source page; 1,392
/// is the same at 2× density. A rendition is never wider than its image.
/// </summary>
internal static class MediaRenditions
{
    public static readonly IReadOnlyList<int> AllowedWidths = [320, 480, 696, 960, 1392, 1920];

    public static string AllowedWidthsText => string.Join(", ", AllowedWidths);

    /// <summary>The image's own address (full size, its own format unless the client prefers another).</summary>
    public static string Path(long id, string name) => $"/media/{id}/{name}";

    /// <summary>
    /// The srcset of an image <paramref name="width"/> × <paramref name="height"/>: every allowed width it can be
    /// made at without upscaling, narrowest first, then the full size itself when no allowed width is exactly it.
    /// </summary>
    public static IReadOnlyList<ImageRendition> For(long id, string name, int width, int height, string linkBase = "")
    {
        var path = linkBase + Path(id, name);
        var renditions = AllowedWidths.Where(allowed => allowed <= width)
            .Select(allowed => new ImageRendition($"{path}?w={allowed}", allowed, HeightAt(allowed, width, height)))
            .ToList();
        if (!AllowedWidths.Contains(width))
        {
            renditions.Add(new ImageRendition(path, width, height));
        }

        return renditions;
    }

    /// <summary>What libvips' thumbnail makes: the height scaled by the same factor, rounded, at least one pixel.</summary>
    public static int HeightAt(int targetWidth, int width, int height) =>
        Math.Max(1, (int)Math.Round(height * (double)targetWidth / width, MidpointRounding.AwayFromZero));
}
