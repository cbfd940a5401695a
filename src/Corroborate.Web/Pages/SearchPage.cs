using System.Text;
using Corroborate.Corpus;
using Corroborate.Reporting;
using static Corroborate.Web.Html;

namespace Corroborate.Web.Pages;

/// <summary>The search form (words, dates, outlet, speaker) and its hits with highlighted snippets.</summary>
internal static class SearchPage
{
    public static string Render(SearchQuery? query, string? from, string? to, string? error, IReadOnlyList<SearchHit> hits)
    {
        var html = new StringBuilder();
        html.Append("<h1>Search</h1>\n");
        html.Append("<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">");
        html.Append("<label>Words<input type=\"text\" name=\"q\" value=\"").Append(E(query?.Text)).Append("\" placeholder=\"spillway &quot;last October&quot;\"></label>");
        html.Append("<label>From<input type=\"date\" name=\"from\" value=\"").Append(E(from)).Append("\"></label>");
        html.Append("<label>To<input type=\"date\" name=\"to\" value=\"").Append(E(to)).Append("\"></label>");
        html.Append("<label>Outlet<input type=\"text\" name=\"outlet\" value=\"").Append(E(query?.Outlet)).Append("\"></label>");
        html.Append("<label>Speaker<input type=\"text\" name=\"speaker\" value=\"").Append(E(query?.Speaker)).Append("\"></label>");
        html.Append("<button type=\"submit\">Search</button></form>\n");
        if (error is not null)
        {
            html.Append("<p class=\"empty\" role=\"alert\">").Append(E(error)).Append("</p>\n");
        }
        else if (query is null)
        {
            html.Append("<p class=\"note\">Every word must occur in the headline or text; put a phrase in double quotes. ")
                .Append("Dates, outlet and speaker narrow the results; any field alone lists the articles it allows.</p>\n");
        }
        else if (hits.Count == 0)
        {
            html.Append("<p class=\"empty\">No article matches.</p>\n");
        }
        else
        {
            html.Append("<p class=\"meta\">").Append(E(ReportText.Count(hits.Count, "article"))).Append(hits.Count >= query.Limit ? " (the best ones)" : "").Append(".</p>\n");
            html.Append("<ol class=\"hits\">\n");
            foreach (var hit in hits)
            {
                html.Append("<li><h3><a href=\"").Append(E(ArticleHref(hit.ArticleId) + Query(("q", query.Text)))).Append("\">")
                    .Append(E(hit.Title)).Append("</a></h3><div class=\"meta\">").Append(E(hit.Outlet ?? "unknown outlet"));
                if (hit.Published is not null)
                {
                    html.Append(" · ").Append(E(ReportText.Date(hit.Published)));
                }

                if (hit.StoryId is not null)
                {
                    html.Append(" · <a href=\"").Append(E(StoryHref(hit.StoryId))).Append("\">story</a>");
                }

                html.Append("</div><p class=\"snippet\">");
                foreach (var part in hit.Snippet)
                {
                    html.Append(part.Highlighted ? "<mark>" + E(part.Text) + "</mark>" : E(part.Text));
                }

                html.Append("</p></li>\n");
            }

            html.Append("</ol>\n");
        }

        return Page(query is null || string.IsNullOrWhiteSpace(query.Text) ? "Search" : "Search: " + query.Text, html.ToString(), query: query?.Text);
    }
}
