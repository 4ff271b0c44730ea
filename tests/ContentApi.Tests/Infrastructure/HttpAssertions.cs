using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ContentApi.Tests.Infrastructure;

internal static class HttpAssertions
{
    /// <summary>
    /// Reads bodies as the app's response records, strictly: a member the record does not have, a required one
    /// missing or a null where the record allows none fails the test, so a typed assertion still notices a changed shape.
    /// The one member that may be absent is one the record itself omits when null
    /// (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>, e.g. a paragraph block's <c>items</c>); it reads as null.
    /// </summary>
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerOptions.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmittedWhenNullIsOptional } },
    };

    private static void OmittedWhenNullIsOptional(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: false)
                    .Cast<JsonIgnoreAttribute>().Any(ignore => ignore.Condition == JsonIgnoreCondition.WhenWritingNull) == true)
            {
                property.IsRequired = false;
            }
        }
    }

    /// <summary>Asserts a 200 JSON response and returns its parsed body.</summary>
    public static Task<JsonElement> OkJsonAsync(this HttpClient client, string url) => client.OkAsync<JsonElement>(url);

    /// <summary>Asserts a 200 JSON response and returns its body as <typeparamref name="T"/> (see <see cref="Strict"/>).</summary>
    public static async Task<T> OkAsync<T>(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<T>(body, Strict)!;
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

    public static Task<JsonElement> ReadJsonAsync(this HttpContent content) => content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The body as <typeparamref name="T"/>, read as strictly as <see cref="OkAsync{T}"/> reads it.</summary>
    public static async Task<T> ReadAsync<T>(this HttpContent content) => (await content.ReadFromJsonAsync<T>(Strict))!;
}
