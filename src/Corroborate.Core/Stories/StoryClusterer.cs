using System.Text;

namespace Corroborate.Stories;

/// <summary>One article as story clustering sees it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline, if any.</param>
/// <param name="Text">Body text (a lead is enough).</param>
/// <param name="Published">Publication time, if known.</param>
public sealed record ClusterItem(string Id, string? Title, string Text, DateTimeOffset? Published);

/// <summary>Thresholds of story clustering.</summary>
public sealed record ClusteringOptions
{
    /// <summary>An article joins the most similar live story when the similarity reaches this; else it starts a story.</summary>
    public double JoinThreshold { get; init; } = 0.17;

    /// <summary>Weight of headline terms relative to body terms.</summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>Weight of named entities (capitalised names of two or more words) relative to other terms.</summary>
    public double EntityWeight { get; init; } = 1.5;

    /// <summary>Similarity halves for every this many days between an article and a story's latest article.</summary>
    public double HalfLifeDays { get; init; } = 1.0;

    /// <summary>Stories with no new article for this long leave the candidate index (memory stays with live stories).</summary>
    public TimeSpan RetireAfter { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Terms of an article used to look up candidate stories.</summary>
    public int QueryTerms { get; init; } = 24;

    /// <summary>Terms a story keeps in its centroid and in the candidate index.</summary>
    public int StoryTerms { get; init; } = 120;
}

/// <summary>
/// Groups a stream of articles, in time order, into stories: each article joins the most similar
/// live story or starts a new one. Articles are TF-IDF vectors (headline and named entities weigh
/// more, document frequencies grow with the stream); stories are centroids of their articles;
/// candidates come from an inverted index over the stories' top terms; similarity decays with the
/// time since a story's latest article, and stories idle for <see cref="ClusteringOptions.RetireAfter"/>
/// are retired from the index.
/// </summary>
/// <remarks>Deterministic for the same input order. Not thread-safe: one stream per instance.</remarks>
public sealed class StoryClusterer
{
    private readonly ClusteringOptions _options;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly Dictionary<int, HashSet<int>> _index = [];
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<string, string> _assignments = new(StringComparer.Ordinal);
    private readonly Queue<int> _byActivity = new();
    private int _documents;

    /// <summary>Creates a clusterer.</summary>
    public StoryClusterer(ClusteringOptions? options = null) => _options = options ?? new ClusteringOptions();

    /// <summary>Item id → story id for every item added so far.</summary>
    public IReadOnlyDictionary<string, string> Assignments => _assignments;

    /// <summary>
    /// Everything the clusterer has learnt so far (document frequencies, live stories, their activity order,
    /// and optionally the assignments), so that a later run can continue the stream with <see cref="FromState"/>.
    /// </summary>
    /// <param name="includeAssignments">Whether to include <see cref="Assignments"/> (a store keeps them itself).</param>
    public StoryClustererState ExportState(bool includeAssignments = true) => new(
        _documents,
        _vocabulary.OrderBy(p => p.Value).Select(p => p.Key).ToList(),
        [.. _documentFrequency],
        _stories.Select(story => story.Export()).ToList(),
        [.. _byActivity],
        includeAssignments ? new Dictionary<string, string>(_assignments, StringComparer.Ordinal) : new Dictionary<string, string>());

    /// <summary>
    /// A clusterer that continues from <paramref name="state"/>: adding the same items afterwards gives the same
    /// stories as if the clusterer that exported the state had gone on. Pass the options it was created with.
    /// </summary>
    public static StoryClusterer FromState(StoryClustererState state, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Terms.Count != state.DocumentFrequencies.Count)
        {
            throw new ArgumentException("every term needs a document frequency", nameof(state));
        }

        var clusterer = new StoryClusterer(options);
        clusterer._documents = state.Documents;
        for (var i = 0; i < state.Terms.Count; i++)
        {
            clusterer._vocabulary.Add(state.Terms[i], i);
            clusterer._documentFrequency.Add(state.DocumentFrequencies[i]);
        }

        foreach (var saved in state.Stories)
        {
            var story = StoryState.Import(saved);
            clusterer._stories.Add(story);
            clusterer.Index(clusterer._stories.Count - 1, story);
        }

