using System.Buffers;
using System.Text;
using System.Text.Json;
using ContentApi.Json;

namespace ContentApi.Tests.Json;

/// <summary>The hand-written article JSON writes each double byte for byte as the serializer does.</summary>
public sealed class JsonNumbersTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("n");

    // As text, so that -0 is not the same case as 0.
    [Theory]
    [InlineData("30")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-7")]
    [InlineData("2.5")]
    [InlineData("0.1")]
    [InlineData("1E-07")]
    [InlineData("123.456")]
    [InlineData("99999999999999")]
    [InlineData("999999999999999")]
    [InlineData("1E+15")]
    [InlineData("-1E+15")]
    [InlineData("9007199254740991")]
    [InlineData("9007199254740992")]
    [InlineData("9007199254740994")]
    [InlineData("1E+16")]
    [InlineData("12345678901234568")]
    [InlineData("1E+17")]
    [InlineData("1.2345678901234568E+17")]
    [InlineData("1.7976931348623157E+308")]
    public void WritesADoubleAsTheSerializerDoes(string text)
    {
        var value = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            JsonNumbers.WriteDouble(writer, Name, value);
            writer.WriteEndObject();
        }

        Assert.Equal(JsonSerializer.Serialize(new { n = value }), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
