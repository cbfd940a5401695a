using System.Text.Json;
using Corroborate.Evaluation.Extraction;

namespace Corroborate.Evaluation.Cleaning;

/// <summary>A real article body used to measure cleaning.</summary>
/// <param name="Id">Unique id within its set.</param>
/// <param name="Set">The data set it comes from.</param>
/// <param name="Title">Its headline when the data has one.</param>
/// <param name="Paragraphs">The body's paragraphs.</param>
/// <param name="PristineText">The body as the data set lays it out, with no residue added.</param>
public sealed record SourceArticle(string Id, string Set, string? Title, IReadOnlyList<string> Paragraphs, string PristineText);

/// <summary>Loads real article bodies from the shared data folder for the cleaning benchmark.</summary>
public static class CleaningCorpus
{
    /// <summary>Name of the extraction ground-truth set.</summary>
    public const string ExtractionSet = "extraction-gt";

    /// <summary>Name of the AllSides story-clustering set.</summary>
    public const string AllSidesSet = "allsides";

    /// <summary>Name of the NeuS multi-document set (held out from tuning).</summary>
    public const string NeusSet = "neus";

    /// <summary>Bodies of the extraction benchmark's ground truth (paragraphs separated by a blank line).</summary>
    public static List<SourceArticle> LoadExtraction(string benchmarkRoot)
    {
        var data = ExtractionBenchmarkData.Load(benchmarkRoot);
        var articles = new List<SourceArticle>();
        foreach (var (id, body) in data.GroundTruth)
        {
            var paragraphs = SplitParagraphs(body, "\n\n");
            if (paragraphs.Count > 0)
            {
                articles.Add(new SourceArticle(id, ExtractionSet, null, paragraphs, body));
            }
        }

        return articles;
    }

    /// <summary>Lead excerpts of the AllSides clustering file (<c>text</c>, paragraphs separated by a newline).</summary>
    public static List<SourceArticle> LoadAllSides(string jsonlPath)
    {
        var articles = new List<SourceArticle>();
        foreach (var line in File.ReadLines(jsonlPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            var paragraphs = SplitParagraphs(text, "\n");
            if (paragraphs.Count == 0)
            {
                continue;
            }

            var id = root.TryGetProperty("id", out var i) ? i.GetString() ?? "" : "";
            var title = root.TryGetProperty("title", out var h) ? h.GetString() : null;
            articles.Add(new SourceArticle(id, AllSidesSet, title, paragraphs, text));
        }

        return articles;
    }

    /// <summary>
    /// Articles of the NeuS <c>*.source</c> files: each line holds three articles joined by <c> [SEP] </c>, each
    /// <c>TITLE=&gt; headline. ARTICLE=&gt; excerpt</c>.
    /// </summary>
    public static List<SourceArticle> LoadNeus(string folder) =>
        NeusSource.Read(folder)
            .Where(a => a.Body.Length > 0)
            .Select(a => new SourceArticle($"{a.Split}-{a.Line}-{a.Part}", NeusSet, a.Title, [a.Body], a.Body))
            .ToList();

    private static List<string> SplitParagraphs(string text, string separator) =>
        text.Split(separator)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
}
