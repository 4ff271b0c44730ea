using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;

namespace ContentApi.Caching;

/// <summary>
/// One serialised response with its validators, plus its Brotli and gzip forms (made once, on first use).
/// The strong ETag is a hash of the exact bytes, so it changes exactly when the representation does.
/// </summary>
public sealed class CachedRepresentation
{
    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    public CachedRepresentation(long version, byte[] body, string contentType, DateTimeOffset lastModified, string? link)
    {
        Version = version;
        Body = body;
        ContentType = contentType;
        // HTTP dates have whole seconds; comparisons with If-Modified-Since must use the same precision.
        LastModified = new DateTimeOffset(lastModified.UtcTicks - lastModified.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        LastModifiedHeader = LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        ETag = $"\"{Base64UrlTag(SHA256.HashData(body))}\"";
        Link = link;
        _brotli = new Lazy<byte[]>(() => CompressBrotli(body));
        _gzip = new Lazy<byte[]>(() => CompressGzip(body));
    }

    /// <summary>The content version this was built from; a newer version makes it stale.</summary>
    public long Version { get; }

    public byte[] Body { get; }

    public string ContentType { get; }

    public string ETag { get; }

    public DateTimeOffset LastModified { get; }

    public string LastModifiedHeader { get; }

    /// <summary>The RFC 8288 Link header the handler set, replayed on cache hits.</summary>
    public string? Link { get; }

    public byte[] Brotli => _brotli.Value;

    public byte[] Gzip => _gzip.Value;

    private static string Base64UrlTag(byte[] hash) =>
        Convert.ToBase64String(hash, 0, 12).Replace('+', '-').Replace('/', '_');

    private static byte[] CompressBrotli(byte[] body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            // Quality 6: most of quality 11's ratio at a small fraction of its time; this runs once per version.
            if (!BrotliEncoder.TryCompress(body, buffer, out var written, quality: 6, window: 22))
            {
                throw new InvalidOperationException("Brotli output did not fit its maximum length.");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] CompressGzip(byte[] body)
    {
        using var output = new MemoryStream(body.Length / 4);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
