using System.Globalization;
using System.Text;
using Corroborate.Corpus;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Quotes;
using Corroborate.Reporting;
using Corroborate.Stories;
using static Corroborate.Web.Html;

namespace Corroborate.Web.Pages;

/// <summary>
/// The story page: summary, lead, sources, who copied whom, who said what, figures. Each section is one method so
/// a new stage fills its own section.
/// </summary>
internal sealed class StoryPage
{
    private const int LeadWords = 90;
    private const int LeadParagraphs = 3;

    private readonly CorpusReport _report;
    private readonly Story _story;
    private readonly Dictionary<string, NewsDocument> _byId;
    private readonly string? _outlet;
    private readonly string? _speaker;
    private readonly Func<string, string?> _titleOf;
    private readonly StringBuilder _html = new();

    /// <param name="report">The story's report (<see cref="ICorpusReader.Story"/>).</param>
    /// <param name="outlet">The outlet filter, if any.</param>
    /// <param name="speaker">The speaker filter, if any.</param>
    /// <param name="titleOf">A story's headline by id (<see cref="ICorpusReader.StoryTitle"/>), for the stories this one is linked to.</param>
    public StoryPage(CorpusReport report, string? outlet, string? speaker, Func<string, string?> titleOf)
    {
        _report = report;
        _titleOf = titleOf;
        _story = report.Stories[0];
        _byId = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim();
        _speaker = string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim();
    }

    public string Render()
    {
        WriteSummary();
        WriteLead();
        WriteSources();
        WriteLineage();
        WriteQuotes();
        WriteFigures();
        return Page(_story.Title, _html.ToString(), wide: true);
    }

    /// <summary>Headline, the stories it continues or is continued by, and "N articles from M independent origins".</summary>
    private void WriteSummary()
    {
        _html.Append("<section id=\"summary\"><p class=\"meta\"><a href=\"/\">Stories</a> ›</p>\n");
        _html.Append("<h1>").Append(E(_story.Title)).Append("</h1>\n");
        WriteFollowUps();
        _html.Append("<p class=\"summary\">").Append(E(ReportText.StorySummary(_story))).Append(".</p>\n");
        var copies = _report.Copies.Links.Count(l => l.Kind == CopyKind.Copy);
        var partial = _report.Copies.Links.Count - copies;
        if (copies + partial > 0)
        {
            _html.Append("<p class=\"meta\">")
                .Append(E($"{ReportText.Count(copies, "article")} copied from another, {ReportText.Count(partial, "article")} sharing paragraphs with another."))
                .Append("</p>\n");
        }

        _html.Append("</section>\n");
    }

    /// <summary>
    /// "Later development of STORY" and "Followed by: STORY, STORY", each linking to the story's page under its
    /// headline; a linked story the corpus no longer holds is left out.
    /// </summary>
    private void WriteFollowUps()
    {
        if (_story.Follows is { } earlier && _titleOf(earlier) is { } earlierTitle)
        {
            _html.Append("<p class=\"follows\" id=\"follows\">Later development of ").Append(StoryLink(earlier, earlierTitle)).Append("</p>\n");
        }

        var later = _story.FollowedBy.Select(id => (Id: id, Title: _titleOf(id))).Where(s => s.Title is not null).ToList();
        if (later.Count > 0)
        {
            _html.Append("<p class=\"follows\" id=\"followed-by\">Followed by: ")
                .AppendJoin(", ", later.Select(s => StoryLink(s.Id, s.Title!))).Append("</p>\n");
        }
    }

    private static string StoryLink(string id, string title) => $"<a href=\"{E(StoryHref(id))}\">{E(title)}</a>";

