namespace Corroborate.Deduplication;

/// <summary>How much of an article another one carries.</summary>
public enum CopyKind
{
    /// <summary>Most of the article's text comes from the other: the same story republished, scraped, trimmed or lightly edited.</summary>
    Copy,

    /// <summary>The articles share some paragraphs (agency paragraphs inside original reporting) but each is mostly its own.</summary>
    Partial,
}

/// <summary>A paragraph of one article that also appears, near-verbatim, in another.</summary>
/// <param name="Paragraph">Paragraph index in the copying article.</param>
/// <param name="OfParagraph">Paragraph index in the article it comes from.</param>
/// <param name="Similarity">Share of the paragraph's shingles found in that paragraph, 0..1.</param>
public sealed record SharedParagraph(int Paragraph, int OfParagraph, double Similarity);

/// <summary><paramref name="Article"/> carries text of <paramref name="Of"/>, which came first.</summary>
/// <param name="Article">The later article (the copy).</param>
/// <param name="Of">The earlier article it comes from.</param>
/// <param name="Kind">Copy or partial overlap.</param>
/// <param name="Containment">Share of <paramref name="Article"/>'s shingles found in <paramref name="Of"/>, 0..1.</param>
/// <param name="Resemblance">Jaccard similarity of the two shingle sets, 0..1.</param>
/// <param name="SharedParagraphs">The paragraphs the two share.</param>
public sealed record CopyLink(
    string Article, string Of, CopyKind Kind, double Containment, double Resemblance, IReadOnlyList<SharedParagraph> SharedParagraphs)
{
    /// <summary>Share of <see cref="Article"/>'s words that sit in paragraphs shared with <see cref="Of"/>, 0..1.</summary>
    public double TextShare { get; init; }
}

/// <summary>The copies found in a batch and the groups of articles that derive from one origin.</summary>
/// <param name="Links">Copy links (each copy to its closest source) and partial overlaps.</param>
/// <param name="Origins">Every article in exactly one group; the first id of a group is its origin.</param>
public sealed record CopyAnalysis(IReadOnlyList<CopyLink> Links, IReadOnlyList<IReadOnlyList<string>> Origins)
{
    /// <summary>An analysis with no articles.</summary>
    public static CopyAnalysis Empty { get; } = new([], []);

    /// <summary>The number of independent origins.</summary>
    public int IndependentSources => Origins.Count;
}

/// <summary>Thresholds of copy detection.</summary>
public sealed record DeduplicationOptions
{
    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>One in 2^<c>SampleBits</c> shingles goes into the candidate index.</summary>
    public int SampleBits { get; init; } = 2;

    /// <summary>Sampled shingles two articles must share to be compared at all.</summary>
    public int MinSharedSamples { get; init; } = 2;

    /// <summary>Shared samples each article looks candidates up by, rarest first.</summary>
    public int MaxCandidateKeys { get; init; } = 64;

    /// <summary>Earlier articles each article is compared with at most, those sharing the most samples first.</summary>
    public int MaxCandidatesPerDocument { get; init; } = 40;

    /// <summary>Index entries each article may walk while looking for candidates (bounds the work on common text).</summary>
    public int CandidateBudget { get; init; } = 50_000;

    /// <summary>
    /// Two paragraphs are the same text, perhaps lightly edited, when this share of a paragraph's shingles is
    /// found in one paragraph of the other article (a fifth of the words changed leaves about half).
    /// </summary>
    public double ParagraphMatch { get; init; } = 0.35;

    /// <summary>
    /// A paragraph counts as carried over word for word (evidence of a partial copy) when this share of
    /// its shingles is found in one paragraph of the other article, with enough of them outside quotes.
    /// </summary>
    public double VerbatimParagraphMatch { get; init; } = 0.7;

    /// <summary>A shared paragraph must hold at least this many words to count (short lines are stock phrases).</summary>
    public int MinSharedParagraphWords { get; init; } = 12;

    /// <summary>An article is a copy when at least this share of its words sit in paragraphs shared with the other.</summary>
    public double CopyTextShare { get; init; } = 0.6;

    /// <summary>
    /// A copy must also hold this share of its shingles (boilerplate aside) in the other article: formulaic
    /// reports of different events ("jobless claims fell last week") match paragraph by paragraph but
    /// share fewer exact word runs than even a heavily edited copy.
    /// </summary>
    public double MinCopyContainment { get; init; } = 0.4;

    /// <summary>A paragraph repeated word for word in more articles than this is boilerplate, not evidence.</summary>
    public int CommonParagraphDocuments { get; init; } = 8;

    /// <summary>A shingle found in more articles than this (or than one in 400 of the batch) is a stock phrase, not evidence.</summary>
    public int CommonShingleDocuments { get; init; } = 25;

    /// <summary>Shingles two articles must share before any link is drawn.</summary>
    public int MinSharedShingles { get; init; } = 10;
}
