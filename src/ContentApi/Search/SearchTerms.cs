using System.Globalization;
using System.Text;
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

    /// <summary>
    /// The words of <paramref name="text"/>, with accents removed after compatibility decomposition, so a decomposed
    /// "magne\u0301sium" and a composed "magnésium" both search for "magnesium" (the index folds accents the same way).
    /// </summary>
    public static IReadOnlyList<string> Parse(string text) =>
        Word().Matches(WithoutMarks(text)).Select(match => match.Value).Take(MaxTerms).ToList();

    public static string ToMatchExpression(IReadOnlyList<string> terms) =>
        string.Join(' ', terms.Select((term, index) => index == terms.Count - 1 && term.Length >= 3 ? $"\"{term}\"*" : $"\"{term}\""));

    /// <summary>
    /// The same terms as a PostgreSQL tsquery text for to_tsquery: each term a quoted lexeme (so no character of it is
    /// read as an operator), ANDed, the last a prefix as in <see cref="ToMatchExpression"/>. Terms are letters and digits
    /// only; quotes and backslashes are escaped anyway, so the text is well formed whatever a term holds.
    /// </summary>
    public static string ToTsQuery(IReadOnlyList<string> terms) =>
        string.Join(" & ", terms.Select((term, index) =>
            $"'{term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'" +
            (index == terms.Count - 1 && term.Length >= 3 ? ":*" : "")));

    private static string WithoutMarks(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) is not UnicodeCategory.NonSpacingMark)
            {
                kept.Append(character);
            }
        }

        return kept.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
