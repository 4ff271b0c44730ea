using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ContentApi.Benchmarks;

/// <summary>
/// bench/write-load.sh's writers: WRITERS editors, each replacing the first block of its own article again and again with
/// If-Match (a block update with its revision, the commonest edit), for SECONDS. Each article is as large as the seed
/// article (its 13 sections, copied, after the edited one), so a write costs what a real article's would. Each writer owns an article so no write
/// is a 412: what is measured is the write path, not the race. INTERVAL_MS paces each writer (0: as fast as answers come).
/// With --bare the same requests go to the bare Kestrel baseline, which answers any request with the same bytes.
/// Prints one line: "writes N seconds S per-second R errors E p50-ms P p99-ms Q".
/// Usage: write-load BASE_URL KEY SECONDS WRITERS INTERVAL_MS [--bare]
/// </summary>
internal static class WriteLoad
{
    private const string BlockPath = "sections/body/blocks/1";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var baseUrl, var key, var secondsText, var writersText, var intervalText, .. var rest]
            || !int.TryParse(secondsText, CultureInfo.InvariantCulture, out var seconds)
            || !int.TryParse(writersText, CultureInfo.InvariantCulture, out var writers)
            || !int.TryParse(intervalText, CultureInfo.InvariantCulture, out var intervalMs))
        {
            Console.Error.WriteLine("usage: write-load BASE_URL KEY SECONDS WRITERS INTERVAL_MS [--bare]");
            return 2;
        }

        var bare = rest is ["--bare"];
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var tags = new string[writers];
        for (var writer = 0; writer < writers; writer++)
        {
            tags[writer] = bare ? "\"bare\"" : await EnsureArticleAsync(client, Slug(writer));
        }

        var latencies = new List<double>[writers];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var mine = latencies[writer] = [];
            var next = clock.Elapsed;
            for (var n = 0; clock.Elapsed < end; n++)
            {
                var started = clock.Elapsed;
                using var response = await SendAsync(client, HttpMethod.Put, $"/api/articles/{Slug(writer)}/{BlockPath}",
                    new JsonObject { ["type"] = "paragraph", ["text"] = $"Draft {n} of writer {writer}: magnesium and sleep." }, tags[writer]);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    mine.Add((clock.Elapsed - started).TotalMilliseconds);
                    tags[writer] = response.Headers.ETag?.ToString() ?? tags[writer];
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    Console.Error.WriteLine($"writer {writer}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    tags[writer] = bare ? tags[writer] : await EnsureArticleAsync(client, Slug(writer));
                }

                next += TimeSpan.FromMilliseconds(intervalMs);
                if (next > clock.Elapsed)
                {
                    await Task.Delay(next - clock.Elapsed);
                }
            }
        })));

        var all = latencies.SelectMany(list => list).Order().ToArray();
        var elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writes {all.Length} seconds {elapsed:F1} per-second {all.Length / elapsed:F1} errors {errors} p50-ms {Percentile(all, 0.50):F2} p99-ms {Percentile(all, 0.99):F2}"));
        return errors == 0 ? 0 : 1;
    }

    private static string Slug(int writer) => $"bench-writes-{writer}";

    /// <summary>The writer's article, created on first use, and its current version ETag.</summary>
    private static async Task<string> EnsureArticleAsync(HttpClient client, string slug)
    {
        using (var current = await client.GetAsync(new Uri($"/api/articles/{slug}/edit", UriKind.Relative)))
        {
            if (current.StatusCode == HttpStatusCode.OK)
            {
                return current.Headers.ETag!.ToString();
            }
        }

        var sections = new JsonArray(new JsonObject
        {
            ["key"] = "body", ["heading"] = "Body",
            ["blocks"] = new JsonArray(new JsonObject { ["type"] = "paragraph", ["text"] = "First draft." }),
        });
        foreach (var section in await SeedSectionsAsync(client))
        {
            sections.Add(section);
        }

        var article = new JsonObject
        {
            ["slug"] = slug, ["title"] = "Write benchmark", ["summary"] = "An article the write benchmark edits.",
            ["category"] = "Benchmarks", ["disclaimer"] = "Not content.", ["sections"] = sections,
        };
        using var created = await SendAsync(client, HttpMethod.Post, "/api/articles", article, ifMatch: null);
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"creating {slug}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        return created.Headers.ETag!.ToString();
    }

    private static async Task<JsonNode[]> SeedSectionsAsync(HttpClient client)
    {
        using var seed = await client.GetAsync(new Uri("/api/articles/magnesium-for-restless-legs/edit", UriKind.Relative));
        seed.EnsureSuccessStatusCode();
        var document = JsonNode.Parse(await seed.Content.ReadAsStringAsync())!;
        return [.. document["sections"]!.AsArray().Select(section => section!.DeepClone())];
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, JsonNode body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];
}
