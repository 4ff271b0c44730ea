using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ContentApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Editing;

/// <summary>A request body as read: the value, or why it was refused (a 400 naming the fault, or a 413/415).</summary>
internal sealed record BodyRead<T>(T? Value, ValidationProblem? Invalid = null, EditProblem? Refused = null) where T : class;

/// <summary>
/// Reads a write's JSON body itself rather than through the binder, so every fault is the problem it should be: the
/// wrong media type 415, a body over <see cref="EditingOptions.MaxBodyBytes"/> 413, malformed JSON a 400 naming the
/// line and byte, a member the operation does not take a 400 naming it, a value of the wrong type a 400 naming its path.
/// </summary>
internal static partial class JsonBody
{
    public const string Json = "application/json";

    public const string MergePatch = "application/merge-patch+json";

    public const string InvalidBodyTitle = "The request body is invalid.";

    /// <summary>Strict reading: unknown members anywhere are refused; the block 'type' may come anywhere in its object.</summary>
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = ContentJsonContext.Default,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowOutOfOrderMetadataProperties = true,
        // The web defaults read "1" as 1; a body states its types.
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The body as a JSON object whose top-level members are all in <paramref name="members"/>.</summary>
    public static async Task<BodyRead<JsonObject>> ReadObjectAsync(
        HttpRequest request, string mediaType, IReadOnlySet<string> members, int maxBytes, bool optional = false)
    {
        if (optional && request.ContentLength is 0 or null && !request.Headers.ContainsKey(HeaderNames.ContentType))
        {
            return new BodyRead<JsonObject>([]);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
            || (type.Charset.HasValue && !HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return new BodyRead<JsonObject>(null, Refused: EditProblem.UnsupportedMediaType(request.ContentType, mediaType));
        }

        if (request.ContentLength > maxBytes)
        {
            return new BodyRead<JsonObject>(null, Refused: EditProblem.TooLarge(maxBytes));
        }

        if (await ReadBytesAsync(request, maxBytes) is not { } bytes)
        {
            return new BodyRead<JsonObject>(null, Refused: EditProblem.TooLarge(maxBytes));
        }

        // A UTF-8 byte order mark is allowed (RFC 8259 lets a reader ignore it) and read past.
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
        if (optional && json.IsEmpty)
        {
            return new BodyRead<JsonObject>([]);
        }

        if (FirstInvalidUtf8Byte(json.Span) is { } invalid)
        {
            // The reader would put U+FFFD in its place: text the editor did not send would be stored.
            return Invalid<JsonObject>("$", $"The body is not valid UTF-8: byte {invalid + 1} does not begin a valid character.");
        }

        // Before parsing: with duplicate members refused, the parser itself reads every member name.
        if (FirstTextFault(json.Span) is { } fault)
        {
            return Invalid<JsonObject>(fault.Path, fault.Message);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json.Span, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "its start";
            return Invalid<JsonObject>("$", $"The body is not valid JSON: the fault is at {where}.");
        }

        if (node is not JsonObject body)
        {
            return Invalid<JsonObject>("$", "The body must be a JSON object.");
        }

        var unknown = body.Select(member => member.Key).Where(name => !members.Contains(name)).ToList();
        return unknown.Count == 0
            ? new BodyRead<JsonObject>(body)
            : new BodyRead<JsonObject>(null, Errors(unknown.ToDictionary(
                name => name, name => new[] { $"'{name}' is not a member this operation takes; it takes: {string.Join(", ", members.Order(StringComparer.Ordinal))}." })));
    }

    /// <summary>The object read as <typeparamref name="T"/>; a value of the wrong type, or a member unknown deeper down, is a 400 naming its path.</summary>
    public static BodyRead<T> Bind<T>(JsonObject body) where T : class
    {
        try
        {
            var value = body.Deserialize((JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T)));
            return value is null ? Invalid<T>("$", "The body must be a JSON object.") : new BodyRead<T>(value);
        }
        catch (JsonException ex)
        {
            var member = MemberPath(ex.Path);
            return Invalid<T>(member, WrongValue(ex.Message, member));
        }
        catch (NotSupportedException)
        {
            // An abstract block without its discriminator.
            return Invalid<T>("$", "Every block needs a 'type': 'paragraph' or 'list'.");
        }
    }

