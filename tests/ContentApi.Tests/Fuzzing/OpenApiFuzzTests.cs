using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ContentApi.Tests.Fuzzing;

/// <summary>
/// Reads the served OpenAPI document and sends every GET operation hostile values for each of its parameters
/// (seeded, so a failure replays): wrong types, repeats, comma and exponent numbers, overflow, empty, 10 KB strings,
/// control characters, invalid UTF-8 escapes, decomposed unicode, FTS and SQL syntax, with several Accept headers.
/// No answer may be a 5xx; every 4xx is a problem naming the parameter at fault; the database stays intact.
/// </summary>
public sealed class OpenApiFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261125;
    private const int RequestsPerParameter = 80;

    /// <summary>A valid request per operation, so that a 400 can only come from the value under test.</summary>
    private static readonly Dictionary<string, string> ValidQueries = new()
    {
        ["/api/articles"] = "",
        ["/api/articles/{slug}"] = "",
        ["/api/articles/{slug}.jsonld"] = "",
        ["/api/articles/{slug}/sections"] = "",
        ["/api/articles/{slug}/sections/{key}"] = "",
        ["/api/articles/{slug}/edit"] = "",
        ["/api/articles/{slug}/revisions"] = "",
        ["/api/articles/{slug}/revisions/{number}"] = "",
        ["/api/articles/{slug}/revisions/{number}/diff"] = "from=1",
        ["/api/articles/{slug}/comments"] = "",
        ["/api/articles/{slug}/comments/form-token"] = "",
        ["/api/comments"] = "status=pending",
        ["/api/dose-ranges"] = "",
        ["/api/dose-ranges/{id}"] = "",
        ["/api/dose-ranges/lookup"] = "substance=magnesium&ageYears=40&sex=female",
        ["/api/foods"] = "",
        ["/api/foods/{id}"] = "",
        ["/api/foods/plan"] = "nutrient=magnesium&targetMg=320",
        ["/api/interactions"] = "",
        ["/api/interactions/{id}"] = "",
        ["/api/interactions/check"] = "medications=Cipro",
        ["/api/remedies"] = "",
        ["/api/remedies/{id}"] = "",
        ["/api/search"] = "q=sleep",
        ["/api/side-effects"] = "",
        ["/api/side-effects/{id}"] = "",
        ["/api/sources"] = "",
        ["/api/sources/{id}"] = "",
        ["/api/sources/{id}/edit"] = "",
        ["/api/media"] = "",
        ["/api/media/{id}"] = "",
        // No image in this host: a valid path is a 404, and a bad 'w' a 400 naming it before the image is looked up.
        ["/media/{id}/{name}"] = "",
        ["/health/live"] = "",
        ["/health/ready"] = "",
        // No parameters: nothing to make hostile (their refusals are the authorization matrix's, Keys/).
        ["/api/keys"] = "",
        ["/api/keys/current"] = "",
    };

    private static readonly Dictionary<string, string> ValidPathValues = new()
    {
        ["slug"] = "magnesium-for-restless-legs",
        ["key"] = "side-effects",
        ["id"] = "1",
        ["number"] = "1",
        ["name"] = "image",
    };

    /// <summary>Hostile values, already percent-encoded where the raw bytes matter.</summary>
    private static readonly string[] HostileValues =
    [
        "", "%20", "abc", "1,5", "1%2C000", "1e3", "1E-3", "-0", "%2B1", "-1", "0x1F", "1.5.1", ".", "NaN", "Infinity", "-Infinity",
        "2147483648", "-2147483649", "99999999999999999999", new string('9', 400), "0.0000000000000000000000001",
        "%00", "1%00", "%00magnesium", "%01", "%1F", "%7F", "a%0Ab", "a%09b", "%0D%0A", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80",
        "%E2%80%AE", "e%CC%81", "magne%CC%81sium", "%EF%BC%91", "%D9%A1", "%F0%9F%98%80", "%", "%zz", "%25", "+", "++",
        "%22", "%22%22", "*", "NEAR(a%20b)", "a%20OR%20b", "a%20AND%20NOT%20b", "title%3Asleep", "(", ")", "%5B", "%7B%7D", "%5E",
        "'", "'%3B%20DROP%20TABLE%20foods%3B%20--", "1%20OR%201%3D1", "%2F..%2F..%2Fetc%2Fpasswd", "..", "%3Cscript%3E",
        "a,b,c", ",,,", "title,%20", new string('a', 10_240), string.Concat(Enumerable.Repeat("x,", 2_000)),
    ];

    private static readonly string?[] AcceptHeaders =
        [null, "application/json", "*/*", "application/ld+json", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml", "image/png", "text/plain"];

    private readonly ContentApiFactory _factory = new();

    [Fact]
    public async Task HostileValuesForEveryParameterNeverCauseA5xxAndEvery4xxNamesTheParameter()
    {
        var client = _factory.CreateClient();
        var document = await client.OkJsonAsync("/swagger/v1/swagger.json");
        var operations = Operations(document).ToList();
        Assert.Equal(ValidQueries.Keys.Order(), operations.Select(operation => operation.Path).Distinct().Order());

        var random = new Random(Seed);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var (path, parameters) in operations)
        {
            foreach (var parameter in parameters)
            {
                for (var round = 0; round < RequestsPerParameter; round++)
                {
                    var (url, atFault) = HostileRequest(path, parameters, parameter, random);
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    var accept = AcceptHeaders[random.Next(AcceptHeaders.Length)];
                    if (accept is not null)
                    {
                        request.Headers.TryAddWithoutValidation("Accept", accept);
                    }

                    using var response = await client.SendAsync(request);
                    sent++;
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (await Fault(response, atFault) is { } fault)
                    {
                        failures.Add($"{url} (Accept {accept ?? "none"}): {fault}");
                    }
                }
            }
        }

        output.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.Select(pair => $"{pair.Key}×{pair.Value}"))}");
        Assert.True(sent >= 5_000, $"only {sent} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers, e.g.:\n{string.Join('\n', failures.Take(20))}");
        Assert.Equal("ok", await SqliteFile.ScalarAsync(_factory.DatabasePath, "PRAGMA integrity_check;"));
    }

    public void Dispose() => _factory.Dispose();

    private static IEnumerable<(string Path, IReadOnlyList<(string Name, string In)> Parameters)> Operations(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            var parameters = get.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(parameter => (parameter.GetProperty("name").GetString()!, parameter.GetProperty("in").GetString()!)).ToList()
                : [];
            yield return (path.Name, parameters);
        }
    }

    /// <summary>A valid request with one parameter made hostile: a bad value, a repeat, or a bad value beside a junk parameter.</summary>
    private static (string Url, string AtFault) HostileRequest(
        string path, IReadOnlyList<(string Name, string In)> parameters, (string Name, string In) target, Random random)
    {
        var hostile = HostileValues[random.Next(HostileValues.Length)];
        // A NUL in the path never reaches the app: Kestrel refuses it with its own 400, and the in-memory server throws.
        while (target.In == "path" && hostile.Contains("%00", StringComparison.Ordinal))
        {
            hostile = HostileValues[random.Next(HostileValues.Length)];
        }

        var url = path;
        foreach (var (name, _) in parameters.Where(parameter => parameter.In == "path"))
        {
            url = url.Replace($"{{{name}}}", name == target.Name ? hostile : ValidPathValues[name], StringComparison.Ordinal);
        }

        var query = ValidQueries[path].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => target.In != "query" || !pair.StartsWith(target.Name + "=", StringComparison.Ordinal))
            .ToList();
        if (target.In == "query")
        {
            query.Add($"{target.Name}={hostile}");
            switch (random.Next(4))
            {
                case 0:
                    query.Add($"{target.Name}={HostileValues[random.Next(HostileValues.Length)]}");
                    break;
                case 1:
                    query.Add($"junk{random.Next(1000)}={hostile}");
                    break;
            }
        }

        return (query.Count == 0 ? url : $"{url}?{string.Join('&', query)}", target.Name);
    }

    private static async Task<string?> Fault(HttpResponseMessage response, string atFault)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status}: {await response.Content.ReadAsStringAsync()}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} as {response.Content.Headers.ContentType}";
        }

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (problem.GetProperty("status").GetInt32() != status || string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()))
        {
            return $"{status} with an incomplete problem: {problem.GetRawText()}";
        }

        // A 400 blames a query parameter by name: the one under test, since the rest of the request is valid.
        if (status == 400 && !(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(atFault, out _)))
        {
            return $"400 does not name '{atFault}': {problem.GetRawText()}";
        }

        return null;
    }
}
