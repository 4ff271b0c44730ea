using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The document-level facts: where the API is served (the document's own origin) and what each tag holds.
/// </summary>
internal sealed class ApiDocumentFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Articles"] = "Articles as data: metadata, ordered sections of typed blocks, and every related collection.",
        ["Dose ranges"] = "Intake figures (RDA, AI, upper limits, guidance) by age, sex and life stage, and a lookup for one person.",
        ["Foods"] = "Foods and their nutrient content per serving, and a plan that reaches a daily target.",
        ["Interactions"] = "Medicines and conditions that call for caution, and a check of a list of them.",
        ["Remedies"] = "Other treatments for the condition, alternative and conventional.",
        ["Search"] = "Ranked full-text search across articles, sections and every collection.",
        ["Side effects"] = "Side effects, common and severe.",
        ["Sources"] = "The sources every figure and statement cites, and what cites them.",
        ["Editing"] = "Writing articles with a content:write key: create, replace, merge-patch, publish, unpublish, delete, sections and blocks, each with If-Match on the article's version ETag and stored as a revision; the article for editing and its revisions (list, snapshot, JSON Patch diff, restore) with content:preview or content:write.",
        ["Keys"] = "API keys: which key a request carries, and with keys:admin the list of keys and their revocation. Keys are created with the `keys create` command.",
        ["Comments"] = "Reader comments under an article: a form token, posting behind spam defences (no captcha), and the approved threads. E-mail addresses are never public.",
        ["Comment moderation"] = "With a comments:moderate key: comments by status, approve, reject, mark spam, delete, and erase every comment of an e-mail address.",
        ["Operations"] = "Liveness and readiness probes for orchestrators and load balancers: never cached, never rate limited.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        // Relative to where the document is served, so the same document is right behind any host or proxy.
        document.Servers = [new OpenApiServer { Url = "/", Description = "This server" }];
        var used = document.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(TagDescriptions
            .Where(pair => used.Contains(pair.Key))
            .Select(pair => new OpenApiTag { Name = pair.Key, Description = pair.Value }));
        RemoveUnusedRequestSchemas(document);
    }

    /// <summary>
    /// A request record every operation documents in its own shape (<see cref="RequestShape"/>: the article and source
    /// documents, the move) is generated but referenced by none: left in, a client generator would make a type no
    /// operation takes.
    /// </summary>
    private static void RemoveUnusedRequestSchemas(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        var operations = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []).ToList();
        foreach (var schema in operations.SelectMany(operation =>
                     (operation.RequestBody?.Content?.Values.AsEnumerable() ?? [])
                     .Concat(operation.Responses?.Values.SelectMany(response => response.Content?.Values.AsEnumerable() ?? []) ?? [])
                     .Select(media => media.Schema)
                     .Concat(operation.Parameters?.Select(parameter => parameter.Schema) ?? [])))
        {
            Visit(schema);
        }

        // Responses' own schemas reach others through their members; every non-request component is kept regardless.
        foreach (var (name, schema) in schemas.Where(pair => !pair.Key.EndsWith("Request", StringComparison.Ordinal)).ToList())
        {
            referenced.Add(name);
            Visit(schema);
        }

        foreach (var name in schemas.Keys.Where(name => !referenced.Contains(name)).ToList())
        {
            schemas.Remove(name);
        }

        void Visit(IOpenApiSchema? schema)
        {
            if (schema is null || !seen.Add(schema))
            {
                return;
            }

            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (referenced.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Visit(target);
                }

                return;
            }

            Visit(schema.Items);
            Visit(schema.AdditionalProperties);
            foreach (var member in (schema.Properties?.Values.AsEnumerable() ?? [])
                         .Concat(schema.OneOf ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []))
            {
                Visit(member);
            }
        }
    }
}
