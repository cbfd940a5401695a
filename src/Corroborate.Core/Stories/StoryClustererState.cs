namespace Corroborate.Stories;

/// <summary>
/// What a <see cref="StoryClusterer"/> has learnt from the stream so far, exported so that a later run can
/// continue it (<see cref="StoryClusterer.FromState"/>) without adding the earlier items again.
/// </summary>
/// <param name="Documents">Items added so far.</param>
/// <param name="Terms">The vocabulary, in term-id order; "" marks the id of a forgotten term.</param>
/// <param name="DocumentFrequencies">For each term, the number of items it occurred in.</param>
/// <param name="Stories">The live stories, in creation order (retired ones are not kept).</param>
/// <param name="ActivityQueue">Indexes of the live stories in the order they are checked for retirement.</param>
/// <param name="Assignments">Item id → story id (may be empty when the caller keeps assignments itself).</param>
public sealed record StoryClustererState(
    int Documents,
    IReadOnlyList<string> Terms,
    IReadOnlyList<int> DocumentFrequencies,
    IReadOnlyList<StoryClusterState> Stories,
    IReadOnlyList<int> ActivityQueue,
    IReadOnlyDictionary<string, string> Assignments)
{
    /// <summary>Stories created so far (the next is <c>story-(StoryCount + 1)</c>); null in states that listed every story.</summary>
    public int? StoryCount { get; init; }

    /// <summary>When document frequencies were last halved (stream time); null before the first item.</summary>
    public DateTimeOffset? HalvedAt { get; init; }
}

/// <summary>One story of a <see cref="StoryClustererState"/>.</summary>
/// <param name="Id">Story id (<c>story-n</c>).</param>
/// <param name="Latest">Time of its latest article.</param>
/// <param name="Queued">Whether it is in the activity queue (live).</param>
/// <param name="Sum">Running sum of its articles' term weights (term id, weight), in the clusterer's order.</param>
/// <param name="Centroid">Its normalised top terms (term id, weight), in the clusterer's order.</param>
public sealed record StoryClusterState(
    string Id,
    DateTimeOffset Latest,
    bool Queued,
    IReadOnlyList<KeyValuePair<int, double>> Sum,
    IReadOnlyList<KeyValuePair<int, double>> Centroid)
{
    /// <summary>The story's index (<c>story-(Number + 1)</c>); null in states that listed every story, where it is the position.</summary>
    public int? Number { get; init; }

    /// <summary>
    /// Running sums of the story's headline, body and name vectors (in that order), like <see cref="Sum"/>; empty in
    /// states written before these channels existed.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<KeyValuePair<int, double>>> ChannelSums { get; init; } = [];

    /// <summary>The id of the earlier story this one continues, if any (null in older states).</summary>
    public string? Follows { get; init; }

    /// <summary>Sum of its articles' word-vector means (empty without word vectors or in older states).</summary>
    public IReadOnlyList<float> Dense { get; init; } = [];

    /// <summary>Centroids of the story's headline, body and name vectors (in that order), like <see cref="Centroid"/>.</summary>
    public IReadOnlyList<IReadOnlyList<KeyValuePair<int, double>>> ChannelCentroids { get; init; } = [];
}
