using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Keys;
using ContentApi.Operations;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Sdk;

namespace ContentApi.Tests.Editing;

/// <summary>
/// The built app killed with SIGKILL while writes are in flight, 20 times over one database file: after each kill the
/// file passes <c>PRAGMA integrity_check</c> and <c>foreign_key_check</c>, and every write that was answered 2xx is
/// there with its revision. Only writes that were not answered may be missing (each writer has at most one in flight).
/// The app runs SQLite in WAL mode and keeps the library's synchronous default (FULL, 2, in this build: the test prints
/// it): a commit is in the -wal file before the write is answered, so killing the process loses nothing acknowledged
/// whatever the level. Power loss is another matter, which killing a process cannot show: with synchronous=NORMAL the
/// last commits before it could go; FULL syncs the log on every commit.
/// </summary>
public sealed class CrashCycleTests : IDisposable
{
    private const int Cycles = 20;

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-crash-").FullName;

    private string DatabasePath => Path.Combine(_folder, "content.db");

    [Fact]
    public async Task EveryAcknowledgedWriteSurvivesTwentyKillsAndTheFileStaysIntact()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CRASH_CYCLE_SEED"), out var given) ? given : Random.Shared.Next();
        var random = new Random(seed);
        var context = $"seed {seed} (rerun with CRASH_CYCLE_SEED={seed})";
        var key = await IssueWriteKeyAsync();
        var ledger = new WriteLedger();
        var elapsed = Stopwatch.StartNew();

        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["ConnectionStrings__Content"] = $"Data Source={DatabasePath}" });
            try
            {
                await RunCycleAsync(app, key, cycle, TimeSpan.FromMilliseconds(random.Next(150, 700)), ledger, context);
            }
            catch (Exception ex)
            {
                // The seed in every failure, so the same kill times can be replayed.
                throw new XunitException($"{context}, cycle {cycle}: {ex.Message}\n{app.Output}", ex);
            }
            finally
            {
                app.Dispose();
            }

            await CheckFileAsync(ledger, $"{context}, after kill {cycle + 1}");
        }

        elapsed.Stop();
        Assert.True(ledger.Acknowledged >= Cycles * 3, $"{context}: only {ledger.Acknowledged} writes were acknowledged in {Cycles} cycles; the kills came too early to test anything");
        Assert.True(ledger.KilledInFlight >= Cycles / 2, $"{context}: only {ledger.KilledInFlight} writes were in flight at a kill");
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(120), $"{context}: {Cycles} cycles took {elapsed.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine($"Crash cycles: {Cycles} kills in {elapsed.Elapsed.TotalSeconds:F1} s, {ledger.Acknowledged} acknowledged writes, " +
                          $"{ledger.KilledInFlight} in flight at a kill ({ledger.CommittedInFlight} of them committed), " +
                          $"PRAGMA synchronous {await SynchronousAsync()} (the library's default, which the app keeps), {context}.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Starts writers against the running app, kills it after <paramref name="killAfter"/>, and waits for the writers to notice.</summary>
    private static async Task RunCycleAsync(AppProcess app, string key, int cycle, TimeSpan killAfter, WriteLedger ledger, string context)
    {
        using var client = new HttpClient { BaseAddress = await app.ListeningAsync(), Timeout = CallTimeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        await WaitUntilReadyAsync(client, $"{context}, cycle {cycle}:\n{app.Output}");

        Task[] writers =
        [
            PatchTitlesAsync(client, ledger.Track("crash-patched-a"), cycle),
            PatchTitlesAsync(client, ledger.Track("crash-patched-b"), cycle),
            CreateWithSectionsAsync(client, ledger, cycle),
        ];
        // The kill's moment counts from the cycle's first acknowledged write, not from readiness: a fresh process's first
        // writes are slow (JIT), slower still on a loaded machine, and a kill before any write tests nothing.
        var acknowledged = ledger.Acknowledged;
        var waiting = Stopwatch.StartNew();
        while (ledger.Acknowledged == acknowledged && waiting.Elapsed < CallTimeout && !writers.Any(writer => writer.IsCompleted))
        {
            await Task.Delay(10);
        }

        await Task.Delay(killAfter);
        var stillWriting = writers.Count(writer => !writer.IsCompleted);
        app.Kill();
        var all = Task.WhenAll(writers);
        Assert.True(await Task.WhenAny(all, Task.Delay(CallTimeout * 2)) == all, $"{context}, cycle {cycle}: a writer did not stop after the kill");
        await all; // a writer's own assertion (an unexpected status) fails the test here
        Assert.True(stillWriting == writers.Length, $"{context}, cycle {cycle}: a writer stopped before the kill:\n{app.Output}");
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, string context)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using (var response = await client.GetAsync("/health/ready"))
            {
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                Assert.True(deadline.Elapsed < ReadyTimeout, $"not ready after a restart ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}\n{context}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>One article, one writer: merge-patches its title with If-Match until the app dies under it.</summary>
    private static async Task PatchTitlesAsync(HttpClient client, ArticleTrack track, int cycle)
    {
        string? etag;
        try
        {
            etag = await ResumeAsync(client, track);
        }
        catch (Exception ex) when (IsDeath(ex))
        {
            return; // killed before the first write: what was in flight stays unsettled until the next cycle
        }

        if (etag is null)
        {
            var created = await WriteAsync(client, track, new Write(1, Title: $"{track.Slug} created", SectionKey: null),
                HttpMethod.Post, "/api/articles", Editor.NewArticle(track.Slug, $"{track.Slug} created"), Editor.Json, ifMatch: null);
            if (created is not { } createdTag)
            {
                return;
            }

            etag = createdTag;
        }

        for (var n = 1; ; n++)
        {
            var title = $"{track.Slug} {cycle}.{n}";
            var next = await WriteAsync(client, track, new Write(track.Current!.Version + 1, title, SectionKey: null),
                HttpMethod.Patch, $"/api/articles/{track.Slug}", new JsonObject { ["title"] = title }, Editor.MergePatch, etag);
            if (next is null)
            {
                return;
            }

            etag = next;
        }
    }

    /// <summary>New articles of this cycle, each created and then given sections one at a time, until the app dies.</summary>
    private static async Task CreateWithSectionsAsync(HttpClient client, WriteLedger ledger, int cycle)
    {
        for (var n = 1; ; n++)
        {
            var track = ledger.Track($"crash-created-{cycle}-{n}");
            var etag = await WriteAsync(client, track, new Write(1, Title: null, SectionKey: "what-zinc-does"),
                HttpMethod.Post, "/api/articles", Editor.NewArticle(track.Slug), Editor.Json, ifMatch: null);
            for (var s = 1; s <= 3 && etag is not null; s++)
            {
                var section = Editor.Section($"added-{s}", $"Added section {s}");
                etag = await WriteAsync(client, track, new Write(track.Current!.Version + 1, Title: null, SectionKey: $"added-{s}"),
                    HttpMethod.Post, $"/api/articles/{track.Slug}/sections", section, Editor.Json, etag);
            }

            if (etag is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// After a restart: what the app holds for the writer's article settles whether the write in flight at the last kill
    /// was committed (a later cycle's read is the same proof as a 2xx). Returns its ETag, or null when it does not exist.
    /// </summary>
    private static async Task<string?> ResumeAsync(HttpClient client, ArticleTrack track)
    {
        using var response = await client.GetAsync($"/api/articles/{track.Slug}/edit");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.True(track.Current is null, $"'{track.Slug}' is gone although version {track.Current?.Version} was acknowledged");
            track.InFlight = null;
            return null;
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET …/edit after a restart: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var version = (await response.Content.ReadJsonAsync()).GetProperty("version").GetInt32();
        track.Settle(version);
        return response.Headers.ETag!.ToString();
    }

    /// <summary>
    /// Sends one write and records it: acknowledged on a 2xx (returns the new ETag), in flight when the app died under
    /// it (returns null). Any other answer is a failure: with one writer per article nothing else can refuse it.
    /// </summary>
    private static async Task<string?> WriteAsync(
        HttpClient client, ArticleTrack track, Write write, HttpMethod method, string url, JsonObject body, string mediaType, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        track.InFlight = write;
        HttpResponseMessage response;
        string text;
        try
        {
            response = await client.SendAsync(request);
            text = await response.Content.ReadAsStringAsync();
        }
        catch (Exception ex) when (IsDeath(ex))
        {
            // The app died with the write in flight: it may or may not have been committed.
            track.Killed();
            return null;
        }

        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {text}");
            var version = JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt32();
            Assert.Equal(write.Version, version);
            track.Acknowledge(write);
            return response.Headers.ETag!.ToString();
        }
    }

    /// <summary>The synchronous level a connection opened as the app opens them has (0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA).</summary>
    private async Task<long> SynchronousAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        return await ScalarAsync<long>(connection, "PRAGMA synchronous;");
    }

    /// <summary>How a call ends when the app is killed under it (no answer, or a cut one).</summary>
    private static bool IsDeath(Exception exception) => exception is HttpRequestException or IOException or TaskCanceledException;

    /// <summary>The file as SQLite sees it with the app dead: intact, and holding every acknowledged write.</summary>
    private async Task CheckFileAsync(WriteLedger ledger, string context)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        // The mode the app runs in (set once by the migrator, kept in the file): WAL, whose commits a process kill cannot undo.
        Assert.Equal("wal", await ScalarAsync<string>(connection, "PRAGMA journal_mode;"));
        Assert.Equal("ok", await ScalarAsync<string>(connection, "PRAGMA integrity_check;"));
        Assert.Empty(await RowsAsync(connection, "PRAGMA foreign_key_check;"));
        var gapped = await RowsAsync(connection, "SELECT article_id FROM article_revisions GROUP BY article_id HAVING count(*) <> max(number) ORDER BY article_id;");
        Assert.True(gapped.Count == 0, $"{context}: revision numbers have gaps for article ids {string.Join(", ", gapped)}");

        foreach (var track in ledger.Tracks)
        {
            var id = await ScalarAsync<long?>(connection, "SELECT id FROM articles WHERE slug = @slug;", ("@slug", track.Slug));
            if (id is not { } articleId)
            {
                // Never acknowledged, and its create was in flight at a kill (or never sent): it may be missing.
                Assert.True(track.Current is null, $"{context}: '{track.Slug}' is missing although version {track.Current?.Version} was acknowledged");
                continue;
            }

            var version = (int)(await ScalarAsync<long>(connection, "SELECT version FROM articles WHERE id = @id;", ("@id", articleId)));
            var standing = version == track.Current?.Version ? track.Current
                : version == track.InFlight?.Version ? track.InFlight
                : null;
            Assert.True(standing is not null,
                $"{context}: '{track.Slug}' is at version {version}; acknowledged {track.Current?.Version}, in flight at the kill {track.InFlight?.Version}");

            var numbers = (await RowsAsync(connection, "SELECT number FROM article_revisions WHERE article_id = @id ORDER BY number;", ("@id", articleId))).Select(Convert.ToInt32);
            Assert.True(numbers.SequenceEqual(Enumerable.Range(1, version)), $"{context}: '{track.Slug}' v{version} has the revisions {string.Join(", ", numbers)}");
            Assert.Empty(await RowsAsync(connection, "SELECT number FROM article_revisions WHERE article_id = @id AND json_extract(snapshot, '$.version') <> number;", ("@id", articleId)));

            foreach (var write in track.Acknowledged)
            {
                Assert.True(await RevisionHoldsAsync(connection, articleId, write), $"{context}: '{track.Slug}' revision {write.Version} does not hold the acknowledged {write}");
            }

            // What the article holds now is the last acknowledged write, or the one in flight after it.
            Assert.True(await RevisionHoldsAsync(connection, articleId, standing!), $"{context}: '{track.Slug}' revision {version} does not hold {standing}");
            if (standing!.Title is { } title)
            {
                Assert.Equal(title, await ScalarAsync<string>(connection, "SELECT title FROM articles WHERE id = @id;", ("@id", articleId)));
            }

            if (standing.SectionKey is { } sectionKey)
            {
                Assert.Equal(1L, await ScalarAsync<long>(connection, "SELECT count(*) FROM sections WHERE article_id = @id AND anchor_key = @key;", ("@id", articleId), ("@key", sectionKey)));
            }
        }
    }

    private static async Task<bool> RevisionHoldsAsync(SqliteConnection connection, long articleId, Write write) =>
        await ScalarAsync<long>(connection, """
            SELECT count(*) FROM article_revisions
            WHERE article_id = @id AND number = @number
              AND (@title IS NULL OR json_extract(snapshot, '$.title') = @title)
              AND (@key IS NULL OR EXISTS (SELECT 1 FROM json_each(snapshot, '$.sections') WHERE json_extract(value, '$.key') = @key));
            """, ("@id", articleId), ("@number", write.Version), ("@title", (object?)write.Title ?? DBNull.Value), ("@key", (object?)write.SectionKey ?? DBNull.Value)) == 1;

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<object>> RowsAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetValue(0));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    /// <summary>A key with content:write, made by the <c>keys create</c> command (which also creates and migrates the file).</summary>
    private async Task<string> IssueWriteKeyAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KeysCommand.RunAsync(
            ["create", "--name", "crash-writer", "--scopes", ApiScopes.ContentWrite, $"--ConnectionStrings:Content=Data Source={DatabasePath}"], output, error);
        Assert.True(exitCode == 0, error.ToString());
        SqliteConnection.ClearAllPools();
        return output.ToString().Trim();
    }

    /// <summary>A write as the test knows it: the version it makes and what that version holds.</summary>
    private sealed record Write(int Version, string? Title, string? SectionKey);

    /// <summary>One article's writes; only its own writer (one task at a time) changes it.</summary>
    private sealed class ArticleTrack(string slug, WriteLedger ledger)
    {
        private readonly List<Write> _acknowledged = [];

        public string Slug { get; } = slug;

        public IReadOnlyList<Write> Acknowledged => _acknowledged;

        /// <summary>The last write known to be committed: acknowledged, or found committed after a kill.</summary>
        public Write? Current { get; private set; }

        /// <summary>The write sent when the app was killed, whose fate is unknown; null when there is none.</summary>
        public Write? InFlight { get; set; }

        public void Acknowledge(Write write)
        {
            _acknowledged.Add(write);
            Current = write;
            InFlight = null;
            ledger.Count(acknowledged: 1);
        }

        public void Killed() => ledger.Count(killedInFlight: 1);

        /// <summary>The version the restarted app holds: the write in flight at the kill was committed, or is lost.</summary>
        public void Settle(int version)
        {
            if (InFlight is { } inFlight && inFlight.Version == version)
            {
                Current = inFlight;
                ledger.Count(committedInFlight: 1);
            }

            Assert.True(Current?.Version == version, $"'{Slug}' is at version {version}, known committed {Current?.Version}");
            InFlight = null;
        }
    }

    private sealed class WriteLedger
    {
        private readonly List<ArticleTrack> _tracks = [];
        private int _acknowledged;
        private int _killedInFlight;
        private int _committedInFlight;

        public int Acknowledged => Volatile.Read(ref _acknowledged);

        public int KilledInFlight => _killedInFlight;

        public int CommittedInFlight => _committedInFlight;

        public IReadOnlyList<ArticleTrack> Tracks
        {
            get
            {
                lock (_tracks)
                {
                    return [.. _tracks];
                }
            }
        }

        public ArticleTrack Track(string slug)
        {
            lock (_tracks)
            {
                if (_tracks.Find(track => track.Slug == slug) is { } known)
                {
                    return known;
                }

                var track = new ArticleTrack(slug, this);
                _tracks.Add(track);
                return track;
            }
        }

        public void Count(int acknowledged = 0, int killedInFlight = 0, int committedInFlight = 0)
        {
            Interlocked.Add(ref _acknowledged, acknowledged);
            Interlocked.Add(ref _killedInFlight, killedInFlight);
            Interlocked.Add(ref _committedInFlight, committedInFlight);
        }
    }
}
