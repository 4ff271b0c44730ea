using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Caching;

/// <summary>Picks br, gzip or identity from Accept-Encoding (RFC 9110 §12.5.3), honouring q-values and q=0.</summary>
internal static class ContentEncodingNegotiator
{
    public static ContentCoding Choose(StringValues acceptEncoding)
    {
        double brotli = -1, gzip = -1, any = -1;
        foreach (var value in acceptEncoding)
        {
            foreach (var range in value.AsSpan().Split(','))
            {
                var member = value.AsSpan()[range].Trim();
                var semicolon = member.IndexOf(';');
                var coding = (semicolon < 0 ? member : member[..semicolon]).Trim();
                var quality = semicolon < 0 ? 1.0 : Quality(member[(semicolon + 1)..]);
                if (coding.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    brotli = quality;
                }
                // RFC 9110 §8.4.1.3: x-gzip is gzip.
                else if (coding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || coding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
                {
                    gzip = quality;
                }
                else if (coding.SequenceEqual("*"))
                {
                    any = quality;
                }
            }
        }

        brotli = brotli < 0 ? any : brotli;
        gzip = gzip < 0 ? any : gzip;
        if (brotli <= 0 && gzip <= 0)
        {
            return ContentCoding.Identity;
        }

        return brotli >= gzip ? ContentCoding.Brotli : ContentCoding.Gzip;
    }

    /// <summary>The weight among the member's parameters (<c>;level=5;q=0</c>); a missing or unreadable one (NaN) counts as 1.</summary>
    private static double Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.Length > 2 && (parameter[0] is 'q' or 'Q') && parameter[1] == '='
                && double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quality)
                && double.IsFinite(quality))
            {
                return Math.Clamp(quality, 0, 1);
            }
        }

        return 1.0;
    }
}
