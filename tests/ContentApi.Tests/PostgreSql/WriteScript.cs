using ContentApi.Articles;
using ContentApi.Comments;
using ContentApi.Editing;
using ContentApi.Keys;
using ContentApi.Media;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The writes the engine tests make, one method per kind of write, each as its endpoint makes it (a new aggregate, a
/// source edit, a comment, an image row, a key), so the same script can run on either engine.
/// </summary>
internal static class WriteScript
{
    public const string Slug = "engine-article";

    public static readonly WriteAuthor Author = new("key1", "editor");

    public static readonly DateTimeOffset ScheduledAt = WriteServices.Now.AddDays(1);

    public const string KeyId = "engine0001";

    public static readonly byte[] KeyHash = ClientHash(1);

    /// <summary>32 bytes, as a SHA-256 is: the schema checks the length.</summary>
    public static byte[] ClientHash(int seed) => [.. Enumerable.Range(seed, 32).Select(value => (byte)value)];

    public static EditableArticleResponse Document(string slug) => new EditableArticleResponse(
        slug, "An engine article", "What both engines store.", "Supplements", "Not medical advice.",
        WriteServices.Now.AddDays(-3), WriteServices.Now.AddDays(300), "draft", null, null, 0,
        [
            new EditableSection("intro", "Introduction", [new ParagraphBlock("Magnesium is a mineral.", "ODS")]),
            new EditableSection("dosing", "Dosing", [new ParagraphBlock("Take it at night.", null), new ListBlock("Forms:", "bulleted", ["a", "b"], null)]),
        ], null).WithCollectionsOf(null);

    public static Task<WriteOutcome> CreateAsync(WriteServices services) =>
        services.Articles.CreateAsync(Slug, Document(Slug), ifNoneMatchStar: false, Author, default);

    /// <summary>A merge patch of the metadata: the title.</summary>
    public static Task<WriteOutcome> ChangeMetadataAsync(WriteServices services) =>
        ChangeAsync(services, current => current with { Title = "A changed title" }, "Edited.");

    /// <summary>A block write: one block of one section.</summary>
    public static Task<WriteOutcome> ChangeOneBlockAsync(WriteServices services) =>
        ChangeAsync(services, current => current with
        {
            Sections = [current.Sections[0], current.Sections[1] with { Blocks = [new ParagraphBlock("Take it with food.", "ODS-C"), current.Sections[1].Blocks[1]] }],
        }, "Block changed.");

    /// <summary>A section write that adds one and moves the others (a reorder rewrites the body whole).</summary>
    public static Task<WriteOutcome> AddAndReorderSectionsAsync(WriteServices services) =>
        ChangeAsync(services, current => current with
        {
            Sections = [new EditableSection("safety", "Safety", [new ListBlock(null, "numbered", ["Kidneys", "Heart"], "ODS")]), current.Sections[1], current.Sections[0]],
        }, "Sections changed.");

    /// <summary>One new item in every collection, and the cited sources and related articles.</summary>
    public static Task<WriteOutcome> AddCollectionsAsync(WriteServices services) =>
        ChangeAsync(services, current => current with
        {
            Foods = [new EditableFood(0, "Spinach", "1/2 cup", "magnesium", 78, null, 19, "ODS")],
            DoseRanges = [new EditableDoseRange(0, "magnesium", "supplement", "oral", "UL", "any", "general", 108, null, "9+ years", null, 350, "mg", "day", "supplements-only", "From supplements.", "ODS")],
            Interactions = [new EditableInteraction(0, "medication", "Bisphosphonates", "magnesium", "bone", ["Alendronate"], [new EditableAlias("Fosamax", "brand")],
                "Less absorbed.", "Two hours apart.", 2, null, null, "moderate", false, "ODS")],
            SideEffects = [new EditableSideEffect(0, "Diarrhoea", "common", "Loose stools.", "ODS")],
            Remedies = [new EditableRemedy(0, "alternative", "Sleep hygiene", "Regular hours.", "low", null, null, ["Melatonin"], "ODS")],
            Sources = ["ODS"],
        }, "Collections added.");

    /// <summary>Changes items in place (ids kept), removes one, and rewrites the cited sources and related articles.</summary>
    public static Task<WriteOutcome> ChangeCollectionsAsync(WriteServices services) =>
        ChangeAsync(services, current => current with
        {
            Foods = [current.Foods[0] with { AmountMg = 301 }, new EditableFood(0, "Almonds", "1 oz", "magnesium", 80, 82, 19, "ODS-C")],
            Interactions = [current.Interactions[0] with { DoseCaution = true, Examples = ["Zoledronic acid"], Aliases = [new EditableAlias("Reclast", "brand")] }],
            SideEffects = [],
            Remedies = [current.Remedies[0] with { Examples = ["Melatonin", "Valerian"] }],
            Sources = ["ODS", "ODS-C"],
            Related = [new EditableRelated("magnesium-for-restless-legs", "Restless legs", null)],
        }, "Collections changed.");

    public static Task<WriteOutcome> ScheduleAsync(WriteServices services) =>
        ChangeAsync(services, current => current with { ScheduledAt = ScheduledAt }, "Scheduled.");

    public static Task<WriteOutcome> PublishAsync(WriteServices services) =>
        ChangeAsync(services, current => current with { Status = "published", PublishedAt = current.ScheduledAt, ScheduledAt = null }, "Published as scheduled.");

    public static Task<WriteOutcome> DeleteAsync(WriteServices services) =>
        services.Articles.ChangeAsync(Slug, "*", _ => new ArticleChange.Delete(), Author, default);

    public static async Task<(SourceOutcome.Written Created, SourceOutcome.Written Changed, SourceOutcome Cited, SourceOutcome Deleted)> SourceWritesAsync(WriteServices services)
    {
        var sources = services.Sources;
        var created = Assert.IsType<SourceOutcome.Written>(await sources.CreateAsync(
            new SourceRequest("ENGINE", "An engine source", "A publisher", "https://example.org/engine", null), default));
        var changed = Assert.IsType<SourceOutcome.Written>(await sources.ChangeAsync(created.Source.Source.Id, created.Source.ETag,
            current => new SourceEdit(current with { Publisher = "A new publisher" }), default));
        var cited = await sources.ChangeAsync(2, "*", _ => new SourceEdit(null), default);
        var deleted = await sources.ChangeAsync(created.Source.Source.Id, "*", _ => new SourceEdit(null), default);
        return (created, changed, cited, deleted);
    }

    public static NewComment Comment(string body, string token) => new(
        "magnesium-for-restless-legs", "Ann", "ann@example.org", "https://ann.example.org", body, null, CommentStatus.Pending, null, CommentStatus.Pending,
        ClientHash(1), token);

    public static async Task<(PostOutcome.Posted Posted, PostOutcome.Posted Reply, ModerationOutcome Approved, ErasureResponse Erased)> CommentWritesAsync(WriteServices services)
    {
        var comments = services.Comments;
        var posted = Assert.IsType<PostOutcome.Posted>(await comments.PostAsync(Comment("A first comment.", "token-1"), new CommentOptions(), default));
        var approved = await comments.SetStatusAsync(posted.Comment.Id, CommentStatus.Approved, default);
        var reply = Assert.IsType<PostOutcome.Posted>(await comments.PostAsync(
            Comment("A reply.", "token-2") with { Email = "bob@example.org", ParentId = posted.Comment.Id, ClientHash = ClientHash(4) }, new CommentOptions(), default));
        await comments.SetStatusAsync(reply.Comment.Id, CommentStatus.Approved, default);
        var third = Assert.IsType<PostOutcome.Posted>(await comments.PostAsync(Comment("Spam.", "token-3") with { Email = "eve@example.org", ClientHash = ClientHash(7) }, new CommentOptions(), default));
        // Posted before the deletes: SQLite gives a new row the highest id deleted (no AUTOINCREMENT), PostgreSQL never does.
        await comments.PostAsync(Comment("Kept.", "token-4") with { Email = "kim@example.org", ClientHash = ClientHash(8) }, new CommentOptions(), default);
        await comments.DeleteAsync(third.Comment.Id, default);
        var erased = (await comments.EraseAsync("ann@example.org", default)).Erased!;
        return (posted, reply, approved, erased);
    }

    public static Task<(MediaRow? Row, EditProblem? Busy)> InsertImageAsync(WriteServices services, Func<Task>? storeFile = null) =>
        services.Media.InsertAsync("engine-image", new string('a', 64), new PreparedImage([1, 2, 3], ImageFormat.Png, 640, 480), "A test image.", "editor",
            storeFile ?? (() => Task.CompletedTask), default);

    public static async Task<(bool Taken, StoredApiKey? Found, Revocation? Revoked, Revocation? Again)> KeyWritesAsync(WriteServices services)
    {
        var keys = services.Keys;
        await keys.TryCreateAsync(new NewApiKey(KeyId, "Engine key", ["content:write", "content:preview"], KeyHash, WriteServices.Now), default);
        var taken = await keys.TryCreateAsync(new NewApiKey(KeyId, "Another", ["content:write"], ClientHash(0), WriteServices.Now), default);
        await keys.MarkUsedAsync(KeyId, WriteServices.Now.AddMinutes(1), default);
        var found = await keys.FindAsync(KeyId, default);
        var revoked = await keys.RevokeAsync(KeyId, WriteServices.Now.AddMinutes(2), default);
        var again = await keys.RevokeAsync(KeyId, WriteServices.Now.AddMinutes(3), default);
        return (taken, found, revoked, again);
    }

    private static Task<WriteOutcome> ChangeAsync(WriteServices services, Func<EditableArticleResponse, EditableArticleResponse> next, string summary) =>
        services.Articles.ChangeAsync(Slug, "*", current => new ArticleChange.Replace(next(current), summary), Author, default);
}
