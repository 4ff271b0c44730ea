using System.Text.Json.Nodes;
using ContentApi.Keys;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Keys;

namespace ContentApi.Tests.Preview;

/// <summary>
/// One app with the representation cache on (a preview must never land in it), a draft and a scheduled draft made
/// through the write API, and keys: one with content:preview, one with content:write only.
/// </summary>
public sealed class PreviewFixture : IAsyncLifetime
{
    public const string Draft = "zinc-for-colds-draft";

    public const string DraftTitle = "Zinc for Colds (draft)";

    public const string DraftSection = "what-zinc-does";

    public const string Scheduled = "zinc-for-colds-scheduled";

    public ContentApiFactory Factory { get; } = new ContentApiFactory().WithSetting("HttpCaching:StoreRepresentations", "true");

    public string PreviewKey { get; private set; } = "";

    public string WriteOnlyKey { get; private set; } = "";

    /// <summary>When the scheduled draft is to be published: far enough ahead that no test run reaches it.</summary>
    public DateTimeOffset ScheduledAt { get; } = new(2099, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        using var editor = await Editor.CreateAsync(Factory);
        await editor.CreateArticleAsync(Editor.NewArticle(Draft, DraftTitle));
        var etag = await editor.CreateArticleAsync(Editor.NewArticle(Scheduled, "Zinc for Colds (scheduled)"));
        using (var scheduled = await editor.SendAsync(HttpMethod.Post, $"/api/articles/{Scheduled}/publish",
                   new JsonObject { ["publishedAt"] = ScheduledAt.ToString("O") }.ToJsonString(), ifMatch: etag))
        {
            Assert.True(scheduled.IsSuccessStatusCode, await scheduled.Content.ReadAsStringAsync());
        }

        PreviewKey = await TestKeys.IssueAsync(Factory, "previewer", ApiScopes.ContentPreview);
        WriteOnlyKey = await TestKeys.IssueAsync(Factory, "writer", ApiScopes.ContentWrite);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
