using Microsoft.Net.Http.Headers;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Caching;

/// <summary>
/// RFC 9110 §13 preconditions for GET and HEAD: If-None-Match first, If-Modified-Since only without it. A tag of any of
/// the representation's codings matches (as Apache's "-gzip" tags do): the client holds the same content, decoded.
/// </summary>
internal static class ConditionalRequest
{
    public static bool IsNotModified(HttpRequest request, CachedRepresentation representation, DateTimeOffset now)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return AnyTagMatches(ifNoneMatch, representation.IdentityTag, representation.BrotliTag, representation.GzipTag);
        }

        var ifModifiedSince = request.Headers.IfModifiedSince;
        return !StringValues.IsNullOrEmpty(ifModifiedSince)
               // IMF-fixdate, and the obsolete RFC 850 and asctime forms RFC 9110 §5.6.7 says recipients must accept.
               && HeaderUtilities.TryParseDate(ifModifiedSince.ToString(), out var since)
               // A date in the future is no date this server sent (a skewed clock, a made-up header): ignored.
               && since <= now
               && representation.LastModified <= since;
    }

    /// <summary>
    /// Weak comparison (W/"x" matches "x") over the comma-separated lists of every header line; "*" alone matches any.
    /// The field is parsed strictly (RFC 9110 §8.8.3 and §5.6.1): a malformed line — tags without a comma between
    /// them, a member that is not a quoted tag, "*" beside tags — makes the whole precondition match nothing, so a
    /// garbled header is answered with the full representation, never with a 304.
    /// </summary>
    public static bool AnyTagMatches(StringValues headerValues, params ReadOnlySpan<string> entityTags)
    {
        var matched = false;
        foreach (var value in headerValues)
        {
            // "*" stands alone: beside tags on other lines (how some clients split "*, \"x\"") it is malformed.
            switch (Match(value.AsSpan(), entityTags, starAllowed: headerValues.Count == 1))
            {
                case ListMatch.Malformed:
                    return false;
                case ListMatch.Matched:
                    matched = true;
                    break;
            }
        }

        return matched;
    }

    private enum ListMatch
    {
        None,
        Matched,
        Malformed,
    }

    private static ListMatch Match(ReadOnlySpan<char> field, ReadOnlySpan<string> entityTags, bool starAllowed)
    {
        var rest = field.Trim(" \t");
        if (rest.SequenceEqual("*"))
        {
            return starAllowed ? ListMatch.Matched : ListMatch.Malformed;
        }

        var matched = false;
        while (true)
        {
            // Empty list members (", ,") are allowed by the list syntax.
            rest = rest.TrimStart(" \t,");
            if (rest.IsEmpty)
            {
                return matched ? ListMatch.Matched : ListMatch.None;
            }

            var tag = rest.StartsWith("W/", StringComparison.Ordinal) ? rest[2..] : rest;
            var close = tag.IsEmpty || tag[0] != '"' ? -1 : tag[1..].IndexOf('"');
            if (close < 0 || tag[1..(close + 1)].ContainsAnyExcept(EntityTagCharacters))
            {
                return ListMatch.Malformed;
            }

            var candidate = tag[..(close + 2)];
            foreach (var entityTag in entityTags)
            {
                matched |= candidate.SequenceEqual(entityTag);
            }

            rest = tag[(close + 2)..].TrimStart(" \t");
            if (!rest.IsEmpty && rest[0] != ',')
            {
                return ListMatch.Malformed;
            }
        }
    }

    // etagc: "!" and "#" to "~" (RFC 9110 §8.8.3); obs-text is not produced by this server, so it can never match.
    private static readonly System.Buffers.SearchValues<char> EntityTagCharacters =
        System.Buffers.SearchValues.Create("!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");
}
