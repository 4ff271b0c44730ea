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
                else if (coding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
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

    private static double Quality(ReadOnlySpan<char> parameters)
    {
        parameters = parameters.Trim();
        if (parameters.Length > 2 && (parameters[0] is 'q' or 'Q') && parameters[1] == '='
            && double.TryParse(parameters[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quality))
        {
            return Math.Clamp(quality, 0, 1);
        }

        return 1.0;
    }
}
