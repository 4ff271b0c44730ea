using ContentApi.Articles;

namespace ContentApi.Tests.Articles;

/// <summary>The words of a block, whatever its type.</summary>
internal static class BlockText
{
    /// <summary>A paragraph's text, or a list's lead-in sentence (null when it has none).</summary>
    public static string? Lead(BlockResponse block) => block switch
    {
        ParagraphBlock paragraph => paragraph.Text,
        ListBlock list => list.Text,
        _ => throw new InvalidOperationException($"A block of an unknown type: {block}"),
    };

    /// <summary>All the words a block shows: a paragraph's text, or a list's lead-in and items.</summary>
    public static string Of(BlockResponse block) => block switch
    {
        ParagraphBlock paragraph => paragraph.Text,
        ListBlock list => string.Join(' ', new[] { list.Text ?? "" }.Concat(list.Items)),
        _ => throw new InvalidOperationException($"A block of an unknown type: {block}"),
    };
}
