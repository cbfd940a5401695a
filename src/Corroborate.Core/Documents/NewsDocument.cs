namespace Corroborate.Documents;

/// <summary>
/// The working document that flows through the pipeline stages. Every annotation is a span into
/// <see cref="Text"/>, the cleaned text.
/// </summary>
/// <remarks>Owned by one thread at a time.</remarks>
public sealed class NewsDocument
{
    /// <summary>Creates a document for an article.</summary>
    public NewsDocument(Article source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Metadata = source.Metadata;
    }

    /// <summary>The article as read.</summary>
    public Article Source { get; }

    /// <summary>Id, unique within a batch.</summary>
    public string Id => Source.Id;

    /// <summary>Metadata: the source's own, completed by extraction and cleaning.</summary>
    public ArticleMetadata Metadata { get; set; }

    /// <summary>The cleaned text. All spans index into it. Paragraphs are separated by a blank line.</summary>
    public string Text { get; set; } = "";

    /// <summary>Paragraph spans into <see cref="Text"/>.</summary>
    public List<TextSpan> Paragraphs { get; } = [];

    /// <summary>Everything cleaning removed, with its reason.</summary>
    public List<RemovedText> Removed { get; } = [];

    /// <summary>The text fingerprint used by copy detection, computed by the per-article stage.</summary>
    public Deduplication.DocumentFingerprint? Fingerprint { get; set; }

    /// <summary>Attributed statements (direct, partial and indirect) with their speakers, in text order.</summary>
    public List<Quotes.Quote> Quotes { get; } = [];

    /// <summary>The figures found in <see cref="Text"/> (numbers, what they count, who gave them), in text order.</summary>
    public List<Figures.Figure> Figures { get; } = [];

    /// <summary>
    /// Sets <see cref="Text"/> from a list of paragraphs, joined by a blank line, and records their spans.
    /// </summary>
    public void SetParagraphs(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        Paragraphs.Clear();
        var builder = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            var start = builder.Length;
            builder.Append(paragraph);
            Paragraphs.Add(new TextSpan(start, builder.Length));
        }

        Text = builder.ToString();
    }

    /// <summary>The text of paragraph <paramref name="index"/>.</summary>
    public string ParagraphText(int index) => Paragraphs[index].Slice(Text).ToString();
}
