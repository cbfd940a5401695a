using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Ingestion;
using System.Globalization;
using Corroborate.Stories;

namespace Corroborate.Reporting;

/// <summary>Everything a report shows: the articles, their stories and the input problems met on the way.</summary>
/// <param name="Articles">Processed articles in input order.</param>
/// <param name="Stories">Stories over those articles.</param>
/// <param name="Problems">Input problems (files or records not read, warnings).</param>
public sealed record CorpusReport(IReadOnlyList<NewsDocument> Articles, IReadOnlyList<Story> Stories, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Copies and partial overlaps between the articles, and their origin groups.</summary>
    public CopyAnalysis Copies { get; init; } = CopyAnalysis.Empty;

    /// <summary>The schema name of the JSON report.</summary>
    public const string Schema = "corroborate.report/1";

    /// <summary>Distinct known outlets among the articles.</summary>
    public int OutletCount => ReportText.OutletCount(Articles);
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
    /// <summary>The calendar date as the source gave it (in its own time zone), <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateTimeOffset? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    public static int WordCount(string text) => Quotes.QuoteExtractor.CountWords(text, new TextSpan(0, text.Length));

    public static string Title(NewsDocument doc) => string.IsNullOrWhiteSpace(doc.Metadata.Title) ? doc.Id : doc.Metadata.Title!;

    public static string Outlet(NewsDocument doc) => Outlets.NameOf(doc.Metadata) ?? "unknown outlet";

    /// <summary>Distinct known outlets among <paramref name="articles"/> (articles with no outlet are not one).</summary>
    public static int OutletCount(IEnumerable<NewsDocument> articles) =>
        articles.Select(a => Outlets.NameOf(a.Metadata)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:F0}%");

    /// <summary>"3 articles from 2 independent origins and 2 outlets, 2026-02-20 to 2026-02-22".</summary>
    public static string StorySummary(Story story)
    {
        var outlets = OutletCount(story.Articles);
        var span = story.FirstPublished is null ? "" :
            story.FirstPublished == story.LastPublished ? $", {Date(story.FirstPublished)}"
            : $", {Date(story.FirstPublished)} to {Date(story.LastPublished)}";
        return $"{Count(story.Articles.Count, "article")} from {Count(story.IndependentSources, "independent origin")} "
            + $"and {Count(outlets, "outlet")}{span}";
    }

    /// <summary>"Names: Dana Kirrane, Ambry Hydro. Key terms: spillway, dam, evacuated." or null when there are none.</summary>
    public static string? ProfileLine(Story story)
    {
        var parts = new List<string>(2);
        if (story.Profile.Entities.Count > 0)
        {
            parts.Add("Names: " + string.Join(", ", story.Profile.Entities) + ".");
        }

        if (story.Profile.Keywords.Count > 0)
        {
            parts.Add("Key terms: " + string.Join(", ", story.Profile.Keywords) + ".");
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>
    /// "Later development of “…” (story-1)." and "Followed by “…” (story-3)." for a story linked to others, with the
    /// titles <paramref name="titleOf"/> knows (the id alone otherwise); empty when it has no link.
    /// </summary>
    public static IReadOnlyList<(string Text, string StoryId)> FollowLines(Story story, Func<string, string?> titleOf)
    {
        var lines = new List<(string, string)>();
        string Name(string id) => titleOf(id) is { Length: > 0 } title ? $"“{title}” ({id})" : id;
        if (story.Follows is { } earlier)
        {
            lines.Add(($"Later development of {Name(earlier)}.", earlier));
        }

        foreach (var later in story.FollowedBy)
        {
            lines.Add(($"Followed by {Name(later)}.", later));
        }

        return lines;
    }

    /// <summary>One sentence about a copy link, with outlets, titles and how much is shared.</summary>
    public static string Describe(CopyLink link, IReadOnlyDictionary<string, NewsDocument> byId)
    {
        var copy = byId[link.Article];
        var original = byId[link.Of];
        var shared = link.SharedParagraphs.Count;
        return link.Kind == CopyKind.Copy
            ? $"{Outlet(copy)} ({link.Article}) is a copy of {Outlet(original)} ({link.Of}): {Percent(link.TextShare)} of its text is there, "
                + $"{shared} of its {copy.Paragraphs.Count} paragraphs shared, shingle containment {link.Containment.ToString("F2", CultureInfo.InvariantCulture)}."
            : $"{Outlet(copy)} ({link.Article}) shares {Count(shared, "paragraph")} with {Outlet(original)} ({link.Of}), "
                + $"{Percent(link.TextShare)} of its text: its paragraphs {string.Join(", ", link.SharedParagraphs.Select(p => p.Paragraph + 1))} "
                + $"are paragraphs {string.Join(", ", link.SharedParagraphs.Select(p => p.OfParagraph + 1))} there.";
    }

    /// <summary>"1 article", "3 articles", "2 stories".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count} {plural ?? singular + "s"}";

    /// <summary>"13 articles from 8 outlets in 4 stories".</summary>
    public static string CorpusSummary(CorpusReport report) =>
        $"{Count(report.Articles.Count, "article")} from {Count(report.OutletCount, "outlet")} in {Count(report.Stories.Count, "story", "stories")}";

    /// <summary>
    /// The figure groups a report table shows: those reported by two articles or more, and any conflict or
    /// change; conflicts first, then explained changes, then the most reported.
    /// </summary>
    public static List<Figures.FigureGroup> ReportedFigureGroups(Story story) =>
        story.FigureGroups
            .Where(g => g.Agreement != Figures.FigureAgreement.Consistent || g.Articles.Count > 1)
            .OrderBy(g => g.Agreement switch { Figures.FigureAgreement.Conflict => 0, Figures.FigureAgreement.ExplainedChange => 1, _ => 2 })
            .ThenByDescending(g => g.Articles.Count)
            .ToList();

    /// <summary>"Tollbridge Press Agency (newsdesk-export-1)", for each article reporting a value.</summary>
    public static string ReportedBy(Figures.FigureGroupValue value) =>
        string.Join(", ", value.Mentions.Select(m => m.Article).Distinct().Select(a => $"{Outlet(a)} ({a.Id})"));

    /// <summary>The agreement of a group in words.</summary>
    public static string Agreement(Figures.FigureGroup group) => group.Agreement switch
    {
        Figures.FigureAgreement.Conflict => "conflict",
        Figures.FigureAgreement.ExplainedChange => "changed over time",
        _ => "consistent",
    };

    /// <summary>Counts removed items by reason, most frequent first: "2 caption, 1 byline".</summary>
    public static string RemovedSummary(NewsDocument doc) =>
        string.Join(", ", doc.Removed.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}"));
}
