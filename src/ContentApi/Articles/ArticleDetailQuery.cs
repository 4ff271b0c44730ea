using System.ComponentModel;
using System.Text.Json;
using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Articles;

/// <summary>What to return of one article: top-level members (<c>fields</c>) and embedded collections (<c>include</c>).</summary>
public sealed class ArticleDetailQuery
{
    [Description("Comma-separated top-level members to return, e.g. 'title,sections'. Default: all members.")]
    [AllowedMembers(typeof(ArticleResponse))]
    [CommaSeparated]
    public string? Fields { get; init; }

    [Description("Comma-separated related collections to embed, e.g. 'doseRanges,sources'. Default: all. Collections left out are omitted from the response and not read.")]
    [AllowedMembers(typeof(ArticleResponse), collectionsOnly: true)]
    [CommaSeparated]
    public string? Include { get; init; }

    /// <summary>The collections to read: those included, narrowed to those named in <c>fields</c> when it is given.</summary>
    public ArticleParts Parts
    {
        get
        {
            var parts = Include is null ? ArticleParts.All : ArticlePartNames.Parse(CommaSeparatedAttribute.Split(Include));
            return Fields is null ? parts : parts & ArticlePartNames.Parse(CommaSeparatedAttribute.Split(Fields));
        }
    }

    /// <summary>The JSON member names to keep, or null for all.</summary>
    public IReadOnlySet<string>? FieldNames => Fields is null
        ? null
        : CommaSeparatedAttribute.Split(Fields).Select(name => JsonNamingPolicy.CamelCase.ConvertName(name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
}

public sealed class ArticleDetailQueryValidator : QueryValidator<ArticleDetailQuery>;