        foreach (var queued in state.ActivityQueue)
        {
            clusterer._byActivity.Enqueue(queued);
        }

        foreach (var (item, story) in state.Assignments)
        {
            clusterer._assignments[item] = story;
        }

        return clusterer;
    }

    /// <summary>Adds one article and returns the id of the story it joined or started.</summary>
    public string Add(ClusterItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var when = item.Published ?? _stories.LastOrDefault()?.Latest ?? DateTimeOffset.UnixEpoch;
        Retire(when);

        var counts = Count(item);
        _documents++;
        foreach (var term in counts.Keys)
        {
            _documentFrequency[term]++;
        }

        var vector = Weigh(counts);
        var best = -1;
        var bestScore = 0.0;
        foreach (var candidate in Candidates(vector))
        {
            var story = _stories[candidate];
            var days = Math.Abs((when - story.Latest).TotalDays);
            var score = Cosine(vector, story.Centroid) * Math.Pow(0.5, days / _options.HalfLifeDays);
            if (score > bestScore || (score == bestScore && best >= 0 && candidate < best))
            {
                bestScore = score;
                best = candidate;
            }
        }

        if (best < 0 || bestScore < _options.JoinThreshold)
        {
            best = _stories.Count;
            _stories.Add(new StoryState($"story-{best + 1}", when));
        }

        var joined = _stories[best];
        Unindex(best, joined);
        joined.Add(vector, when, _options.StoryTerms);
        Index(best, joined);
        if (!joined.Queued)
        {
            joined.Queued = true;
            _byActivity.Enqueue(best);
        }

        _assignments[item.Id] = joined.Id;
        return joined.Id;
    }

    private IEnumerable<int> Candidates(Dictionary<int, double> vector)
    {
        var found = new SortedSet<int>();
        foreach (var (term, _) in vector.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(_options.QueryTerms))
        {
            if (_index.TryGetValue(term, out var stories))
            {
                found.UnionWith(stories);
            }
        }

        return found;
    }

    private void Retire(DateTimeOffset now)
    {
        // Stories are queued by when they were last touched; a queued story touched again since is skipped.
        var rounds = _byActivity.Count;
        while (rounds-- > 0 && _byActivity.TryPeek(out var oldest))
        {
            var story = _stories[oldest];
            if (now - story.Latest < _options.RetireAfter)
            {
                // The queue is only roughly ordered; move on to the next one.
                _byActivity.Enqueue(_byActivity.Dequeue());
                break;
            }

            _byActivity.Dequeue();
            story.Queued = false;
            Unindex(oldest, story);
            story.Retire();
        }
    }

    private void Index(int id, StoryState story)
    {
        foreach (var term in story.Centroid.Keys)
        {
            if (!_index.TryGetValue(term, out var stories))
            {
                stories = [];
                _index[term] = stories;
            }

            stories.Add(id);
        }
    }

    private void Unindex(int id, StoryState story)
    {
        foreach (var term in story.Centroid.Keys)
        {
            if (_index.TryGetValue(term, out var stories))
            {
                stories.Remove(id);
                if (stories.Count == 0)
                {
                    _index.Remove(term);
                }
            }
        }
    }

    private Dictionary<int, double> Weigh(Dictionary<int, double> counts)
    {
        var vector = new Dictionary<int, double>(counts.Count);
        var norm = 0.0;
        foreach (var (term, count) in counts)
        {
            // Smoothed IDF: never zero, so the words a small batch is all about still count.
            var idf = 1 + Math.Log((_documents + 1.0) / (_documentFrequency[term] + 1.0));
            var weight = (1 + Math.Log(count)) * idf;
            if (weight > 0)
            {
                vector[term] = weight;
                norm += weight * weight;
            }
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var term in vector.Keys.ToList())
            {
                vector[term] /= norm;
            }
        }

