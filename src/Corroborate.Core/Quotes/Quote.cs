using Corroborate.Documents;

namespace Corroborate.Quotes;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's words inside quote marks, as a sentence or more.</summary>
    Direct,

    /// <summary>Reported speech without quote marks ("she said that …", "according to …").</summary>
    Indirect,

    /// <summary>A few quoted words inside a reported sentence (called the plan ‘reckless’).</summary>
    Partial,
}

/// <summary>Who made a statement, resolved inside the article.</summary>
/// <param name="Name">The person's (or organisation's) fullest name in the article; for an unnamed
/// source, its description as written ("a senior official at the authority").</param>
/// <param name="Role">The role or title the article gives the speaker, when it gives one.</param>
/// <param name="IsDescription">True when the source is described but not named; such a source is never
/// guessed into a name.</param>
/// <param name="IsOrganisation">True when the named speaker is an organisation ("the Labor Department",
/// "Reuters") rather than a person; an organisation is named, never a description.</param>
public sealed record Speaker(string Name, string? Role, bool IsDescription, bool IsOrganisation = false);

/// <summary>One attributed statement in an article: its words, its cue and its speaker.</summary>
public sealed record Quote
{
    /// <summary>Direct, partial or indirect.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>
    /// The quoted or reported words, without quote marks; a quote split by its attribution or spread
    /// over paragraphs has several parts, in order.
    /// </summary>
    public required IReadOnlyList<TextSpan> Parts { get; init; }

    /// <summary>From the start of the first part to the end of the last.</summary>
    public TextSpan Content => new(Parts[0].Start, Parts[^1].End);

    /// <summary>The attribution cue ("said", "told reporters", "according to"), when there is one.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The source as written ("he", "the minister", "Dana Kirrane, the region's minister").</summary>
    public TextSpan? Source { get; init; }

    /// <summary>The speaker the source resolves to, or null when the statement has no identifiable source.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>
    /// For a partial quote: the whole reported clause the quoted words sit in (“that the plan was ‘reckless’”),
    /// when the attribution model found it; null otherwise.
    /// </summary>
    public TextSpan? Clause { get; init; }

    /// <summary>Index of the paragraph the quote starts in.</summary>
    public int Paragraph { get; init; }

    /// <summary>The quoted words: the parts joined by " … ".</summary>
    public string TextOf(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        return Parts.Count == 1
            ? documentText[Parts[0].Start..Parts[0].End]
            : string.Join(" … ", Parts.Select(p => documentText[p.Start..p.End]));
    }
}
