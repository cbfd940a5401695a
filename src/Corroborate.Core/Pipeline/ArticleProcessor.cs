using Corroborate.Cleaning;
using Corroborate.Documents;
using Corroborate.Extraction;
using Corroborate.Html;
using Corroborate.Ingestion;
using Corroborate.Text;

namespace Corroborate.Pipeline;

/// <summary>Options for the per-article stages.</summary>
public sealed record PipelineOptions
{
    /// <summary>Main-text extraction options.</summary>
    public ExtractionOptions Extraction { get; init; } = new();

    /// <summary>Cleaning options.</summary>
    public CleaningOptions Cleaning { get; init; } = new();
}

/// <summary>
/// Runs the per-article stages: main-text extraction for HTML pages, conversion of HTML fragments,
/// and cleaning of the text, producing a <see cref="NewsDocument"/>.
/// </summary>
/// <remarks>Thread-safe: one instance can process articles concurrently.</remarks>
public sealed class ArticleProcessor
{
    private readonly ArticleExtractor _extractor;
    private readonly ScrapedTextCleaner _cleaner;

    /// <summary>Creates a processor.</summary>
    public ArticleProcessor(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        _extractor = new ArticleExtractor(options.Extraction);
        _cleaner = new ScrapedTextCleaner(options.Cleaning);
    }

    /// <summary>
    /// <see cref="Process"/> behind an isolation boundary: one article's failure is that article's problem,
    /// reported against it (an internal error included), and the caller's batch goes on.
    /// </summary>
    public NewsDocument? ProcessIsolated(Article article, Action<InputProblem> report)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(report);
        try
        {
            return Process(article, report);
        }
#pragma warning disable CA1031 // Isolation boundary: any failure becomes a problem line for this input only.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            report(new InputProblem(article.Origin, $"could not be processed (internal error: {exception.Message})", ProblemSeverity.Error));
            return null;
        }
    }

    /// <summary>
    /// Processes one article. Returns null, and reports why, when no article text could be found
    /// (an HTML page with no article in it, a record whose body is empty after cleaning).
    /// </summary>
    public NewsDocument? Process(Article article, Action<InputProblem>? report = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Pages are large and their text is rebuilt by extraction: clean what comes out of it instead.
        article = article.Kind == ContentKind.HtmlPage ? article : Sanitize(article);
        var doc = new NewsDocument(article);
        CleanedText cleaned;
        switch (article.Kind)
        {
            case ContentKind.HtmlPage:
                if (LooksTruncated(article.Content))
                {
                    report?.Invoke(new InputProblem(article.Origin, "page ends before </body> or </html> (truncated?); read what is there", ProblemSeverity.Warning));
                }

                var extracted = _extractor.Extract(article.Content);
                doc.Removed.AddRange(extracted.Removed.Select(r => r with { Text = TextSanitizer.Clean(r.Text) }));
                // What the source declared (feed fields, JSON fields) wins over what the page says.
                cleaned = _cleaner.Clean(extracted.Paragraphs, article.Metadata.Merge(extracted.Metadata));
                break;
            case ContentKind.HtmlFragment:
                var fragment = HtmlParser.Parse(article.Content);
                var paragraphs = new List<string>();
                foreach (var block in BlockRenderer.Render(fragment, IsCaption))
                {
                    paragraphs.Add(block.Text);
                }

                CollectCaptions(fragment, doc.Removed);
                cleaned = _cleaner.Clean(paragraphs, article.Metadata);
                break;
            default:
                cleaned = _cleaner.Clean(article.Content, article.Metadata);
                break;
        }

        if (article.Kind == ContentKind.HtmlPage)
        {
            doc.Removed.AddRange(cleaned.Removed.Select(r => r with { Text = TextSanitizer.Clean(r.Text) }));
            doc.Metadata = SanitizeMetadata(cleaned.Metadata);
            doc.SetParagraphs(cleaned.Paragraphs.Select(TextSanitizer.Clean));
        }
        else
        {
            doc.Removed.AddRange(cleaned.Removed);
            doc.Metadata = cleaned.Metadata;
            doc.SetParagraphs(cleaned.Paragraphs);
        }

        if (doc.Text.Length == 0)
        {
            report?.Invoke(new InputProblem(article.Origin,
                article.Kind == ContentKind.HtmlPage ? "no article text found in the page" : "no article text left after cleaning",
                ProblemSeverity.Error));
            return null;
        }

        doc.Fingerprint = Deduplication.CopyDetector.Fingerprint(doc);
        doc.Quotes.AddRange(Quotes.QuoteExtractor.Default.Extract(doc));
        doc.Figures.AddRange(Figures.FigureExtractor.Extract(doc));
        Figures.FigureSpeakers.Assign(doc);
        return doc;
    }

    // Unpaired surrogates (from "\uD800" escapes or &#xD800;) would make every later writer throw.
    private static Article Sanitize(Article article) =>
        article with { Content = TextSanitizer.Clean(article.Content), Metadata = SanitizeMetadata(article.Metadata) };

    private static ArticleMetadata SanitizeMetadata(ArticleMetadata metadata) => metadata with
    {
        Title = TextSanitizer.CleanOrNull(metadata.Title),
        Authors = metadata.Authors.Select(TextSanitizer.Clean).ToList(),
        Url = TextSanitizer.CleanOrNull(metadata.Url),
        SiteName = TextSanitizer.CleanOrNull(metadata.SiteName),
        Language = TextSanitizer.CleanOrNull(metadata.Language),
    };

    // Saved pages end with </html> (or at least </body>); one that stops mid-element was cut off.
    private static bool LooksTruncated(string html)
    {
        var tail = html.AsSpan(Math.Max(0, html.Length - 4096));
        return !tail.Contains("</html", StringComparison.OrdinalIgnoreCase) && !tail.Contains("</body", StringComparison.OrdinalIgnoreCase)
            && html.AsSpan().Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCaption(HtmlNode node) => node.Name is "figcaption" or "figure";

    private static void CollectCaptions(HtmlNode fragment, List<RemovedText> removed)
    {
        foreach (var node in fragment.Descendants())
        {
            if (node.Name == "figcaption")
            {
                var text = BlockRenderer.RenderText(node).Trim();
                if (text.Length > 0)
                {
                    removed.Add(new RemovedText(text, RemovalReasons.Caption));
                }
            }
        }
    }
}