    /// <summary>
    /// What was wrong with the value at <paramref name="member"/>, from the reader's message: the JSON type the member
    /// takes (never the .NET type's name), a member unknown there, or a block type that does not exist.
    /// </summary>
    internal static string WrongValue(string readerMessage, string member)
    {
        if (ConvertedTo().Match(readerMessage) is { Success: true } converted)
        {
            return $"'{member}' must be {JsonTypeOf(converted.Groups["type"].Value, member)}.";
        }

        if (UnknownDiscriminator().Match(readerMessage) is { Success: true } discriminator)
        {
            return $"A block's 'type' is 'paragraph' or 'list', not '{discriminator.Groups["id"].Value}'.";
        }

        return UnmappedMember().Match(readerMessage) is { Success: true } unmapped
            ? $"'{unmapped.Groups["name"].Value}' is not a member there."
            : $"The value at '{member}' cannot be read.";
    }

    /// <summary>
    /// The JSON type of the value at <paramref name="member"/>. The reader names the member's type, or, for a member of
    /// a record read through its constructor, the record's: then the member's own type is the record's property.
    /// </summary>
    private static string JsonTypeOf(string clrType, string member)
    {
        var type = typeof(JsonBody).Assembly.GetType(clrType) ?? Type.GetType(clrType);
        var last = member[(member.LastIndexOf('.') + 1)..];
        if (type?.Assembly == typeof(JsonBody).Assembly && !last.EndsWith(']')
            && type.GetProperties().FirstOrDefault(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name) == last) is { } property)
        {
            type = property.PropertyType;
        }

        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => clrType.Contains("List`1", StringComparison.Ordinal) ? "an array" : "of another type",
            _ when type == typeof(int) || type == typeof(long) => "an integer",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date-time string (RFC 3339, e.g. 2026-01-31T09:00:00Z)",
            _ when typeof(System.Collections.IEnumerable).IsAssignableFrom(type) => "an array",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\. Path:")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"unrecognized type discriminator id '(?<id>[^']*)'")]
    private static partial Regex UnknownDiscriminator();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();

    /// <summary>The document as a JSON object, for merging (RFC 7396).</summary>
    public static JsonObject ToObject<T>(T value) => JsonSerializer.SerializeToNode(value, (JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T)))!.AsObject();

    public static ValidationProblem Errors(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors, detail: $"Check {string.Join(", ", errors.Keys.Select(key => $"'{key}'"))}.", title: InvalidBodyTitle);

    /// <summary>A body refused for one reason about one member.</summary>
    public static ValidationProblem Error(string member, string message) =>
        Errors(new Dictionary<string, string[]>(StringComparer.Ordinal) { [member] = [message] });

    /// <summary>
    /// The reader's JSON path ("$.sections[0].key") as the validators key their errors ("sections[0].key"), so a client
    /// maps every error of a body to its field one way; "$" (the whole body) stays.
    /// </summary>
    internal static string MemberPath(string? path) => path switch
    {
        null or "$" => "$",
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };

    private static BodyRead<T> Invalid<T>(string path, string message) where T : class =>
        new(null, Error(path, message));

    /// <summary>
    /// What the parser would refuse without saying what: a string or member name that does not unescape to valid UTF-16
    /// (JSON lets "\ud800" through, but such text cannot be read or written again), a member given twice in one object
    /// (named), or nesting deeper than <see cref="MaxDepth"/>. Null when there is none; malformed JSON is
    /// left to the parser, which names its line and byte.
    /// </summary>
    private static (string Path, string Message)? FirstTextFault(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        var members = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= MaxDepth:
                        return ("$", $"The body nests objects and arrays deeper than {MaxDepth} levels.");
                    case JsonTokenType.StartObject:
                        members.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        members.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!members.Peek().Add(name))
                        {
                            return (name, $"'{name}' is given twice in one object; give each member once.");
                        }

                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        reader.GetString();
                        break;
                }
            }

            return null;
        }
        catch (InvalidOperationException)
        {
            return ("$", "The body holds a string or member name that is not valid Unicode text (a lone surrogate escape such as \\ud800).");
        }
        catch (JsonException)
        {
            // Malformed: the parser that follows names where.
            return null;
        }
    }

    /// <summary>How deep a body may nest objects and arrays.</summary>
    private const int MaxDepth = 32;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The index of the first byte that does not begin a valid UTF-8 sequence, or null when all are valid.</summary>
    private static int? FirstInvalidUtf8Byte(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return null;
        }

        var index = 0;
        while (System.Text.Rune.DecodeFromUtf8(text[index..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/> (a chunked body has no Content-Length).</summary>
    private static async Task<byte[]?> ReadBytesAsync(HttpRequest request, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
