using System.Text.Json;

namespace Corroborate.Evaluation.Extraction;

/// <summary>Reads the article-extraction benchmark folder (<c>ground-truth.json</c>, <c>html/</c>, <c>baseline-outputs/</c>).</summary>
public sealed class ExtractionBenchmarkData
{
    private ExtractionBenchmarkData(string root, IReadOnlyDictionary<string, string> groundTruth, IReadOnlyDictionary<string, string> urls)
    {
        Root = root;
        GroundTruth = groundTruth;
        Urls = urls;
    }

    /// <summary>The original URL of each page.</summary>
    public IReadOnlyDictionary<string, string> Urls { get; }

    /// <summary>The benchmark folder.</summary>
    public string Root { get; }

    /// <summary>Reference article bodies by page id, for the pages present in <c>html/</c>.</summary>
    public IReadOnlyDictionary<string, string> GroundTruth { get; }

    /// <summary>Loads the benchmark from <paramref name="root"/>.</summary>
    public static ExtractionBenchmarkData Load(string root)
    {
        var bodies = ReadBodies(Path.Combine(root, "ground-truth.json"));
        var present = Directory.EnumerateFiles(Path.Combine(root, "html"), "*.html")
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.Ordinal);
        var groundTruth = bodies.Where(pair => present.Contains(pair.Key))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new ExtractionBenchmarkData(root, groundTruth, ReadField(Path.Combine(root, "ground-truth.json"), "url"));
    }

    /// <summary>The path of a page's HTML file.</summary>
    public string HtmlPath(string id) => Path.Combine(Root, "html", id + ".html");

    /// <summary>Names of the baseline systems whose outputs are kept.</summary>
    public IEnumerable<string> BaselineNames() =>
        Directory.EnumerateFiles(Path.Combine(Root, "baseline-outputs"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    /// <summary>A baseline system's predictions by page id.</summary>
    public IReadOnlyDictionary<string, string> Baseline(string name) =>
        ReadBodies(Path.Combine(Root, "baseline-outputs", name + ".json"));

    /// <summary>Reads <c>{ id: { articleBody } }</c>, unwrapping <c>{ "output": {...} }</c>.</summary>
    public static Dictionary<string, string> ReadBodies(string path) => ReadField(path, "articleBody");

    private static Dictionary<string, string> ReadField(string path, string field)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        if (root.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object)
        {
            root = output;
        }

        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object
                && property.Value.TryGetProperty(field, out var body))
            {
                bodies[property.Name] = body.ValueKind == JsonValueKind.String ? body.GetString() ?? "" : "";
            }
        }

        return bodies;
    }

    /// <summary>Scores predictions against the reference.</summary>
    public CorpusScore Score(IReadOnlyDictionary<string, string> predictions) =>
        ShingleScorer.Aggregate(GroundTruth
            .Select(pair => ShingleScorer.Score(pair.Value, predictions.GetValueOrDefault(pair.Key)))
            .ToList());
}
