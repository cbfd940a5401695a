using Corroborate.Documents;

namespace Corroborate.Cleaning;

/// <summary>
/// Removes scraping residue from an article's text: repeated captions, ad markers, "read more" and source
/// lines, post navigation, related-article lists, newsletter and follow prompts, trailing promo, photo
/// credits, bylines, a scraper's dump header and a trailing domain. Every removal is kept with its reason,
/// and what the residue says about the article (authors, date, URL, site) completes its metadata.
/// </summary>
/// <remarks>Stateless and thread-safe: one instance can clean any number of articles in parallel.</remarks>
public sealed class ScrapedTextCleaner
{
    /// <summary>A cleaner with <see cref="CleaningOptions.Default"/>.</summary>
    public ScrapedTextCleaner()
        : this(CleaningOptions.Default)
    {
    }

    /// <summary>A cleaner with the given thresholds.</summary>
    public ScrapedTextCleaner(CleaningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The thresholds in use.</summary>
    public CleaningOptions Options { get; }

    /// <summary>
    /// Cleans raw text. Paragraphs are separated by blank lines or single newlines; lines hard-wrapped inside a
    /// blank-line-separated block are joined into one paragraph.
    /// </summary>
    /// <param name="text">The article text as scraped.</param>
    /// <param name="metadata">What is already known; cleaning fills only the fields that are empty.</param>
    public CleanedText Clean(string text, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        return Clean(ParagraphSplitter.Split(text, Options), metadata);
    }

    /// <summary>Cleans text already split into paragraphs (for example by HTML extraction).</summary>
    /// <param name="paragraphs">The paragraphs in document order; empty ones are skipped.</param>
    /// <param name="metadata">What is already known; cleaning fills only the fields that are empty.</param>
    public CleanedText Clean(IReadOnlyList<string> paragraphs, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(metadata);
        return new CleaningRun(paragraphs, metadata, Options).Execute();
    }
}
