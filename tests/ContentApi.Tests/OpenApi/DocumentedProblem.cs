using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.OpenApi;

/// <summary>Checks a problem body against the served document's <c>Problem</c> schema, for statuses no sample request reaches (500, 503).</summary>
internal static class DocumentedProblem
{
    public static async Task AssertAsync(HttpClient client, JsonElement problem)
    {
        var validator = new OpenApiSchemaValidator(await client.OkJsonAsync("/swagger/v1/swagger.json"));
        var errors = validator.Validate(problem, validator.Component("Problem"));

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