        return vector;
    }

    private static double Cosine(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }

    /// <summary>Weighted term counts of an article: words of the headline and body, and named entities.</summary>
    private Dictionary<int, double> Count(ClusterItem item)
    {
        var counts = new Dictionary<int, double>();
        if (!string.IsNullOrWhiteSpace(item.Title))
        {
            AddTerms(item.Title, _options.TitleWeight, counts);
        }

        AddTerms(item.Text, 1.0, counts);
        return counts;
    }

    private void AddTerms(string text, double weight, Dictionary<int, double> counts)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var (word, capitalised) = words[i];
            var lower = word.ToLowerInvariant();
            if (!StopWords.Contains(lower) && lower.Length > 1)
            {
                Add(lower, weight, counts);
            }

            // Runs of capitalised words ("Dana Kirrane", "Ambry Valley") are names: one term for the whole name.
            if (capitalised && i + 1 < words.Count && words[i + 1].Capitalised && (i == 0 || !words[i - 1].Capitalised))
            {
                var name = new StringBuilder(lower);
                var j = i + 1;
                while (j < words.Count && words[j].Capitalised && j - i < 5)
                {
                    name.Append('_').Append(words[j].Word.ToLowerInvariant());
                    j++;
                }

                Add("#" + name, weight * _options.EntityWeight, counts);
            }
        }
    }

    private void Add(string term, double weight, Dictionary<int, double> counts)
    {
        if (!_vocabulary.TryGetValue(term, out var id))
        {
            id = _vocabulary.Count;
            _vocabulary[term] = id;
            _documentFrequency.Add(0);
        }

        counts[id] = counts.GetValueOrDefault(id) + weight;
    }

    internal static List<(string Word, bool Capitalised)> Words(string text)
    {
        var words = new List<(string, bool)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].TrimEnd('\'', '’', '-');
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                {
                    word = word[..^2];
                }

                if (word.Length > 0)
                {
                    // A capital after the start of a sentence is weak evidence of a name; keep it anyway (cheap).
                    words.Add((word, char.IsUpper(word[0]) && !StopWords.Contains(word.ToLowerInvariant())));
                }

                start = -1;
            }
        }

        return words;
    }

    internal static bool IsStopWord(string lower) => StopWords.Contains(lower);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
        "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
        "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "you", "your", "said", "says", "say", "told", "according", "new", "year", "years", "one", "two",
        "last", "first", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "ms",
        "mrs", "week", "day", "days", "time", "people", "may", "like", "get", "made", "make", "many", "much", "well",
    };

    /// <summary>A story while its articles arrive.</summary>
    private sealed class StoryState(string id, DateTimeOffset started)
    {
        private readonly Dictionary<int, double> _sum = [];

        public string Id { get; } = id;

        public DateTimeOffset Latest { get; private set; } = started;

        public Dictionary<int, double> Centroid { get; private set; } = [];

        public bool Queued { get; set; }

        public void Add(Dictionary<int, double> vector, DateTimeOffset when, int keep)
        {
            foreach (var (term, weight) in vector)
            {
                _sum[term] = _sum.GetValueOrDefault(term) + weight;
            }

            if (when > Latest)
            {
                Latest = when;
            }

            // The centroid keeps the story's strongest terms, normalised.
            var top = _sum.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(keep).ToList();
            var norm = Math.Sqrt(top.Sum(p => p.Value * p.Value));
            Centroid = top.ToDictionary(p => p.Key, p => norm > 0 ? p.Value / norm : 0);
            if (_sum.Count > keep * 4)
            {
                // Bound memory: drop the weakest tail of the running sum.
                foreach (var (term, _) in _sum.OrderBy(p => p.Value).ThenBy(p => p.Key).Take(_sum.Count - (keep * 2)).ToList())
                {
                    _sum.Remove(term);
                }
            }
        }

        public void Retire()
        {
            Centroid = [];
            _sum.Clear();
        }

        // Dictionaries are exported in their iteration order and rebuilt in it, so sums of floating-point
        // weights come out bit for bit the same after an import.
        public StoryClusterState Export() => new(Id, Latest, Queued, [.. _sum], [.. Centroid]);

        public static StoryState Import(StoryClusterState saved)
        {
            var story = new StoryState(saved.Id, saved.Latest) { Queued = saved.Queued };
            foreach (var (term, weight) in saved.Sum)
            {
                story._sum.Add(term, weight);
            }

            story.Centroid = new Dictionary<int, double>(saved.Centroid.Count);
            foreach (var (term, weight) in saved.Centroid)
            {
                story.Centroid.Add(term, weight);
            }

            return story;
        }
    }
}
