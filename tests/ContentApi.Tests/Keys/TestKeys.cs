using System.Net;
using System.Net.Http.Headers;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Keys;

/// <summary>
/// Keys for a test, made as the <c>keys create</c> command makes them (the app's own <see cref="ApiKeyIssuer"/>), and
/// clients that each come from a client address of their own: refused keys are limited per address, and one test's
/// refusals must not block another's requests.
/// </summary>
internal static class TestKeys
{
    /// <summary>Well-formed, but no key has this id.</summary>
    public const string Unknown = "ca_aaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    public const string Malformed = "not-a-key";

    private static int _addresses;

    public static async Task<string> IssueAsync(ContentApiFactory factory, string name, params string[] scopes) =>
        (await factory.Services.GetRequiredService<ApiKeyIssuer>().IssueAsync(name, scopes)).Key;

    public static async Task<string> IssueRevokedAsync(ContentApiFactory factory, string name, params string[] scopes)
    {
        var key = await IssueAsync(factory, name, scopes);
        Assert.True(ApiKeyText.TryReadId(key, out var id));
        await factory.Services.GetRequiredService<IApiKeyRepository>().RevokeAsync(id, DateTimeOffset.UtcNow, CancellationToken.None);
        return key;
    }

    public static string IdOf(string key) => ApiKeyText.TryReadId(key, out var id) ? id : throw new ArgumentException($"'{key}' is no key");

    /// <summary>A client whose requests come from an address no other client has (198.18.0.0/15, for tests), sending <paramref name="key"/> if given.</summary>
    public static HttpClient Client(ContentApiFactory factory, string? key = null) => Client(factory, NextAddress(), key);

    public static HttpClient Client(ContentApiFactory factory, IPAddress address, string? key = null)
    {
        var handler = factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address);
        var client = new HttpClient(handler) { BaseAddress = factory.Server.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>The Cache-Control field as sent (the typed header reorders its directives).</summary>
    public static string CacheControl(HttpResponseMessage response) => response.Headers.NonValidated["Cache-Control"].ToString();

    public static IPAddress NextAddress()
    {
        var next = Interlocked.Increment(ref _addresses);
        return new IPAddress([198, (byte)(18 + ((next >> 16) & 1)), (byte)(next >> 8), (byte)next]);
    }
}
