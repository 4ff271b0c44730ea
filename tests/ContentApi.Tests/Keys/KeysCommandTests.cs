using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ContentApi.Keys;
using ContentApi.Operations;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Keys;

/// <summary>
/// <c>keys create|list|revoke</c>, run in this process as <c>Program</c> runs it (and once as the built app), over a
/// database of its own: the key printed once and alone on standard output, only its hash stored, a fresh install
/// migrated first; arguments it cannot read exit 2 before any file is touched, an unknown id exits 1.
/// </summary>
public sealed partial class KeysCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-keys-").FullName;

    private string DatabasePath => Path.Combine(_folder, "content.db");

    [Fact]
    public async Task CreateOnAFreshInstallMigratesAndPrintsTheKeyAloneOnStandardOutput()
    {
        var (exitCode, output, error) = await RunAsync("create", "--name", "editor", "--scopes", "content:write,content:preview");

        Assert.True(exitCode == 0, error);
        var key = Assert.Single(Lines(output));
        Assert.Matches(KeyText(), key);
        Assert.Contains($"Created key '{TestKeys.IdOf(key)}' (editor) with the scopes content:write, content:preview.", error);
        Assert.Contains("not shown again", error);
        Assert.Equal(1L, await SqliteFile.ScalarAsync(DatabasePath, "SELECT count(*) FROM schema_migrations WHERE name = 'migrations/0011_api_keys.sql';"));
        Assert.Equal("content:write content:preview", await SqliteFile.ScalarAsync(DatabasePath, "SELECT scopes FROM api_keys;"));
    }

    [Fact]
    public async Task TheKeyItPrintsAuthenticatesWithTheApp()
    {
        var key = await CreateAsync("editor", "content:preview");
        using var factory = new ContentApiFactory(DatabasePath);
        using var client = TestKeys.Client(factory, key);

        var current = await client.OkAsync<CurrentKeyResponse>("/api/keys/current");

        Assert.Equal(TestKeys.IdOf(key), current.Id);
        Assert.Equal("editor", current.Name);
    }

    [Fact]
    public async Task TheDatabaseHoldsOnlyTheKeysHashNeverTheKeyOrItsSecret()
    {
        var key = await CreateAsync("editor", "keys:admin");
        var secretText = key[(ApiKeyText.Prefix.Length + ApiKeyText.IdLength + 1)..];
        var secretBytes = Base64Url.DecodeFromChars(secretText);

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), (byte[])(await SqliteFile.ScalarAsync(DatabasePath, "SELECT key_hash FROM api_keys;"))!);
        SqliteConnection.ClearAllPools();
        // Every byte SQLite wrote: the file and whatever a write-ahead log or shared memory file holds.
        var stored = Directory.GetFiles(_folder, "content.db*").SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(stored.Length > 100_000, "the database files were not read");
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(secretText)));
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(secretText[..16])));
        Assert.Equal(-1, stored.AsSpan().IndexOf(secretBytes));
        Assert.Equal(-1, stored.AsSpan().IndexOf(secretBytes.AsSpan(0, 16)));
        Assert.NotEqual(-1, stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestKeys.IdOf(key))));
    }

    [Fact]
    public async Task ListShowsEveryKeyAndWhenItWasRevokedButNoSecret()
    {
        var kept = await CreateAsync("editor", "content:write");
        var revoked = await CreateAsync("old laptop", "content:write,keys:admin");
        Assert.Equal(0, (await RunAsync("revoke", TestKeys.IdOf(revoked))).ExitCode);

        var (exitCode, output, _) = await RunAsync("list");

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Matches("^ID +NAME +SCOPES +CREATED +LAST USED +REVOKED$", lines[0]);
        Assert.Matches("^ +editor +content:write +\\S+Z +- +-$", Assert.Single(lines, line => line.StartsWith(TestKeys.IdOf(kept), StringComparison.Ordinal))[10..]);
        Assert.Matches("^ +old laptop +content:write,keys:admin +\\S+Z +- +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$",
            Assert.Single(lines, line => line.StartsWith(TestKeys.IdOf(revoked), StringComparison.Ordinal))[10..]);
        Assert.DoesNotContain(kept[^20..], output);
        Assert.DoesNotContain(revoked[^20..], output);
    }

    [Fact]
    public async Task ListWithNoKeysSaysHowToMakeOne()
    {
        var (exitCode, output, _) = await RunAsync("list");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("No keys yet", Assert.Single(Lines(output)));
    }

    [Fact]
    public async Task RevokeRevokesOnceAndSaysSoWhenRepeated()
    {
        var id = TestKeys.IdOf(await CreateAsync("editor", "content:write"));

        var first = await RunAsync("revoke", id);
        var second = await RunAsync("revoke", id);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal($"Revoked key '{id}' (editor): its next request is refused.", Assert.Single(Lines(first.Output)));
        Assert.StartsWith($"Key '{id}' (editor) was already revoked at ", Assert.Single(Lines(second.Output)));
        Assert.NotNull(await SqliteFile.ScalarAsync(DatabasePath, "SELECT revoked_at FROM api_keys;"));
    }

    [Fact]
    public async Task RevokeOfAnUnknownIdExits1WithOneLine()
    {
        await CreateAsync("editor", "content:write");

        var (exitCode, output, error) = await RunAsync("revoke", "zzzzzzzzzz");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal("keys: no key has the id 'zzzzzzzzzz'; 'keys list' shows them.", Assert.Single(Lines(error)));
    }

    [Theory]
    [InlineData(new string[0], "name a command")]
    [InlineData(new[] { "frob" }, "'frob' is not a keys command")]
    [InlineData(new[] { "create" }, "give the key a name")]
    [InlineData(new[] { "create", "--name", "editor" }, "give its scopes")]
    [InlineData(new[] { "create", "--name", "editor", "--scopes" }, "--scopes needs a value")]
    [InlineData(new[] { "create", "--name", "editor", "--scopes", "content:write,comments:delete" }, "'comments:delete' is none of them")]
    [InlineData(new[] { "create", "--name", "editor", "--scopes", "," }, "A key holds one or more of content:write, content:preview, keys:admin, comments:moderate.")]
    [InlineData(new[] { "create", "--nmae", "editor", "--scopes", "content:write" }, "'--nmae' is not an option of this command")]
    [InlineData(new[] { "create", "--name", " ", "--scopes", "content:write" }, "A key's name is 1 to 100 characters")]
    [InlineData(new[] { "create", "--name", "a", "--name", "b", "--scopes", "content:write" }, "--name is given twice")]
    [InlineData(new[] { "list", "--all" }, "list takes no arguments")]
    [InlineData(new[] { "revoke" }, "give one key id")]
    [InlineData(new[] { "revoke", "a", "b" }, "give one key id")]
    public async Task ArgumentsItCannotReadExit2WithTheUsageAndTouchNoFile(string[] args, string reason)
    {
        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(KeysCommand.UsageError, exitCode);
        Assert.Empty(output);
        Assert.Contains(reason, Lines(error)[0]);
        Assert.Contains("usage: keys create --name <name> --scopes <scope>[,<scope>…]", error);
        Assert.False(File.Exists(DatabasePath), "a refused command created the database");
    }

    [Fact]
    public async Task TheBuiltAppRunsTheCommandAndExitsWithItsCode()
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Content"] = $"Data Source={DatabasePath}" };

        using (var created = AppProcess.Command(_folder, settings, "keys", "create", "--name", "container", "--scopes", "keys:admin"))
        {
            Assert.True(await created.ExitCodeAsync() == 0, created.Output);
            Assert.Contains(Lines(created.Output), line => KeyText().IsMatch(line));
            Assert.DoesNotContain("   at ", created.Output);
        }

        using var refused = AppProcess.Command(_folder, settings, "keys", "create", "--name", "container");
        Assert.Equal(KeysCommand.UsageError, await refused.ExitCodeAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> CreateAsync(string name, string scopes)
    {
        var (exitCode, output, error) = await RunAsync("create", "--name", name, "--scopes", scopes);
        Assert.True(exitCode == 0, error);
        return Assert.Single(Lines(output));
    }

    /// <summary>The command as Program runs it, with this test's database named the way an operator would name it.</summary>
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KeysCommand.RunAsync([.. args, $"--ConnectionStrings:Content=Data Source={DatabasePath}"], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("^ca_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyText();
}
