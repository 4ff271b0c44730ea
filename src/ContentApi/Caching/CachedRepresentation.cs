using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace ContentApi.Caching;

/// <summary>The content codings a representation is sent in (RFC 9110 §8.4).</summary>
public enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}

/// <summary>
/// One serialised 200 response: its bytes, the scopes and stamp it was built from, its Last-Modified, and one strong
/// ETag per content coding (RFC 9110 §8.8.3: the Brotli and gzip bodies are different representations). The tags share
/// a hash of the identity bytes (96 bits of XxHash128: an ETag must change when the content does; nobody
/// gains by forging one), so they change exactly when the content does.
/// </summary>
public sealed class CachedRepresentation
{
    // A rough per-entry cost beside the bodies (the object, its strings and the cache's bookkeeping).
    private const int EntryOverheadBytes = 512;

    private byte[]? _brotli;
    private byte[]? _gzip;

    // A representation that is stored must own its body (an exact array, not a pooled buffer).
    public CachedRepresentation(
        ReadOnlyMemory<byte> body, IReadOnlyList<string> scopes, long builtAt, DateTimeOffset? lastModified, string? link,
        RepresentationFormat? format = null)
    {
        Format = format ?? RepresentationFormat.Json;
        Body = body;
        Scopes = scopes;
        BuiltAt = builtAt;
        CheckedAt = builtAt;
        // HTTP dates have whole seconds; comparisons with If-Modified-Since must use the same precision.
        if (lastModified is { } time)
        {
            LastModified = new DateTimeOffset(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            LastModifiedHeader = LastModified.Value.ToString("R", CultureInfo.InvariantCulture);
        }

        var hash = Convert.ToBase64String(XxHash128.Hash(body.Span), 0, 12).Replace('+', '-').Replace('/', '_');
        IdentityTag = $"\"{hash}\"";
        BrotliTag = $"\"{hash}.br\"";
        GzipTag = $"\"{hash}.gzip\"";
        Link = link;
    }

    public ReadOnlyMemory<byte> Body { get; }

    public RepresentationFormat Format { get; }

    public string ContentType => Format.ContentType;

    /// <summary>The scopes the content was read from (<see cref="ContentScope"/>).</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The newest stamp the process had seen before the content was read.</summary>
    public long BuiltAt { get; }

    /// <summary>The newest stamp up to which <see cref="ContentChangeFeed"/> found the scopes unchanged.</summary>
    internal long CheckedAt { get; set; }

    /// <summary>Null when it could not be told exactly (see <see cref="RepresentationFilter"/>): only If-None-Match applies.</summary>
    public DateTimeOffset? LastModified { get; }

    public string? LastModifiedHeader { get; }

    public string IdentityTag { get; }

    public string BrotliTag { get; }

    public string GzipTag { get; }

    /// <summary>The RFC 8288 Link header the handler set, replayed on cache hits.</summary>
    public string? Link { get; }

    /// <summary>What the cache charges for the entry: every body it holds, the key and Link strings, and a fixed overhead.</summary>
    public long SizeInCache(string key) =>
        Body.Length + (_brotli?.Length ?? 0) + (_gzip?.Length ?? 0) + ((key.Length + (Link?.Length ?? 0)) * sizeof(char)) + EntryOverheadBytes;

    public string ETag(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => BrotliTag,
        ContentCoding.Gzip => GzipTag,
        _ => IdentityTag,
    };

    /// <summary>The body in a coding; the compressed ones are made on first use (a benign race may make one twice).</summary>
    public ReadOnlyMemory<byte> BodyIn(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli ??= CompressBrotli(Body.Span),
        ContentCoding.Gzip => _gzip ??= CompressGzip(Body.Span),
        _ => Body,
    };

    /// <summary>Makes both compressed bodies now, so the entry's size is known before the cache charges it.</summary>
    public void Compress()
    {
        BodyIn(ContentCoding.Brotli);
        BodyIn(ContentCoding.Gzip);
    }

    private static byte[] CompressBrotli(ReadOnlySpan<byte> body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            // Quality 6: most of quality 11's ratio at a small fraction of its time; this runs once per entry.
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

    private static byte[] CompressGzip(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length / 4);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
