using System.Globalization;
using System.Text.Json;

namespace Corroborate.Evaluation.Clustering;

/// <summary>
/// Reads the AllSides story-clustering file (<c>news-clustering/allsides-2021.train.jsonl</c>). Only the fields a
/// clusterer may see are kept (<c>id</c>, <c>date</c>, <c>title</c>, <c>text</c>, <c>source</c>, <c>url</c>) plus
/// <c>cluster</c> as gold; the story-level fields that give the answer away are not read.
/// </summary>
public static class AllSidesClustering
{
    /// <summary>The file's path relative to the data root.</summary>
    public static readonly string RelativePath = Path.Combine("news-clustering", "allsides-2021.train.jsonl");

    /// <summary>Loads the file as one set, in stream order: by date, ties by id (ordinal).</summary>
    public static ClusteringSet Load(string jsonlPath, string name = "allsides")
    {
        ArgumentNullException.ThrowIfNull(jsonlPath);
        var articles = new List<ClusteringArticle>();
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(jsonlPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = Parse(line, out var problem);
            if (article is null)
            {
                problems.Add($"{Path.GetFileName(jsonlPath)}:{lineNumber}: {problem}");
                continue;
            }

            articles.Add(article);
        }

        articles.Sort(StreamOrder);
        return new ClusteringSet(name, articles, problems);
    }

    // Date first (undated last), then id.
    private static int StreamOrder(ClusteringArticle a, ClusteringArticle b)
    {
        var byDate = (a.Published, b.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } x, { } y) => x.CompareTo(y),
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    private static ClusteringArticle? Parse(string line, out string problem)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = String(root, "id");
            var text = String(root, "text");
            var gold = root.TryGetProperty("cluster", out var cluster) ? cluster.ToString() : null;
            if (id is null || text is null || string.IsNullOrEmpty(gold))
            {
                problem = "needs id, text and cluster";
                return null;
            }

            DateTimeOffset? published = DateTimeOffset.TryParse(String(root, "date"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            problem = "";
            return new ClusteringArticle(id, String(root, "title"), text, published, String(root, "source"), String(root, "url"), gold);
        }
        catch (JsonException e)
        {
            problem = "not JSON: " + e.Message;
            return null;
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
