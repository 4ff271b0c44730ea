using System.Globalization;
using System.Text;

namespace ContentApi.Database;

/// <summary>Timestamps are stored as ISO 8601 UTC text.</summary>
internal static class Timestamps
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, Styles);

    /// <summary>
    /// The same, read straight from SQLite's UTF-8 text without making a string of it. The form every row is written in,
    /// 2026-11-24T00:00:00Z, is read by position (a general parse of it costs more than the rest of its row).
    /// </summary>
    public static DateTimeOffset Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8 is [_, _, _, _, (byte)'-', _, _, (byte)'-', _, _, (byte)'T', _, _, (byte)':', _, _, (byte)':', _, _, (byte)'Z']
            && TryDigits(utf8[..4], out var year) && TryDigits(utf8[5..7], out var month) && TryDigits(utf8[8..10], out var day)
            && TryDigits(utf8[11..13], out var hour) && TryDigits(utf8[14..16], out var minute) && TryDigits(utf8[17..19], out var second))
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        }

        Span<char> chars = stackalloc char[Math.Min(utf8.Length, 128)];
        return Encoding.UTF8.TryGetChars(utf8, chars, out var length)
            ? DateTimeOffset.Parse(chars[..length], CultureInfo.InvariantCulture, Styles)
            : Parse(Encoding.UTF8.GetString(utf8));
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit((char)digit))
            {
                return false;
            }

            value = value * 10 + digit - '0';
        }

        return true;
    }

    public static DateTimeOffset? ParseOptional(string? value) => value is null ? null : Parse(value);
}
