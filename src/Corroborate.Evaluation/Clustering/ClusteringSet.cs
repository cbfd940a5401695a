using Corroborate.Stories;

namespace Corroborate.Evaluation.Clustering;

/// <summary>One article of a story-clustering set: what a clusterer may read, plus its gold story.</summary>
/// <param name="Id">Unique id within the set.</param>
/// <param name="Title">The outlet's headline, or null.</param>
/// <param name="Text">The article text (often a lead excerpt).</param>
/// <param name="Published">Publication time, or null when the set has none.</param>
/// <param name="Source">Outlet name, or null.</param>
/// <param name="Url">Article address, or null.</param>
/// <param name="Gold">Gold story id. Never give it to a clusterer.</param>
public sealed record ClusteringArticle(string Id, string? Title, string Text, DateTimeOffset? Published, string? Source, string? Url, string Gold)
{
    /// <summary>The clusterer's view of the article (no gold).</summary>
    public ClusterItem ToItem() => new(Id, Title, Text, Published);
}

/// <summary>A named story-clustering set whose articles are in stream order (the order to feed a clusterer).</summary>
/// <param name="Name">Short name for reports (<c>allsides</c>, <c>neus-test</c>...).</param>
/// <param name="Articles">The articles in stream order.</param>
/// <param name="Problems">Lines that could not be read, one per line naming file and line.</param>
public sealed record ClusteringSet(string Name, IReadOnlyList<ClusteringArticle> Articles, IReadOnlyList<string> Problems)
{
    /// <summary>Article id to gold story id.</summary>
    public IReadOnlyDictionary<string, string> Gold => Articles.ToDictionary(a => a.Id, a => a.Gold, StringComparer.Ordinal);

    /// <summary>Number of distinct gold stories.</summary>
    public int GoldStories => Articles.Select(a => a.Gold).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// Splits the set by story date: stories ordered by their earliest article date (ties by story id), the first
    /// <paramref name="share"/> of them (rounded) form the first set, the rest the second. Articles keep stream order.
    /// </summary>
    public (ClusteringSet First, ClusteringSet Second) SplitByStoryDate(double share, string firstName, string secondName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        var stories = Articles
            .GroupBy(a => a.Gold, StringComparer.Ordinal)
            .Select(g => (Story: g.Key, Date: g.Min(a => a.Published ?? DateTimeOffset.MaxValue)))
            .OrderBy(s => s.Date)
            .ThenBy(s => s.Story, StringComparer.Ordinal)
            .ToList();
        var firstCount = (int)Math.Round(stories.Count * share, MidpointRounding.AwayFromZero);
        var first = stories.Take(firstCount).Select(s => s.Story).ToHashSet(StringComparer.Ordinal);
        return (
            new ClusteringSet(firstName, Articles.Where(a => first.Contains(a.Gold)).ToList(), []),
            new ClusteringSet(secondName, Articles.Where(a => !first.Contains(a.Gold)).ToList(), []));
    }
}
