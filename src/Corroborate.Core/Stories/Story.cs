using Corroborate.Documents;

namespace Corroborate.Stories;

/// <summary>A group of articles that report one real-world event or development.</summary>
/// <param name="Id">Stable id within a report (<c>story-1</c>...).</param>
/// <param name="Title">A representative headline.</param>
/// <param name="Articles">The articles, oldest first.</param>
public sealed record Story(string Id, string Title, IReadOnlyList<NewsDocument> Articles)
{
    /// <summary>
    /// The story's articles grouped by the origin they derive from (first id of a group is the origin);
    /// every article alone until copy detection has run.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Origins { get; init; } = Articles.Select(a => (IReadOnlyList<string>)[a.Id]).ToList();

    /// <summary>Key terms and recurring names.</summary>
    public StoryProfile Profile { get; init; } = StoryProfile.Empty;

    /// <summary>
    /// The story's statements, the same words across outlets aligned as one quote with variants; empty
    /// until quote alignment has run (<see cref="Quotes.QuoteAligner"/>).
    /// </summary>
    public IReadOnlyList<Quotes.AlignedQuote> Quotes { get; init; } = [];

    /// <summary>The story's figures grouped by the quantity they measure, with their agreement; empty until grouped.</summary>
    public IReadOnlyList<Figures.FigureGroup> FigureGroups { get; init; } = [];

    /// <summary>
    /// The id of the earlier story this one continues: a later development of the same event, which the clusterer
    /// keeps apart because time has passed (see <see cref="ClusteringOptions.FollowUpThreshold"/>). Null when none.
    /// </summary>
    public string? Follows { get; init; }

    /// <summary>The ids of the later stories that follow this one (see <see cref="Follows"/>), oldest first.</summary>
    public IReadOnlyList<string> FollowedBy { get; init; } = [];

    /// <summary>The number of independent origins among the story's articles.</summary>
    public int IndependentSources => Origins.Count;

    /// <summary>Restricts batch-wide origin groups to this story's articles.</summary>
    public Story WithOrigins(IReadOnlyList<IReadOnlyList<string>> batchOrigins)
    {
        ArgumentNullException.ThrowIfNull(batchOrigins);
        var ids = Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var groups = batchOrigins
            .Select(g => (IReadOnlyList<string>)g.Where(ids.Contains).ToList())
            .Where(g => g.Count > 0)
            .ToList();
        return this with { Origins = groups };
    }

    /// <summary>Earliest known publication date among the articles.</summary>
    public DateTimeOffset? FirstPublished => Articles.Select(a => a.Metadata.Published).Where(d => d is not null).Min();

    /// <summary>Latest known publication date among the articles.</summary>
    public DateTimeOffset? LastPublished => Articles.Select(a => a.Metadata.Published).Where(d => d is not null).Max();
}

/// <summary>Forms the stories of a batch with a <see cref="StoryClusterer"/>, articles fed in time order.</summary>
public static class StoryGrouping
{
    /// <summary>
    /// Clusters <paramref name="documents"/> into stories, most covered first (then earliest); within a
    /// story, articles are oldest first.
    /// </summary>
    public static IReadOnlyList<Story> Group(IReadOnlyList<NewsDocument> documents, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = InStreamOrder(documents).ToList();
        var clusterer = new StoryClusterer((options ?? new ClusteringOptions()) with { RememberAssignments = false });
        var storyOf = new Dictionary<NewsDocument, string>(ReferenceEqualityComparer.Instance);
        var follows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in ordered)
        {
            var id = clusterer.Add(ItemOf(doc));
            storyOf[doc] = id;
            if (clusterer.FollowsOf(id) is { } earlier && !follows.ContainsKey(id))
            {
                follows[id] = earlier;
            }
        }

