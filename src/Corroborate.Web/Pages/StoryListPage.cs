using System.Globalization;
using System.Text;
using Corroborate.Corpus;
using static Corroborate.Web.Html;

namespace Corroborate.Web.Pages;

/// <summary>The home page: stories, newest or most covered first, paged.</summary>
internal static class StoryListPage
{
    public const int PageSize = 30;

    public static string Render(ICorpusReader reader, StoryOrder order, int skip)
    {
        var stories = reader.ListStories(order, skip, PageSize + 1);
        var html = new StringBuilder();
        html.Append("<h1>Stories</h1>\n<p class=\"meta\">Order: ");
        html.Append(order == StoryOrder.Newest ? "<strong>newest</strong>" : "<a href=\"/\">newest</a>").Append(" · ");
        html.Append(order == StoryOrder.MostCovered ? "<strong>most covered</strong>" : "<a href=\"/?order=covered\">most covered</a>");
        html.Append("</p>\n");
        if (stories.Count == 0)
        {
            html.Append(skip == 0
                ? "<p class=\"empty\">No stories yet: the corpus is empty.</p>\n"
                : "<p class=\"empty\">No more stories.</p>\n");
        }
        else
        {
            html.Append("<ol class=\"stories\">\n");
            foreach (var story in stories.Take(PageSize))
            {
                html.Append("<li><h2><a href=\"").Append(E(StoryHref(story.Id))).Append("\">").Append(E(story.Title)).Append("</a></h2>");
                if (story.Contested)
                {
                    html.Append("<span class=\"badge conflict\">contested</span> ");
                }

                html.Append("<span class=\"summary\">").Append(E(Summary(story))).Append("</span>");
                if (story.Follows is { } earlier && reader.StoryTitle(earlier) is { } earlierTitle)
                {
                    html.Append("<p class=\"follows\">Follow-up of <a href=\"").Append(E(StoryHref(earlier))).Append("\">")
                        .Append(E(earlierTitle)).Append("</a></p>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        var orderParameter = order == StoryOrder.MostCovered ? "covered" : null;
        html.Append("<nav class=\"pager\">");
        if (skip > 0)
        {
            html.Append("<a href=\"/").Append(E(Query(("order", orderParameter), ("skip", Math.Max(0, skip - PageSize) is var previous and > 0 ? previous.ToString(CultureInfo.InvariantCulture) : null))))
                .Append("\">‹ Previous</a>");
        }

        if (stories.Count > PageSize)
        {
            html.Append("<a href=\"/").Append(E(Query(("order", orderParameter), ("skip", (skip + PageSize).ToString(CultureInfo.InvariantCulture))))).Append("\">Next ›</a>");
        }

        html.Append("</nav>\n");
        return Page("Stories", html.ToString());
    }

    /// <summary>"8 articles from 6 independent origins · 7 outlets · 2026-02-20 to 2026-02-21".</summary>
    public static string Summary(StoryListing story)
    {
        var first = Reporting.ReportText.Date(story.FirstPublished);
        var last = Reporting.ReportText.Date(story.LastPublished);
        var span = first.Length == 0 ? "" : first == last ? $" · {first}" : $" · {first} to {last}";
        return $"{Reporting.ReportText.Count(story.Articles, "article")} from {Reporting.ReportText.Count(story.IndependentSources, "independent origin")}"
            + $" · {Reporting.ReportText.Count(story.Outlets, "outlet")}{span}";
    }
}
