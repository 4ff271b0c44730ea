using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Editing;

/// <summary>Who made a write: the API key's public id and name, as its revision records them.</summary>
public sealed record WriteAuthor(string KeyId, string KeyName);

/// <summary>The current article with its id (for its ETag) and version.</summary>
public sealed record StoredArticle(long Id, EditableArticleResponse Article)
{
    public string ETag => ArticleVersionTag.For(Id, Article.Version);
}

/// <summary>
/// What a write does to the current article, decided inside the write's transaction: a new document with the line its
/// revision records (<see cref="Replace"/>), deleting it, or a refusal.
/// </summary>
public abstract record ArticleChange
{
    private ArticleChange()
    {
    }

    /// <summary>Make the article <paramref name="Next"/> (its slug and version are ignored). <paramref name="Summary"/> leads the revision's line.</summary>
    public sealed record Replace(EditableArticleResponse Next, string Summary) : ArticleChange;

    public sealed record Delete : ArticleChange;

    public sealed record Refuse(ValidationProblem? Invalid, EditProblem? Problem) : ArticleChange;

    public static ArticleChange Refused(ValidationProblem invalid) => new Refuse(invalid, null);

    public static ArticleChange Refused(EditProblem problem) => new Refuse(null, problem);
}

/// <summary>How a write ended.</summary>
public abstract record WriteOutcome
{
    private WriteOutcome()
    {
    }

    public sealed record Written(StoredArticle Article) : WriteOutcome;

    public sealed record Deleted : WriteOutcome;

    public sealed record NotFound : WriteOutcome;

    public sealed record Refused(ValidationProblem? Invalid, EditProblem? Problem) : WriteOutcome;
}
