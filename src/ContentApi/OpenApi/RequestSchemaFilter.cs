using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using ContentApi.Articles;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// Makes request schemas say what the write operations require, so a generated client requires what the API requires:
/// a <see cref="RequestSchemaAttribute"/> record's required members are <c>required</c> and not nullable, and its
/// blocks are <c>BlockRequest</c>s (see <see cref="RequestSchemas"/>) rather than the response blocks, whose
/// <c>sourceKey</c> (and a list's <c>text</c>) every response carries but no request needs. Response schemas are untouched.
/// </summary>
internal sealed class RequestSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete
            || context.Type.GetCustomAttribute<RequestSchemaAttribute>(inherit: false) is not { } request)
        {
            return;
        }

        RequestSchemas.UseRequestBlocks(concrete, context.SchemaGenerator, context.SchemaRepository);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } vocabulary && concrete.Properties!.TryGetValue(name, out var member) && member is OpenApiSchema values)
            {
                // A vocabulary (route, kind, severity …) is an enum here as in the responses; null stays allowed where the member is nullable.
                var copy = (OpenApiSchema)values.CreateShallowCopy();
                List<JsonNode> names = [.. vocabulary.Values.Select(value => (JsonNode)JsonValue.Create((string)value!))];
                copy.Enum = copy.Type?.HasFlag(JsonSchemaType.Null) == true ? [.. names, null!] : names;
                concrete.Properties[name] = copy;
            }
        }

        RequestSchemas.Require(concrete, request.Required, request.Required);
    }
}

/// <summary>The request side of the document's schemas: the block union a request sends, and an operation's shape of a shared record.</summary>
internal static class RequestSchemas
{
    public const string BlockRequest = "BlockRequest";

    public const string ParagraphBlockRequest = "ParagraphBlockRequest";

    public const string ListBlockRequest = "ListBlockRequest";

    private static readonly string ResponseUnion = nameof(BlockResponse);

    /// <summary>
    /// The block union as a request sends it, defined once from the response blocks' members (so the two cannot drift):
    /// a paragraph requires <c>text</c>; a list requires <c>style</c> and <c>items</c>; <c>sourceKey</c> and a list's
    /// <c>text</c> may be left out or null.
    /// </summary>
    public static OpenApiSchemaReference BlockRequestReference(ISchemaGenerator generator, SchemaRepository repository)
    {
        if (!repository.Schemas.ContainsKey(BlockRequest))
        {
            generator.GenerateSchema(typeof(BlockResponse), repository);
            var paragraph = RequestMember(repository, nameof(ParagraphBlock), ParagraphBlockRequest, "A paragraph of prose, as sent: 'text' is required; 'sourceKey' may be left out.", "type", "text");
            var list = RequestMember(repository, nameof(ListBlock), ListBlockRequest, "A list, as sent: 'style' and 'items' are required; the lead-in 'text' and 'sourceKey' may be left out.", "type", "style", "items");
            var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal) { ["paragraph"] = paragraph, ["list"] = list };
            repository.AddDefinition(BlockRequest, new OpenApiSchema
            {
                Description = "A content block as sent, told apart by 'type': a paragraph or a list.",
                OneOf = [.. mapping.Values],
                Discriminator = new OpenApiDiscriminator { PropertyName = "type", Mapping = mapping },
            });
        }