    /// <summary>
    /// Until the cited brief exists: the first paragraphs of the origin most articles derive from. LEAD: render
    /// <c>Story.Brief</c> here with its citations when it lands.
    /// </summary>
    private void WriteLead()
    {
        _html.Append("<section id=\"lead\" class=\"prose\"><h2>In brief</h2>\n");
        var origin = LeadArticle();
        if (origin is null || origin.Paragraphs.Count == 0)
        {
            _html.Append("<p class=\"empty\">No article text to excerpt.</p></section>\n");
            return;
        }

        _html.Append("<p class=\"note\">The cited brief is not written yet; here is the lead of the origin most articles derive from, ")
            .Append("<a href=\"").Append(E(ArticleHref(origin.Id))).Append("\">")
            .Append(E(ReportText.Outlet(origin))).Append("</a>")
            .Append(origin.Metadata.Published is null ? "" : ", " + E(ReportText.Date(origin.Metadata.Published)))
            .Append(".</p>\n<blockquote class=\"lead\">\n");
        var words = 0;
        for (var i = 0; i < origin.Paragraphs.Count && i < LeadParagraphs && words < LeadWords; i++)
        {
            var paragraph = origin.ParagraphText(i);
            words += ReportText.WordCount(paragraph);
            _html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        _html.Append("</blockquote></section>\n");
    }

    /// <summary>The origin of the largest origin group (ties: the earlier group).</summary>
    private NewsDocument? LeadArticle()
    {
        var group = _story.Origins.Where(g => g.Count > 0).OrderByDescending(g => g.Count).FirstOrDefault();
        return group is not null && _byId.TryGetValue(group[0], out var doc) ? doc : _story.Articles.FirstOrDefault();
    }

    /// <summary>Every article with outlet, date, headline and what it copies; the outlet and speaker filter.</summary>
    private void WriteSources()
    {
        _html.Append("<section id=\"sources\"><h2>Sources</h2>\n");
        WriteFilterForm();
        var shown = _story.Articles.Where(Passes).ToList();
        if (_outlet is not null || _speaker is not null)
        {
            _html.Append("<p class=\"meta\" id=\"filter-result\">Showing ").Append(shown.Count).Append(" of ")
                .Append(E(ReportText.Count(_story.Articles.Count, "article")))
                .Append(_outlet is null ? "" : " from " + E(_outlet))
                .Append(_speaker is null ? "" : " quoting " + E(_speaker))
                .Append(" · <a href=\"").Append(E(StoryHref(_story.Id))).Append("\">show all</a></p>\n");
        }

        if (shown.Count == 0)
        {
            _html.Append("<p class=\"empty\">No article matches this filter.</p></section>\n");
            return;
        }

        var originIds = _story.Origins.Where(g => g.Count > 1).Select(g => g[0]).ToHashSet(StringComparer.Ordinal);
        _html.Append("<div class=\"scroll\"><table class=\"sources\"><thead><tr><th>Published</th><th>Outlet</th><th>Headline</th><th>Copy of</th></tr></thead><tbody>\n");
        foreach (var doc in shown)
        {
            _html.Append("<tr><td class=\"date\">").Append(E(ReportText.Date(doc.Metadata.Published))).Append("</td><td>")
                .Append(E(ReportText.Outlet(doc))).Append("</td><td><a href=\"").Append(E(ArticleHref(doc.Id))).Append("\">")
                .Append(E(ReportText.Title(doc))).Append("</a>");
            if (originIds.Contains(doc.Id))
            {
                _html.Append(" <span class=\"badge origin\">origin</span>");
            }

            _html.Append("</td><td>").Append(CopyOf(doc)).Append("</td></tr>\n");
        }

        _html.Append("</tbody></table></div></section>\n");
    }

    private string CopyOf(NewsDocument doc)
    {
        var link = _report.Copies.Links.Where(l => l.Article == doc.Id).OrderBy(l => l.Kind).FirstOrDefault();
        if (link is null || !_byId.TryGetValue(link.Of, out var of))
        {
            return "";
        }

        var anchor = $"<a href=\"{E(ArticleHref(of.Id))}\">{E(ReportText.Outlet(of))}</a>";
        return link.Kind == CopyKind.Copy
            ? $"{anchor} <span class=\"meta\">({E(ReportText.Percent(link.TextShare))} of its text)</span>"
            : $"<span class=\"meta\">shares {E(ReportText.Count(link.SharedParagraphs.Count, "paragraph"))} with</span> {anchor}";
    }

    private void WriteFilterForm()
    {
        var outlets = _story.Articles.Select(ReportText.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        _html.Append("<form class=\"filters\" method=\"get\" action=\"").Append(E(StoryHref(_story.Id))).Append("\">")
            .Append("<label>Outlet<select name=\"outlet\"><option value=\"\">All outlets</option>");
        foreach (var outlet in outlets)
        {
            var selected = string.Equals(outlet, _outlet, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            _html.Append("<option value=\"").Append(E(outlet)).Append('"').Append(selected).Append('>').Append(E(outlet)).Append("</option>");
        }

        _html.Append("</select></label><label>Speaker<input type=\"text\" name=\"speaker\" placeholder=\"a name\" value=\"")
            .Append(E(_speaker)).Append("\"></label><button type=\"submit\">Filter</button></form>\n");
    }

    // The speaker filter keeps the articles quoting a speaker whose resolved name holds the text.
    private bool Passes(NewsDocument doc) =>
        (_outlet is null || string.Equals(ReportText.Outlet(doc), _outlet, StringComparison.OrdinalIgnoreCase))
        && (_speaker is null || ReportCorpusReader.Quotes(doc, _speaker));

    /// <summary>The lineage graph and one sentence per copy link.</summary>
    private void WriteLineage()
    {
        _html.Append("<section id=\"lineage\"><h2>Who copied whom</h2>\n");
        var svg = LineageSvg.Render(_story, _report.Copies.Links, ArticleHref);
        if (svg is null)
        {
            _html.Append("<p class=\"empty\">Every article here was written independently: no copies or shared paragraphs were found.</p></section>\n");
            return;
        }

        _html.Append("<p class=\"note\">Origins on the left, each copy to the right of what it copies; dashed arrows share some paragraphs.</p>\n");
        _html.Append("<div class=\"scroll\">").Append(svg).Append("</div>\n<ul class=\"copies\">\n");
        foreach (var link in _report.Copies.Links)
        {
            _html.Append("<li>").Append(E(ReportText.Describe(link, _byId))).Append("</li>\n");
        }

        _html.Append("</ul></section>\n");
    }

    /// <summary>
    /// Who said what, by speaker (most quoted first, unattributed last): one <c>div.quote-group</c> per speaker, its
    /// heading linking to <c>?speaker=NAME</c>; each quote a <c>blockquote</c> linking to <c>/articles/ID#q-START</c>,
    /// with its kind and outlet, and its wording in the other outlets with the word differences. The speaker filter
    /// keeps only the matching speakers.
    /// </summary>
    private void WriteQuotes()
    {
        _html.Append("<section id=\"quotes\"><h2>Who said what</h2>\n");
        if (_story.Quotes.Count == 0)
        {
            _html.Append("<p class=\"empty\">No quoted or reported statement was found in these articles.</p>\n</section>\n");
            return;
        }

        var quotes = _speaker is null ? _story.Quotes : _story.Quotes.Where(q => ReportCorpusReader.SpeakerMatches(q.Speaker, _speaker)).ToList();
        var speakers = QuoteReport.BySpeaker(_story with { Quotes = quotes });
        if (_speaker is not null)
        {
            _html.Append("<p class=\"meta\">").Append(E(ReportText.Count(quotes.Count, "statement"))).Append(" by speakers matching “")
                .Append(E(_speaker)).Append("” · <a href=\"").Append(E(StoryHref(_story.Id) + Query(("outlet", _outlet)) + "#quotes"))
                .Append("\">everyone</a></p>\n");
        }

        if (speakers.Count == 0)
        {
            _html.Append("<p class=\"empty\">No statement by a speaker of that name.</p>\n</section>\n");
            return;
        }

        foreach (var speaker in speakers)
        {
            var attributed = speaker.Quotes.Any(q => q.Speaker is not null);
            _html.Append("<div class=\"quote-group\"><h3 class=\"speaker\">");
            if (attributed)
            {
                _html.Append("<a href=\"").Append(E(StoryHref(_story.Id) + Query(("outlet", _outlet), ("speaker", speaker.Name)) + "#quotes")).Append("\">")
                    .Append(E(speaker.Name)).Append("</a>");
            }
            else
            {
                _html.Append(E(speaker.Name));
            }

            if (speaker.Role is not null)
            {
                _html.Append(" <span class=\"role\">").Append(E(speaker.Role)).Append("</span>");
            }

            if (speaker.IsDescription)
            {
                _html.Append(" <span class=\"badge\">unnamed source</span>");
            }

            _html.Append("</h3>\n<ul class=\"quotes\">\n");
            foreach (var quote in speaker.Quotes)
            {
                _html.Append("<li><blockquote class=\"quote ").Append(QuoteReport.Kind(quote.Kind)).Append("\"><a href=\"")
                    .Append(E(QuoteHref(quote.Article, quote.Span.Start))).Append("\">")
                    .Append(E(quote.Kind == QuoteKind.Indirect ? quote.Text : "“" + quote.Text + "”")).Append("</a></blockquote>")
                    .Append("<p class=\"meta\">").Append(E(QuoteReport.Where(quote.Kind, quote.Article, _byId))).Append("</p>");
                if (quote.Variants.Count > 0)
                {
                    _html.Append("<ul class=\"variants\">");
                    foreach (var variant in quote.Variants)
                    {
                        var outlet = _byId.TryGetValue(variant.Article, out var doc) ? ReportText.Outlet(doc) : variant.Article;
                        var changes = variant.Changes.Count == 0 ? "same words" : string.Join("; ", variant.Changes);
                        _html.Append("<li><a href=\"").Append(E(QuoteHref(variant.Article, variant.Span.Start))).Append("\">").Append(E(outlet))
                            .Append("</a> (").Append(E(QuoteReport.Kind(variant.Kind))).Append("): ").Append(E(changes)).Append("</li>");
                    }

                    _html.Append("</ul>");
                }

                _html.Append("</li>\n");
            }

            _html.Append("</ul></div>\n");
        }

        _html.Append("</section>\n");
    }

    /// <summary>
    /// The figures table as the HTML report shows it: one row per quantity and value, conflicts first and highlighted
    /// (<c>tr.conflict</c>), each value linked to the articles giving it (<c>/articles/ID#f-START</c>) with its
    /// speakers, and the explanations of changes over time under it.
    /// </summary>
    private void WriteFigures()
    {
        _html.Append("<section id=\"figures\"><h2>Figures</h2>\n");
        var groups = ReportText.ReportedFigureGroups(_story);
        if (groups.Count == 0)
        {
            _html.Append("<p class=\"empty\">No figure is reported by more than one article here, and none conflicts.</p>\n</section>\n");
            return;
        }

        var conflicts = groups.Count(g => g.Conflict);
        if (conflicts > 0)
        {
            _html.Append("<p class=\"meta\"><span class=\"badge conflict\">contested</span> ")
                .Append(E($"{ReportText.Count(conflicts, "quantity", "quantities")} reported with values that do not agree."))
                .Append("</p>\n");
        }

        _html.Append("<div class=\"scroll\"><table class=\"figures\"><thead><tr><th>Quantity</th><th>Value</th><th>Reported by</th><th>Speakers</th><th>Agreement</th></tr></thead><tbody>\n");
        foreach (var group in groups)
        {
            var first = true;
            foreach (var value in group.Values)
            {
                var classes = ((group.Conflict ? "conflict" : "") + (first ? " group-start" : "")).Trim();
                _html.Append("<tr").Append(classes.Length > 0 ? $" class=\"{classes}\"" : "").Append("><td>").Append(first ? E(group.Quantity) : "")
                    .Append("</td><td class=\"num\">").Append(E(value.Display)).Append(value.Earlier ? " <span class=\"meta\">(earlier)</span>" : "")
                    .Append("</td><td>");
                var links = value.Mentions.GroupBy(m => m.Article.Id, StringComparer.Ordinal).Select(g => g.First())
                    .Select(m => $"<a href=\"{E(FigureHref(m.Article.Id, m.Figure.Span.Start))}\" title=\"{E(m.Sentence)}\">{E(ReportText.Outlet(m.Article))}</a>");
                _html.Append(string.Join(", ", links)).Append("</td><td>").Append(E(string.Join(", ", value.Speakers)))
                    .Append("</td><td class=\"agreement\">").Append(first ? E(ReportText.Agreement(group)) : "").Append("</td></tr>\n");
                first = false;
            }
        }

        _html.Append("</tbody></table></div>\n");
        var explained = groups.Where(g => g.Explanation is not null).ToList();
        if (explained.Count > 0)
        {
            _html.Append("<ul class=\"explanations\">\n");
            foreach (var group in explained)
            {
                _html.Append("<li>").Append(E(group.Quantity)).Append(", ").Append(E(ReportText.Agreement(group))).Append(": “")
                    .Append(E(group.Explanation)).Append("”</li>\n");
            }

            _html.Append("</ul>\n");
        }

        _html.Append("</section>\n");
    }

    private static string QuoteHref(string articleId, int start) => $"{ArticleHref(articleId)}#q-{start.ToString(CultureInfo.InvariantCulture)}";

    private static string FigureHref(string articleId, int start) => $"{ArticleHref(articleId)}#f-{start.ToString(CultureInfo.InvariantCulture)}";
}
