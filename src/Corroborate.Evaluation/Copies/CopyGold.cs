namespace Corroborate.Evaluation.Copies;

/// <summary>What an article of a copy set is.</summary>
public enum CopyRole
{
    /// <summary>A real body that has copies in the set: the origin of its group.</summary>
    Original,

    /// <summary>A transformed copy of an original.</summary>
    Copy,

    /// <summary>A real body with no copy in the set (too short to be an original, or a scale-set singleton).</summary>
    Distractor,

    /// <summary>A real body with a few paragraphs of another article inserted; it shares them with one other host.</summary>
    PartialHost,
}

/// <summary>The truth about one article of a copy set.</summary>
/// <param name="Id">The document id.</param>
/// <param name="SourceId">The real article it was made from (for a copy, its original's source).</param>
/// <param name="Set">The data set of that real article.</param>
/// <param name="Story">The story: articles of different stories never copy each other.</param>
/// <param name="Origin">Id of the origin of its group (itself for an original, a distractor or a partial host).</param>
/// <param name="Role">What it is.</param>
public sealed record CopyGoldArticle(string Id, string SourceId, string Set, string Story, string Origin, CopyRole Role);

/// <summary>A gold copy: <paramref name="Copy"/> was made from <paramref name="Original"/> (kind Copy).</summary>
/// <param name="Copy">The copy's id.</param>
/// <param name="Original">The original's id.</param>
/// <param name="Transformation">What was done (<c>truncation</c>, <c>edits</c>, ...).</param>
/// <param name="Strength">How strongly (<c>70%</c>, <c>heavy</c>, ...).</param>
/// <param name="KeptShare">Share of the original's words (as a multiset) still in the copy.</param>
/// <param name="SameDate">Whether the copy has the same publication time as the original.</param>
public sealed record CopyGoldPair(string Copy, string Original, string Transformation, string Strength, double KeptShare, bool SameDate);

/// <summary>Two articles that share a few paragraphs and are otherwise different (kind Partial, separate origins).</summary>
/// <param name="First">One host's id.</param>
/// <param name="Second">The other host's id.</param>
/// <param name="SharedParagraphs">How many paragraphs both received.</param>
/// <param name="SharedShare">The larger of the two hosts' share of words that are the shared paragraphs.</param>
public sealed record PartialGoldPair(string First, string Second, int SharedParagraphs, double SharedShare);

/// <summary>Two origins whose real bodies share some text (a quote) without being copies: see <see cref="CopyCorpus"/>.</summary>
/// <param name="First">One origin id.</param>
/// <param name="Second">The other origin id.</param>
/// <param name="Overlap">Share of the shorter body's word 5-grams found in the other.</param>
public sealed record OverlappingGoldPair(string First, string Second, double Overlap);

/// <summary>The answer key of a copy set.</summary>
public sealed class CopyGold
{
    /// <summary>Creates the key. Every id named by a pair must be in <paramref name="articles"/>.</summary>
    public CopyGold(
        IEnumerable<CopyGoldArticle> articles,
        IEnumerable<CopyGoldPair> copies,
        IEnumerable<PartialGoldPair>? partials = null,
        IEnumerable<OverlappingGoldPair>? overlapping = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(copies);
        Articles = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Copies = copies.ToList();
        Partials = (partials ?? []).ToList();
        Overlapping = (overlapping ?? []).ToList();
        var named = Copies.SelectMany(c => new[] { c.Copy, c.Original })
            .Concat(Partials.SelectMany(p => new[] { p.First, p.Second }))
            .Concat(Overlapping.SelectMany(o => new[] { o.First, o.Second }));
        foreach (var id in named)
        {
            if (!Articles.ContainsKey(id))
            {
                throw new ArgumentException($"Gold pair names unknown article '{id}'.", nameof(articles));
            }
        }
    }

    /// <summary>Every article by id.</summary>
    public IReadOnlyDictionary<string, CopyGoldArticle> Articles { get; }

    /// <summary>Gold copy pairs: copy → original.</summary>
    public IReadOnlyList<CopyGoldPair> Copies { get; }

    /// <summary>Gold partial pairs.</summary>
    public IReadOnlyList<PartialGoldPair> Partials { get; }

    /// <summary>Origins that share some text without being copies.</summary>
    public IReadOnlyList<OverlappingGoldPair> Overlapping { get; }

    /// <summary>Number of gold origin groups (independent sources).</summary>
    public int OriginCount => Articles.Values.Select(a => a.Origin).Distinct(StringComparer.Ordinal).Count();
}