        return new OpenApiSchemaReference(BlockRequest);
    }

    /// <summary>Every reference to the response block union among <paramref name="schema"/>'s members (or their items) becomes the request union.</summary>
    public static void UseRequestBlocks(OpenApiSchema schema, ISchemaGenerator generator, SchemaRepository repository)
    {
        foreach (var (name, member) in schema.Properties!.ToList())
        {
            if (IsResponseUnion(member))
            {
                schema.Properties![name] = new OpenApiSchemaReference(BlockRequest) { Description = member.Description };
                BlockRequestReference(generator, repository);
            }
            else if (member is OpenApiSchema { Items: { } items } array && IsResponseUnion(items))
            {
                var copy = (OpenApiSchema)array.CreateShallowCopy();
                copy.Items = BlockRequestReference(generator, repository);
                schema.Properties![name] = copy;
            }
        }
    }

    /// <summary>Marks <paramref name="required"/> required, and <paramref name="nonNull"/> not nullable (copied, so a shared member schema is not changed).</summary>
    public static void Require(OpenApiSchema schema, IEnumerable<string> required, IEnumerable<string> nonNull)
    {
        schema.Required = new HashSet<string>(schema.Required ?? new HashSet<string>(), StringComparer.Ordinal);
        foreach (var name in required)
        {
            if (!schema.Properties!.ContainsKey(name))
            {
                throw new InvalidOperationException($"'{name}' is required but is not a member of the schema.");
            }

            schema.Required.Add(name);
        }

        foreach (var name in nonNull)
        {
            if (schema.Properties![name] is OpenApiSchema { Type: { } type } member && type.HasFlag(JsonSchemaType.Null))
            {
                var copy = (OpenApiSchema)member.CreateShallowCopy();
                copy.Type = type & ~JsonSchemaType.Null;
                copy.Enum = copy.Enum is null ? null : [.. copy.Enum.Where(value => value is not null)];
                schema.Properties[name] = copy;
            }
        }
    }

    /// <summary>
    /// <paramref name="shape"/> of the record schema <paramref name="generated"/>, defined as its own schema: only the
    /// operation's members, in the record's order, with its required ones; unknown members are refused.
    /// </summary>
    public static IOpenApiSchema Shaped(IOpenApiSchema generated, RequestShape shape, SchemaRepository repository)
    {
        if (!repository.Schemas.ContainsKey(shape.SchemaName))
        {
            var record = generated is OpenApiSchemaReference { Reference.Id: { } id } ? repository.Schemas[id] : generated;
            var unknown = shape.Members.Where(member => record.Properties?.ContainsKey(member) != true).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException($"{shape.SchemaName}: {string.Join(", ", unknown)} not members of the record.");
            }

            var schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = shape.Description ?? record.Description,
                Properties = record.Properties!.Where(member => shape.Members.Contains(member.Key)).ToDictionary(member => member.Key, member => member.Value, StringComparer.Ordinal),
                AdditionalPropertiesAllowed = false,
            };
            Require(schema, shape.RequiredMembers, shape.NonNullMembers ?? shape.RequiredMembers);
            repository.AddDefinition(shape.SchemaName, schema);
        }

        return new OpenApiSchemaReference(shape.SchemaName) { Description = shape.Description };
    }

    /// <summary>
    /// The merge patch of a <see cref="RequestSchemaAttribute"/> record whose POST and PUT take it whole: the same
    /// <paramref name="members"/>, none required, and the record's required members never null (the result must keep them).
    /// </summary>
    public static RequestShape MergePatchOf<TRequest>(string schemaName, IReadOnlySet<string> members) =>
        new(schemaName, members, [], NonNullMembers: typeof(TRequest).GetCustomAttribute<RequestSchemaAttribute>(inherit: false)?.Required ?? [],
            Description: "An RFC 7396 merge patch of the members: a member sent replaces, null removes (not a required one), arrays are replaced whole.");

    private static bool IsResponseUnion(IOpenApiSchema schema) => schema is OpenApiSchemaReference { Reference.Id: var id } && id == ResponseUnion;

    private static OpenApiSchemaReference RequestMember(SchemaRepository repository, string response, string name, string description, params string[] required)
    {
        var block = repository.Schemas[response];
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            Properties = new Dictionary<string, IOpenApiSchema>(block.Properties!, StringComparer.Ordinal),
            Required = new HashSet<string>(required, StringComparer.Ordinal),
            AdditionalPropertiesAllowed = false,
        };
        repository.AddDefinition(name, schema);
        return new OpenApiSchemaReference(name);
    }
}
