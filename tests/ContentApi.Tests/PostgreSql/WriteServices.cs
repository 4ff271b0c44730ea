using ContentApi.Caching;
using ContentApi.Comments;
using ContentApi.Database;
using ContentApi.Editing;
using ContentApi.Keys;
using ContentApi.Media;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The write repositories over one engine's connections, wired as the app wires them: one <see cref="ContentWriter"/>
/// with this process's own write gate (so two of these on one database are two replicas), at a fixed clock.
/// </summary>
internal sealed class WriteServices : IDisposable
{
    /// <summary>The clock every write reads: a fixed second, so both engines store the same times.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    private readonly WriteGate _gate = new();

    public WriteServices(IContentConnections connections, int lockTimeoutSeconds = 5)
    {
        Connections = connections;
        var feed = new ContentChangeFeed(new ContentChangeRepository(connections), Options.Create(new HttpCachingOptions()), Clock);
        Writer = new ContentWriter(connections, _gate, feed, Options.Create(new EditingOptions { LockTimeoutSeconds = lockTimeoutSeconds }), Clock);
        Articles = new ArticleWriteRepository(connections, Writer);
        Sources = new SourceWriteRepository(connections, Writer);
        Comments = new CommentRepository(connections, Writer);
        Media = new MediaRepository(connections, Writer);
        Keys = new ApiKeyRepository(connections);
    }

    public IContentConnections Connections { get; }

    public FixedClock Clock { get; } = new();

    public ContentWriter Writer { get; }

    public ArticleWriteRepository Articles { get; }

    public SourceWriteRepository Sources { get; }

    public CommentRepository Comments { get; }

    public MediaRepository Media { get; }

    public ApiKeyRepository Keys { get; }

    /// <summary>The database-wide content version (the cache's invalidation counter).</summary>
    public async Task<long> ContentVersionAsync()
    {
        var stamps = await new ContentChangeRepository(Connections).ReadSinceAsync(-1, default);
        return stamps.Count == 0 ? 0 : stamps.Max(stamp => stamp.Version);
    }

    public void Dispose() => _gate.Dispose();

    internal sealed class FixedClock : TimeProvider
    {
        public DateTimeOffset At { get; set; } = Now;

        public override DateTimeOffset GetUtcNow() => At;
    }
}
