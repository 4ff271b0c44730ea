using System.Text.RegularExpressions;

namespace ContentApi.Search;

/// <summary>
/// Turns user text into a safe FTS5 query. Only runs of letters and digits survive, each as a quoted string,
/// so quotes, '*', 'NEAR', '-', 'column:' and brackets can never reach FTS5 as syntax. Words are ANDed; the
/// last word also matches as a prefix, for search-as-you-type.
/// </summary>
public static partial class SearchTerms
{
    private const int MaxTerms = 16;

    public static IReadOnlyList<string> Parse(string text) =>
        Word().Matches(text).Select(match => match.Value).Take(MaxTerms).ToList();

    public static string ToMatchExpression(IReadOnlyList<string> terms) =>
        string.Join(' ', terms.Select((term, index) => index == terms.Count - 1 && term.Length >= 3 ? $"\"{term}\"*" : $"\"{term}\""));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
