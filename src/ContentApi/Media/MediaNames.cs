using System.Text;

namespace ContentApi.Media;

/// <summary>The readable name in an image's URL (<c>/media/7/magnesium-capsules</c>), made from the uploaded file's name or the alt text.</summary>
internal static class MediaNames
{
    public const int MaxLength = 80;

    /// <summary>Lowercase ASCII letters and digits in words joined by '-', without the file's extension; "image" when nothing is left.</summary>
    public static string From(string? fileName, string alt)
    {
        var source = string.IsNullOrWhiteSpace(fileName) ? alt : Path.GetFileNameWithoutExtension(fileName);
        var name = new StringBuilder(MaxLength);
        foreach (var c in source.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (name.Length >= MaxLength)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                name.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.')
            {
                if (name.Length > 0 && name[^1] != '-')
                {
                    name.Append('-');
                }
            }
        }

        var text = name.ToString().Trim('-');
        return text.Length == 0 ? "image" : text;
    }
}
