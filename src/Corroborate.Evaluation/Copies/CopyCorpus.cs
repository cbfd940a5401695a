using System.Globalization;
using System.Text.Json;
using Corroborate.Evaluation.Extraction;

namespace Corroborate.Evaluation.Copies;

/// <summary>A real article the copy set is built from.</summary>
/// <param name="Id">Unique id within the corpus (<c>set:original id</c>).</param>
/// <param name="Set">The data set it comes from.</param>
/// <param name="Story">The story it reports: articles of one story are written independently of each other.</param>
/// <param name="Title">Its headline when the data has one.</param>
/// <param name="Paragraphs">The body's paragraphs.</param>
/// <param name="Published">Its publication time when the data has one.</param>
public sealed record CopySource(string Id, string Set, string Story, string? Title, IReadOnlyList<string> Paragraphs, DateTimeOffset? Published);

/// <summary>Two real articles of the corpus that share part of their text (a quote, a sentence) without being copies.</summary>
/// <param name="First">A source id.</param>
/// <param name="Second">Another source id.</param>
/// <param name="Overlap">Share of the shorter one's word 5-grams found in the other.</param>
public sealed record OverlappingSources(string First, string Second, double Overlap);

/// <summary>
/// Real article bodies for the copy benchmark, with their stories, cleaned of the data's own duplicates: the
/// AllSides and NeuS files draw on the same roundups, and some outlets carry the same wire lead. An article that
/// shares at least <see cref="DuplicateOverlap"/> of its word 5-grams with one kept earlier is dropped and the two
/// stories are merged; pairs sharing between <see cref="OverlapFloor"/> and that are kept and listed in
/// <see cref="Overlapping"/>, so the scorer can tell them from clean independent pairs.
/// </summary>
public sealed class CopyCorpus
{
    /// <summary>Name of the extraction ground-truth set.</summary>
    public const string ExtractionSet = "extraction-gt";

    /// <summary>Name of the AllSides story-clustering set.</summary>
    public const string AllSidesSet = "allsides";

    /// <summary>Name of the NeuS multi-document set.</summary>
    public const string NeusSet = "neus";

    /// <summary>Overlap (share of the shorter text's 5-grams) from which two real articles count as one.</summary>
    public const double DuplicateOverlap = 0.5;

    /// <summary>Overlap from which two real articles are listed as overlapping.</summary>
    public const double OverlapFloor = 0.2;

    /// <summary>Articles with fewer word tokens are left out.</summary>
    public const int MinimumWords = 15;

    private CopyCorpus(IReadOnlyList<CopySource> articles, IReadOnlyList<OverlappingSources> overlapping, int duplicates, int tooShort, int mergedStories)
    {
        Articles = articles;
        Overlapping = overlapping;
        Duplicates = duplicates;
        TooShort = tooShort;
        MergedStories = mergedStories;
    }

    /// <summary>The kept articles, in load order, with merged story ids.</summary>
    public IReadOnlyList<CopySource> Articles { get; }

    /// <summary>Kept pairs that share some text.</summary>
    public IReadOnlyList<OverlappingSources> Overlapping { get; }

    /// <summary>Articles dropped as duplicates of an earlier one.</summary>
    public int Duplicates { get; }

    /// <summary>Articles dropped for having fewer than <see cref="MinimumWords"/> words.</summary>
    public int TooShort { get; }

    /// <summary>Stories merged into another because they share an article.</summary>
    public int MergedStories { get; }

    /// <summary>Loads whichever of the three data sets are given (null ones are skipped), in this order.</summary>
    public static CopyCorpus Load(string? extractionRoot, string? allSidesPath, string? neusFolder)
    {
        var sources = new List<CopySource>();
        if (extractionRoot is not null)
        {
            sources.AddRange(LoadExtraction(extractionRoot));
        }

        if (allSidesPath is not null)
        {
            sources.AddRange(LoadAllSides(allSidesPath));
        }

        if (neusFolder is not null)
        {
            sources.AddRange(LoadNeus(neusFolder));
        }

        return FromSources(sources);
    }

    /// <summary>Bodies of the extraction benchmark's ground truth; each is its own story.</summary>
    public static IEnumerable<CopySource> LoadExtraction(string benchmarkRoot)
    {
        var data = ExtractionBenchmarkData.Load(benchmarkRoot);
        foreach (var (id, body) in data.GroundTruth)
        {
            yield return new CopySource($"{ExtractionSet}:{id}", ExtractionSet, $"{ExtractionSet}:{id}", null, Split(body, "\n\n"), null);
        }
    }

