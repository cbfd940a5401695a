using System.Text;
using Corroborate.Deduplication;
using Corroborate.Documents;
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
    private readonly StringBuilder _html = new();

    public StoryPage(CorpusReport report, string? outlet, string? speaker)
    {
        _report = report;
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

    /// <summary>Headline and "N articles from M independent origins".</summary>
    private void WriteSummary()
    {
        _html.Append("<section id=\"summary\"><p class=\"meta\"><a href=\"/\">Stories</a> ›</p>\n");
        _html.Append("<h1>").Append(E(_story.Title)).Append("</h1>\n");
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
                .Append(_speaker is null ? "" : " naming " + E(_speaker))
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

    private bool Passes(NewsDocument doc) =>
        (_outlet is null || string.Equals(ReportText.Outlet(doc), _outlet, StringComparison.OrdinalIgnoreCase))
        // Until quotes land an article "quotes" a speaker when it names them. LEAD: use the quotes' speakers.
        && (_speaker is null || Corpus.ReportCorpusReader.Mentions(doc, _speaker));

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
    /// Who said what, by speaker, with each quote's wording across outlets and a link to its article. LEAD: fill
    /// from <c>Story.Quotes</c> when the quotes stage lands: one <c>div.quote-group</c> per speaker (heading links to
    /// <c>?speaker=NAME</c>), each quote a <c>blockquote</c> linking to <c>/articles/ID#q-START</c>, variants under it;
    /// honour <see cref="_speaker"/>.
    /// </summary>
    private void WriteQuotes()
    {
        _html.Append("<section id=\"quotes\"><h2>Who said what</h2>\n");
        _html.Append("<p class=\"empty\">Quotes and speakers are not extracted yet: this section fills in when the quotes stage lands.</p>\n");
        _html.Append("</section>\n");
    }

    /// <summary>
    /// The figures table, conflicts highlighted. LEAD: fill from <c>Story.FigureGroups</c> when the figures stage
    /// lands: one row per quantity and value (<c>tr.conflict</c> when the group conflicts) with the articles and
    /// speakers that give it.
    /// </summary>
    private void WriteFigures()
    {
        _html.Append("<section id=\"figures\"><h2>Figures</h2>\n");
        _html.Append("<p class=\"empty\">Figures are not extracted yet: this section fills in when the figures stage lands.</p>\n");
        _html.Append("</section>\n");
    }
}
