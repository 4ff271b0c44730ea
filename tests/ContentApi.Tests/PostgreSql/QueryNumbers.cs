using ContentApi.Validation;

namespace ContentApi.Tests.PostgreSql;

/// <summary>Query numbers as a request's binder makes them, for calling repositories directly.</summary>
internal static class QueryNumbers
{
    public static QueryNumber<T> Of<T>(T value) where T : struct, System.Numerics.INumber<T> =>
        QueryNumber<T>.TryParse(value.ToString(null, System.Globalization.CultureInfo.InvariantCulture), null, out var number)
            ? number
            : throw new ArgumentException($"{value} is no query number.");
}
