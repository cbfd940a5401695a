using Corroborate.Documents;

namespace Corroborate.Cleaning;

/// <summary>The result of cleaning one article's text.</summary>
/// <param name="Paragraphs">The article's own paragraphs, in order.</param>
/// <param name="Removed">Everything taken out, in document order, each with its reason (<see cref="RemovalReasons"/>).</param>
/// <param name="Metadata">
/// The input metadata completed with what cleaning found (authors from a byline, the date and URL of a dump header,
/// the site from a source or domain line). Fields that were already set are never changed.
/// </param>
public sealed record CleanedText(IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedText> Removed, ArticleMetadata Metadata)
{
    /// <summary>The kept paragraphs joined by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
