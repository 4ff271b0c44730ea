using System.Text.Json;

namespace ContentApi.Json;

/// <summary>Numbers written exactly as the serializer writes them, for writers that build JSON by hand.</summary>
internal static class JsonNumbers
{
    // Below 2^53 every integer is exactly a double, and the serializer's shortest round-trip form of it is all its digits
    // (30.0 as 30). Above, doubles skip integers and the shortest form may end in rounded digits or an exponent (1E+17).
    private const double ExactIntegerLimit = 9007199254740992;

    /// <summary>
    /// A double as the serializer writes it. Amounts are mostly whole (30.0): written as an integer they come out the same
    /// without the shortest-round-trip formatting, the dearest call in an article's row.
    /// </summary>
    public static void WriteDouble(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        if (Math.Abs(value) < ExactIntegerLimit && value == Math.Truncate(value) && !(value == 0 && double.IsNegative(value)))
        {
            writer.WriteNumber(name, (long)value);
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }
}
