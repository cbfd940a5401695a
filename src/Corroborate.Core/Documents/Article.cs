namespace Corroborate.Documents;

/// <summary>How an article's content arrived.</summary>
public enum ContentKind
{
    /// <summary>A whole HTML page: the article must be extracted from its chrome.</summary>
    HtmlPage,

    /// <summary>An HTML fragment holding only the article (a feed item's content).</summary>
    HtmlFragment,

    /// <summary>Plain text, possibly a scraper's dump with residue.</summary>
    PlainText,
}

/// <summary>One article as read from its source, before extraction and cleaning. Immutable.</summary>
/// <param name="Id">Stable id: the file stem, or the record's id, made unique within a batch.</param>
/// <param name="Origin">Where it came from: a file path, with a line or item number when the file holds many.</param>
/// <param name="Kind">How <paramref name="Content"/> must be read.</param>
/// <param name="Content">The page, fragment or text.</param>
/// <param name="Metadata">What the source itself declared (feed fields, JSON fields).</param>
public sealed record Article(string Id, SourceLocation Origin, ContentKind Kind, string Content, ArticleMetadata Metadata);

/// <summary>A file and, when the file holds several records, the line or item that one came from.</summary>
public readonly record struct SourceLocation(string Path, int? Line = null, int? Item = null)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Line is { } line ? $"{Path}:{line}" : Item is { } item ? $"{Path}#{item}" : Path;
}
