using System.Net;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Keys;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> as a client meets it: what a missing, malformed, unknown, revoked or
/// under-scoped key is told (a problem and an RFC 6750 challenge), and that public reads do not need one.
/// </summary>
[Collection(SharedApi.Name)]
public class ApiKeyAuthenticationTests(ContentApiFactory factory)
{
    private const string Current = "/api/keys/current";

    public static TheoryData<string?, string, string> Refusals => new()
    {
        { null, ApiKeyProblems.MissingDetail, "Bearer" },
        { "Basic dXNlcjpwYXNz", ApiKeyProblems.MissingDetail, "Bearer" },
        { "Bearer", ApiKeyProblems.MalformedDetail, "Bearer error=\"invalid_token\"" },
        { $"Bearer {TestKeys.Malformed}", ApiKeyProblems.MalformedDetail, "Bearer error=\"invalid_token\"" },
        { $"Bearer {TestKeys.Unknown}", ApiKeyProblems.UnknownDetail, "Bearer error=\"invalid_token\"" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARequestWithoutAUsableKeyIsAnUnauthorizedProblemThatSaysWhy(string? authorization, string detail, string challenge)
    {
        using var client = TestKeys.Client(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, Current);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(ApiKeyProblems.UnauthorizedTitle, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal($"GET {Current}", problem.GetProperty("instance").GetString());
        Assert.Equal(challenge, response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task AKeyWithTheRightIdButAnotherSecretIsUnknown()
    {
        var key = await TestKeys.IssueAsync(factory, "secret check", ApiScopes.ContentPreview);
        // One character of the secret changed, well inside it (the last one carries unused bits).
        var at = key.Length - 10;
        var forged = string.Concat(key.AsSpan(0, at), key[at] == 'A' ? "B" : "A", key.AsSpan(at + 1));
        using var client = TestKeys.Client(factory, forged);

        using var response = await client.GetAsync(Current);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(ApiKeyProblems.UnknownDetail, problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task ARevokedKeyIsAnUnauthorizedProblemSayingWhenItWasRevoked()
    {
        var key = await TestKeys.IssueRevokedAsync(factory, "revoked", ApiScopes.ContentPreview);
        using var client = TestKeys.Client(factory, key);

        using var response = await client.GetAsync(Current);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Matches($"^The API key '{TestKeys.IdOf(key)}' was revoked at \\d{{4}}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ; ask for a new one\\.$", problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task AKeyWithoutTheScopeIsAForbiddenProblemNamingTheScope()
    {
        var key = await TestKeys.IssueAsync(factory, "writer", ApiScopes.ContentWrite, ApiScopes.ContentPreview);
        using var client = TestKeys.Client(factory, key);

        using var response = await client.GetAsync("/api/keys");

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(ApiKeyProblems.ForbiddenTitle, problem.GetProperty("title").GetString());
        Assert.Equal($"This operation requires the scope 'keys:admin', which the API key '{TestKeys.IdOf(key)}' does not hold.", problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer error=\"insufficient_scope\", scope=\"keys:admin\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task TheSchemeNameIsReadWhateverItsCase()
    {
        var key = await TestKeys.IssueAsync(factory, "case", ApiScopes.ContentPreview);
        using var client = TestKeys.Client(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, Current);
        request.Headers.TryAddWithoutValidation("Authorization", $"bearer {key}");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublicReadsNeedNoKeyAndStayPublic()
    {
        using var client = TestKeys.Client(factory);

        using var response = await client.GetAsync("/api/foods/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.False(response.Headers.Contains("WWW-Authenticate"));
    }

    [Fact]
    public async Task APublicReadWithARefusedKeyIsAnsweredAsAnonymous()
    {
        using var client = TestKeys.Client(factory, TestKeys.Unknown);

        using var response = await client.GetAsync("/api/foods/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
    }

    [Fact]
    public async Task EveryAnswerToAnAuthenticatedRequestIsPrivateAndNotStored()
    {
        var key = await TestKeys.IssueAsync(factory, "private", ApiScopes.ContentPreview);
        using var client = TestKeys.Client(factory, key);

        using var read = await client.GetAsync("/api/foods/1");
        using var current = await client.GetAsync(Current);
        using var forbidden = await client.GetAsync("/api/keys");

        foreach (var response in new[] { read, current, forbidden })
        {
            Assert.Equal("private, no-store", TestKeys.CacheControl(response));
        }

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task ARequestWithAKeyRecordsWhenItWasLastUsed()
    {
        var key = await TestKeys.IssueAsync(factory, "last used", ApiScopes.ContentPreview);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var client = TestKeys.Client(factory, key);

        using var response = await client.GetAsync(Current);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await factory.Services.GetRequiredService<IApiKeyRepository>().FindAsync(TestKeys.IdOf(key), CancellationToken.None);
        Assert.InRange(stored!.Key.LastUsedAt!.Value, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task NoKeyOrSecretEverReachesTheLog()
    {
        var key = await TestKeys.IssueAsync(factory, "logged", ApiScopes.KeysAdmin);
        var secret = key[(ApiKeyText.Prefix.Length + ApiKeyText.IdLength + 1)..];
        using (var client = TestKeys.Client(factory, key))
        {
            (await client.GetAsync("/api/keys")).Dispose();
        }

        using (var refused = TestKeys.Client(factory, key.Replace('_', '-')))
        {
            (await refused.GetAsync("/api/keys")).Dispose();
        }

        Assert.DoesNotContain(factory.Logs, entry => entry.Message.Contains(secret[..20], StringComparison.Ordinal) || entry.Message.Contains(secret[^20..], StringComparison.Ordinal));
        Assert.Contains(factory.Logs, entry => entry.Message.Contains("GET /api/keys answered 200", StringComparison.Ordinal));
    }
}
