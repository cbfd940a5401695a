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
    public double JoinThreshold { get; init; } = 0.45;

    /// <summary>Weight of headline terms relative to body terms.</summary>
    public double TitleWeight { get; init; } = 4.0;

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

    /// <summary>
    /// A learned join decision (<see cref="StoryJoinModel.Trained"/>) in place of the whole-vector similarity at
    /// <see cref="JoinThreshold"/>; null (the default: the learned model did not do better on held-out stories) uses
    /// the similarity alone.
    /// </summary>
    public StoryJoinModel? JoinModel { get; init; }

    /// <summary>Whether words are reduced to their singular ("taxes" → "tax") before they become terms.</summary>
    public bool StripPlurals { get; init; } = true;

    /// <summary>
    /// Word vectors (<see cref="Stories.WordVectors.Default"/>) for a topical similarity that catches different
    /// wording of one event: an article and a story are compared on the weighted mean of their terms' vectors
    /// too. Null compares terms only.
    /// </summary>
    public WordVectors? WordVectors { get; init; } = WordVectors.Default;

    /// <summary>
    /// Weight of the word-vector similarity: without a join model an article joins when the term similarity plus
    /// this times the vector similarity (both decayed with time) reaches <see cref="JoinThreshold"/>.
    /// </summary>
    public double DenseWeight { get; init; } = 0.4;

    /// <summary>Whether pairs of neighbouring headline words are terms too.</summary>
    public bool HeadlineBigrams { get; init; }

    /// <summary>
    /// A new story whose first article is at least this similar to a live story before time decay (term similarity
    /// plus <see cref="DenseWeight"/> times the vector similarity) is linked to it as a later development of the same
    /// event (<see cref="StoryClusterer.FollowsOf"/>); stories stay apart, so each development keeps its own figures
    /// and quotes. <see cref="double.PositiveInfinity"/> links nothing.
    /// </summary>
    public double FollowUpThreshold { get; init; } = 0.65;

    /// <summary>
    /// How common terms are in news in general (<see cref="TermFrequencies.Default"/>), added to the stream's own
    /// document frequencies as a prior worth <see cref="BackgroundWeight"/> documents, so that a small batch weighs
    /// its event's names above everyday words. Null uses the stream's frequencies alone.
    /// </summary>
    public TermFrequencies? Background { get; init; } = TermFrequencies.Default;

    /// <summary>How many documents the background frequencies count as (set on the AllSides tune split).</summary>
    public double BackgroundWeight { get; init; } = 1000;
}

