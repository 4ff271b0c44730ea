using System.Globalization;
using System.Text;

namespace ContentApi.Interactions;

/// <summary>
/// Folds what people type into a comparable key: case, accents, punctuation, spacing and simple plurals
/// ("Quinolone Antibiotics" and "quinolone-antibiotic" both become "quinolone antibiotic").
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(character) ? char.ToLowerInvariant(character) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular);
        return string.Join(' ', words);
    }

    // Good enough for drug and condition names; both sides of a comparison go through the same rule.
    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