    /// <summary>AllSides lead excerpts with their outlet headline, story id (<c>cluster</c>) and story date.</summary>
    public static IEnumerable<CopySource> LoadAllSides(string jsonlPath)
    {
        foreach (var line in File.ReadLines(jsonlPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = String(root, "id") ?? "";
            var cluster = root.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt64().ToString(CultureInfo.InvariantCulture) : id;
            DateTimeOffset? published = DateTimeOffset.TryParse(String(root, "date"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            yield return new CopySource($"{AllSidesSet}:{id}", AllSidesSet, $"{AllSidesSet}:{cluster}", String(root, "title"), Split(String(root, "text") ?? "", "\n"), published);
        }
    }

    /// <summary>NeuS articles: each line of a <c>*.source</c> file is one story of three articles.</summary>
    public static IEnumerable<CopySource> LoadNeus(string folder) =>
        NeusSource.Read(folder).Select(a => new CopySource(
            $"{NeusSet}:{a.Split}-{a.Line}-{a.Part}", NeusSet, $"{NeusSet}:{a.Split}-{a.Line}", a.Title, Split(a.Body, "\n"), null));

    /// <summary>Drops short articles and duplicates, merges the stories duplicates join, and lists overlapping pairs.</summary>
    public static CopyCorpus FromSources(IEnumerable<CopySource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var kept = new List<CopySource>();
        var keptShingles = new List<HashSet<ulong>>();
        var index = new Dictionary<ulong, List<int>>();
        var overlapping = new List<(int First, int Second, double Overlap)>();
        var storyParent = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = 0;
        var tooShort = 0;
        var merged = 0;
        var shared = new Dictionary<int, int>();
        foreach (var source in sources)
        {
            var words = CopyText.Words(source.Paragraphs);
            if (CopyText.CountTokens(source.Paragraphs) < MinimumWords || words.Count == 0)
            {
                tooShort++;
                continue;
            }

            var shingles = CopyText.Shingles(words);
            shared.Clear();
            foreach (var shingle in shingles)
            {
                if (index.TryGetValue(shingle, out var holders))
                {
                    foreach (var holder in holders)
                    {
                        shared[holder] = shared.GetValueOrDefault(holder) + 1;
                    }
                }
            }

            var duplicate = false;
            var pairs = new List<(int, double)>();
            foreach (var (other, count) in shared)
            {
                var overlap = (double)count / Math.Min(shingles.Count, keptShingles[other].Count);
                if (overlap >= DuplicateOverlap)
                {
                    duplicate = true;
                    if (Union(storyParent, source.Story, kept[other].Story))
                    {
                        merged++;
                    }
                }
                else if (overlap >= OverlapFloor)
                {
                    pairs.Add((other, overlap));
                }
            }

            if (duplicate)
            {
                duplicates++;
                continue;
            }

            var at = kept.Count;
            kept.Add(source);
            keptShingles.Add(shingles);
            overlapping.AddRange(pairs.Select(p => (p.Item1, at, p.Item2)));
            foreach (var shingle in shingles)
            {
                if (!index.TryGetValue(shingle, out var holders))
                {
                    index[shingle] = holders = [];
                }

                holders.Add(at);
            }
        }

        var articles = kept.Select(a => a with { Story = Find(storyParent, a.Story) }).ToList();
        var overlaps = overlapping
            .Select(o => new OverlappingSources(articles[o.First].Id, articles[o.Second].Id, o.Overlap))
            .ToList();
        return new CopyCorpus(articles, overlaps, duplicates, tooShort, merged);
    }

    private static string Find(Dictionary<string, string> parent, string story)
    {
        while (parent.TryGetValue(story, out var up) && up != story)
        {
            story = up;
        }

        return story;
    }

    // Merges the later story into the earlier one's root; false when they were already one.
    private static bool Union(Dictionary<string, string> parent, string later, string earlier)
    {
        var a = Find(parent, later);
        var b = Find(parent, earlier);
        if (a == b)
        {
            return false;
        }

        parent[a] = b;
        return true;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Split(string text, string separator) =>
        text.Split(separator).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
}
