using System.Globalization;

namespace ContentApi.Articles;

/// <summary>Maps an article (its sections and sources) and the conditions it is about to schema.org JSON-LD.</summary>
internal static class ArticleLinkedData
{
    /// <summary>The language every article is written in today; a column once articles come in others.</summary>
    private const string Language = "en";

    private static readonly LinkedDataAudience Patients = new("Patient");

    /// <param name="article">The article with its sections and sources.</param>
    /// <param name="articleId">Its id, which names its content scope.</param>
    /// <param name="conditions">What it is about.</param>
    /// <param name="pageUrl">The website's page for an article (<c>{slug}</c> in it), or null to name the API's addresses.</param>
    public static MedicalWebPage Build(ArticleResponse article, long articleId, IReadOnlyList<ConditionRow> conditions, string? pageUrl)
    {
        var address = pageUrl?.Replace("{slug}", Uri.EscapeDataString(article.Slug), StringComparison.Ordinal) ?? $"/api/articles/{article.Slug}";
        var sectionSeparator = pageUrl is null ? "/sections/" : "#";
        return new MedicalWebPage(
            "https://schema.org", "MedicalWebPage", address, address, article.Title, article.Summary, Language,
            [.. conditions.Select(condition => new LinkedDataCondition("MedicalCondition", condition.Name, condition.AlternateName))],
            article.PublishedAt,
            article.UpdatedAt,
            article.LastReviewedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Patients, Patients,
            [.. (article.Sections ?? []).Select(section =>
                new LinkedDataPart("WebPageElement", section.Heading, section.Position, $"{address}{sectionSeparator}{section.Key}"))],
            [.. (article.Sources ?? []).Select(source =>
                new LinkedDataCitation("CreativeWork", source.Title, new LinkedDataOrganization("Organization", source.Publisher), source.Url))])
        {
            ArticleId = articleId,
        };
    }
}

/// <summary>A condition an article is about (<c>article_conditions</c>).</summary>
public sealed class ConditionRow
{
    public string Name { get; set; } = "";

    public string? AlternateName { get; set; }
}
