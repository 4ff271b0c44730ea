using System.ComponentModel.DataAnnotations;
using ContentApi.Database;

namespace ContentApi.Media;

/// <summary>Settings of the media library (section <c>Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Where image files are stored; default (SQLite only): a <c>media</c> folder beside the database file.</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// On PostgreSQL the folder must be named: there is no database file to sit beside, and every replica must see the
    /// same images (a folder they all mount), so a per-replica default would lose uploads. False only then.
    /// </summary>
    public static bool HasFolderFor(MediaOptions media, DatabaseOptions database) =>
        media.Directory is { Length: > 0 } || !IsPostgreSql(database.Provider);

    private static bool IsPostgreSql(string provider)
    {
        try
        {
            return DatabaseProviders.Parse(provider) == DatabaseProvider.PostgreSql;
        }
        catch (DatabaseStartupException)
        {
            // A provider nobody knows stops the start with its own line.
            return false;
        }
    }

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
