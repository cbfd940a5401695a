using System.Globalization;
using System.Text;
using Corroborate.Corpus;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Figures;
using Corroborate.Reporting;
using static Corroborate.Web.Html;

namespace Corroborate.Web.Pages;

/// <summary>A marked span of an article's cleaned text: a quote, a figure or a search match.</summary>
/// <param name="Span">Offsets into <see cref="NewsDocument.Text"/>.</param>
/// <param name="Kind">CSS class of the <c>mark</c>: <c>quote</c>, <c>figure</c> or <c>match</c>.</param>
/// <param name="Title">Tooltip (the speaker, what a figure counts); null for none.</param>
/// <param name="Id">Element id to link to (<c>q-120</c>); null for none.</param>
internal sealed record Highlight(TextSpan Span, string Kind, string? Title = null, string? Id = null);

/// <summary>The article page: metadata, copy links, the cleaned text with highlights, and what cleaning removed.</summary>
internal static class ArticlePage
{
    public static string Render(ArticleView view, ICorpusReader reader, string? query)
    {
        var doc = view.Document;
        var metadata = doc.Metadata;
        var html = new StringBuilder();
        html.Append("<p class=\"meta\"><a href=\"/\">Stories</a>");
        if (view.StoryId is { } storyId)
        {
            var title = reader.StoryTitle(storyId) ?? storyId;
            html.Append(" › <a href=\"").Append(E(StoryHref(storyId))).Append("\">").Append(E(title)).Append("</a>");
        }

        html.Append("</p>\n<article class=\"text\"><h1>").Append(E(ReportText.Title(doc))).Append("</h1>\n");
        var meta = ReportText.Outlet(doc) + (metadata.Published is null ? "" : " · " + ReportText.Date(metadata.Published))
            + (metadata.Authors.Count > 0 ? " · by " + string.Join(", ", metadata.Authors) : "")
            + " · " + ReportText.Count(ReportText.WordCount(doc.Text), "word");
        html.Append("<p class=\"meta\">").Append(E(meta)).Append("</p>\n");
        if (SafeExternalUrl(metadata.Url) is { } url)
        {
            html.Append("<p class=\"meta\">Original: <a class=\"url\" href=\"").Append(E(url))
                .Append("\" rel=\"noopener noreferrer nofollow\">").Append(E(metadata.Url)).Append("</a></p>\n");
        }

        WriteCopies(view, reader, html);
        var highlights = Highlights(doc, query);
        for (var i = 0; i < doc.Paragraphs.Count; i++)
        {
            html.Append("<p id=\"p-").Append(i + 1).Append("\">");
            WriteMarked(doc.Text, doc.Paragraphs[i], highlights, html);
            html.Append("</p>\n");
        }

        html.Append("</article>\n");
        WriteQuotes(doc, html);
        WriteRemoved(doc, html);
        html.Append("<p class=\"note\">Article id ").Append(E(doc.Id)).Append(" · read from ").Append(E(doc.Source.Origin.ToString()))
            .Append(" · <a href=\"/api/articles/").Append(E(U(doc.Id))).Append("\">JSON</a></p>\n");
        return Page(ReportText.Title(doc), html.ToString(), query: query);
    }

