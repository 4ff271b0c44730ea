using ContentApi.Database;

namespace ContentApi.Articles;

internal sealed class ArticleRow
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Category { get; set; } = "";
    public string Status { get; set; } = "";
    public string? PublishedAt { get; set; }
    public string UpdatedAt { get; set; } = "";
    public string? LastReviewedAt { get; set; }
    public string? NextReviewAt { get; set; }
    public string Disclaimer { get; set; } = "";
    public int Version { get; set; }

    /// <summary>When a scheduled draft publishes; read by lists only.</summary>
    public string? ScheduledAt { get; set; }

    /// <summary>Where the article is read: a draft (only a preview lists one) is read as a preview too.</summary>
    public string Href => Status == "published" ? $"/api/articles/{Slug}" : $"/api/articles/{Slug}?preview=true";

    public ArticleSummaryResponse ToSummary() =>
        new(Id, Slug, Title, Summary, Category, HeroImage: null, Status, Timestamps.ParseOptional(PublishedAt), Timestamps.ParseOptional(ScheduledAt),
            Timestamps.Parse(UpdatedAt), Version, Href);
}

internal sealed class SectionRow
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public int Position { get; set; }
    public string Heading { get; set; } = "";
}

internal sealed class BlockRow
{
    public int Id { get; set; }
    public int SectionId { get; set; }
    public string Kind { get; set; } = "";
    public string? Text { get; set; }
    public string? ListStyle { get; set; }
    public string? SourceKey { get; set; }
}

internal sealed class BlockItemRow
{
    public int BlockId { get; set; }
    public string Text { get; set; } = "";
}
