namespace Corroborate.Cleaning;

/// <summary>Thresholds for <see cref="ScrapedTextCleaner"/>. The defaults suit English news text.</summary>
public sealed record CleaningOptions
{
    /// <summary>The defaults.</summary>
    public static CleaningOptions Default { get; } = new();

    /// <summary>Lines longer than this are never hard-wrapped lines of one paragraph.</summary>
    public int MaxWrapWidth { get; init; } = 110;

    /// <summary>A block whose longest line is shorter than this is never treated as hard-wrapped.</summary>
    public int MinWrapWidth { get; init; } = 40;

    /// <summary>Share of a block's lines (all but the last) that must fill the wrap width for the block to be joined.</summary>
    public double MinFullLineShare { get; init; } = 0.6;

    /// <summary>How many leading paragraphs may hold a headline, a dump header or a byline.</summary>
    public int HeadParagraphs { get; init; } = 6;

    /// <summary>How many trailing paragraphs may hold an own-line byline or credit trailer without a "By".</summary>
    public int TailParagraphs { get; init; } = 4;

    /// <summary>Longest link, navigation or credit line.</summary>
    public int MaxShortLineLength { get; init; } = 250;

    /// <summary>Longest newsletter or follow prompt.</summary>
    public int MaxPromptLength { get; init; } = 320;

    /// <summary>Longest promo or boilerplate paragraph at the end of an article.</summary>
    public int MaxTailPromoLength { get; init; } = 450;

    /// <summary>Distinct promo cues a trailing paragraph needs to count as promo (see <c>ResiduePatterns.PromoCues</c>).</summary>
    public int MinTailPromoCues { get; init; } = 2;

    /// <summary>Longest headline, in characters, in a related-articles list or a dump's first line.</summary>
    public int MaxHeadlineLength { get; init; } = 180;

    /// <summary>Most words in a headline.</summary>
    public int MaxHeadlineWords { get; init; } = 26;

    /// <summary>Most headlines removed after one related-articles header.</summary>
    public int MaxRelatedItems { get; init; } = 12;

    /// <summary>Longest byline, in characters.</summary>
    public int MaxBylineLength { get; init; } = 140;

    /// <summary>Most words in a paragraph taken for an image caption (beside a credit line, or doubled).</summary>
    public int MaxCaptionWords { get; init; } = 40;
}
