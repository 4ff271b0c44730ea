using System.ComponentModel;
using ContentApi.Validation;

namespace ContentApi.Preview;

/// <summary>
/// <c>?preview=true</c> on a read that can show drafts. Declared like any other query parameter, so it is validated
/// (anything but true or false is a 400 naming 'preview'), documented and part of the representation cache's key.
/// What the read may show is decided by <see cref="PreviewReads.VisibilityFor(PreviewQuery, HttpContext)"/>, after the key is checked.
/// </summary>
public sealed class PreviewQuery
{
    public const string Name = "preview";

    [Description("true: also drafts and scheduled drafts, as they stand; needs an API key with content:preview (401 without a key, 403 without the scope), and the answer is private (Cache-Control: private, no-store). false or left out: published content only, as every public read.")]
    [DefaultValue(false)]
    public QueryBoolean? Preview { get; init; }

    /// <summary>Whether the client asked for a preview (the validator has refused any text but true or false).</summary>
    public bool IsAsked => Preview?.Value is true;
}

public sealed class PreviewQueryValidator : QueryValidator<PreviewQuery>;