    private static void WriteCopies(ArticleView view, ICorpusReader reader, StringBuilder html)
    {
        if (view.Copies.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"copies\" id=\"copies\">\n");
        var headings = reader.ArticleHeadings(view.Copies.Select(link => link.Article == view.Document.Id ? link.Of : link.Article));
        foreach (var link in view.Copies)
        {
            var isCopy = link.Article == view.Document.Id;
            var otherId = isCopy ? link.Of : link.Article;
            var name = headings.TryGetValue(otherId, out var other) ? $"{other.Outlet}: {other.Title}" : otherId;
            var anchor = $"<a href=\"{E(ArticleHref(otherId))}\">{E(name)}</a>";
            var text = (isCopy, link.Kind) switch
            {
                (true, CopyKind.Copy) => $"A copy of {anchor} ({E(ReportText.Percent(link.TextShare))} of its text is there).",
                (true, _) => $"Shares {E(ReportText.Count(link.SharedParagraphs.Count, "paragraph"))} with {anchor} (paragraphs {E(string.Join(", ", link.SharedParagraphs.Select(p => p.Paragraph + 1)))} here).",
                (false, CopyKind.Copy) => $"Copied by {anchor}.",
                _ => $"{anchor} shares {E(ReportText.Count(link.SharedParagraphs.Count, "paragraph"))} with this article.",
            };
            html.Append("<li>").Append(text).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void WriteRemoved(NewsDocument doc, StringBuilder html)
    {
        if (doc.Removed.Count == 0)
        {
            html.Append("<p class=\"note\">Cleaning removed nothing from this article.</p>\n");
            return;
        }

        html.Append("<details class=\"removed\" id=\"removed\"><summary>Removed while cleaning: ").Append(E(ReportText.RemovedSummary(doc)))
            .Append("</summary><ul>\n");
        foreach (var removed in doc.Removed)
        {
            html.Append("<li><span class=\"reason\">").Append(E(removed.Reason)).Append("</span>").Append(E(removed.Text)).Append("</li>\n");
        }

        html.Append("</ul></details>\n");
    }

    /// <summary>The article's statements, in text order: speaker (role, unnamed source), kind, and a link to the words in the text.</summary>
    private static void WriteQuotes(NewsDocument doc, StringBuilder html)
    {
        if (doc.Quotes.Count == 0)
        {
            return;
        }

        html.Append("<aside class=\"quotes\" id=\"quotes\"><h2>Quotes in this article</h2><ol>\n");
        foreach (var quote in doc.Quotes.OrderBy(q => q.Content.Start))
        {
            var speaker = quote.Speaker;
            html.Append("<li><a href=\"#q-").Append(quote.Content.Start.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(E(speaker?.Name ?? "Unattributed")).Append("</a>");
            if (speaker?.Role is { } role)
            {
                html.Append(" <span class=\"role\">").Append(E(role)).Append("</span>");
            }

            if (speaker?.IsDescription == true)
            {
                html.Append(" <span class=\"badge\">unnamed source</span>");
            }

            html.Append(" <span class=\"meta\">").Append(E(QuoteReport.Kind(quote.Kind))).Append("</span>: ")
                .Append(E(Shorten(quote.TextOf(doc.Text)))).Append("</li>\n");
        }

        html.Append("</ol></aside>\n");
    }

    private static string Shorten(string text, int words = 14)
    {
        var parts = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words)) + " …";
    }

    /// <summary>
    /// What to mark in the text: the document's quotes (each part, the first with the id <c>q-START</c> that story
    /// pages link to), its figures (<c>f-START</c>, titled with what they count and who gave them), and the words of
    /// the search query that led here.
    /// </summary>
    internal static List<Highlight> Highlights(NewsDocument doc, string? query)
    {
        var highlights = new List<Highlight>();
        foreach (var quote in doc.Quotes)
        {
            var title = quote.Speaker is { } speaker ? $"{speaker.Name} ({QuoteReport.Kind(quote.Kind)})" : $"unattributed ({QuoteReport.Kind(quote.Kind)})";
            for (var i = 0; i < quote.Parts.Count; i++)
            {
                highlights.Add(new Highlight(quote.Parts[i], "quote", title, i == 0 ? "q-" + quote.Content.Start.ToString(CultureInfo.InvariantCulture) : null));
            }
        }

        foreach (var figure in doc.Figures)
        {
            var title = string.Join(" · ", new[] { FigureFormat.Display(figure), figure.Counted, figure.Speaker is null ? null : "according to " + figure.Speaker }
                .Where(t => !string.IsNullOrEmpty(t)));
            highlights.Add(new Highlight(figure.Span, "figure", title, "f-" + figure.Span.Start.ToString(CultureInfo.InvariantCulture)));
        }

        var terms = ReportCorpusReader.QueryTerms.Parse(query);
        if (terms.Count > 0)
        {
            var words = ReportCorpusReader.Tokens.Of(doc.Text);
            foreach (var term in terms)
            {
                for (var i = 0; i + term.Length <= words.Count; i++)
                {
                    if (ReportCorpusReader.Tokens.MatchesAt(words, i, term, doc.Text))
                    {
                        highlights.Add(new Highlight(new TextSpan(words[i].Start, words[i + term.Length - 1].End), "match"));
                    }
                }
            }
        }

        return highlights;
    }

    /// <summary>
    /// Writes <paramref name="paragraph"/> of <paramref name="text"/> escaped, with the highlights inside it as
    /// <c>mark</c> elements, clipped to the paragraph. A highlight inside another is nested in it (a figure in a
    /// quote); one that starts inside another and runs past its end is cut at that end, so tags always nest.
    /// </summary>
    internal static void WriteMarked(string text, TextSpan paragraph, IReadOnlyList<Highlight> highlights, StringBuilder html)
    {
        var position = paragraph.Start;
        var open = new Stack<int>(); // ends of the open marks, innermost on top
        void CloseUpTo(int at)
        {
            while (open.Count > 0 && open.Peek() <= at)
            {
                var end = open.Pop();
                html.Append(E(text[position..end])).Append("</mark>");
                position = end;
            }
        }

        foreach (var mark in highlights.Where(h => h.Span.End > paragraph.Start && h.Span.Start < paragraph.End).OrderBy(h => h.Span.Start).ThenByDescending(h => h.Span.Length))
        {
            var start = Math.Max(mark.Span.Start, paragraph.Start);
            CloseUpTo(start);
            var end = Math.Min(mark.Span.End, open.Count > 0 ? open.Peek() : paragraph.End);
            if (end <= start)
            {
                continue;
            }

            html.Append(E(text[position..start]));
            html.Append("<mark class=\"").Append(E(mark.Kind)).Append('"');
            if (mark.Id is not null)
            {
                html.Append(" id=\"").Append(E(mark.Id)).Append('"');
            }

            if (mark.Title is not null)
            {
                html.Append(" title=\"").Append(E(mark.Title)).Append('"');
            }

            html.Append('>');
            position = start;
            open.Push(end);
        }

        CloseUpTo(paragraph.End);
        html.Append(E(text[position..paragraph.End]));
    }
}
