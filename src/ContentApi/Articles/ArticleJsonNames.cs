using System.Text.Json;

namespace ContentApi.Articles;

/// <summary>
/// The member names <see cref="ArticleJsonWriter"/> writes, encoded once: the writer then copies them as they are instead of
/// checking each for characters to escape on every row (about 2,300 names per article).
/// </summary>
internal static class ArticleJsonNames
{
    public static readonly JsonEncodedText AgeBand = JsonEncodedText.Encode("ageBand");

    public static readonly JsonEncodedText Amount = JsonEncodedText.Encode("amount");

    public static readonly JsonEncodedText AmountMaxMg = JsonEncodedText.Encode("amountMaxMg");

    public static readonly JsonEncodedText AmountMg = JsonEncodedText.Encode("amountMg");

    public static readonly JsonEncodedText AppliesTo = JsonEncodedText.Encode("appliesTo");

    public static readonly JsonEncodedText AugmentationNote = JsonEncodedText.Encode("augmentationNote");

    public static readonly JsonEncodedText Blocks = JsonEncodedText.Encode("blocks");

    public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");

    public static readonly JsonEncodedText Citation = JsonEncodedText.Encode("citation");

    public static readonly JsonEncodedText DependenceNote = JsonEncodedText.Encode("dependenceNote");

    public static readonly JsonEncodedText CommentCount = JsonEncodedText.Encode("commentCount");

    public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");

    public static readonly JsonEncodedText Disclaimer = JsonEncodedText.Encode("disclaimer");

    public static readonly JsonEncodedText DrugClass = JsonEncodedText.Encode("drugClass");

    public static readonly JsonEncodedText EvidenceLevel = JsonEncodedText.Encode("evidenceLevel");

    public static readonly JsonEncodedText Examples = JsonEncodedText.Encode("examples");

    public static readonly JsonEncodedText Form = JsonEncodedText.Encode("form");

    public static readonly JsonEncodedText Guidance = JsonEncodedText.Encode("guidance");

    public static readonly JsonEncodedText Heading = JsonEncodedText.Encode("heading");

    public static readonly JsonEncodedText HeroImage = JsonEncodedText.Encode("heroImage");
    public static readonly JsonEncodedText Alt = JsonEncodedText.Encode("alt");
    public static readonly JsonEncodedText Width = JsonEncodedText.Encode("width");
    public static readonly JsonEncodedText Height = JsonEncodedText.Encode("height");
    public static readonly JsonEncodedText Renditions = JsonEncodedText.Encode("renditions");

    public static readonly JsonEncodedText Href = JsonEncodedText.Encode("href");

    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");

    public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");

    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

    public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");

    public static readonly JsonEncodedText LastReviewedAt = JsonEncodedText.Encode("lastReviewedAt");

    public static readonly JsonEncodedText LifeStage = JsonEncodedText.Encode("lifeStage");

    public static readonly JsonEncodedText Max = JsonEncodedText.Encode("max");

    public static readonly JsonEncodedText MaxMonths = JsonEncodedText.Encode("maxMonths");

    public static readonly JsonEncodedText Mechanism = JsonEncodedText.Encode("mechanism");

    public static readonly JsonEncodedText MedicineHoursAfterMagnesium = JsonEncodedText.Encode("medicineHoursAfterMagnesium");

    public static readonly JsonEncodedText MedicineHoursAfterMagnesiumUpTo = JsonEncodedText.Encode("medicineHoursAfterMagnesiumUpTo");

    public static readonly JsonEncodedText MedicineHoursBeforeMagnesium = JsonEncodedText.Encode("medicineHoursBeforeMagnesium");

    public static readonly JsonEncodedText Min = JsonEncodedText.Encode("min");

    public static readonly JsonEncodedText MinMonths = JsonEncodedText.Encode("minMonths");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText NextReviewAt = JsonEncodedText.Encode("nextReviewAt");

    public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");

    public static readonly JsonEncodedText Nutrient = JsonEncodedText.Encode("nutrient");

    public static readonly JsonEncodedText Per = JsonEncodedText.Encode("per");

    public static readonly JsonEncodedText PercentDailyValue = JsonEncodedText.Encode("percentDailyValue");

    public static readonly JsonEncodedText Position = JsonEncodedText.Encode("position");

    public static readonly JsonEncodedText PublishedAt = JsonEncodedText.Encode("publishedAt");

    public static readonly JsonEncodedText Publisher = JsonEncodedText.Encode("publisher");

    public static readonly JsonEncodedText Route = JsonEncodedText.Encode("route");

    public static readonly JsonEncodedText SectionKey = JsonEncodedText.Encode("sectionKey");

    public static readonly JsonEncodedText Serving = JsonEncodedText.Encode("serving");

    public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");

    public static readonly JsonEncodedText Sex = JsonEncodedText.Encode("sex");

    public static readonly JsonEncodedText Slug = JsonEncodedText.Encode("slug");

    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

    public static readonly JsonEncodedText SourceKey = JsonEncodedText.Encode("sourceKey");

    public static readonly JsonEncodedText Spacing = JsonEncodedText.Encode("spacing");

    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");

    public static readonly JsonEncodedText Style = JsonEncodedText.Encode("style");

    public static readonly JsonEncodedText Substance = JsonEncodedText.Encode("substance");

    public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");

    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

    public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

    public static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updatedAt");

    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");

    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
}