        var groups = ordered
            .GroupBy(d => storyOf[d])
            .Select(g => (Clustered: g.Key, Articles: g.ToList()))
            .OrderByDescending(g => g.Articles.Count)
            .ThenBy(g => g.Articles[0].Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(g => g.Articles[0].Id, StringComparer.Ordinal)
            .ToList();
        var stories = groups.Select(g => g.Articles).ToList();
        var renamed = groups.Select((g, i) => (g.Clustered, Id: $"story-{i + 1}")).ToDictionary(p => p.Clustered, p => p.Id, StringComparer.Ordinal);
        var profiles = StoryProfile.Of(stories);
        // Follow-up links under the batch's ids.
        var followedBy = FollowersOf(follows.Where(p => renamed.ContainsKey(p.Value)).Select(p => (renamed[p.Key], renamed[p.Value])));
        return stories
            .Select((articles, i) =>
            {
                var id = $"story-{i + 1}";
                return new Story(id, RepresentativeTitle(articles), articles)
                {
                    Profile = profiles[i],
                    Follows = follows.TryGetValue(groups[i].Clustered, out var earlier) && renamed.TryGetValue(earlier, out var renamedEarlier) ? renamedEarlier : null,
                    FollowedBy = followedBy.GetValueOrDefault(id, []),
                };
            })
            .ToList();
    }

    /// <summary>
    /// The other side of follow-up links (story, the story it follows): for each followed story, the stories that follow
    /// it, in the order the links are given (the order the stories started).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FollowersOf(IEnumerable<(string Story, string Follows)> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return links.GroupBy(l => l.Follows, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(l => l.Story).ToList(), StringComparer.Ordinal);
    }

    /// <summary>All articles as one story (for callers that group otherwise).</summary>
    public static IReadOnlyList<Story> Single(IReadOnlyList<NewsDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Count == 0 ? [] : [new Story("story-1", RepresentativeTitle(documents), documents) { Profile = StoryProfile.Of([documents])[0] }];
    }

    /// <summary>
    /// What clustering reads of an article (its headline, first paragraphs and date), as <see cref="Group"/>
    /// feeds it: use it to continue a stream with the same input.
    /// </summary>
    public static ClusterItem ItemOf(NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new ClusterItem(doc.Id, doc.Metadata.Title, Lead(doc), doc.Metadata.Published);
    }

    /// <summary>
    /// The order in which <see cref="Group"/> feeds articles to the clusterer: by publication (undated last),
    /// then by id.
    /// </summary>
    public static IOrderedEnumerable<NewsDocument> InStreamOrder(IEnumerable<NewsDocument> documents) =>
        documents
            .OrderBy(d => d.Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal);

    // What clustering reads of an article: its first paragraphs, like the leads of a news roundup.
    internal static string Lead(NewsDocument doc)
    {
        var end = 0;
        for (var i = 0; i < doc.Paragraphs.Count && end < 1500; i++)
        {
            end = doc.Paragraphs[i].End;
        }

        return doc.Text[..end];
    }

    /// <summary>
    /// The headline that shares the most words with the other articles' headlines and leads: the one
    /// that best speaks for the group. Ties go to the earlier article.
    /// </summary>
    public static string RepresentativeTitle(IReadOnlyList<NewsDocument> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        // Linear in the story: count once in how many articles' headline-and-lead each word occurs; a
        // title's score is the sum of those counts over its words, less its own article.
        var contexts = articles.Select(a => Words(a.Metadata.Title + " " + (a.Paragraphs.Count > 0 ? a.ParagraphText(0) : ""))).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var context in contexts)
        {
            foreach (var word in context)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        string? best = null;
        var bestScore = -1;
        for (var i = 0; i < articles.Count; i++)
        {
            var title = articles[i].Metadata.Title;
            if (string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            var score = 0;
            foreach (var word in Words(title))
            {
                score += frequency.GetValueOrDefault(word) - (contexts[i].Contains(word) ? 1 : 0);
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = title;
            }
        }

        return best ?? "Untitled story";
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    words.Add(text[start..i]);
                }

                start = -1;
            }
        }

        return words;
    }
}
