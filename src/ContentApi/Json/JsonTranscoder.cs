using System.Buffers;
using System.Text.Json;

namespace ContentApi.Json;

/// <summary>
/// Copies JSON that something else wrote (SQLite's json functions) through a <see cref="Utf8JsonWriter"/>, token by token,
/// so strings are escaped and numbers formatted exactly as the serializer writes them with the same writer options:
/// SQLite writes 320.0 where the serializer writes 320, and escapes fewer characters than the configured encoder.
/// </summary>
internal static class JsonTranscoder
{
    /// <summary>Writes the JSON value in <paramref name="json"/>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            WriteToken(writer, ref reader);
        }
    }

    private static void WriteToken(Utf8JsonWriter writer, ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                WriteUnescaped(writer, ref reader, static (w, name) => w.WritePropertyName(name));
                break;
            case JsonTokenType.String:
                WriteUnescaped(writer, ref reader, static (w, value) => w.WriteStringValue(value));
                break;
            case JsonTokenType.Number when reader.ValueSpan.IndexOfAny(".eE"u8) < 0:
                writer.WriteNumberValue(reader.GetInt64());
                break;
            case JsonTokenType.Number:
                writer.WriteNumberValue(reader.GetDouble());
                break;
            case JsonTokenType.True or JsonTokenType.False:
                writer.WriteBooleanValue(reader.GetBoolean());
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
        }
    }

    private delegate void Utf8Write(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8);

    private static void WriteUnescaped(Utf8JsonWriter writer, ref Utf8JsonReader reader, Utf8Write write)
    {
        if (!reader.ValueIsEscaped)
        {
            write(writer, reader.ValueSpan);
            return;
        }

        // Unescaped text is never longer than its escaped form.
        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            write(writer, buffer.AsSpan(0, reader.CopyString(buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
