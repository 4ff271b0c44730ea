using System.Globalization;

namespace ContentApi.Database;

/// <summary>Timestamps are stored as ISO 8601 UTC text.</summary>
internal static class Timestamps
{
    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseOptional(string? value) => value is null ? null : Parse(value);
}
