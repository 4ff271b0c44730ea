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

    // Storing an original and its row, and deleting a row and its files, run one at a time: a delete cannot remove a file
    // that an upload of the same picture has just found present.
    private readonly SemaphoreSlim _files = new(1, 1);

    // Renditions are made one at a time: each is made once, and two requests for a new one must not both encode it.
    private readonly SemaphoreSlim _rendering = new(1, 1);

    public MediaStore(IOptions<MediaOptions> options, SqliteConnectionFactory connections)
    {
        _root = Path.GetFullPath(options.Value.Directory
            ?? Path.Combine(Path.GetDirectoryName(connections.DataSource) ?? ".", "media"));
    }

    public string Root => _root;

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string OriginalPath(string sha256, ImageFormat format) => Path.Combine(_root, "originals", sha256[..2], $"{sha256}.{format.Extension}");

    public string RenditionPath(string sha256, int? width, ImageFormat format) =>
        Path.Combine(_root, "renditions", sha256[..2], $"{sha256}-{(width is { } w ? w.ToString(System.Globalization.CultureInfo.InvariantCulture) : "full")}.{format.Extension}");

    /// <summary>Runs <paramref name="work"/> alone among the stores and deletes of originals.</summary>
    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _files.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _files.Release();
        }
    }

    /// <summary>Writes the cleaned original unless the same bytes are stored already.</summary>
    public async Task SaveOriginalAsync(string sha256, PreparedImage image, CancellationToken cancellationToken)
    {
        var path = OriginalPath(sha256, image.Format);
        if (!File.Exists(path))
        {
            await WriteAtomicallyAsync(path, image.Bytes, cancellationToken);
        }
    }

    /// <summary>Removes an original nobody uses any more, with every rendition made from it.</summary>
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

        await _rendering.WaitAsync(cancellationToken);
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

            var bytes = ImageProcessor.Render(await File.ReadAllBytesAsync(source, cancellationToken), width ?? sourceWidth, format);
            await WriteAtomicallyAsync(path, bytes, cancellationToken);
            return path;
        }
        finally
        {
            _rendering.Release();
        }
    }

    public void Dispose()
    {
        _files.Dispose();
        _rendering.Dispose();
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
