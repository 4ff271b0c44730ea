using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContentApi.Tests.Infrastructure;

internal static class HttpAssertions
{
    /// <summary>Asserts a 200 JSON response and returns its parsed body.</summary>
    public static async Task<JsonElement> OkJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a problem details response with the given status and returns its parsed body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.True(problem.TryGetProperty("traceId", out _), "problem has no traceId");
        return problem;
    }

    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        using var response = await client.GetAsync(url);
        return await response.ProblemAsync(status);
    }

    /// <summary>Asserts a 400 validation problem whose <c>errors</c> map names <paramref name="field"/>; returns that field's messages.</summary>
    public static async Task<string[]> GetValidationErrorsAsync(this HttpClient client, string url, string field)
    {
        var problem = await client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"errors do not name '{field}': {problem.GetRawText()}");
        return messages.EnumerateArray().Select(message => message.GetString()!).ToArray();
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static string[] Strings(this IEnumerable<JsonElement> elements, string property) =>
        elements.Select(element => element.GetProperty(property).GetString()!).ToArray();

    public static T Read<T>(this JsonElement element) => element.Deserialize<T>(JsonSerializerOptions.Web)!;

    public static Task<JsonElement> ReadJsonAsync(this HttpContent content) => content.ReadFromJsonAsync<JsonElement>();
}
