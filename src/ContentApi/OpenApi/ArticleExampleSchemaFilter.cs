using System.Text.Json.Nodes;
using ContentApi.Articles;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Gives the article schema a realistic, shortened example (one item per collection) so Swagger UI shows
/// the shape of a real response. A test keeps it in step with <see cref="ArticleResponse"/>.
/// </summary>
internal sealed class ArticleExampleSchemaFilter : ISchemaFilter
{
    public const string Example = """
        {
          "id": 1,
          "slug": "magnesium-for-restless-legs",
          "title": "Magnesium for Restless Legs",
          "summary": "Whether magnesium can ease restless legs syndrome, how much is safe to take, which foods provide it, and which medicines and conditions call for caution.",
          "category": "Vitamins",
          "heroImage": null,
          "status": "published",
          "publishedAt": "2026-11-24T00:00:00+00:00",
          "updatedAt": "2026-11-25T00:00:00+00:00",
          "lastReviewedAt": "2026-11-25T00:00:00+00:00",
          "nextReviewAt": "2027-11-25T00:00:00+00:00",
          "disclaimer": "This article is health information, not medical advice.",
          "version": 1,
          "commentCount": 2,
          "sections": [
            {
              "key": "side-effects",
              "position": 4,
              "heading": "Side effects",
              "blocks": [
                { "type": "list", "text": "The most common side effect of magnesium supplements is an upset stomach. Others include:", "style": "bulleted", "items": ["Nausea", "Vomiting", "Diarrhea", "Abdominal cramping"], "sourceKey": "HL" },
                { "type": "paragraph", "text": "Lowering the dose may make these side effects milder.", "sourceKey": "HL" }
              ]
            }
          ],
          "doseRanges": [
            {
              "id": 29, "substance": "magnesium", "form": "supplements and medicines such as antacids and laxatives", "route": "oral", "kind": "UL", "sex": "any", "lifeStage": "general",
              "ageBand": { "minMonths": 228, "maxMonths": null, "label": "19+ years" },
              "amount": { "min": null, "max": 350, "unit": "mg", "per": "day" },
              "appliesTo": "supplements-only", "note": "Magnesium in food and water does not count toward this limit.",
              "source": { "key": "ODS", "title": "Magnesium: Fact Sheet for Health Professionals", "publisher": "NIH Office of Dietary Supplements", "url": "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/" },
              "updatedAt": "2026-11-24T00:00:00+00:00"
            }
          ],
          "foods": [
            {
              "id": 1, "name": "Pumpkin seeds, roasted", "serving": "1 oz", "nutrient": "magnesium", "amountMg": 156, "amountMaxMg": null, "percentDailyValue": 37,
              "source": { "key": "ODS", "title": "Magnesium: Fact Sheet for Health Professionals", "publisher": "NIH Office of Dietary Supplements", "url": "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/" },
              "updatedAt": "2026-11-24T00:00:00+00:00"
            }
          ],
          "interactions": [
            {
              "id": 3, "kind": "medication", "name": "Quinolone antibiotics", "drugClass": "Quinolone antibiotic", "examples": ["ciprofloxacin", "levofloxacin"],
              "mechanism": "Magnesium can reduce how much of the antibiotic the body absorbs.",
              "guidance": "Take the antibiotic at least 2 hours before, or 4 to 6 hours after, magnesium.",
              "spacing": { "medicineHoursBeforeMagnesium": 2, "medicineHoursAfterMagnesium": 4, "medicineHoursAfterMagnesiumUpTo": 6 },
              "severity": "moderate",
              "source": { "key": "ODS", "title": "Magnesium: Fact Sheet for Health Professionals", "publisher": "NIH Office of Dietary Supplements", "url": "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/" },
              "updatedAt": "2026-11-24T00:00:00+00:00"
            }
          ],
          "sideEffects": [
            {
              "id": 1, "name": "Stomach upset", "severity": "common", "description": "This is the most common side effect, and a lower dose may help.",
              "source": { "key": "HL", "title": "Article on magnesium and restless legs syndrome (exact title unconfirmed)", "publisher": "Healthline", "url": "https://www.healthline.com/health/restless-leg-syndrome/link-between-magnesium-and-rls" },
              "updatedAt": "2026-11-24T00:00:00+00:00"
            }
          ],
          "remedies": [
            {
              "id": 12, "kind": "conventional", "name": "Opioids", "description": "Opioids can relieve mild to severe symptoms.", "examples": ["codeine", "oxycodone", "tramadol", "hydrocodone"],
              "evidenceLevel": null, "dependenceNote": "Can be addictive, especially at high doses.", "augmentationNote": null,
              "source": { "key": "MAYO", "title": "Restless legs syndrome: treatments and drugs", "publisher": "Mayo Clinic", "url": "http://www.mayoclinic.org/diseases-conditions/restless-legs-syndrome/basics/treatment/con-20031101" },
              "updatedAt": "2026-11-24T00:00:00+00:00"
            }
          ],
          "relatedArticles": [ { "title": "Collagen Info", "slug": null, "href": null, "sectionKey": "severe-side-effects" } ],
          "sources": [
            { "id": 2, "key": "ODS", "title": "Magnesium: Fact Sheet for Health Professionals", "publisher": "NIH Office of Dietary Supplements", "url": "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/", "citation": null, "updatedAt": "2026-11-24T00:00:00+00:00" }
          ]
        }
        """;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type == typeof(ArticleResponse) && schema is OpenApiSchema concrete)
        {
            concrete.Examples = [JsonNode.Parse(Example)!];
        }
    }
}
