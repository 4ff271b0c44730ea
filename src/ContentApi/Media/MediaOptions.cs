using System.ComponentModel.DataAnnotations;

namespace ContentApi.Media;

/// <summary>Settings of the media library (section <c>Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Where image files are stored; default: a <c>media</c> folder beside the database file.</summary>
    public string? Directory { get; set; }

    /// <summary>The largest upload accepted; larger ones are a 413 problem.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// The most pixels (width × height) an upload may declare: a small file can claim a huge canvas (a decompression
    /// bomb), and it is refused from its header, before anything is decoded. 40 MP is a 7,700 × 5,200 photo.
    /// </summary>
    [Range(1, 200_000_000)]
    public long MaxPixels { get; set; } = 40_000_000;
}
