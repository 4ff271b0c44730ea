using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ContentApi.Keys;
using ContentApi.Operations;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// Two API processes on one PostgreSQL database, as two replicas behind a load balancer are: a write answered by one,
/// or a change made with SQL in the database (an operator's fix), is served by the other within its content version
/// poll, and both send the same bytes under the same ETag. Each process is the built app (<c>dotnet ContentApi.dll</c>)
/// with its own representation cache and connection pool, so nothing in memory is shared.
/// </summary>
[Collection(PostgreSqlTests.Name)]
public sealed class CrossReplicaTests(ThrowawayCluster cluster, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Article = "/api/articles/magnesium-for-restless-legs";

    // What a replica polls at: short, so the test is quick; the bound below allows for a loaded CI machine.
    private const int PollMilliseconds = 200;
    private static readonly TimeSpan VisibleWithin = TimeSpan.FromSeconds(10);

    private readonly List<AppProcess> _replicas = [];
    private readonly List<HttpClient> _clients = [];
    private string _folder = "";
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync();
        _folder = Directory.CreateTempSubdirectory("contentapi-replicas-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Content"] = _connectionString,
            ["HttpCaching__ContentVersionRefreshMilliseconds"] = PollMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Comments__Secret"] = Convert.ToBase64String(new byte[32]),
            ["Media__Directory"] = Path.Combine(_folder, "media"),
            ["Links__PublicBaseUrl"] = "http://replicas.test",
        };

        // Started together, as compose starts them: one migrates, the other waits on the advisory lock.
        _replicas.Add(AppProcess.Start(_folder, environment));
        _replicas.Add(AppProcess.Start(_folder, environment));
        foreach (var replica in _replicas)
        {
            _clients.Add(new HttpClient { BaseAddress = await replica.ListeningAsync(), Timeout = TimeSpan.FromSeconds(30) });
        }
    }

    public Task DisposeAsync()
    {
        _clients.ForEach(client => client.Dispose());
        _replicas.ForEach(replica => replica.Dispose());
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ReplicasServeTheSameBytesUnderTheSameETag()
    {
        var (firstTag, firstBody) = await ReadAsync(_clients[0], Article);
        var (secondTag, secondBody) = await ReadAsync(_clients[1], Article);

        Assert.Equal(firstTag, secondTag);
        Assert.Equal(firstBody, secondBody);
    }

    [Fact]
    public async Task AWriteOnOneReplicaChangesTheETagAndBodyOnTheOther()
    {
        // Both replicas have the article cached before the write.
        var (before, _) = await ReadAsync(_clients[1], Article);
        Assert.Equal(before, (await ReadAsync(_clients[0], Article)).ETag);
        var key = await IssueWriteKeyAsync();

        using var edit = new HttpRequestMessage(HttpMethod.Get, $"{Article}/edit");
        edit.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var editable = await _clients[0].SendAsync(edit);
        Assert.Equal(HttpStatusCode.OK, editable.StatusCode);

        const string title = "Magnesium for restless legs, as edited on replica A";
        using var patch = new HttpRequestMessage(HttpMethod.Patch, Article)
        {
            Content = new StringContent(new JsonObject { ["title"] = title }.ToJsonString(), new MediaTypeHeaderValue(Editor.MergePatch)),
        };
        patch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        patch.Headers.IfMatch.Add(editable.Headers.ETag!);
        var written = Stopwatch.StartNew();
        using var patched = await _clients[0].SendAsync(patch);
        Assert.True(patched.StatusCode == HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());

        var (after, body) = await WaitForChangeAsync(_clients[1], Article, before);
        output.WriteLine($"replica B served replica A's write {written.ElapsedMilliseconds} ms after it was sent (poll {PollMilliseconds} ms)");
        Assert.Contains(title, body, StringComparison.Ordinal);
        Assert.Equal((after, body), await ReadAsync(_clients[0], Article));
    }

    [Fact]
    public async Task AChangeMadeWithSqlReachesEveryReplica()
    {
        const string path = "/api/foods?sort=name&pageSize=100";
        var before = new[] { (await ReadAsync(_clients[0], path)).ETag, (await ReadAsync(_clients[1], path)).ETag };
        Assert.Equal(before[0], before[1]);

        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var fix = new NpgsqlCommand("UPDATE foods SET name = 'Pumpkin seeds, roasted (operator fix)' WHERE name = 'Pumpkin seeds, roasted';", connection);
            Assert.Equal(1, await fix.ExecuteNonQueryAsync());
        }

        var written = Stopwatch.StartNew();
        foreach (var client in _clients)
        {
            var (_, body) = await WaitForChangeAsync(client, path, before[0]);
            Assert.Contains("operator fix", body, StringComparison.Ordinal);
        }

        output.WriteLine($"both replicas served the SQL change within {written.ElapsedMilliseconds} ms (poll {PollMilliseconds} ms)");
        Assert.Equal((await ReadAsync(_clients[0], path)).ETag, (await ReadAsync(_clients[1], path)).ETag);
    }

    private static async Task<(string ETag, string Body)> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.Headers.ETag!.Tag, body);
    }

    /// <summary>Reads until the ETag is no longer <paramref name="before"/>; fails after <see cref="VisibleWithin"/>.</summary>
    private static async Task<(string ETag, string Body)> WaitForChangeAsync(HttpClient client, string path, string before)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var read = await ReadAsync(client, path);
            if (read.ETag != before)
            {
                return read;
            }

            Assert.True(waited.Elapsed < VisibleWithin, $"{client.BaseAddress}{path} still answers {before} after {VisibleWithin}");
            await Task.Delay(50);
        }
    }

    /// <summary>A key with content:write, made by the <c>keys create</c> command against the replicas' database.</summary>
    private async Task<string> IssueWriteKeyAsync()
    {
        using var keyOutput = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KeysCommand.RunAsync(
            ["create", "--name", "replica-writer", "--scopes", ApiScopes.ContentWrite,
             "--Database:Provider=PostgreSql", $"--ConnectionStrings:Content={_connectionString}"], keyOutput, error);
        Assert.True(exitCode == 0, error.ToString());
        return keyOutput.ToString().Trim();
    }
}
