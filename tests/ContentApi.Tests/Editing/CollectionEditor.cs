using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>Bodies and requests of the collection writes. Figures are from the content facts sheet (ODS tables).</summary>
internal static class CollectionEditor
{
    /// <summary>ODS food table: pumpkin seeds, roasted, 1 oz, 156 mg, 37% DV.</summary>
    public static JsonObject PumpkinSeeds() => new()
    {
        ["name"] = "Pumpkin seeds, roasted", ["serving"] = "1 oz", ["nutrient"] = "magnesium",
        ["amountMg"] = 156, ["amountMaxMg"] = null, ["percentDailyValue"] = 37, ["sourceKey"] = "ODS",
    };

    /// <summary>ODS food table: chia seeds, 1 oz, 111 mg, 26% DV.</summary>
    public static JsonObject ChiaSeeds() => new()
    {
        ["name"] = "Chia seeds", ["serving"] = "1 oz", ["nutrient"] = "magnesium",
        ["amountMg"] = 111, ["amountMaxMg"] = null, ["percentDailyValue"] = 26, ["sourceKey"] = "ODS",
    };

    /// <summary>ODS Table 1: RDA for women aged 19–30 (228 to 372 months), 310 mg a day.</summary>
    public static JsonObject WomensRda(int ageMinMonths = 228, int? ageMaxMonths = 372, string label = "19–30 years", int amount = 310) => new()
    {
        ["substance"] = "magnesium", ["form"] = "total intake", ["route"] = "oral", ["kind"] = "RDA", ["sex"] = "female",
        ["lifeStage"] = "general", ["ageMinMonths"] = ageMinMonths, ["ageMaxMonths"] = ageMaxMonths, ["ageLabel"] = label,
        ["minAmount"] = amount, ["maxAmount"] = amount, ["unit"] = "mg", ["per"] = "day", ["appliesTo"] = "food-and-supplements",
        ["note"] = null, ["sourceKey"] = "ODS",
    };

    /// <summary>Sends the write and asserts its status; returns the answer's body and ETag.</summary>
    public static async Task<(JsonElement Body, string ETag, HttpResponseMessage Response)> WriteAsync(
        Editor editor, HttpMethod method, string url, string etag, JsonObject? body, HttpStatusCode status = HttpStatusCode.OK, string mediaType = Editor.Json)
    {
        var response = await editor.SendAsync(method, url, body?.ToJsonString(), mediaType, etag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{method} {url}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (JsonDocument.Parse(text).RootElement.Clone(), response.Headers.ETag!.ToString(), response);
    }

    /// <summary>Sends the write and asserts a problem with <paramref name="status"/>, naming <paramref name="errorKey"/> when given.</summary>
    public static async Task<JsonElement> RefusedAsync(
        Editor editor, HttpMethod method, string url, string? etag, string? body, HttpStatusCode status, string? errorKey = null, string mediaType = Editor.Json)
    {
        using var response = await editor.SendAsync(method, url, body, mediaType, etag);
        var problem = await response.ProblemAsync(status);
        if (errorKey is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(errorKey, out _), $"{url}: {problem}");
        }

        return problem;
    }
}
