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

    /// <summary>
    /// Document frequencies are halved every this much stream time, and terms whose frequency reaches zero
    /// outside any live story are forgotten: term weights follow the recent news, and the vocabulary holds
    /// what recent articles used rather than everything ever seen.
    /// </summary>
    public TimeSpan FrequencyHalfLife { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Whether <see cref="StoryClusterer.Assignments"/> keeps every item's story. Callers that keep the story
    /// ids <see cref="StoryClusterer.Add"/> returns (a store, a stream) turn it off, so memory stays with the
    /// live stories.
    /// </summary>
    public bool RememberAssignments { get; init; } = true;
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
    private readonly Stack<int> _freeTerms = new();
    private readonly Dictionary<int, HashSet<int>> _index = [];
    private readonly Dictionary<int, StoryState> _live = [];
    private readonly Dictionary<string, string> _assignments = new(StringComparer.Ordinal);
    private readonly Queue<int> _byActivity = new();
    private int _documents;
    private int _storyCount;
    private DateTimeOffset? _halvedAt;

    /// <summary>Creates a clusterer.</summary>
    public StoryClusterer(ClusteringOptions? options = null) => _options = options ?? new ClusteringOptions();

    /// <summary>Item id → story id for every item added so far (empty unless <see cref="ClusteringOptions.RememberAssignments"/>).</summary>
    public IReadOnlyDictionary<string, string> Assignments => _assignments;

    /// <summary>
    /// Everything the clusterer has learnt so far (document frequencies, live stories, their activity order,
    /// and optionally the assignments), so that a later run can continue the stream with <see cref="FromState"/>.
    /// </summary>
    /// <param name="includeAssignments">Whether to include <see cref="Assignments"/> (a store keeps them itself).</param>
    public StoryClustererState ExportState(bool includeAssignments = true)
    {
        // Forgotten terms leave empty slots, exported as "" so that term ids stay put.
        var terms = Enumerable.Repeat("", _documentFrequency.Count).ToArray();
        foreach (var (term, id) in _vocabulary)
        {
            terms[id] = term;
        }

        return new StoryClustererState(
            _documents,
            terms,
            [.. _documentFrequency],
            _live.OrderBy(p => p.Key).Select(p => p.Value.Export(p.Key)).ToList(),
            [.. _byActivity],
            includeAssignments ? new Dictionary<string, string>(_assignments, StringComparer.Ordinal) : new Dictionary<string, string>())
        {
            StoryCount = _storyCount,
            HalvedAt = _halvedAt,
        };
    }

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
        clusterer._halvedAt = state.HalvedAt;
        var free = new List<int>();
        for (var i = 0; i < state.Terms.Count; i++)
        {
            clusterer._documentFrequency.Add(state.DocumentFrequencies[i]);
            if (state.Terms[i].Length == 0)
            {
                free.Add(i);
            }
            else
            {
                clusterer._vocabulary.Add(state.Terms[i], i);
            }
        }

        clusterer.Free(free);
        for (var position = 0; position < state.Stories.Count; position++)
        {
            // States that listed every story kept retired ones too (no terms, not queued): they stay retired.
            var saved = state.Stories[position];
            if (saved.Queued || saved.Centroid.Count > 0)
            {
                var number = saved.Number ?? position;
                var story = StoryState.Import(saved);
                clusterer._live[number] = story;
                clusterer.Index(number, story);
            }
        }

        clusterer._storyCount = Math.Max(state.StoryCount ?? state.Stories.Count, clusterer._live.Count == 0 ? 0 : clusterer._live.Keys.Max() + 1);

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
        var when = item.Published ?? (_live.Count > 0 ? _live[_live.Keys.Max()].Latest : DateTimeOffset.UnixEpoch);
        Retire(when);
        Age(when);

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
            var story = _live[candidate];
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
            best = _storyCount++;
            _live[best] = new StoryState($"story-{best + 1}", when);
        }

        var joined = _live[best];
        Unindex(best, joined);
        joined.Add(vector, when, _options.StoryTerms);
        Index(best, joined);
        if (!joined.Queued)
        {
            joined.Queued = true;
            _byActivity.Enqueue(best);
        }

        if (_options.RememberAssignments)
        {
            _assignments[item.Id] = joined.Id;
        }

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
            var story = _live[oldest];
            if (now - story.Latest < _options.RetireAfter)
            {
                // The queue is only roughly ordered; move on to the next one.
                _byActivity.Enqueue(_byActivity.Dequeue());
                break;
            }

            _byActivity.Dequeue();
            story.Queued = false;
            Unindex(oldest, story);
            _live.Remove(oldest);
        }
    }

    // Halves document frequencies (and the document count) once per FrequencyHalfLife of stream time, and
    // forgets terms that fall to zero unless a live story holds them. Items out of time order never age it.
    private void Age(DateTimeOffset now)
    {
        _halvedAt ??= now;
        while (now - _halvedAt.Value >= _options.FrequencyHalfLife)
        {
            _halvedAt = _halvedAt.Value + _options.FrequencyHalfLife;
            _documents /= 2;
            var held = new HashSet<int>();
            foreach (var story in _live.Values)
            {
                story.CollectTerms(held);
            }

            var forgotten = new List<int>();
            foreach (var (term, id) in _vocabulary.OrderBy(p => p.Value).ToList())
            {
                _documentFrequency[id] /= 2;
                if (_documentFrequency[id] == 0 && !held.Contains(id))
                {
                    _vocabulary.Remove(term);
                    forgotten.Add(id);
                }
            }

            Free(forgotten);
        }
    }

    // Forgotten term ids are reused, smallest first, so the same stream gives the same ids however it was resumed.
    private void Free(List<int> ids)
    {
        var all = _freeTerms.Concat(ids).Order().ToList();
        _freeTerms.Clear();
        for (var i = all.Count - 1; i >= 0; i--)
        {
            _freeTerms.Push(all[i]);
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
            if (_freeTerms.TryPop(out id))
            {
                _documentFrequency[id] = 0;
            }
            else
            {
                id = _documentFrequency.Count;
                _documentFrequency.Add(0);
            }

            _vocabulary[term] = id;
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

        public void CollectTerms(HashSet<int> into)
        {
            into.UnionWith(_sum.Keys);
            into.UnionWith(Centroid.Keys);
        }

        // Dictionaries are exported in their iteration order and rebuilt in it, so sums of floating-point
        // weights come out bit for bit the same after an import.
        public StoryClusterState Export(int number) => new(Id, Latest, Queued, [.. _sum], [.. Centroid]) { Number = number };

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
