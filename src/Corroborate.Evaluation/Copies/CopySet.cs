using Corroborate.Documents;

namespace Corroborate.Evaluation.Copies;

/// <summary>Documents to run copy detection on, in shuffled order with opaque ids, and their answer key.</summary>
/// <param name="Documents">The documents: paragraphs set, title and publication time in the metadata.</param>
/// <param name="Gold">The answer key.</param>
public sealed record CopySet(IReadOnlyList<NewsDocument> Documents, CopyGold Gold)
{
    /// <summary>Number of articles of each role.</summary>
    public IReadOnlyDictionary<CopyRole, int> Roles =>
        Gold.Articles.Values.GroupBy(a => a.Role).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Number of distinct stories.</summary>
    public int Stories => Gold.Articles.Values.Select(a => a.Story).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Builds a plain-text document with its paragraphs, headline and publication time.</summary>
    public static NewsDocument CreateDocument(string id, string? title, DateTimeOffset? published, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var text = CopyText.Join(paragraphs);
        var document = new NewsDocument(new Article(id, new SourceLocation("copies/" + id), ContentKind.PlainText, text, new ArticleMetadata { Title = title, Published = published }));
        document.SetParagraphs(paragraphs);

        // SetParagraphs builds the same string again; share the first so large sets hold each text once.
        if (string.Equals(document.Text, text, StringComparison.Ordinal))
        {
            document.Text = text;
        }

        return document;
    }
}

/// <summary>Settings of the perturbation set.</summary>
public sealed record CopySetOptions
{
    /// <summary>Seed of every random choice: the same seed and corpus give the same set.</summary>
    public int Seed { get; init; } = 20260301;

    /// <summary>Copies made of each original (a boilerplate-removed family gets one).</summary>
    public int CopiesPerOriginal { get; init; } = 3;

    /// <summary>Word tokens a real body needs to be an original; shorter ones are distractors only.</summary>
    public int MinimumOriginalWords { get; init; } = 60;

    /// <summary>Pairs of articles sharing a few paragraphs.</summary>
    public int PartialPairs { get; init; } = 30;

    /// <summary>Share of copies published at exactly the original's time.</summary>
    public double SameDateShare { get; init; } = 0.1;

    /// <summary>Upper bound on originals (for quick runs).</summary>
    public int MaximumOriginals { get; init; } = int.MaxValue;
}
