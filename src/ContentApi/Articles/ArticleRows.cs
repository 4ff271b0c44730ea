using ContentApi.Database;
using ContentApi.Media;

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
    public long? HeroImageId { get; set; }
    public string? HeroImageName { get; set; }
    public string? HeroImageAlt { get; set; }
    public int HeroImageWidth { get; set; }
    public int HeroImageHeight { get; set; }

    /// <summary>When a scheduled draft publishes; read by lists only.</summary>
    public string? ScheduledAt { get; set; }

    /// <summary>Where the article is read: a draft (only a preview lists one) is read as a preview too.</summary>
    public string Href => Status == "published" ? $"/api/articles/{Slug}" : $"/api/articles/{Slug}?preview=true";

    public ArticleSummaryResponse ToSummary() =>
        new(Id, Slug, Title, Summary, Category, HeroImageOf(), Status, Timestamps.ParseOptional(PublishedAt), Timestamps.ParseOptional(ScheduledAt),
            Timestamps.Parse(UpdatedAt), Version, Href);

    private HeroImage? HeroImageOf() => HeroImageId is { } id
        ? new HeroImage(MediaRenditions.Path(id, HeroImageName!), HeroImageAlt!, HeroImageWidth, HeroImageHeight,
            MediaRenditions.For(id, HeroImageName!, HeroImageWidth, HeroImageHeight))
        : null;
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
