using System.Globalization;
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

    public static readonly int MaxSections = DeclaredLimits.MaxItems((ArticleDocumentRequest article) => article.Sections);

    public static readonly int MaxBlocksPerSection = DeclaredLimits.MaxItems((EditableSectionRequest section) => section.Blocks);

    public static readonly int MaxItemsPerList = DeclaredLimits.MaxItems((ListBlock list) => list.Items);

    public static readonly int MaxItemLength = DeclaredLimits.ItemLength((ListBlock list) => list.Items).MaximumLength;

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
                .MaximumLength(DeclaredLimits.Length((ArticleDocumentRequest article) => article.Slug).MaximumLength).Matches(KeyPattern)
                .WithMessage("'slug' must be lowercase letters and digits in words joined by single hyphens, e.g. 'zinc-for-colds'.");
        }
        else
        {
            RuleFor(article => article.Slug).Null().WithMessage("'slug' cannot be changed; it is the article's address.");
        }

        Text(article => article.Title, "title");
        Text(article => article.Summary, "summary");
        Text(article => article.Category, "category");
        Text(article => article.Disclaimer, "disclaimer");
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

    private void Text(System.Linq.Expressions.Expression<Func<ArticleDocumentRequest, string?>> member, string name)
    {
        var maxLength = DeclaredLimits.Length(member).MaximumLength;
        RuleFor(member).NotEmpty().WithMessage($"'{name}' is required.")
            .MaximumLength(maxLength).WithMessage($"'{name}' must be at most {maxLength} characters.")
            .Must(text => text is null || !text.Any(char.IsControl)).WithMessage($"'{name}' cannot hold control characters.");
    }

    private sealed class SectionValidator : AbstractValidator<EditableSectionRequest>
    {
        public SectionValidator()
        {
            RuleFor(section => section.Key).NotEmpty().WithMessage("'key' is required.")
                .MaximumLength(DeclaredLimits.Length((EditableSectionRequest section) => section.Key).MaximumLength).Matches(KeyPattern)
                .WithMessage("'key' must be lowercase letters and digits in words joined by single hyphens, e.g. 'forms-and-doses'.");
            RuleFor(section => section.Heading).NotEmpty().WithMessage("'heading' is required.")
                .MaximumLength(DeclaredLimits.Length((EditableSectionRequest section) => section.Heading).MaximumLength)
                .Must(heading => heading is null || !heading.Any(char.IsControl)).WithMessage("'heading' cannot hold control characters.");
            RuleFor(section => section.Blocks).NotNull().WithMessage("'blocks' is required (an empty list is allowed).")
                .Must(blocks => blocks is null || blocks.Count <= MaxBlocksPerSection).WithMessage($"A section has at most {MaxBlocksPerSection} blocks.");
            RuleForEach(section => section.Blocks).NotNull().WithMessage("A block must be an object with a 'type'.").SetValidator(new BlockValidator()!);
        }
    }

    private sealed class BlockValidator : AbstractValidator<BlockResponse>
    {
        private static readonly int ParagraphLength = DeclaredLimits.Length((ParagraphBlock paragraph) => paragraph.Text).MaximumLength;

        public BlockValidator()
        {
            RuleFor(block => block.SourceKey).MaximumLength(DeclaredLimits.Length((BlockResponse block) => block.SourceKey).MaximumLength);
            When(block => block is ParagraphBlock, () =>
                RuleFor(block => ((ParagraphBlock)block).Text).NotEmpty().OverridePropertyName("text").WithMessage("A paragraph's 'text' is required.")
                    .MaximumLength(ParagraphLength).WithMessage($"A paragraph's 'text' must be at most {ParagraphLength.ToString("N0", CultureInfo.InvariantCulture)} characters.")
                    .Must(IsPlainText).WithMessage(PlainTextMessage("A paragraph's 'text'")));
            When(block => block is ListBlock, () =>
            {
                RuleFor(block => ((ListBlock)block).Style).Must(style => style is "bulleted" or "numbered").OverridePropertyName("style")
                    .WithMessage("A list's 'style' must be 'bulleted' or 'numbered'.");
                RuleFor(block => ((ListBlock)block).Items).Must(items => items is { Count: > 0 })
                    .OverridePropertyName("items").WithMessage("A list needs 'items': at least one.")
                    .Must(items => items is null || items.Count <= MaxItemsPerList).WithMessage($"A list has at most {MaxItemsPerList} items.");
                RuleForEach(block => ((ListBlock)block).Items)
                    .Must(item => !string.IsNullOrWhiteSpace(item)).WithMessage("A list item cannot be empty.")
                    .MaximumLength(MaxItemLength).WithMessage($"A list item must be at most {MaxItemLength.ToString("N0", CultureInfo.InvariantCulture)} characters.").OverridePropertyName("items")
                    .Must(IsPlainText).WithMessage(PlainTextMessage("A list item"));
                RuleFor(block => ((ListBlock)block).Text).MaximumLength(DeclaredLimits.Length((ListBlock list) => list.Text).MaximumLength).OverridePropertyName("text")
                    .Must(IsPlainText).WithMessage(PlainTextMessage("A list's 'text'"));
            });
        }
    }
}

/// <summary>For create: the document names its slug.</summary>
internal sealed class NewArticleValidator() : ArticleDocumentValidator(creating: true);
