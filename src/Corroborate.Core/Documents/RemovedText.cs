namespace Corroborate.Documents;

/// <summary>Text taken out of an article while cleaning it, with the reason, so cleaning is auditable.</summary>
/// <param name="Text">The removed text, as it was.</param>
/// <param name="Reason">A short stable reason code, see <see cref="RemovalReasons"/>.</param>
public sealed record RemovedText(string Text, string Reason);

/// <summary>The reasons cleaning gives for removing text. Stable: they appear in the JSON report.</summary>
public static class RemovalReasons
{
    /// <summary>A paragraph that repeats the one before it (captions printed twice).</summary>
    public const string RepeatedParagraph = "repeated-paragraph";
    /// <summary>An ad placeholder marker.</summary>
    public const string AdMarker = "ad-marker";
    /// <summary>A "read more" or related link line.</summary>
    public const string RelatedLink = "related-link";
    /// <summary>Previous/next post navigation.</summary>
    public const string Navigation = "navigation";
    /// <summary>A related-articles header and the headlines listed under it.</summary>
    public const string RelatedArticles = "related-articles";
    /// <summary>A newsletter, subscription or follow prompt.</summary>
    public const string Promo = "promo";
    /// <summary>A photo credit line.</summary>
    public const string PhotoCredit = "photo-credit";
    /// <summary>An image caption.</summary>
    public const string Caption = "caption";
    /// <summary>A byline, kept as metadata.</summary>
    public const string Byline = "byline";
    /// <summary>A scraper's dump header (date line, URL line), kept as metadata.</summary>
    public const string DumpHeader = "dump-header";
    /// <summary>A source or "originally published" line, kept as metadata.</summary>
    public const string SourceLine = "source-line";
    /// <summary>The outlet's domain named alone at the end.</summary>
    public const string DomainLine = "domain-line";
    /// <summary>The headline repeated at the top of the body.</summary>
    public const string Headline = "headline";
    /// <summary>Sharing, comment or cookie widget text.</summary>
    public const string Widget = "widget";
}
