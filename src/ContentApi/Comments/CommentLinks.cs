using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentApi.Comments;

/// <summary>
/// Links in a comment's text, as a spammer writes them: with a scheme or a bare '//' (several run together count each),
/// a www. address, or a bare domain. Counted in the text as a reader sees it: full-width letters folded (NFKC) and
/// invisible format characters (zero-width spaces) dropped, which would otherwise hide a link from the count.
/// </summary>
internal static partial class CommentLinks
{
    public static int Count(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                visible.Append(c);
            }
        }

        var count = 0;
        foreach (var word in visible.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var addresses = Address().Count(word);
            count += addresses > 0 ? addresses : Domain().IsMatch(word) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Where an address starts: '//' followed by a host (http://, https://, or scheme-relative).</summary>
    [GeneratedRegex(@"//[^/\s]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:^|[^a-z0-9-])(?:www\.[a-z0-9-]|[a-z0-9-]+\.(?:com|org|net|info|biz|io|co|ru|cn|xyz|top|site|online|shop|club|store|app|dev|me|us|uk|de|fr|in|ly|to|cc|tk)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Domain();
}
