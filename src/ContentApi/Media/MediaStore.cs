using System.Security.Cryptography;
using ContentApi.Database;
using Microsoft.Extensions.Options;

namespace ContentApi.Media;

/// <summary>
/// The image files, content-addressed: an original is stored once under the SHA-256 of its cleaned bytes, and each
/// rendition beside it under that hash, its width and format. Files are written to a temporary name and moved into
/// place, so a reader never sees half a file and a crash leaves none.
/// </summary>
internal sealed class MediaStore : IDisposable
{
    private readonly string _root;

    // Each rendition is made once: two requests for a new one must not both encode it. Locked by stripe of its path, so a
    // slow rendition (a full-size AVIF takes seconds) holds up only those sharing its stripe, not every new one.
    private readonly SemaphoreSlim[] _rendering = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    // And at most one encode per core at a time: the rest wait rather than starve the reads of CPU.
    private readonly SemaphoreSlim _encoders = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public MediaStore(IOptions<MediaOptions> options, IContentConnections connections)
    {
        // One folder per database file ("content.db" keeps its images in "content.media"): two databases in one folder
        // shared "media" and a delete in one removed the other's files. PostgreSQL has no file to sit beside: its replicas
        // share the configured folder, which the start requires (MediaOptions.HasFolderFor).
        _root = Path.GetFullPath(options.Value.Directory ?? connections switch
        {
            SqliteConnectionFactory sqlite => DefaultDirectory(sqlite.DataSource),
            _ => throw new InvalidOperationException($"{MediaOptions.Section}:Directory must be set when the database is not a SQLite file."),
        });
    }

    public string Root => _root;

    /// <summary>The images' folder when none is configured: beside the database file, named after it.</summary>
    public static string DefaultDirectory(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath) ?? ".", $"{Path.GetFileNameWithoutExtension(databasePath)}.media");

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string OriginalPath(string sha256, ImageFormat format) => Path.Combine(_root, "originals", sha256[..2], $"{sha256}.{format.Extension}");

    public string RenditionPath(string sha256, int? width, ImageFormat format) =>
        Path.Combine(_root, "renditions", sha256[..2], $"{sha256}-{(width is { } w ? w.ToString(System.Globalization.CultureInfo.InvariantCulture) : "full")}.{format.Extension}");

    /// <summary>
    /// Writes the cleaned original unless the same bytes are stored already. Called inside the row's write (under the
    /// database's write lock, <see cref="MediaRepository"/>), so no delete of the same picture, on any replica, runs between.
    /// </summary>
    public async Task SaveOriginalAsync(string sha256, PreparedImage image, CancellationToken cancellationToken)
    {
        var path = OriginalPath(sha256, image.Format);
        if (!File.Exists(path))
        {
            await WriteAtomicallyAsync(path, image.Bytes, cancellationToken);
        }
    }

    /// <summary>Removes an original nobody uses any more, with every rendition made from it (inside the row's delete, as above).</summary>
    public void DeleteAll(string sha256, ImageFormat format)
    {
        File.Delete(OriginalPath(sha256, format));
        var renditions = Path.Combine(_root, "renditions", sha256[..2]);
        if (Directory.Exists(renditions))
        {
            foreach (var file in Directory.EnumerateFiles(renditions, $"{sha256}-*"))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>
    /// The path of the rendition, made now if it was not made before (and then kept: it is never made again). Null
    /// when the original is gone (deleted meanwhile).
    /// </summary>
    public async Task<string?> RenditionAsync(string sha256, ImageFormat sourceFormat, int? width, int sourceWidth, ImageFormat format, CancellationToken cancellationToken)
    {
        // The full size in its own format is the original itself.
        if (width is null && format == sourceFormat)
        {
            var original = OriginalPath(sha256, sourceFormat);
            return File.Exists(original) ? original : null;
        }

        var path = RenditionPath(sha256, width, format);
        if (File.Exists(path))
        {
            return path;
        }

        var stripe = _rendering[(int)((uint)StringComparer.Ordinal.GetHashCode(path) % (uint)_rendering.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }

            var source = OriginalPath(sha256, sourceFormat);
            if (!File.Exists(source))
            {
                return null;
            }

            var original = await File.ReadAllBytesAsync(source, cancellationToken);
            await _encoders.WaitAsync(cancellationToken);
            byte[] bytes;
            try
            {
                bytes = ImageProcessor.Render(original, width ?? sourceWidth, format);
            }
            finally
            {
                _encoders.Release();
            }

            await WriteAtomicallyAsync(path, bytes, cancellationToken);
            return path;
        }
        finally
        {
            stripe.Release();
        }
    }

    public void Dispose()
    {
        _encoders.Dispose();
        foreach (var stripe in _rendering)
        {
            stripe.Dispose();
        }
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