/// <summary>A live story an article was compared with, and the features of that pair (for training a join model).</summary>
/// <param name="StoryId">The story's id.</param>
/// <param name="Features">The pair's features, in <see cref="StoryJoinModel.FeatureNames"/> order.</param>
public sealed record JoinCandidate(string StoryId, double[] Features);

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
    private readonly List<int> _bucket = [];
    private readonly List<double> _prior = [];
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
            clusterer._bucket.Add(state.Terms[i].Length > 0 ? clusterer._options.WordVectors?.Bucket(state.Terms[i]) ?? 0 : 0);
            clusterer._prior.Add(state.Terms[i].Length > 0 ? clusterer.Prior(state.Terms[i]) : 0);
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

    /// <summary>
    /// The earlier story a live story continues (see <see cref="ClusteringOptions.FollowUpThreshold"/>): decided when
    /// the story starts, so ask right after <see cref="Add(ClusterItem)"/> returns a new story. Null when it follows
    /// none or is not live.
    /// </summary>
    public string? FollowsOf(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return storyId.StartsWith("story-", StringComparison.Ordinal) &&
            int.TryParse(storyId.AsSpan(6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) &&
            _live.TryGetValue(number - 1, out var story) && story.Id == storyId
            ? story.Follows
            : null;
    }

    /// <summary>Adds one article and returns the id of the story it joined or started.</summary>
    public string Add(ClusterItem item) => Add(item, null, null);

    /// <summary>Adds one article as <see cref="Add(ClusterItem)"/> does, and reports the live stories it was compared with (see <see cref="AddTo"/>).</summary>
    public string Add(ClusterItem item, ICollection<JoinCandidate>? candidates) => Add(item, candidates, null);

    /// <summary>
    /// Adds one article to the story the caller names instead of the one the clusterer would choose (to replay a
    /// stream with gold stories and collect training pairs): <paramref name="storyId"/> null, or not a live story,
    /// starts a story. <paramref name="candidates"/> receives the live stories the article was compared with (with a
    /// join model, the few most similar on the whole vector; without one, all, with only the whole-vector features).
    /// </summary>
    public string AddTo(ClusterItem item, string? storyId, ICollection<JoinCandidate>? candidates) =>
        Add(item, candidates, storyId is null ? -1 : _live.FirstOrDefault(p => p.Value.Id == storyId, new(-1, null!)).Key);

    private string Add(ClusterItem item, ICollection<JoinCandidate>? collect, int? forced)
    {
        ArgumentNullException.ThrowIfNull(item);
        var when = item.Published ?? (_live.Count > 0 ? _live[_live.Keys.Max()].Latest : DateTimeOffset.UnixEpoch);
        Retire(when);
        Age(when);

        var counts = Count(item);
        _documents++;
        foreach (var term in counts[All].Keys)
        {
            _documentFrequency[term]++;
        }

        // The headline, body and name channels feed only the learned join model; without one they stay empty.
        var model = _options.JoinModel;
        var vectors = counts.Select(Weigh).ToArray();
        var dense = Dense(vectors[All]);
        var compared = new List<(int Story, double[] Features)>();
        var denseOf = new Dictionary<int, double>();
        var (followed, followScore) = (-1, double.NegativeInfinity);
        foreach (var candidate in Candidates(vectors[All]))
        {
            var features = new double[StoryJoinModel.FeatureCount];
            var decay = Decay(_live[candidate], when);
            var similarity = Cosine(vectors[All], _live[candidate].Centroids[All]);
            var denseSimilarity = dense is null ? 0 : _live[candidate].DenseCosine(dense);
            features[0] = decay * similarity;
            if (dense is not null)
            {
                denseOf[candidate] = decay * denseSimilarity;
            }

            // The similarity before time decay: what says whether a new story continues an earlier one.
            var undecayed = similarity + (_options.DenseWeight * denseSimilarity);
            if (undecayed > followScore)
            {
                (followed, followScore) = (candidate, undecayed);
            }

            compared.Add((candidate, features));
        }

        AddMargins(compared);
        if (model is not null)
        {
            // The model decides between the few stories most similar on the whole vector (as it was trained).
            compared = [.. compared.OrderByDescending(c => c.Features[0]).ThenBy(c => c.Story).Take(ModelCandidates).OrderBy(c => c.Story)];
            foreach (var (candidate, features) in compared)
            {
                AddChannelFeatures(features, vectors, _live[candidate], when);
            }
        }

        var best = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var (candidate, features) in compared)
        {
            collect?.Add(new JoinCandidate(_live[candidate].Id, features));
            var score = model is null ? features[0] + (_options.DenseWeight * denseOf.GetValueOrDefault(candidate)) - _options.JoinThreshold : model.Score(features);
            if (score > bestScore || (score == bestScore && candidate < best))
            {
                bestScore = score;
                best = candidate;
            }
        }

        if (forced is { } chosen)
        {
            best = chosen;
        }
        else if (bestScore < 0)
        {
            best = -1;
        }

        if (best < 0)
        {
            // A new story that, but for the time between them, would have joined a live story is a later
            // development of that story's event: it is linked to it, not merged into it.
            var follows = forced is null && followed >= 0 && followScore >= _options.FollowUpThreshold && when >= _live[followed].Latest
                ? _live[followed].Id
                : null;
            best = _storyCount++;
            _live[best] = new StoryState($"story-{best + 1}", when) { Follows = follows };
        }

        var joined = _live[best];
        Unindex(best, joined);
        joined.Add(vectors, when, _options.StoryTerms);
        joined.AddDense(dense);
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

    // Channels of an article and a story: the whole weighted vector, headline terms, body terms, name terms.
    private const int All = 0;
    private const int Title = 1;
    private const int Body = 2;
    private const int Names = 3;
    private const int Channels = 4;

    private float[]? Dense(Dictionary<int, double> vector)
    {
        var words = _options.WordVectors;
        if (words is null)
        {
            return null;
        }

        var dense = new float[words.Dimensions];
        foreach (var (term, weight) in vector)
        {
            var row = words.Of(_bucket[term]);
            for (var d = 0; d < dense.Length; d++)
            {
                dense[d] += (float)weight * row[d];
            }
        }

        var norm = MathF.Sqrt(dense.Sum(v => v * v));
        if (norm > 0)
        {
            for (var d = 0; d < dense.Length; d++)
            {
                dense[d] /= norm;
            }
        }

        return dense;
    }

    // Stories the learned model compares an article with.
    private const int ModelCandidates = 3;

    private double Decay(StoryState story, DateTimeOffset when) => Math.Pow(0.5, Math.Abs((when - story.Latest).TotalDays) / _options.HalfLifeDays);

    private void AddChannelFeatures(double[] features, Dictionary<int, double>[] article, StoryState story, DateTimeOffset when)
    {
        var decay = Decay(story, when);
        features[1] = decay * Cosine(article[Title], story.Centroids[Title]);
        features[2] = decay * Cosine(article[Body], story.Centroids[Body]);
        features[3] = decay * Cosine(article[Names], story.Centroids[Names]);
        features[4] = decay * 0.5 * (Cosine(article[Title], story.Centroids[Body]) + Cosine(article[Body], story.Centroids[Title]));
    }

    // The last feature: how far the whole-vector similarity is ahead of the best other candidate.
    private static void AddMargins(List<(int Story, double[] Features)> compared)
    {
        var (first, second) = (0.0, 0.0);
        foreach (var (_, features) in compared)
        {
            if (features[0] > first)
            {
                (first, second) = (features[0], first);
            }
            else if (features[0] > second)
            {
                second = features[0];
            }
        }

        foreach (var (_, features) in compared)
        {
            features[5] = features[0] - (features[0] >= first ? second : first);
        }
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
        foreach (var term in story.Centroids[All].Keys)
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
        foreach (var term in story.Centroids[All].Keys)
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
        // Smoothed IDF: never zero, so the words a small batch is all about still count; the background
        // frequencies are a prior worth BackgroundWeight documents.
        var documents = _documents + (_options.Background is null ? 0 : _options.BackgroundWeight) + 1.0;
        foreach (var (term, count) in counts)
        {
            var idf = 1 + Math.Log(documents / (_documentFrequency[term] + _prior[term] + 1.0));
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

    /// <summary>
    /// Term counts of an article per channel: all terms weighted (headline and names weigh more), headline terms,
    /// body terms, and name terms (capitalised words and multi-word names).
    /// </summary>
    private Dictionary<int, double>[] Count(ClusterItem item)
    {
        var counts = new Dictionary<int, double>[Channels];
        for (var c = 0; c < Channels; c++)
        {
            counts[c] = [];
        }

        if (!string.IsNullOrWhiteSpace(item.Title))
        {
            AddTerms(item.Title, _options.TitleWeight, counts, Title);
        }

        AddTerms(item.Text, 1.0, counts, Body);
        return counts;
    }

    private void AddTerms(string text, double weight, Dictionary<int, double>[] counts, int channel)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var (word, capitalised) = words[i];
            var lower = word.ToLowerInvariant();
            if (!StopWords.Contains(lower) && lower.Length > 1)
            {
                var id = Add(_options.StripPlurals ? Singular(lower) : lower, weight, counts[All]);
                // The other channels only feed the join model.
                if (_options.JoinModel is not null)
                {
                    counts[channel][id] = counts[channel].GetValueOrDefault(id) + 1;
                    if (capitalised)
                    {
                        counts[Names][id] = counts[Names].GetValueOrDefault(id) + 1;
                    }
                }
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

                var id = Add("#" + name, weight * _options.EntityWeight, counts[All]);
                if (_options.JoinModel is not null)
                {
                    counts[channel][id] = counts[channel].GetValueOrDefault(id) + 1;
                    counts[Names][id] = counts[Names].GetValueOrDefault(id) + 1;
                }
            }
        }

        if (channel == Title && _options.HeadlineBigrams)
        {
            // Pairs of neighbouring content words of the headline ("mask guidance", "budget deal").
            string? previous = null;
            foreach (var (word, _) in words)
            {
                var lower = word.ToLowerInvariant();
                if (StopWords.Contains(lower) || lower.Length < 2)
                {
                    previous = null;
                    continue;
                }

                lower = _options.StripPlurals ? Singular(lower) : lower;
                if (previous is not null)
                {
                    var id = Add("~" + previous + "_" + lower, weight, counts[All]);
                    if (_options.JoinModel is not null)
                    {
                        counts[Title][id] = counts[Title].GetValueOrDefault(id) + 1;
                    }
                }

                previous = lower;
            }
        }
    }

    /// <summary>The terms of a text as the clusterer makes them (words and multi-word names), for training word vectors.</summary>
    internal static List<string> TermsOf(string text, bool stripPlurals)
    {
        var terms = new List<string>();
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var (word, capitalised) = words[i];
            var lower = word.ToLowerInvariant();
            if (!StopWords.Contains(lower) && lower.Length > 1)
            {
                terms.Add(stripPlurals ? Singular(lower) : lower);
            }

            if (capitalised && i + 1 < words.Count && words[i + 1].Capitalised && (i == 0 || !words[i - 1].Capitalised))
            {
                var name = new StringBuilder("#").Append(lower);
                for (var j = i + 1; j < words.Count && words[j].Capitalised && j - i < 5; j++)
                {
                    name.Append('_').Append(words[j].Word.ToLowerInvariant());
                }

                terms.Add(name.ToString());
            }
        }

        return terms;
    }

    /// <summary>Light stemming: the singular of a regular English plural ("taxes" → "tax", "policies" → "policy").</summary>
    internal static string Singular(string lower)
    {
        if (lower.Length <= 3 || !lower.EndsWith('s') || lower.EndsWith("ss", StringComparison.Ordinal) ||
            lower.EndsWith("us", StringComparison.Ordinal) || lower.EndsWith("is", StringComparison.Ordinal) || char.IsDigit(lower[^2]))
        {
            return lower;
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4)
        {
            return lower[..^3] + "y";
        }

        if (lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal) ||
            lower.EndsWith("xes", StringComparison.Ordinal) || lower.EndsWith("sses", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        return lower[..^1];
    }

    // Background documents (of BackgroundWeight) that contain a term.
    private double Prior(string term) => _options.Background is { } background ? _options.BackgroundWeight * background.Share(term) : 0;

    private int Add(string term, double weight, Dictionary<int, double> counts)
    {
        if (!_vocabulary.TryGetValue(term, out var id))
        {
            var bucket = _options.WordVectors?.Bucket(term) ?? 0;
            if (_freeTerms.TryPop(out id))
            {
                _documentFrequency[id] = 0;
                _bucket[id] = bucket;
                _prior[id] = Prior(term);
            }
            else
            {
                id = _documentFrequency.Count;
                _documentFrequency.Add(0);
                _bucket.Add(bucket);
                _prior.Add(Prior(term));
            }

            _vocabulary[term] = id;
        }

        counts[id] = counts.GetValueOrDefault(id) + weight;
        return id;
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

    /// <summary>A story while its articles arrive: per channel, the running sum of its articles' vectors and its centroid.</summary>
    private sealed class StoryState(string id, DateTimeOffset started)
    {
        private readonly Dictionary<int, double>[] _sums = [[], [], [], []];

        public string Id { get; } = id;

        public DateTimeOffset Latest { get; private set; } = started;

        /// <summary>The earlier story this one continues (a later development of the same event), if any.</summary>
        public string? Follows { get; init; }

        public Dictionary<int, double>[] Centroids { get; } = [[], [], [], []];

        public bool Queued { get; set; }

        private float[]? _dense;

        public void AddDense(float[]? dense)
        {
            if (dense is null)
            {
                return;
            }

            _dense ??= new float[dense.Length];
            for (var d = 0; d < dense.Length; d++)
            {
                _dense[d] += dense[d];
            }
        }

        public double DenseCosine(float[] dense)
        {
            if (_dense is null)
            {
                return 0;
            }

            double dot = 0, norm = 0;
            for (var d = 0; d < dense.Length; d++)
            {
                dot += _dense[d] * dense[d];
                norm += _dense[d] * _dense[d];
            }

            return norm > 0 ? dot / Math.Sqrt(norm) : 0;
        }

        public void Add(Dictionary<int, double>[] vectors, DateTimeOffset when, int keep)
        {
            if (when > Latest)
            {
                Latest = when;
            }

            for (var c = 0; c < Channels; c++)
            {
                if (vectors[c].Count == 0)
                {
                    continue;   // nothing changes (the other channels are empty without a join model)
                }

                var sum = _sums[c];
                foreach (var (term, weight) in vectors[c])
                {
                    sum[term] = sum.GetValueOrDefault(term) + weight;
                }

                // The centroid keeps the story's strongest terms, normalised.
                var top = sum.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(keep).ToList();
                var norm = Math.Sqrt(top.Sum(p => p.Value * p.Value));
                Centroids[c] = top.ToDictionary(p => p.Key, p => norm > 0 ? p.Value / norm : 0);
                if (sum.Count > keep * 4)
                {
                    // Bound memory: drop the weakest tail of the running sum.
                    foreach (var (term, _) in sum.OrderBy(p => p.Value).ThenBy(p => p.Key).Take(sum.Count - (keep * 2)).ToList())
                    {
                        sum.Remove(term);
                    }
                }
            }
        }

        public void CollectTerms(HashSet<int> into)
        {
            for (var c = 0; c < Channels; c++)
            {
                into.UnionWith(_sums[c].Keys);
                into.UnionWith(Centroids[c].Keys);
            }
        }

        // Dictionaries are exported in their iteration order and rebuilt in it, so sums of floating-point
        // weights come out bit for bit the same after an import.
        public StoryClusterState Export(int number) => new(Id, Latest, Queued, [.. _sums[All]], [.. Centroids[All]])
        {
            Number = number,
            Follows = Follows,
            Dense = _dense is null ? [] : [.. _dense],
            ChannelSums = [.. _sums.Skip(1).Select(sum => (IReadOnlyList<KeyValuePair<int, double>>)[.. sum])],
            ChannelCentroids = [.. Centroids.Skip(1).Select(centroid => (IReadOnlyList<KeyValuePair<int, double>>)[.. centroid])],
        };

        public static StoryState Import(StoryClusterState saved)
        {
            var story = new StoryState(saved.Id, saved.Latest) { Queued = saved.Queued, Follows = saved.Follows };
            story._dense = saved.Dense.Count > 0 ? [.. saved.Dense] : null;
            Fill(story._sums[All], saved.Sum);
            Fill(story.Centroids[All], saved.Centroid);
            for (var c = 1; c < Channels; c++)
            {
                // States written before the channels existed have none: those stories compare on the whole vector only.
                if (c - 1 < saved.ChannelSums.Count)
                {
                    Fill(story._sums[c], saved.ChannelSums[c - 1]);
                }

                if (c - 1 < saved.ChannelCentroids.Count)
                {
                    Fill(story.Centroids[c], saved.ChannelCentroids[c - 1]);
                }
            }

            return story;
        }

        private static void Fill(Dictionary<int, double> into, IReadOnlyList<KeyValuePair<int, double>> weights)
        {
            into.EnsureCapacity(weights.Count);
            foreach (var (term, weight) in weights)
            {
                into.Add(term, weight);
            }
        }
    }
}
