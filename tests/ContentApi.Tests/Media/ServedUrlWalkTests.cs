using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Media;

/// <summary>
/// No dead link: starting from every list and the article (with a hero image), every <c>url</c> and <c>href</c> the API
/// writes that points at the API itself is requested, and the JSON ones are walked in turn; each must answer 200.
/// </summary>
public class ServedUrlWalkTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly string[] Starts =
    [
        "/api/articles", "/api/articles/magnesium-for-restless-legs", "/api/dose-ranges?pageSize=100", "/api/foods?pageSize=100",
        "/api/interactions?pageSize=100", "/api/side-effects?pageSize=100", "/api/remedies?pageSize=100", "/api/sources?pageSize=100",
        "/api/search?q=magnesium", "/api/media",
    ];

    [Fact]
    public async Task EveryUrlAndHrefTheApiServesResolves()
    {
        using var editor = await Editor.CreateAsync(factory);
        var image = await MediaClient.UploadAsync(editor, TestImages.Jpeg(1400, 990), "A generated test gradient");
        await editor.PatchAsync("magnesium-for-restless-legs", (await editor.EditableAsync("magnesium-for-restless-legs")).ETag,
            new JsonObject { ["heroImageId"] = image.GetProperty("id").GetInt64() });

        var queue = new Queue<string>(Starts);
        var seen = new HashSet<string>(Starts, StringComparer.Ordinal);
        var images = 0;
        var dead = new List<string>();
        while (queue.TryDequeue(out var path))
        {
            // The editor's key reads the library; public reads ignore it.
            using var response = await editor.Client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                dead.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType?.StartsWith("image/", StringComparison.Ordinal) == true)
            {
                images++;
                continue;
            }

            foreach (var url in Links(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement))
            {
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri), $"{path} serves '{url}', which is not absolute");
                if (uri.Host == "localhost" && seen.Add(uri.PathAndQuery))
                {
                    queue.Enqueue(uri.PathAndQuery);
                }
            }
        }

        Assert.True(dead.Count == 0, $"dead links:\n{string.Join('\n', dead)}");
        // The hero image and its renditions, from the article, the list and the library: the walk reached them.
        Assert.True(images >= 6, $"only {images} image URLs were walked");
        Assert.True(seen.Count >= 30, $"only {seen.Count} URLs were walked");
    }

    private static IEnumerable<string> Links(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Name is "url" or "href" && member.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return member.Value.GetString()!;
                    }

                    foreach (var nested in Links(member.Value))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var nested in element.EnumerateArray().SelectMany(Links))
                {
                    yield return nested;
                }

                break;
        }
    }
}
