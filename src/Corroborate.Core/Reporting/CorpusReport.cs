using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Stories;

namespace Corroborate.Reporting;

/// <summary>Everything a report shows: the articles, their stories and the input problems met on the way.</summary>
/// <param name="Articles">Processed articles in input order.</param>
/// <param name="Stories">Stories over those articles.</param>
/// <param name="Problems">Input problems (files or records not read, warnings).</param>
public sealed record CorpusReport(IReadOnlyList<NewsDocument> Articles, IReadOnlyList<Story> Stories, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>The schema name of the JSON report.</summary>
    public const string Schema = "corroborate.report/1";

    /// <summary>Distinct outlets among the articles.</summary>
    public int OutletCount => Articles.Select(a => Outlets.NameOf(a.Metadata)).Where(o => o is not null)
        .Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

/// <summary>Writes a <see cref="CorpusReport"/> in one format.</summary>
public interface IReportWriter
{
    /// <summary>The format name used on the command line (<c>md</c>, <c>json</c>, <c>html</c>).</summary>
    string Format { get; }

    /// <summary>The file name the writer uses under <c>--out</c>.</summary>
    string FileName { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    void Write(CorpusReport report, TextWriter writer);
}

/// <summary>Small helpers shared by the report writers.</summary>
internal static class ReportText
{
    public static string Date(DateTimeOffset? date) =>
        date is { } d ? d.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    public static string Title(NewsDocument doc) => string.IsNullOrWhiteSpace(doc.Metadata.Title) ? doc.Id : doc.Metadata.Title!;

    public static string Outlet(NewsDocument doc) => Outlets.NameOf(doc.Metadata) ?? "unknown outlet";

    /// <summary>Counts removed items by reason, most frequent first: "2 caption, 1 byline".</summary>
    public static string RemovedSummary(NewsDocument doc) =>
        string.Join(", ", doc.Removed.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}"));
}
