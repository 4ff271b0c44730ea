using ContentApi.Validation;
using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using ContentApi.Editing;
using ContentApi.OpenApi;
using FluentValidation;

namespace ContentApi.Comments;

/// <summary>A comment as a reader's form sends it.</summary>
/// <param name="AuthorName">The name to show, 1 to 100 characters.</param>
/// <param name="Email">The author's e-mail address: never published, never in a public response; used only against duplicates and for erasure.</param>
/// <param name="Body">The comment, plain text up to 5,000 characters (line breaks kept; no HTML or markup is interpreted, ever).</param>
/// <param name="Website">The author's website, an absolute http or https URL, or null.</param>
/// <param name="ParentId">The approved comment on the same article this replies to, or null (replies are one level deep).</param>
/// <param name="FormToken">The token from GET /api/articles/{slug}/comments/form-token, sent at least Comments:MinimumSecondsBeforePost after it was issued.</param>
/// <param name="Phone">Leave out or empty: a field a form hides from people. Anything in it marks the comment as spam.</param>
[RequestSchema("authorName", "email", "body", "formToken")]
public sealed record CommentRequest(
    [property: StringLength(100, MinimumLength = 1)] string? AuthorName, [property: StringLength(254, MinimumLength = 1), EmailAddress] string? Email,
    [property: StringLength(5000, MinimumLength = 1)] string? Body, [property: StringLength(2000), Url] string? Website,
    [property: Range(1, long.MaxValue)] long? ParentId, [property: StringLength(300, MinimumLength = 1)] string? FormToken,
    [property: StringLength(200)] string? Phone);

/// <summary>An erasure request: every comment and personal datum of this address goes.</summary>
/// <param name="Email">The address, as the author gave it (any case).</param>
[RequestSchema("email")]
public sealed record ErasureRequest([property: StringLength(254, MinimumLength = 1), EmailAddress] string? Email);

/// <summary>The rules of a comment; error keys are the body's member names.</summary>
internal sealed class CommentRequestValidator : AbstractValidator<CommentRequest>
{
    public static readonly IReadOnlySet<string> Members = CollectionRules.Members("authorName", "email", "body", "website", "parentId", "formToken", "phone");

    private static readonly int AuthorNameLength = DeclaredLimits.Length((CommentRequest comment) => comment.AuthorName).MaximumLength;

    private static readonly int BodyLength = DeclaredLimits.Length((CommentRequest comment) => comment.Body).MaximumLength;

    private static readonly int WebsiteLength = DeclaredLimits.Length((CommentRequest comment) => comment.Website).MaximumLength;

    private static readonly int PhoneLength = DeclaredLimits.Length((CommentRequest comment) => comment.Phone).MaximumLength;

    public static readonly CommentRequestValidator Rules = new();

    private CommentRequestValidator()
    {
        RuleFor(comment => comment.AuthorName).NotEmpty().WithMessage("'authorName' is required.")
            .Must(name => string.IsNullOrEmpty(name) || VisibleText.HasLetterOrDigit(name)).WithMessage("'authorName' needs a letter or a digit: it cannot be only spaces, marks or invisible characters.")
            .Must(name => name is null || !VisibleText.HasDirectionControl(name)).WithMessage("'authorName' cannot hold text-direction controls (U+202A–U+202E, U+2066–U+2069), which can make a name read as something else.")
            .MaximumLength(AuthorNameLength).WithMessage($"'authorName' must be at most {AuthorNameLength} characters.")
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("'authorName' cannot hold control characters.");
        EmailRules.Apply(this, comment => comment.Email);
        RuleFor(comment => comment.Body).NotEmpty().WithMessage("'body' is required.")
            .Must(body => body is null || body.Trim().Length > 0).WithMessage("'body' cannot be only spaces.")
            .MaximumLength(BodyLength).WithMessage($"'body' must be at most {BodyLength} characters.")
            .Must(body => body is null || !body.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("'body' cannot hold control characters other than line breaks and tabs.");
        RuleFor(comment => comment.Website).MaximumLength(WebsiteLength).WithMessage($"'website' must be at most {WebsiteLength} characters.")
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host)))
            .WithMessage("'website' must be an absolute http or https URL, such as https://example.org/.")
            .Must(url => url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.UserInfo))
            .WithMessage("'website' cannot hold a user name or password.");
        RuleFor(comment => comment.ParentId).GreaterThan(0).WithMessage("'parentId' must be the id of a comment (1 or more), or null.");
        RuleFor(comment => comment.FormToken).NotEmpty()
            .WithMessage("'formToken' is required: fetch one from GET /api/articles/{slug}/comments/form-token when the form is shown.")
            .MaximumLength(DeclaredLimits.Length((CommentRequest comment) => comment.FormToken).MaximumLength).WithMessage("'formToken' is not a token this API issued.");
        RuleFor(comment => comment.Phone).MaximumLength(PhoneLength).WithMessage($"'phone' must be at most {PhoneLength} characters.");
    }
}

internal sealed class ErasureRequestValidator : AbstractValidator<ErasureRequest>
{
    public static readonly IReadOnlySet<string> Members = CollectionRules.Members("email");

    public static readonly ErasureRequestValidator Rules = new();

    private ErasureRequestValidator() => EmailRules.Apply(this, request => request.Email);
}

/// <summary>One rule for an address wherever it is taken, and one way of comparing addresses.</summary>
internal static class EmailRules
{
    private static readonly int EmailLength = DeclaredLimits.Length((ErasureRequest request) => request.Email).MaximumLength;

    public static void Apply<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> member) =>
        validator.RuleFor(member).NotEmpty().WithMessage("'email' is required.")
            .MaximumLength(EmailLength).WithMessage($"'email' must be at most {EmailLength} characters.")
            .Must(email => email is null || IsAddress(email.Trim())).WithMessage("'email' must be an e-mail address, such as reader@example.org.");

    /// <summary>How an address is stored and compared: trimmed and lower-cased, so one person's comments are found whatever case they typed.</summary>
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// A bare address (no display name, no comments), with a dotted domain, and no invisible character (a zero-width
    /// space kept an address apart from the one its owner types, so erasing it missed the comments).
    /// </summary>
    private static bool IsAddress(string email) =>
        MailAddress.TryCreate(email, out var address) && string.Equals(address.Address, email, StringComparison.Ordinal)
        && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.StartsWith('.') && !address.Host.EndsWith('.')
        && !email.Any(char.IsWhiteSpace) && !email.Any(char.IsControl)
        && !email.Any(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
}

/// <summary>A website as stored and served: the URL's canonical form, every character a URL may not hold percent-encoded.</summary>
internal static class CommentWebsites
{
    public static string? Normalised(string? website) =>
        website is not null && Uri.TryCreate(website, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : website;
}
