using System.Text;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Stories;

namespace Corroborate.Reporting;

/// <summary>Writes the report as Markdown for reading in a terminal or a Markdown viewer.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private const int LeadParagraphs = 2; // paragraphs of each article quoted in the report

    /// <inheritdoc/>
    public string Format => "md";

    /// <inheritdoc/>
    public string FileName => "report.md";

    /// <inheritdoc/>
    public void Write(CorpusReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Corroborate report");
        writer.WriteLine();
        var errors = report.Problems.Count(p => p.Severity == Ingestion.ProblemSeverity.Error);
        writer.WriteLine(ReportText.CorpusSummary(report)
            + (errors > 0 ? $"; {ReportText.Count(errors, "input problem")} (see the end)." : "."));
        writer.WriteLine();

        var byId = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var titles = report.Stories.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        foreach (var story in report.Stories)
        {
            WriteStory(story, report.Copies.Links, byId, titles, writer);
        }

        if (report.Problems.Count > 0)
        {
            writer.WriteLine("## Input problems");
            writer.WriteLine();
            foreach (var problem in report.Problems)
            {
                var label = problem.Severity == Ingestion.ProblemSeverity.Error ? "not read" : "warning";
                writer.WriteLine($"- `{Code(Ingestion.PrintableText.Escape(problem.Location.ToString()))}`: {Inline(Ingestion.PrintableText.Escape(problem.Reason))} ({label})");
            }

            writer.WriteLine();
        }
    }

    private void WriteStory(Story story, IReadOnlyList<CopyLink> allLinks, IReadOnlyDictionary<string, NewsDocument> byId, IReadOnlyDictionary<string, string> titles, TextWriter writer)
    {
        writer.WriteLine($"## {Inline(story.Title)}");
        writer.WriteLine();
        writer.WriteLine(Inline(ReportText.StorySummary(story)) + ".");
        writer.WriteLine();
        var follows = ReportText.FollowLines(story, titles.GetValueOrDefault);
        if (follows.Count > 0)
        {
            writer.WriteLine(string.Join(' ', follows.Select(line => Inline(line.Text))));
            writer.WriteLine();
        }

        if (ReportText.ProfileLine(story) is { } profile)
        {
            writer.WriteLine(Inline(profile));
            writer.WriteLine();
        }
        var ids = story.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var links = allLinks.Where(l => ids.Contains(l.Article) && ids.Contains(l.Of)).ToList();
        var copyOf = links.Where(l => l.Kind == CopyKind.Copy).ToDictionary(l => l.Article, l => l.Of, StringComparer.Ordinal);
        writer.WriteLine("| Published | Outlet | Headline | Words | Copy of | Removed while cleaning |");
        writer.WriteLine("| --- | --- | --- | ---: | --- | --- |");
        foreach (var doc in story.Articles)
        {
            var of = copyOf.TryGetValue(doc.Id, out var original) ? ReportText.Outlet(byId[original]) : "";
            writer.WriteLine($"| {ReportText.Date(doc.Metadata.Published)} | {Cell(ReportText.Outlet(doc))} | {Cell(ReportText.Title(doc))} | {ReportText.WordCount(doc.Text)} | {Cell(of)} | {Cell(ReportText.RemovedSummary(doc))} |");
        }

        writer.WriteLine();
        if (links.Count > 0)
        {
            writer.WriteLine("### Who copied whom");
            writer.WriteLine();
            foreach (var link in links)
            {
                writer.WriteLine("- " + Inline(ReportText.Describe(link, byId)));
            }

            writer.WriteLine();
        }

        WriteQuotes(story, byId, writer);
        WriteFigures(story, writer);
        foreach (var doc in story.Articles)
        {
            WriteArticle(doc, writer);
        }
    }

    // The figures table: one row per value, conflicts first and marked, each value traced to its articles and speakers.
    private static void WriteFigures(Story story, TextWriter writer)
    {
        var groups = ReportText.ReportedFigureGroups(story);
        if (groups.Count == 0)
        {
            return;
        }

        var conflicts = groups.Count(g => g.Conflict);
        writer.WriteLine("### Figures");
        writer.WriteLine();
        writer.WriteLine(conflicts > 0
            ? $"{ReportText.Count(conflicts, "quantity", "quantities")} reported with conflicting values (marked **conflict**)."
            : "No conflicting figures.");
        writer.WriteLine();
        writer.WriteLine("| Quantity | Value | Reported by | Speakers | Agreement |");
        writer.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var group in groups)
        {
            var first = true;
            foreach (var value in group.Values)
            {
                var quantity = first ? (group.Conflict ? $"**{Cell(group.Quantity)}**" : Cell(group.Quantity)) : "";
                var agreement = first ? (group.Conflict ? "**conflict**" : ReportText.Agreement(group)) : "";
                var shown = Cell(value.Display) + (value.Earlier ? " (earlier)" : "");
                writer.WriteLine($"| {quantity} | {(group.Conflict ? $"**{shown}**" : shown)} | {Cell(ReportText.ReportedBy(value))} | {Cell(string.Join(", ", value.Speakers))} | {agreement} |");
                first = false;
            }
        }

        writer.WriteLine();
        foreach (var group in groups.Where(g => g.Explanation is not null))
        {
            writer.WriteLine($"- {Inline(group.Quantity)}, {ReportText.Agreement(group)}: “{Inline(group.Explanation!)}”");
        }

        var single = story.FigureGroups.Count - groups.Count;
        if (single > 0)
        {
            writer.WriteLine($"- {ReportText.Count(single, "other quantity", "other quantities")} reported by one article only.");
        }

        writer.WriteLine();
    }

    private static void WriteQuotes(Story story, IReadOnlyDictionary<string, NewsDocument> byId, TextWriter writer)
    {
        var speakers = QuoteReport.BySpeaker(story);
        if (speakers.Count == 0)
        {
            return;
        }

        writer.WriteLine("### Who said what");
        writer.WriteLine();
        foreach (var speaker in speakers)
        {
            var name = speaker.IsDescription ? "*" + Inline(speaker.Name) + "* (unnamed)" : "**" + Inline(speaker.Name) + "**";
            writer.WriteLine(speaker.Role is null ? name : $"{name}, {Inline(speaker.Role)}");
            writer.WriteLine();
            foreach (var quote in speaker.Quotes)
            {
                writer.WriteLine($"- “{Inline(quote.Text)}” ({Inline(QuoteReport.Where(quote.Kind, quote.Article, byId))})");
                foreach (var variant in quote.Variants)
                {
                    writer.WriteLine($"  - {Inline(QuoteReport.Variant(variant, byId))}");
                }
            }

            writer.WriteLine();
        }
    }

    private void WriteArticle(NewsDocument doc, TextWriter writer)
    {
        var metadata = doc.Metadata;
        writer.WriteLine($"### {Inline(ReportText.Title(doc))}");
        writer.WriteLine();
        var line = new StringBuilder();
        line.Append('*').Append(Inline(ReportText.Outlet(doc))).Append('*');
        if (metadata.Published is not null)
        {
            line.Append(", ").Append(ReportText.Date(metadata.Published));
        }

        if (metadata.Authors.Count > 0)
        {
            line.Append(", by ").Append(Inline(string.Join(", ", metadata.Authors)));
        }

        line.Append(" · id `").Append(Code(doc.Id)).Append('`');
        if (metadata.Url is not null)
        {
            // Only a plain web address becomes a link; anything else (javascript:, stray markup) is shown as text.
            line.Append(" · ").Append(Uri.TryCreate(metadata.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? "<" + uri.AbsoluteUri + ">"
                : Inline(metadata.Url));
        }

        writer.WriteLine(line.ToString());
        writer.WriteLine();
        for (var i = 0; i < Math.Min(LeadParagraphs, doc.Paragraphs.Count); i++)
        {
            writer.WriteLine("> " + Inline(doc.ParagraphText(i)));
            writer.WriteLine(">");
        }

        if (doc.Paragraphs.Count > LeadParagraphs)
        {
            writer.WriteLine($"> … {ReportText.Count(doc.Paragraphs.Count - LeadParagraphs, "more paragraph")}");
        }

        writer.WriteLine();
        if (doc.Removed.Count > 0)
        {
            writer.WriteLine($"Removed while cleaning: {ReportText.RemovedSummary(doc)}.");
            writer.WriteLine();
        }
    }

    /// <summary>Escapes text for a Markdown table cell.</summary>
    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Keeps source text from being read as Markdown or HTML.</summary>
    internal static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '*' or '_' or '`' or '[' or ']' or '#' or '\\':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal);
}
