using System.Text.Json.Nodes;
using ContentApi.Caching;
using ContentApi.Keys;
using ContentApi.Paging;
using ContentApi.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Documents what every read can answer beside its own results, as the pipeline really does: 500, 503 and (when rate
/// limiting is on) 429 as problem details on every operation but the health probes, which answer in their own JSON and
/// are never limited; on cached reads the validators and cache headers of a 200, the conditional request headers and
/// the 304 they lead to; on lists the <c>Link</c> header; headers an endpoint documents itself; real examples for
/// the 400 and 404 problems; and who may call it: <c>security: []</c> on public reads, the bearer scheme with its scope
/// and the 401/403 problems on operations that require a key.
/// </summary>
internal sealed class HttpResponsesOperationFilter : IOperationFilter
{
    public const string ProblemMediaType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var method = context.ApiDescription.HttpMethod ?? HttpMethods.Get;
        var path = DocumentPath(context.ApiDescription.RelativePath);
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var requiresKey = ApiKeyEndpointConventions.RequiresApiKey(new EndpointMetadataCollection(metadata));
        var cached = metadata.OfType<RepresentationPolicy>().Any();
        var format = metadata.OfType<RepresentationFormat>().LastOrDefault() ?? RepresentationFormat.Json;
        var paged = context.ApiDescription.SupportedResponseTypes.Any(type =>
            type.Type is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() == typeof(PagedResponse<>));

        if (!cached && paged && operation.Responses.TryGetValue("200", out var page) && page is OpenApiResponse pageResponse)
        {
            // An uncached list (an editor's) pages with the same links.
            pageResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            pageResponse.Headers["Link"] = PageLinks();
        }

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success && cached)
        {
            UseMediaType(success, format.MediaType);
            success.Headers = CachedHeaders(paged, format);
            operation.Parameters ??= [];
            operation.Parameters.Add(RequestHeader("If-None-Match", "ETags of copies the client holds; a match answers 304 without a body."));
            operation.Parameters.Add(RequestHeader("If-Modified-Since", "The Last-Modified of the client's copy; ignored when If-None-Match is sent."));
            operation.Responses["304"] = new OpenApiResponse
            {
                Description = "Not Modified: the client's copy is current. No body.",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["ETag"] = Header("The current strong validator.", required: true),
                    ["Cache-Control"] = Header("How long the copy may be reused.", required: true),
                },
            };
        }

        // The body a write reads itself is documented by WriteOperationFilter, which runs after this one: its metadata says so now.
        if (operation.RequestBody is not null || context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentedRequestBody>().Any())
        {
            // A write's 400 is its body's: unreadable, or refused by a rule, each member named by its JSON path.
            Describe(operation, "400", "Bad Request: the body cannot be read (malformed JSON, named by line and byte; not valid UTF-8; a member that is unknown, " +
                "given twice or of the wrong type) or breaks a rule; `errors` names each member by its JSON path.", ValidationProblemReference(context), () => BadBodyExample(method, path), add: true);
        }
        else if (operation.Parameters?.Any(parameter => parameter.In == ParameterLocation.Query) == true)
        {
            Describe(operation, "400", "Bad Request: a query parameter is missing or invalid; `errors` names each one.", ValidationProblemReference(context), () => BadRequestExample(method, path, operation));
        }
        else
        {
            // Without query parameters the only 400 is the host check's (declared by the health probes, which have no other client error).
            Describe(operation, "400", "Bad Request: the Host header (or a trusted proxy's X-Forwarded-Host or -Proto) cannot name a web address.", ProblemReference(context),
                () => Example(method, path, 400, Links.LinkHostCheck.RefusedTitle, "The host 'localhost:0' (Host or X-Forwarded-Host) has no valid port."));
        }

        Describe(operation, "404", "Not Found: nothing has that identifier.", ProblemReference(context), () => NotFoundExample(method, path));
        Describe(operation, "500", "Internal Server Error: an unexpected fault, logged under the `traceId`; the body names no internals.", ProblemReference(context), () => Example(method, path, 500, "An error occurred while processing your request.", Problems.ProblemDetailsSetup.UnexpectedFaultDetail), add: true);
        // The probes read the store only in their checks, which report a failure in their own body (the readiness 503).
        var probe = operation.Tags?.Any(tag => tag.Name == Health.HealthEndpoints.Tag) == true;
        if (!probe)
        {
            Describe(operation, "503", "Service Unavailable: the content store cannot be read right now; retry after `Retry-After` seconds.", ProblemReference(context), () => Example(method, path, 503, "The content store is unavailable.", "The content database cannot be read right now. Try again shortly."), add: true);
        }

        if (!probe && operation.Responses.TryGetValue("503", out var unavailable) && unavailable is OpenApiResponse retry)
        {
            retry.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Seconds to wait before retrying.", required: true, JsonSchemaType.Integer) };
        }

        foreach (var header in metadata.OfType<DocumentedResponseHeader>())
        {
            if (operation.Responses.TryGetValue(header.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) && response is OpenApiResponse documented)
            {
                documented.Headers ??= new Dictionary<string, IOpenApiHeader>();
                documented.Headers[header.Name] = Header(header.Description, header.Required);
            }
        }

        if (!metadata.OfType<Microsoft.AspNetCore.RateLimiting.DisableRateLimitingAttribute>().Any())
        {
            DescribeTooManyRequests(operation, context, method, path);
        }

        if (requiresKey)
        {
            DescribeApiKey(operation, context, method, path, ApiKeyEndpointConventions.ScopesRequiredBy(metadata));
        }
        else if (metadata.OfType<Preview.PreviewReadMetadata>().FirstOrDefault() is { } preview)
        {
            DescribePreview(operation, context, method, path, preview.Scope);
        }
        else
        {
            // A public read: no credentials, and a key sent with it changes nothing it answers.
            operation.Security = [];
        }
    }

    /// <summary>
    /// An operation that requires a key: the bearer scheme with the scope it needs (OpenAPI 3.1 lets a non-OAuth scheme
    /// list the roles it requires), its 401 and 403 problems with their challenges, the private Cache-Control of its
    /// answers, and the 429 of a client whose keys are refused too often, which comes whatever the rate limit setting.
    /// </summary>
    private static void DescribeApiKey(OpenApiOperation operation, OperationFilterContext context, string method, string path, IReadOnlyList<string> scopes)
    {
        // One requirement per scope: alternatives in OpenAPI, as RequireAnyScope means them (RequireScope has one).
        operation.Security = scopes.Count == 0
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeySetup.DocumentScheme, context.Document)] = [] }]
            : [.. scopes.Select(scope => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeySetup.DocumentScheme, context.Document)] = [scope] })];
        foreach (var (_, answer) in operation.Responses!.Where(response => response.Key.StartsWith('2')))
        {
            if (answer is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers["Cache-Control"] = Header("`private, no-store`: what a key reads is for that key only.", required: true);
            }
        }

        DescribeKeyRefusals(operation, context, method, path, scopes, when: "");
    }

    /// <summary>
    /// A public read that shows drafts to a key with <paramref name="scope"/> under <c>?preview=true</c>: anyone may call
    /// it (the empty requirement) or a key may (the bearer scheme with the scope); the 401 and 403 only come to a preview,
    /// whose answers are private and carry a tag of their own.
    /// </summary>
    private static void DescribePreview(OpenApiOperation operation, OperationFilterContext context, string method, string path, string scope)
    {
        operation.Security =
        [
            new OpenApiSecurityRequirement(),
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeySetup.DocumentScheme, context.Document)] = [scope] },
        ];
        if (operation.Responses!.TryGetValue("200", out var ok) && ok is OpenApiResponse { Headers: { } headers })
        {
            headers["ETag"] = Header("Strong validator of this representation (one per content coding); send it back in If-None-Match. " +
                $"With preview=true a tag of its own (\"{Preview.PreviewReads.ETagPrefix}…\"), which no public copy has.", required: true);
            headers["Cache-Control"] = Header($"Public, with max-age and stale-while-revalidate; `{Preview.PreviewReads.CacheControl}` with preview=true (drafts are for the key only).", required: true);
            headers["Vary"] = Header(((OpenApiHeader)headers["Vary"]).Description + " With preview=true, Authorization as well.", required: true);
        }

        if (operation.Responses.TryGetValue("304", out var notModified) && notModified is OpenApiResponse unchanged)
        {
            unchanged.Description += " Never with preview=true: a preview is not revalidated (If-None-Match and If-Modified-Since are ignored).";
        }

        DescribeKeyRefusals(operation, context, method, path, [scope], when: " (only with preview=true)");
    }

    /// <summary>The 401 and 403 problems of a key that is missing, refused or short of a scope, with their challenges.</summary>
    private static void DescribeKeyRefusals(OpenApiOperation operation, OperationFilterContext context, string method, string path, IReadOnlyList<string> scopes, string when)
    {
        Describe(operation, "401", $"Unauthorized{when}: no API key, or one that is malformed, unknown or revoked (`detail` says which).",
            ProblemReference(context), () => Example(method, path, 401, ApiKeyProblems.UnauthorizedTitle, ApiKeyProblems.MissingDetail), add: true);
        ((OpenApiResponse)operation.Responses!["401"]).Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["WWW-Authenticate"] = Header($"`{ApiKeyProblems.Challenge}`, or `{ApiKeyProblems.InvalidTokenChallenge}` when a key was sent and refused (RFC 6750).", required: true),
        };
        if (scopes.Count > 0)
        {
            var scope = string.Join(' ', scopes);
            Describe(operation, "403", scopes.Count == 1 ? $"Forbidden{when}: the key is valid but lacks the scope `{scope}`." : $"Forbidden{when}: the key is valid but holds none of the scopes `{string.Join("`, `", scopes)}`.", ProblemReference(context),
                () => Example(method, path, 403, ApiKeyProblems.ForbiddenTitle, ApiKeyProblems.ForbiddenDetail(scope, "k3jq7vx2ma")), add: true);
            ((OpenApiResponse)operation.Responses["403"]).Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["WWW-Authenticate"] = Header($"`{ApiKeyProblems.InsufficientScopeChallenge(scope)}` (RFC 6750).", required: true),
            };
        }

        if (operation.Responses.TryGetValue("429", out var limited) && limited is OpenApiResponse tooMany)
        {
            var defaults = new ApiKeyOptions();
            tooMany.Description += $" Also, whatever that setting, when this client address has had `ApiKeys:FailuresPerMinute` keys refused within a minute " +
                $"(then `RateLimit-Policy` is e.g. `{AuthenticationFailureLimiter.PolicyFor(defaults.FailuresPerMinute)}`): its keys are not checked until the minute refills" +
                (when.Length == 0 ? "." : " (a key is only checked with preview=true).");
        }
    }

    /// <summary>
    /// The document is the same whatever the settings, and rate limiting is a setting: every operation states its 429,
    /// marked as answered only when <c>RateLimiting:Enabled</c> is true. Examples use the default bucket.
    /// </summary>
    private static void DescribeTooManyRequests(OpenApiOperation operation, OperationFilterContext context, string method, string path)
    {
        var defaults = new RateLimitingOptions();
        var retryAfter = ClientRateLimiter.RetryAfterFor(defaults.PermitsPerSecond);
        Describe(operation, "429",
            "Too Many Requests, only when rate limiting is enabled (`RateLimiting:Enabled`, off by default): this client address has " +
            "spent its burst of requests; retry after `Retry-After` seconds.",
            ProblemReference(context),
            () => Example(method, path, 429, RateLimitRejection.Title, RateLimitRejection.DetailFor(defaults.Burst, defaults.PermitsPerSecond, retryAfter)),
            add: true);
        ((OpenApiResponse)operation.Responses!["429"]).Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = Header("Whole seconds until the client's bucket holds a token again.", required: true, JsonSchemaType.Integer),
            [RateLimitRejection.PolicyHeader] = Header(
                $"The bucket as draft-ietf-httpapi-ratelimit-headers policies, requests at once and a second; with the defaults `{ClientRateLimiter.PolicyFor(defaults.Burst, defaults.PermitsPerSecond)}`.",
                required: true),
            [RateLimitRejection.LimitHeader] = Header(
                $"What is left (draft-ietf-httpapi-ratelimit-headers): no request for `t` seconds, as `Retry-After` says; e.g. `{ClientRateLimiter.ExhaustedFor(retryAfter)}`.",
                required: true),
        };
    }

    /// <summary>The 200's media type as the cache sends it (ApiExplorer says JSON for every typed result).</summary>
    private static void UseMediaType(OpenApiResponse response, string mediaType)
    {
        if (response.Content is { Count: 1 } content && !content.ContainsKey(mediaType))
        {
            var (_, body) = content.Single();
            content.Clear();
            content[mediaType] = body;
        }
    }

    private static OpenApiHeader PageLinks() =>
        Header("RFC 8288 links to the first, prev, next and last pages, as absolute URLs (`rel=\"next\"` is absent on the last page).", required: true);

    private static Dictionary<string, IOpenApiHeader> CachedHeaders(bool paged, RepresentationFormat format)
    {
        var headers = new Dictionary<string, IOpenApiHeader>
        {
            ["ETag"] = Header("Strong validator of this representation (one per content coding); send it back in If-None-Match.", required: true),
            ["Last-Modified"] = Header("When the content shown last changed. Left out only in the instant a write races the read.", required: false),
            ["Cache-Control"] = Header("Public, with max-age and stale-while-revalidate.", required: true),
            ["Vary"] = Header(format.VariesByAccept
                ? "Accept, Accept-Encoding: the URL also answers in another media type, and the body may be Brotli or gzip compressed."
                : "Accept-Encoding: the body may be Brotli or gzip compressed.", required: true),
        };
        if (paged)
        {
            headers["Link"] = PageLinks();
        }

        return headers;
    }

    /// <summary>Describes a problem response the operation has (or, with <paramref name="add"/>, every operation has).</summary>
    private static void Describe(OpenApiOperation operation, string status, string description, IOpenApiSchema schema, Func<JsonNode> example, bool add = false)
    {
        if (!operation.Responses!.TryGetValue(status, out var existing) && !add)
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Headers = (existing as OpenApiResponse)?.Headers,
            Content = new Dictionary<string, IOpenApiMediaType> { [ProblemMediaType] = new OpenApiMediaType { Schema = schema, Example = example() } },
        };
    }

    private static OpenApiSchemaReference ProblemReference(OperationFilterContext context) =>
        new(ProblemSchemas.Problem, context.Document);

    private static OpenApiSchemaReference ValidationProblemReference(OperationFilterContext context) =>
        new(ProblemSchemas.ValidationProblem, context.Document);

    private static OpenApiParameter RequestHeader(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Description = description,
        Required = false,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiHeader Header(string description, bool required, JsonSchemaType type = JsonSchemaType.String) => new()
    {
        Description = description,
        Required = required,
        Schema = new OpenApiSchema { Type = type },
    };

    private static JsonObject Example(string method, string path, int status, string title, string detail) => new()
    {
        ["title"] = title,
        ["status"] = status,
        ["detail"] = detail,
        ["instance"] = $"{method} {ExamplePath(path)}",
        ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
    };

    /// <summary>The 400 this operation writes for its own first checked parameter, worded as the validators word it.</summary>
    private static JsonObject BadRequestExample(string method, string path, OpenApiOperation operation)
    {
        var query = (operation.Parameters ?? []).Where(parameter => parameter.In == ParameterLocation.Query).ToList();
        var (name, message) = query.FirstOrDefault(parameter => parameter.Required) is { } required
            ? (required.Name!, $"'{required.Name}' must not be empty.")
            : query.FirstOrDefault(parameter => parameter.Schema?.Enum is { Count: > 0 }) is { } listed
                ? (listed.Name!, $"'{listed.Name}' must be one of: {string.Join(", ", listed.Schema!.Enum!)}.")
                : query.FirstOrDefault(parameter => parameter.Schema?.Items?.Enum is { Count: > 0 }) is { } members
                    ? (members.Name!, $"'{members.Name}' takes a comma-separated list of: {string.Join(", ", members.Schema!.Items!.Enum!)}. Not recognized: nothing.")
                    : query.Where(parameter => parameter.Schema?.Type == JsonSchemaType.Array).Select(parameter => parameter.Name!).ToList() is { Count: 2 } lists
                        ? (lists[0], $"Give at least one name in '{lists[0]}' or '{lists[1]}'.")
                        : query.Count == 1 && query[0].Schema?.Type == JsonSchemaType.Boolean
                            ? (query[0].Name!, $"'{query[0].Name}' must be true or false; 'maybe' is not.")
                            : ("pageSize", "'pageSize' must be from 1 to 100; '500' is not.");
        var example = Example(method, path, 400, "One or more query parameters are invalid.", $"Check the value of '{name}'.");
        example.Insert(0, "type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
        example.Insert(5, "errors", new JsonObject { [name] = new JsonArray(message) });
        return example;
    }

    /// <summary>The 400 a write answers for a body that breaks a rule.</summary>
    private static JsonObject BadBodyExample(string method, string path)
    {
        var example = Example(method, path, 400, Editing.JsonBody.InvalidBodyTitle, "Check 'title'.");
        example.Insert(0, "type", "https://tools.ietf.org/html/rfc9110#section-15.5.1");
        example.Insert(5, "errors", new JsonObject { ["title"] = new JsonArray("'title' is required.") });
        return example;
    }

    /// <summary>The problem the endpoint writes for an unknown identifier, e.g. "No food has the identifier '999999'."</summary>
    private static JsonObject NotFoundExample(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments[^1] == "{key}")
        {
            return Example(method, path.Replace("{slug}", "magnesium-for-restless-legs", StringComparison.Ordinal), 404, "Not found.",
                "Article 'magnesium-for-restless-legs' has no section 'no-such-section'.");
        }

        // The identifier is the last parameter's value, without what its segment adds ("{slug}.jsonld").
        var parameter = segments.Last(segment => segment.Contains('{', StringComparison.Ordinal));
        var identifier = ExampleValue(parameter[parameter.IndexOf('{', StringComparison.Ordinal)..(parameter.IndexOf('}', StringComparison.Ordinal) + 1)]);
        return Example(method, path, 404, "Not found.", $"No {Resource(segments, parameter)} has the identifier '{identifier}'.");
    }

    /// <summary>"articles" → "article", "dose-ranges" → "dose range", "remedies" → "remedy": the noun the handlers use.</summary>
    private static string Resource(string[] segments, string parameter)
    {
        var collection = segments[..Array.LastIndexOf(segments, parameter)].LastOrDefault(segment => !segment.Contains('{', StringComparison.Ordinal)) ?? "resource";
        var noun = collection.Replace('-', ' ');
        return noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : noun.TrimEnd('s');
    }

    /// <summary>The path as the document names it: "api/foods/{id:regex(…)}/" → "/api/foods/{id}".</summary>
    private static string DocumentPath(string? relativePath) =>
        "/" + string.Join('/', (relativePath ?? "").Trim('/').Split('/').Select(segment =>
            segment.StartsWith('{') && segment.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
                ? string.Concat(segment.AsSpan(0, colon), "}", segment.AsSpan(segment.LastIndexOf('}') + 1))
                : segment));

    private static string ExamplePath(string path) => string.Join('/', path.Split('/').Select(ExampleValue));

    private static string ExampleValue(string segment) => segment
        .Replace("{slug}", "no-such-article", StringComparison.Ordinal)
        .Replace("{key}", "no-such-section", StringComparison.Ordinal)
        .Replace("{id}", "999999", StringComparison.Ordinal)
        .Replace("{number}", "99", StringComparison.Ordinal)
        .Replace("{name}", "no-such-image", StringComparison.Ordinal)
        .Replace("{position}", "99", StringComparison.Ordinal);
}
