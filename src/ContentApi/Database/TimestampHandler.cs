using System.Data;
using System.Globalization;
using Dapper;

namespace ContentApi.Database;

/// <summary>
/// Lets rows declare <see cref="DateTimeOffset"/> for timestamp columns, which hold ISO 8601 UTC text
/// (<see cref="Timestamps"/>): Dapper parses them on read and writes the same text form on write.
/// </summary>
internal sealed class TimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    /// <summary>
    /// Dapper's handlers are process-wide, so registering twice changes nothing. Its built-in mapping would send a
    /// parameter as "2026-11-24 01:30:00+02:00", text that sorts apart from the stored form; removed, so SetValue runs.
    /// </summary>
    public static void Register()
    {
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.AddTypeHandler(new TimestampHandler());
    }

    public override DateTimeOffset Parse(object value) => Timestamps.Parse((string)value);

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = Text(value);

    /// <summary>The stored text of a timestamp: ISO 8601 in UTC, with as many fraction digits as it has.</summary>
    public static string Text(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
