namespace ContentApi.Validation;

/// <summary>
/// Text shown to people as written (a commenter's name, an image's alt text): it must say something visible, and it may
/// not hold the controls that make text display as something other than what it holds.
/// </summary>
internal static class VisibleText
{
    /// <summary>A letter or digit: text of only spaces, marks or invisible characters (zero-width spaces) shows as blank.</summary>
    public static bool HasLetterOrDigit(string text) => text.Any(char.IsLetterOrDigit);

    /// <summary>
    /// The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), with which
    /// "Admin\u202Egnp.exe" displays as "Adminexe.png".
    /// </summary>
    public static bool HasDirectionControl(string text) => text.Any(c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

    /// <summary>Line and paragraph separators (U+2028, U+2029), which break a line that is meant to be one.</summary>
    public static bool HasLineSeparator(string text) => text.Any(c => c is '\u2028' or '\u2029');
}
