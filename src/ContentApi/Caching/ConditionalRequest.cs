using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Caching;

/// <summary>RFC 9110 §13 preconditions for GET and HEAD: If-None-Match first, If-Modified-Since only without it.</summary>
internal static class ConditionalRequest
{
    public static bool IsNotModified(HttpRequest request, CachedRepresentation representation)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return AnyTagMatches(ifNoneMatch, representation.ETag);
        }

        var ifModifiedSince = request.Headers.IfModifiedSince;
        return !StringValues.IsNullOrEmpty(ifModifiedSince)
               && DateTimeOffset.TryParseExact(ifModifiedSince.ToString(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
               && representation.LastModified <= since;
    }

    /// <summary>Weak comparison (W/"x" matches "x"), over comma-separated lists in one or more header lines; "*" matches any.</summary>
    public static bool AnyTagMatches(StringValues headerValues, string entityTag)
    {
        foreach (var value in headerValues)
        {
            if (value is not null && ListContains(value.AsSpan(), entityTag.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ListContains(ReadOnlySpan<char> list, ReadOnlySpan<char> entityTag)
    {
        while (!list.IsEmpty)
        {
            list = list.TrimStart(" \t,");
            if (list.IsEmpty)
            {
                return false;
            }

            if (list[0] == '*')
            {
                return true;
            }

            if (list.StartsWith("W/", StringComparison.Ordinal))
            {
                list = list[2..];
            }

            if (list.IsEmpty || list[0] != '"')
            {
                // Not a tag: skip to the next list member.
                var comma = list.IndexOf(',');
                list = comma < 0 ? [] : list[(comma + 1)..];
                continue;
            }

            var close = list[1..].IndexOf('"');
            if (close < 0)
            {
                return false;
            }

            if (list[..(close + 2)].SequenceEqual(entityTag))
            {
                return true;
            }

            list = list[(close + 2)..];
        }

        return false;
    }
}
