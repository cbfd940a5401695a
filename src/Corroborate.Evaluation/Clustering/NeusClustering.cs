using System.Globalization;

namespace Corroborate.Evaluation.Clustering;

/// <summary>
/// The NeuS multi-news files as story-clustering sets, one per split (<c>neus-test</c>, <c>neus-train</c>,
/// <c>neus-val</c>): each line is one gold story of its (usually three) articles. The files carry no dates, so
/// each line gets a synthetic time, <see cref="LineSpacing"/> after the previous line, shared by its articles
/// (as AllSides articles share their story's date); the stream order is line order, then position on the line.
/// </summary>
public static class NeusClustering
{
    /// <summary>The folder's path relative to the data root.</summary>
    public static readonly string RelativePath = Path.Combine("mds", "neus");

    /// <summary>Synthetic time between consecutive lines: three stories a day, as in the AllSides roundups.</summary>
    public static readonly TimeSpan LineSpacing = TimeSpan.FromHours(8);

    /// <summary>Synthetic time of every split's first line.</summary>
    public static readonly DateTimeOffset FirstDate = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One set per <c>*.source</c> file in <paramref name="folder"/>, in file-name order.</summary>
    public static IReadOnlyList<ClusteringSet> Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return NeusSource.Read(folder)
            .GroupBy(a => a.Split, StringComparer.Ordinal)
            .Select(split => new ClusteringSet(
                "neus-" + split.Key,
                split.Select(a => new ClusteringArticle(
                    $"{a.Split}:{a.Line.ToString(CultureInfo.InvariantCulture)}-{a.Part.ToString(CultureInfo.InvariantCulture)}",
                    a.Title,
                    a.Body,
                    FirstDate + (LineSpacing * (a.Line - 1)),
                    null,
                    null,
                    $"{a.Split}:{a.Line.ToString(CultureInfo.InvariantCulture)}")).ToList(),
                []))
            .ToList();
    }
}
