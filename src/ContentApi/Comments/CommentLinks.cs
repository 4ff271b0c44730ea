using System.Text.RegularExpressions;

namespace ContentApi.Comments;

/// <summary>Links in a comment's text, as a spammer writes them: a scheme, or a bare www. address.</summary>
internal static partial class CommentLinks
{
    public static int Count(string text) => Link().Count(text);

    [GeneratedRegex(@"\b(?:https?://|www\.)\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Link();
}
