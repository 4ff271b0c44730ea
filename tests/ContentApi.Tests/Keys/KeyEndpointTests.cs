using System.Net;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Keys;

/// <summary>Keys over HTTP: keys:admin lists and revokes them, and any key can ask which key it is.</summary>
[Collection(SharedApi.Name)]
public class KeyEndpointTests(ContentApiFactory factory)
{
    [Fact]
    public async Task TheListShowsEveryKeyWithItsScopesButNeverAKeyOrItsHash()
    {
        var admin = await TestKeys.IssueAsync(factory, "list admin", ApiScopes.KeysAdmin);
        var editor = await TestKeys.IssueAsync(factory, "list editor", ApiScopes.ContentWrite, ApiScopes.ContentPreview);
        using var client = TestKeys.Client(factory, admin);

        using var response = await client.GetAsync("/api/keys");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("private, no-store", TestKeys.CacheControl(response));
        var keys = await response.Content.ReadAsync<List<ApiKeyResponse>>();
        var listed = Assert.Single(keys, key => key.Id == TestKeys.IdOf(editor));
        Assert.Equal("list editor", listed.Name);
        Assert.Equal([ApiScopes.ContentWrite, ApiScopes.ContentPreview], listed.Scopes);
        Assert.Null(listed.RevokedAt);
        Assert.Equal(keys.OrderBy(key => key.CreatedAt).ThenBy(key => key.Id, StringComparer.Ordinal).Select(key => key.Id), keys.Select(key => key.Id));
        foreach (var key in new[] { admin, editor })
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
            Assert.DoesNotContain(key[(ApiKeyText.Prefix.Length + ApiKeyText.IdLength + 1)..], body, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToBase64String(hash), body, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToHexString(hash), body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnyKeyCanAskWhichKeyItIs()
    {
        var key = await TestKeys.IssueAsync(factory, "editor: Ada", ApiScopes.ContentPreview);
        using var client = TestKeys.Client(factory, key);

        var current = await client.OkAsync<CurrentKeyResponse>("/api/keys/current");

        Assert.Equal(TestKeys.IdOf(key), current.Id);
        Assert.Equal("editor: Ada", current.Name);
        Assert.Equal([ApiScopes.ContentPreview], current.Scopes);
    }

    [Fact]
    public async Task RevokingAKeyRefusesItsNextRequestAndKeepsItListed()
    {
        var admin = await TestKeys.IssueAsync(factory, "revoke admin", ApiScopes.KeysAdmin);
        var doomed = await TestKeys.IssueAsync(factory, "doomed", ApiScopes.ContentPreview);
        using var client = TestKeys.Client(factory, admin);
        using var doomedClient = TestKeys.Client(factory, doomed);
        Assert.Equal(HttpStatusCode.OK, (await doomedClient.GetAsync("/api/keys/current")).StatusCode);

        using var revoked = await client.DeleteAsync($"/api/keys/{TestKeys.IdOf(doomed)}");
        using var again = await client.DeleteAsync($"/api/keys/{TestKeys.IdOf(doomed)}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Empty(await revoked.Content.ReadAsByteArrayAsync());
        Assert.Equal("private, no-store", TestKeys.CacheControl(revoked));
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        using var refused = await doomedClient.GetAsync("/api/keys/current");
        var problem = await refused.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith($"The API key '{TestKeys.IdOf(doomed)}' was revoked at ", problem.GetProperty("detail").GetString());
        using var list = await client.GetAsync("/api/keys");
        var listed = Assert.Single(await list.Content.ReadAsync<List<ApiKeyResponse>>(), key => key.Id == TestKeys.IdOf(doomed));
        Assert.NotNull(listed.RevokedAt);
    }

    [Fact]
    public async Task RevokingAnUnknownIdIsANotFoundProblem()
    {
        var admin = await TestKeys.IssueAsync(factory, "unknown admin", ApiScopes.KeysAdmin);
        using var client = TestKeys.Client(factory, admin);

        using var response = await client.DeleteAsync("/api/keys/zzzzzzzzzz");

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("No key has the identifier 'zzzzzzzzzz'.", problem.GetProperty("detail").GetString());
        Assert.Equal("DELETE /api/keys/zzzzzzzzzz", problem.GetProperty("instance").GetString());
    }
}
