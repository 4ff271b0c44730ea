using System.ComponentModel.DataAnnotations;
using ContentApi.OpenApi;
using FluentValidation;

namespace ContentApi.Editing;

/// <summary>A source as editors see it: the public fields, and the version its ETag names.</summary>
/// <param name="Id">The public id (GET /api/sources/{id}).</param>
/// <param name="Key">Stable citation key, e.g. ODS: what sourceKey names in articles and their items. It cannot change.</param>
/// <param name="Title">Title of the work.</param>
/// <param name="Publisher">Publisher, journal or organization.</param>
/// <param name="Url">Where to read it, or null.</param>
/// <param name="Citation">Full bibliographic citation, or null.</param>
/// <param name="Version">Grows by one with every write; the source's ETag is <c>"source-{id}-v{version}"</c>.</param>
public sealed record EditableSourceResponse(int Id, string Key, string Title, string Publisher, string? Url, string? Citation, int Version);

/// <summary>The body of POST /api/sources (with key) and PUT /api/sources/{id} (without), and what PATCH merges into.</summary>
/// <param name="Key">Only when creating: uppercase letters and digits in words joined by '-', e.g. 'ODS-C'; at most 50 characters, unique (409).</param>
/// <param name="Title">Required, 1 to 500 characters.</param>
/// <param name="Publisher">Required, 1 to 200 characters.</param>
/// <param name="Url">An absolute http or https URL of at most 2,000 characters, or null.</param>
/// <param name="Citation">At most 2,000 characters, or null.</param>
[RequestSchema]
public sealed record SourceRequest(
    [property: StringLength(50, MinimumLength = 1), RegularExpression(SourceRequestValidator.KeyPattern)] string? Key,
    [property: StringLength(500, MinimumLength = 1)] string? Title, [property: StringLength(200, MinimumLength = 1)] string? Publisher,
    [property: StringLength(2000), Url] string? Url, [property: StringLength(2000)] string? Citation);

/// <summary>A source's version ETag, compared strongly as the article's is (<see cref="ArticleVersionTag.Matches"/>).</summary>
internal static class SourceVersionTag
{
    public static string For(long id, int version) => $"\"source-{id}-v{version}\"";
}

/// <summary>The rules a source obeys, whichever write sends it; error keys are the body's member names.</summary>
internal sealed class SourceRequestValidator : CollectionItemValidator<SourceRequest>
{
    public const string KeyPattern = "^[A-Z0-9]+(-[A-Z0-9]+)*$";

    public static readonly IReadOnlySet<string> CreateMembers = CollectionRules.Members("key", "title", "publisher", "url", "citation");

    public static readonly IReadOnlySet<string> EditMembers = CollectionRules.Members("title", "publisher", "url", "citation");

    /// <summary>POST /api/sources documented: key, title and publisher are required; url and citation may be left out or null.</summary>
    public static readonly RequestShape CreateShape = new("NewSourceRequest", CreateMembers, ["key", "title", "publisher"],
        Description: "The body of `POST /api/sources`: the key, title and publisher, and optionally url and citation.");

    /// <summary>PUT /api/sources/{id} documented: title and publisher are required; the key is the source's and is not sent.</summary>
    public static readonly RequestShape ReplaceShape = new("SourceContentRequest", EditMembers, ["title", "publisher"],
        Description: "The body of `PUT /api/sources/{id}`: title and publisher, and optionally url and citation (left out = none).");

    /// <summary>PATCH documented: nothing is required, and title and publisher cannot be removed.</summary>
    public static readonly RequestShape PatchShape = new("SourcePatchRequest", EditMembers, [], NonNullMembers: ["title", "publisher"],
        Description: "The body of `PATCH /api/sources/{id}` (RFC 7396): a member sent replaces, null removes (url and citation only).");

    public static readonly SourceRequestValidator Creating = new(creating: true);

    public static readonly SourceRequestValidator Editing = new(creating: false);

    private SourceRequestValidator(bool creating)
    {
        if (creating)
        {
            RuleFor(source => source.Key).NotEmpty().WithMessage("'key' is required.").MaximumLength(DeclaredLimits.Length((SourceRequest source) => source.Key).MaximumLength)
                .Matches(KeyPattern).WithMessage("'key' must be uppercase letters and digits in words joined by single hyphens, e.g. 'ODS-C'.");
        }
        else
        {
            RuleFor(source => source.Key).Null().WithMessage("'key' cannot be changed: articles and their revisions cite the source by it.");
        }

        RequiredText(source => source.Title);
        RequiredText(source => source.Publisher);
        RuleFor(source => source.Url).MaximumLength(DeclaredLimits.Length((SourceRequest source) => source.Url).MaximumLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("'url' must be an absolute http or https URL.");
        OptionalText(source => source.Citation);
    }
}
