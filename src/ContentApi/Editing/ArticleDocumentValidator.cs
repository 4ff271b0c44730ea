using ContentApi.Articles;
using FluentValidation;

namespace ContentApi.Editing;

/// <summary>
/// The rules every article document obeys, whichever write sends it (create, PUT, the result of a PATCH, a restore).
/// Error keys are JSON paths as clients write them: 'title', 'sections[1].blocks[0].text'. Whether a block's source
/// exists is checked in the write's transaction (<see cref="ArticleWriteRepository"/>).
/// </summary>
internal class ArticleDocumentValidator : AbstractValidator<ArticleDocumentRequest>
{
    /// <summary>Lowercase letters and digits in words joined by single hyphens: what the articles table's CHECK accepts.</summary>
    public const string KeyPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const int MaxSections = 200;

    public const int MaxBlocksPerSection = 200;

    public const int MaxItemsPerList = 100;

    public const int MaxItemLength = 2000;

    /// <summary>
    /// Body text is plain text: line breaks and tabs, no other control character (a NUL cut search snippets short, and
    /// none has a meaning a reader could see).
    /// </summary>
    private static bool IsPlainText(string? text) => text is null || !text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'));

    private static string PlainTextMessage(string what) => $"{what} cannot hold control characters other than line breaks and tabs.";

    /// <summary>For PUT, PATCH and restore: the slug is the address and is not sent.</summary>
    public ArticleDocumentValidator()
        : this(creating: false)
    {
    }

    protected ArticleDocumentValidator(bool creating)
    {
        if (creating)
        {
            RuleFor(article => article.Slug).NotEmpty().WithMessage("'slug' is required.")
                .MaximumLength(100).Matches(KeyPattern)
                .WithMessage("'slug' must be lowercase letters and digits in words joined by single hyphens, e.g. 'zinc-for-colds'.");
        }
        else
        {
            RuleFor(article => article.Slug).Null().WithMessage("'slug' cannot be changed; it is the article's address.");
        }

        Text(article => article.Title, "title", 200);
        Text(article => article.Summary, "summary", 500);
        Text(article => article.Category, "category", 50);
        Text(article => article.Disclaimer, "disclaimer", 2000);
        RuleFor(article => article.NextReviewAt)
            .Must((article, next) => next is null || article.LastReviewedAt is null || next > article.LastReviewedAt)
            .WithMessage("'nextReviewAt' must be after 'lastReviewedAt'.");
        RuleFor(article => article.LastReviewedAt)
            .Must(last => last is null || last <= DateTimeOffset.UtcNow.AddMinutes(5))
            .WithMessage("'lastReviewedAt' cannot be in the future.");
        RuleFor(article => article.Sections).Must(sections => sections is null || sections.Count <= MaxSections)
            .WithMessage($"An article has at most {MaxSections} sections.");
        RuleFor(article => article.Sections)
            .Must(sections => sections is null || sections.Where(section => section?.Key is not null).GroupBy(section => section.Key).All(group => group.Count() == 1))
            .WithMessage("Section keys must be unique within the article.");
        RuleForEach(article => article.Sections).NotNull().WithMessage("A section must be an object.").SetValidator(new SectionValidator()!);
    }

    private void Text(System.Linq.Expressions.Expression<Func<ArticleDocumentRequest, string?>> member, string name, int maxLength) =>
        RuleFor(member).NotEmpty().WithMessage($"'{name}' is required.")
            .MaximumLength(maxLength).WithMessage($"'{name}' must be at most {maxLength} characters.")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage($"'{name}' cannot hold control characters.");

    private sealed class SectionValidator : AbstractValidator<EditableSectionRequest>
    {
        public SectionValidator()
        {
            RuleFor(section => section.Key).NotEmpty().WithMessage("'key' is required.").MaximumLength(100).Matches(KeyPattern)
                .WithMessage("'key' must be lowercase letters and digits in words joined by single hyphens, e.g. 'forms-and-doses'.");
            RuleFor(section => section.Heading).NotEmpty().WithMessage("'heading' is required.").MaximumLength(200)
                .Must(heading => heading is null || !heading.Any(char.IsControl)).WithMessage("'heading' cannot hold control characters.");
            RuleFor(section => section.Blocks).NotNull().WithMessage("'blocks' is required (an empty list is allowed).")
                .Must(blocks => blocks is null || blocks.Count <= MaxBlocksPerSection).WithMessage($"A section has at most {MaxBlocksPerSection} blocks.");
            RuleForEach(section => section.Blocks).NotNull().WithMessage("A block must be an object with a 'type'.").SetValidator(new BlockValidator()!);
        }
    }

    private sealed class BlockValidator : AbstractValidator<BlockResponse>
    {
        public BlockValidator()
        {
            RuleFor(block => block.SourceKey).MaximumLength(50);
            When(block => block is ParagraphBlock, () =>
                RuleFor(block => ((ParagraphBlock)block).Text).NotEmpty().OverridePropertyName("text").WithMessage("A paragraph's 'text' is required.")
                    .MaximumLength(10_000).WithMessage("A paragraph's 'text' must be at most 10,000 characters.")
                    .Must(IsPlainText).WithMessage(PlainTextMessage("A paragraph's 'text'")));
            When(block => block is ListBlock, () =>
            {
                RuleFor(block => ((ListBlock)block).Style).Must(style => style is "bulleted" or "numbered").OverridePropertyName("style")
                    .WithMessage("A list's 'style' must be 'bulleted' or 'numbered'.");
                RuleFor(block => ((ListBlock)block).Items).Must(items => items is { Count: > 0 } && items.All(item => !string.IsNullOrWhiteSpace(item)))
                    .OverridePropertyName("items").WithMessage("A list needs 'items': at least one, none empty.")
                    .Must(items => items is null || items.Count <= MaxItemsPerList).WithMessage($"A list has at most {MaxItemsPerList} items.");
                RuleForEach(block => ((ListBlock)block).Items)
                    .MaximumLength(MaxItemLength).WithMessage("A list item must be at most 2,000 characters.").OverridePropertyName("items")
                    .Must(IsPlainText).WithMessage(PlainTextMessage("A list item"));
                RuleFor(block => ((ListBlock)block).Text).MaximumLength(2000).OverridePropertyName("text")
                    .Must(IsPlainText).WithMessage(PlainTextMessage("A list's 'text'"));
            });
        }
    }
}

/// <summary>For create: the document names its slug.</summary>
internal sealed class NewArticleValidator() : ArticleDocumentValidator(creating: true);
