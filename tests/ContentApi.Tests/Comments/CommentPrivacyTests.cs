using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;
using ContentApi.Validation;
using Xunit.Abstractions;

namespace ContentApi.Tests.Comments;

/// <summary>
/// E-mail addresses are never public: after comments of every status are posted with known addresses, no public read
/// the OpenAPI document lists (and the article with each <c>include</c>, and its JSON-LD) carries an address or a
/// SHA-256 or MD5 of one (hex in either case, base64, base64url) in a body or header; nor does any log line.
/// </summary>
public sealed class CommentPrivacyTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Addresses as typed: mixed case on purpose, so the normalised form and the typed one are both looked for.</summary>
    private static readonly string[] Addresses =
        ["Approved.Author@Example.org", "pending.author@example.org", "spam.bot@example.org", "rejected.author@example.org", "reply.author@example.org"];

    /// <summary>The route values of the public reads: the seeded article, its first section, item 1.</summary>
    private static readonly Dictionary<string, string> RouteValues = new(StringComparer.Ordinal)
    {
        ["slug"] = Commenter.Article, ["key"] = "forms-and-doses", ["id"] = "1", ["name"] = "hero.jpg",
    };

    /// <summary>Reads that need a query to answer with content rather than a 400.</summary>
    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["/api/dose-ranges/lookup"] = "?substance=magnesium&ageYears=40&sex=female",
        ["/api/foods/plan"] = "?nutrient=magnesium&targetMg=320",
        ["/api/interactions/check"] = "?medications=omeprazole",
        ["/api/search"] = "?q=magnesium",
        ["/api/articles/{slug}/comments"] = "?pageSize=100",
    };

    // The cache on: a cached copy must not carry what a fresh one does not.
    private readonly ContentApiFactory _host = new ContentApiFactory().WithSetting("HttpCaching:StoreRepresentations", "true");

    [Fact]
    public async Task NoPublicReadCarriesAnAddressOrAHashOfOneInItsBodyOrHeaders()
    {
        await SeedAsync();
        using var client = Keys.TestKeys.Client(_host);
        var document = await client.OkJsonAsync("/swagger/v1/swagger.json");
        var urls = PublicReads(document).ToList();
        var includes = new AllowedMembersAttribute(typeof(ArticleResponse), collectionsOnly: true).Values.Select(value => (string)value!).ToList();
        urls.AddRange(includes.Select(include => $"/api/articles/{Commenter.Article}?include={include}"));
        urls.Add($"/api/articles/{Commenter.Article}?include={string.Join(',', includes)}");
        urls.Add($"/api/articles/{Commenter.Article}?fields=commentCount");
        // Search for the comments' words (an address in q would only be echoed back in the Link header: the client's own text).
        urls.AddRange(["/api/search?q=approved", "/api/search?q=reader", "/api/search?q=comment"]);

        var secrets = Secrets().DistinctBy(secret => secret.Value).ToList();
        var requests = 0;
        var failures = new List<string>();
        foreach (var url in urls)
        {
            foreach (var accept in new[] { "application/json", "application/ld+json" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("Accept", accept);
                using var response = await client.SendAsync(request);
                requests++;
                var seen = new StringBuilder(await response.Content.ReadAsStringAsync());
                foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
                {
                    seen.Append('\n').Append(name).Append(": ").AppendJoin(", ", values);
                }

                var text = seen.ToString();
                failures.AddRange(secrets.Where(secret => text.Contains(secret.Value, StringComparison.Ordinal))
                    .Select(secret => $"GET {url} (Accept {accept}, {(int)response.StatusCode}) carries {secret.What}"));
            }
        }

        output.WriteLine($"{requests} requests to {urls.Count} URLs, {secrets.Count} forms of {Addresses.Length} addresses looked for");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        // Not vacuous: the reads did show the comments and their count.
        var page = await client.OkJsonAsync($"/api/articles/{Commenter.Article}/comments");
        Assert.Equal(["Approved comment."], page.Items().Strings("body"));
        Assert.Equal(["Approved reply."], page.Items().Single().GetProperty("replies").EnumerateArray().Strings("body"));
        Assert.Equal(2, (await client.OkJsonAsync($"/api/articles/{Commenter.Article}")).GetProperty("commentCount").GetInt32());
        Assert.True(requests >= 2 * 30, $"only {requests} requests");

        var logged = _host.Logs.Where(log => secrets.Any(secret => log.Message.Contains(secret.Value, StringComparison.Ordinal))).ToList();
        Assert.True(logged.Count == 0, string.Join('\n', logged.Select(log => log.Message)));
    }

    [Fact]
    public async Task AddressesAreKeptApartFromCommentsAndTheClientAddressOnlyAsAKeyedHash()
    {
        using var reader = Commenter.Create(_host);
        await reader.PostOkAsync(Commenter.Comment("Kept.Apart@Example.org", "Where is my address?"));

        var columns = await SqliteFile.QueryAsync<string>(_host.DatabasePath, "SELECT name FROM pragma_table_info('comments') ORDER BY cid;");
        Assert.DoesNotContain(columns, column => column.Contains("mail", StringComparison.OrdinalIgnoreCase) || column.Contains("agent", StringComparison.OrdinalIgnoreCase) || column == "ip");
        Assert.Equal(["kept.apart@example.org"], await SqliteFile.QueryAsync<string>(_host.DatabasePath,
            "SELECT e.email FROM comment_emails e JOIN comments c ON c.id = e.comment_id WHERE c.body = 'Where is my address?';"));
        var hash = (byte[])(await SqliteFile.ScalarAsync(_host.DatabasePath, "SELECT client_hash FROM comments WHERE body = 'Where is my address?';"))!;
        Assert.Equal(32, hash.Length);
        // Not a plain hash of the address: without the secret nobody can test a guess.
        // Not a plain hash of the address (tests post from 198.18.0.0/15): without the secret nobody can test a guess.
        Assert.DoesNotContain(hash, Enumerable.Range(0, 2 * 65536).Select(n => SHA256.HashData(Encoding.ASCII.GetBytes($"198.{18 + (n >> 16)}.{(n >> 8) & 255}.{n & 255}"))), new BytesComparer());
        // No revision names a comment's address (comments are not part of an article's revisions).
        Assert.Equal(0L, await SqliteFile.ScalarAsync(_host.DatabasePath, "SELECT count(*) FROM article_revisions WHERE snapshot LIKE '%kept.apart%';"));
    }

    public void Dispose() => _host.Dispose();

    /// <summary>A comment of every status, an approved reply, and a pending reply, each from its own address.</summary>
    private async Task SeedAsync()
    {
        using var moderator = await Commenter.ModeratorAsync(_host);
        async Task<long> PostAsync(string address, string body, long? parent = null)
        {
            using var reader = Commenter.Create(_host);
            var comment = Commenter.Comment(address, body);
            comment["website"] = "https://reader.example.org/";
            if (parent is { } id)
            {
                comment["parentId"] = id;
            }

            return await reader.PostOkAsync(comment);
        }

        var approved = await PostAsync(Addresses[0], "Approved comment.");
        await Commenter.ModerateAsync(moderator, approved, "approve");
        await PostAsync(Addresses[1], "Pending comment.");
        await Commenter.ModerateAsync(moderator, await PostAsync(Addresses[2], "Spam comment."), "spam");
        await Commenter.ModerateAsync(moderator, await PostAsync(Addresses[3], "Rejected comment."), "reject");
        await Commenter.ModerateAsync(moderator, await PostAsync(Addresses[4], "Approved reply.", approved), "approve");
        await PostAsync(Addresses[1], "Pending reply.", approved);
    }

    /// <summary>Every GET the document says anyone may call (no security, or an empty alternative), with its route values and query filled in.</summary>
    private static IEnumerable<string> PublicReads(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("security", out var security)
                || !(security.GetArrayLength() == 0 || security.EnumerateArray().Any(requirement => !requirement.EnumerateObject().Any())))
            {
                continue;
            }

            var url = path.Name;
            foreach (var (name, value) in RouteValues)
            {
                url = url.Replace($"{{{name}}}", value, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("{", url, StringComparison.Ordinal);
            yield return url + Queries.GetValueOrDefault(path.Name, "");
        }
    }

    // MD5 is what avatar services (Gravatar) publish of an address: the test looks for it, it protects nothing.
#pragma warning disable CA5351
    /// <summary>Each address as typed, lower- and upper-cased, and SHA-256 and MD5 of each of those as hex (both cases), base64 and base64url.</summary>
    private static IEnumerable<(string What, string Value)> Secrets()
    {
        foreach (var typed in Addresses)
        {
            foreach (var form in new[] { typed, typed.ToLowerInvariant(), typed.ToUpperInvariant(), $" {typed} " }.Distinct(StringComparer.Ordinal))
            {
                yield return ($"the address '{form.Trim()}'", form.Trim());
                foreach (var (algorithm, hash) in new[] { ("SHA-256", SHA256.HashData(Encoding.UTF8.GetBytes(form))), ("MD5", MD5.HashData(Encoding.UTF8.GetBytes(form))) })
                {
                    var hex = Convert.ToHexString(hash);
                    yield return ($"{algorithm} hex of '{form}'", hex);
                    yield return ($"{algorithm} hex of '{form}'", hex.ToLowerInvariant());
                    yield return ($"{algorithm} base64 of '{form}'", Convert.ToBase64String(hash).TrimEnd('='));
                    yield return ($"{algorithm} base64url of '{form}'", System.Buffers.Text.Base64Url.EncodeToString(hash));
                }
            }
        }
    }

#pragma warning restore CA5351

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
