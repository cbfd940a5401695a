using System.Net;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Stories;

namespace Corroborate.Reporting;

/// <summary>
/// Writes a self-contained HTML report: inline CSS, no script, no external asset, and a
/// Content-Security-Policy that forbids both. Every piece of source text is HTML-escaped.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Css = """
        :root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --bg: #fff; --accent: #0b57d0; --soft: #f3f5f8; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e8eaed; --muted: #a0a4aa; --line: #3c4043; --bg: #17181a; --accent: #8ab4f8; --soft: #222427; } }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 Georgia, 'Iowan Old Style', 'Times New Roman', serif; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
        h1, h2, h3, .meta, table, .summary, summary, .removed { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; border-top: 3px solid var(--fg); padding-top: .75rem; }
        h3 { font-size: 1.05rem; margin: 0; display: inline; }
        .summary, .meta { color: var(--muted); font-size: .9rem; }
        table { width: 100%; border-collapse: collapse; font-size: .85rem; margin: 1rem 0; }
        th, td { text-align: left; padding: .35rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.date { white-space: nowrap; }
        .scroll { overflow-x: auto; }
        details.article { border: 1px solid var(--line); border-radius: 6px; margin: .75rem 0; padding: .6rem .8rem; }
        details.article > summary { cursor: pointer; }
        details.article p { margin: .7rem 0; }
        details.removed { margin-top: .8rem; font-size: .85rem; color: var(--muted); }
        details.removed li { margin: .2rem 0; }
        .reason { display: inline-block; background: var(--soft); border-radius: 3px; padding: 0 .35rem; margin-right: .4rem; font-size: .75rem; }
        a { color: var(--accent); }
        a.url { overflow-wrap: anywhere; }
        td { overflow-wrap: break-word; hyphens: auto; }
        .problems li { font-family: ui-monospace, monospace; font-size: .8rem; }
        h3.section { display: block; margin: 1.2rem 0 .4rem; }
        svg.lineage { color: var(--muted); font-family: system-ui, sans-serif; max-width: none; }
        svg.lineage rect { fill: var(--soft); stroke: var(--line); }
        svg.lineage rect.origin { stroke: var(--fg); stroke-width: 1.5; }
        svg.lineage text.outlet { font-size: 12px; font-weight: 600; fill: var(--fg); }
        svg.lineage text.headline { font-size: 11px; fill: var(--muted); }
        ul.copies { font-family: system-ui, sans-serif; font-size: .85rem; }
        table.figures tr.conflict td { background: rgba(217, 48, 37, .12); }
        table.figures tr.conflict td.agreement { color: #d93025; font-weight: 700; }
        table.figures tr.group-start td { border-top: 2px solid var(--line); }
        ul.explanations { font-family: system-ui, sans-serif; font-size: .85rem; }
        """;

    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public string FileName => "report.html";

    /// <inheritdoc/>
    public void Write(CorpusReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"generator\" content=\"Corroborate\">");
        writer.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        writer.WriteLine("<title>Corroborate report</title>");
        writer.Write("<style>");
        writer.Write(Css);
        writer.WriteLine("</style></head><body><main>");
        writer.WriteLine("<h1>Corroborate report</h1>");
        writer.WriteLine($"<p class=\"summary\">{E(ReportText.CorpusSummary(report))}.</p>");
        var byId = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var titles = report.Stories.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        foreach (var story in report.Stories)
        {
            WriteStory(story, report.Copies.Links, byId, titles, writer);
        }

        if (report.Problems.Count > 0)
        {
            writer.WriteLine("<h2>Input problems</h2><ul class=\"problems\">");
            foreach (var problem in report.Problems)
            {
                var label = problem.Severity == Ingestion.ProblemSeverity.Error ? "not read" : "warning";
                writer.WriteLine($"<li>{E(problem.Location.ToString())}: {E(problem.Reason)} ({label})</li>");
            }

            writer.WriteLine("</ul>");
        }

        writer.WriteLine("</main></body></html>");
    }

    private static void WriteStory(Story story, IReadOnlyList<CopyLink> allLinks, IReadOnlyDictionary<string, NewsDocument> byId, IReadOnlyDictionary<string, string> titles, TextWriter writer)
    {
        writer.WriteLine($"<section id=\"{E(story.Id)}\"><h2>{E(story.Title)}</h2>");
        writer.WriteLine($"<p class=\"summary\">{E(ReportText.StorySummary(story))}.</p>");
        foreach (var (text, storyId) in ReportText.FollowLines(story, titles.GetValueOrDefault))
        {
            // A link within the page when the other story is in this report.
            writer.WriteLine(titles.ContainsKey(storyId)
                ? $"<p class=\"follows\"><a href=\"#{E(storyId)}\">{E(text)}</a></p>"
                : $"<p class=\"follows\">{E(text)}</p>");
        }

        if (ReportText.ProfileLine(story) is { } profile)
        {
            writer.WriteLine($"<p class=\"profile\">{E(profile)}</p>");
        }
        var ids = story.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var links = allLinks.Where(l => ids.Contains(l.Article) && ids.Contains(l.Of)).ToList();
        if (LineageSvg.Render(story, links) is { } svg)
        {
            writer.WriteLine("<h3 class=\"section\">Who copied whom</h3>");
            writer.WriteLine($"<div class=\"scroll\">{svg}</div>");
            writer.WriteLine("<ul class=\"copies\">");
            foreach (var link in links)
            {
                writer.WriteLine($"<li>{E(ReportText.Describe(link, byId))}</li>");
            }

            writer.WriteLine("</ul>");
        }

        writer.WriteLine("<div class=\"scroll\"><table><thead><tr><th>Published</th><th>Outlet</th><th>Headline</th><th>Words</th></tr></thead><tbody>");
        foreach (var doc in story.Articles)
        {
            writer.WriteLine($"<tr><td class=\"date\">{E(ReportText.Date(doc.Metadata.Published))}</td><td>{E(ReportText.Outlet(doc))}</td><td><a href=\"#a-{E(doc.Id)}\">{E(ReportText.Title(doc))}</a></td><td class=\"num\">{ReportText.WordCount(doc.Text)}</td></tr>");
        }

        writer.WriteLine("</tbody></table></div>");
        WriteQuotes(story, byId, writer);
        WriteFigures(story, writer);
        foreach (var doc in story.Articles)
        {
            WriteArticle(doc, writer);
        }

        writer.WriteLine("</section>");
    }

    // The figures table: one row per value, conflicts first and highlighted, each value traced to its articles and speakers.
    private static void WriteFigures(Story story, TextWriter writer)
    {
        var groups = ReportText.ReportedFigureGroups(story);
        if (groups.Count == 0)
        {
            return;
        }

        writer.WriteLine("<h3 class=\"section\">Figures</h3>");
        writer.WriteLine("<div class=\"scroll\"><table class=\"figures\"><thead><tr><th>Quantity</th><th>Value</th><th>Reported by</th><th>Speakers</th><th>Agreement</th></tr></thead><tbody>");
        foreach (var group in groups)
        {
            var first = true;
            foreach (var value in group.Values)
            {
                var classes = (group.Conflict ? "conflict" : "") + (first ? " group-start" : "");
                var articles = string.Join(", ", value.Mentions.Select(m => m.Article).Distinct()
                    .Select(a => $"<a href=\"#a-{E(a.Id)}\" title=\"{E(value.Mentions.First(m => m.Article == a).Sentence)}\">{E(ReportText.Outlet(a))}</a>"));
                writer.WriteLine($"<tr class=\"{classes.Trim()}\"><td>{(first ? E(group.Quantity) : "")}</td><td>{E(value.Display)}{(value.Earlier ? " (earlier)" : "")}</td>"
                    + $"<td>{articles}</td><td>{E(string.Join(", ", value.Speakers))}</td><td class=\"agreement\">{(first ? E(ReportText.Agreement(group)) : "")}</td></tr>");
                first = false;
            }
        }

        writer.WriteLine("</tbody></table></div>");
        var explained = groups.Where(g => g.Explanation is not null).ToList();
        if (explained.Count > 0)
        {
            writer.WriteLine("<ul class=\"explanations\">");
            foreach (var group in explained)
            {
                writer.WriteLine($"<li>{E(group.Quantity)}, {E(ReportText.Agreement(group))}: “{E(group.Explanation!)}”</li>");
            }

            writer.WriteLine("</ul>");
        }
    }

    private static void WriteQuotes(Story story, IReadOnlyDictionary<string, NewsDocument> byId, TextWriter writer)
    {
        var speakers = QuoteReport.BySpeaker(story);
        if (speakers.Count == 0)
        {
            return;
        }

        writer.WriteLine("<h3 class=\"section\">Who said what</h3><div class=\"quotes\">");
        foreach (var speaker in speakers)
        {
            var role = speaker.Role is null ? "" : $" <span class=\"role\">{E(speaker.Role)}</span>";
            var unnamed = speaker.IsDescription ? " <span class=\"role\">(unnamed source)</span>" : "";
            writer.WriteLine($"<h4>{E(speaker.Name)}{role}{unnamed}</h4><ul>");
            foreach (var quote in speaker.Quotes)
            {
                writer.Write($"<li><q>{E(quote.Text)}</q> <span class=\"meta\">({E(QuoteReport.Where(quote.Kind, quote.Article, byId))})</span>");
                if (quote.Variants.Count > 0)
                {
                    writer.Write("<ul>");
                    foreach (var variant in quote.Variants)
                    {
                        writer.Write($"<li>{E(QuoteReport.Variant(variant, byId))}</li>");
                    }

                    writer.Write("</ul>");
                }

                writer.WriteLine("</li>");
            }

            writer.WriteLine("</ul>");
        }

        writer.WriteLine("</div>");
    }

    private static void WriteArticle(NewsDocument doc, TextWriter writer)
    {
        var metadata = doc.Metadata;
        writer.WriteLine($"<details class=\"article\" id=\"a-{E(doc.Id)}\"><summary><h3>{E(ReportText.Title(doc))}</h3>");
        var meta = ReportText.Outlet(doc) + (metadata.Published is null ? "" : " · " + ReportText.Date(metadata.Published))
            + (metadata.Authors.Count > 0 ? " · by " + string.Join(", ", metadata.Authors) : "");
        writer.WriteLine($"<div class=\"meta\">{E(meta)}</div></summary>");
        if (metadata.Url is not null && Uri.TryCreate(metadata.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            writer.WriteLine($"<p class=\"meta\"><a class=\"url\" href=\"{E(uri.ToString())}\" rel=\"noopener noreferrer nofollow\">{E(metadata.Url)}</a> · id {E(doc.Id)}</p>");
        }

        for (var i = 0; i < doc.Paragraphs.Count; i++)
        {
            writer.WriteLine($"<p>{E(doc.ParagraphText(i))}</p>");
        }

        if (doc.Removed.Count > 0)
        {
            writer.WriteLine($"<details class=\"removed\"><summary>Removed while cleaning: {E(ReportText.RemovedSummary(doc))}</summary><ul>");
            foreach (var removed in doc.Removed)
            {
                writer.WriteLine($"<li><span class=\"reason\">{E(removed.Reason)}</span>{E(removed.Text)}</li>");
            }

            writer.WriteLine("</ul></details>");
        }

        writer.WriteLine("</details>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
