using System.Net;
using System.Text.RegularExpressions;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

public sealed partial class PageTests(SamplesServer samples) : IClassFixture<SamplesServer>
{
    private TestServer Server => samples.Server;

    [Fact]
    public async Task The_Home_Page_Lists_Every_Sample_Story_With_Its_Counts()
    {
        var html = await Server.GetStringAsync("/");
        Assert.Contains("<h1>Stories</h1>", html, StringComparison.Ordinal);
        foreach (var story in samples.Corpus.ListStories(Corpus.StoryOrder.Newest))
        {
            Assert.Contains($"href=\"/stories/{story.Id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("8 articles from 6 independent origins", html, StringComparison.Ordinal);
        Assert.Contains("Saltmarch", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Story_Page_Shows_Every_Section_With_Real_Content()
    {
        var html = await Server.GetStringAsync($"/stories/{samples.MainStory}");
        foreach (var section in new[] { "summary", "lead", "sources", "lineage", "quotes", "figures" })
        {
            Assert.Contains($"<section id=\"{section}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("8 articles from 6 independent origins and 7 outlets, 2026-02-20 to 2026-02-21.", html, StringComparison.Ordinal);
        // Lead: the wire story's first paragraph.
        Assert.Contains("Part of the spillway at the Tesselmoor Dam gave way late on Thursday night", html, StringComparison.Ordinal);
        // Sources: every article links to its page; the syndicated copy names what it copies.
        Assert.Equal(8, SourceRows().Matches(html).Count);
        Assert.Contains("href=\"/articles/corrwick-sentinel-tesselmoor-dam\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/newsdesk-export-1\">Tollbridge Press Agency</a> <span class=\"meta\">(100% of its text)</span>", html, StringComparison.Ordinal);
        // Lineage: the graph, its boxes linking to article pages, and a sentence per link.
        Assert.Contains("<svg class=\"lineage\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/dailyfold-tesselmoor-dam\"><rect", html, StringComparison.Ordinal);
        Assert.Contains("shares 3 paragraphs with Tollbridge Press Agency", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"filters\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_The_Story_By_Outlet_Or_Speaker_Narrows_The_Sources()
    {
        var byOutlet = await Server.GetStringAsync($"/stories/{samples.MainStory}?outlet=Harbourline+Radio");
        Assert.Equal(2, SourceRows().Matches(byOutlet).Count);
        Assert.Contains("Showing 2 of 8 articles from Harbourline Radio", byOutlet, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Harbourline Radio\" selected>", byOutlet, StringComparison.Ordinal);

        // Chloé Varennes-Hartley speaks only in the Brindlemouth Gazette.
        var bySpeaker = await Server.GetStringAsync($"/stories/{samples.MainStory}?speaker=Varennes-Hartley");
        Assert.Single(SourceRows().Matches(bySpeaker));
        Assert.Contains("href=\"/articles/brindlemouth-gazette-tesselmoor-dam\"", bySpeaker, StringComparison.Ordinal);
        Assert.Contains("value=\"Varennes-Hartley\"", bySpeaker, StringComparison.Ordinal);
        Assert.Contains("Showing 1 of 8 articles quoting Varennes-Hartley", bySpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_Said_What_Groups_Quotes_By_Speaker_With_Their_Wording_Across_Outlets()
    {
        var html = Section(await Server.GetStringAsync($"/stories/{samples.MainStory}"), "quotes");
        Assert.DoesNotContain("class=\"empty\"", html, StringComparison.Ordinal);
        foreach (var name in new[] { "Dana Kirrane", "Helena Stroud" })
        {
            Assert.Matches($"<h3 class=\"speaker\"><a href=\"/stories/{samples.MainStory}\\?speaker={Uri.EscapeDataString(name)}#quotes\">{name}</a>", html);
        }

        Assert.Contains("<span class=\"role\">spokeswoman", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">unnamed source</span>", html, StringComparison.Ordinal);
        // Kirrane's "this valley" is "the valley" in the Westreach Chronicle; each wording links to its place in its article.
        var kirrane = Group(html, "Dana Kirrane");
        Assert.Contains("most serious flood emergency this valley has faced in living memory", kirrane, StringComparison.Ordinal);
        Assert.Contains("“this” → “the”", kirrane, StringComparison.Ordinal);
        Assert.Matches("<blockquote class=\"quote direct\"><a href=\"/articles/newsdesk-export-1#q-\\d+\">", kirrane);
        Assert.Matches("<ul class=\"variants\"><li><a href=\"/articles/[^\"#]+#q-\\d+\">", kirrane);
        Assert.Contains("same words", Group(html, "Helena Stroud"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Figures_Table_Puts_The_Conflicts_First_And_Traces_Each_Value()
    {
        var html = Section(await Server.GetStringAsync($"/stories/{samples.MainStory}"), "figures");
        var rows = Regex.Matches(html, "<tr[^>]*>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).Skip(1).ToList();
        Assert.StartsWith("<tr class=\"conflict group-start\"><td>people evacuated</td><td class=\"num\">40,000</td>", rows[0], StringComparison.Ordinal);
        Assert.Contains("<td class=\"agreement\">conflict</td>", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("<tr class=\"conflict\">", StringComparison.Ordinal) && r.Contains("35,000", StringComparison.Ordinal)
            && r.Contains("href=\"/articles/westreach-chronicle-tesselmoor-dam#f-", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("<td>stretch (length)</td><td class=\"num\">12 km</td>", StringComparison.Ordinal) && r.Contains("class=\"conflict", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("15 km", StringComparison.Ordinal) && r.Contains("Quarterline", StringComparison.Ordinal));
        Assert.Contains("Dana Kirrane", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"explanations\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "<td class=\"agreement\">conflict</td>").Count);
        Assert.Contains("<span class=\"badge conflict\">contested</span>", await Server.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Speaker_Filter_Keeps_That_Speakers_Quotes_And_The_Articles_Quoting_Them()
    {
        var html = await Server.GetStringAsync($"/stories/{samples.MainStory}?speaker=stroud");
        var quotes = Section(html, "quotes");
        Assert.Equal(["Helena Stroud"], Regex.Matches(quotes, "<h3 class=\"speaker\"><a [^>]+>([^<]+)</a>").Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("Dana Kirrane", quotes, StringComparison.Ordinal);
        var sources = SourceRows().Matches(Section(html, "sources")).Count;
        Assert.InRange(sources, 1, 7);
        Assert.Contains($"Showing {sources} of 8 articles quoting stroud", html, StringComparison.Ordinal);
        // Naming someone is not quoting them: the Tesselmoor dam is named everywhere and says nothing.
        var nobody = await Server.GetStringAsync($"/stories/{samples.MainStory}?speaker=Tesselmoor");
        Assert.Contains("No statement by a speaker of that name.", nobody, StringComparison.Ordinal);
        Assert.Empty(SourceRows().Matches(nobody));
    }

    [Fact]
    public async Task Every_Quote_And_Figure_Link_Lands_On_An_Anchor_In_Its_Article()
    {
        var story = await Server.GetStringAsync($"/stories/{samples.MainStory}");
        var links = Regex.Matches(story, "href=\"/articles/([^\"#?]+)#([qf]-\\d+)\"").Select(m => (Article: m.Groups[1].Value, Anchor: m.Groups[2].Value)).Distinct().ToList();
        Assert.Contains(links, l => l.Anchor.StartsWith('q'));
        Assert.Contains(links, l => l.Anchor.StartsWith('f'));
        foreach (var article in links.GroupBy(l => l.Article))
        {
            var page = await Server.GetStringAsync($"/articles/{article.Key}");
            foreach (var (_, anchor) in article)
            {
                Assert.Contains($"id=\"{anchor}\"", page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_Article_Page_Marks_Quotes_And_Figures_And_Lists_Who_Is_Quoted()
    {
        var html = await Server.GetStringAsync("/articles/newsdesk-export-1");
        Assert.Matches("<mark class=\"quote\" id=\"q-\\d+\" title=\"Dana Kirrane \\(direct\\)\">", html);
        Assert.Matches("<mark class=\"figure\" id=\"f-\\d+\" title=\"40,000 · residents", html);
        Assert.Contains("<aside class=\"quotes\" id=\"quotes\"><h2>Quotes in this article</h2>", html, StringComparison.Ordinal);
        Assert.Matches("<li><a href=\"#q-\\d+\">Helena Stroud</a> <span class=\"role\">", html);
        // Marks nest: every paragraph opens as many marks as it closes, and a figure inside a quote keeps its id.
        foreach (Match paragraph in Regex.Matches(html, "<p id=\"p-\\d+\">(.*?)</p>"))
        {
            Assert.Equal(Regex.Matches(paragraph.Value, "<mark ").Count, Regex.Matches(paragraph.Value, "</mark>").Count);
        }

        Assert.Matches("<mark class=\"quote\"[^>]*>[^<]*<mark class=\"figure\" id=\"f-\\d+\"", html);
    }

    [Fact]
    public void Overlapping_Highlights_Nest_Or_Are_Cut_Never_Cross()
    {
        const string text = "Tom said <b> & 40 more</b>.";
        var html = new System.Text.StringBuilder();
        Pages.ArticlePage.WriteMarked(text, new Documents.TextSpan(0, text.Length),
        [
            new Pages.Highlight(new Documents.TextSpan(4, 22), "quote", "Tom", "q-4"),
            new Pages.Highlight(new Documents.TextSpan(15, 17), "figure", null, "f-15"),
            new Pages.Highlight(new Documents.TextSpan(16, 26), "match"),
        ], html);
        Assert.Equal(
            "Tom <mark class=\"quote\" id=\"q-4\" title=\"Tom\">said &lt;b&gt; &amp; <mark class=\"figure\" id=\"f-15\">4<mark class=\"match\">0</mark></mark> more</mark>&lt;/b&gt;.",
            html.ToString());
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Group(string quotes, string speaker)
    {
        var start = quotes.IndexOf($">{speaker}</a>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no group for {speaker}");
        var end = quotes.IndexOf("<div class=\"quote-group\">", start, StringComparison.Ordinal);
        return end < 0 ? quotes[start..] : quotes[start..end];
    }

    [Fact]
    public async Task The_Article_Page_Shows_Text_Metadata_Copies_And_Removed_Boilerplate_Behind_A_Toggle()
    {
        var html = await Server.GetStringAsync("/articles/dailyfold-tesselmoor-dam");
        Assert.Contains("<h1>Thousands flee Corrwick as Tesselmoor spillway fails</h1>", html, StringComparison.Ordinal);
        Assert.Contains("by Priya Halvorsen, Tomas Greer", html, StringComparison.Ordinal);
        Assert.Contains("A copy of <a href=\"/articles/westreach-chronicle-tesselmoor-dam\">", html, StringComparison.Ordinal);
        Assert.Equal(13, Regex.Matches(html, "<p id=\"p-\\d+\">").Count);
        Assert.Contains("<details class=\"removed\" id=\"removed\"><summary>Removed while cleaning:", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"reason\">photo-credit</span>Photo: Bram Oakhurst/Westreach Chronicle", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stories/{samples.MainStory}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Original_Article_Lists_Who_Copied_It()
    {
        var html = await Server.GetStringAsync("/articles/newsdesk-export-1");
        Assert.Contains("Copied by <a href=\"/articles/corrwick-sentinel-tesselmoor-dam\">", html, StringComparison.Ordinal);
        Assert.Contains("shares 3 paragraphs with this article", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Finds_Articles_And_Highlights_The_Words()
    {
        var html = await Server.GetStringAsync("/search?q=harbourmaster");
        Assert.Contains("<mark>harbourmaster</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/articles/brindlemouth-gazette-tesselmoor-dam?q=harbourmaster\"", html, StringComparison.Ordinal);
        var article = await Server.GetStringAsync("/articles/brindlemouth-gazette-tesselmoor-dam?q=harbourmaster");
        Assert.Contains("<mark class=\"match\">harbourmaster</mark>", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Filters_By_Outlet_And_Date()
    {
        var html = await Server.GetStringAsync("/search?q=spillway&outlet=Kestrel+Daily&from=2026-02-22&to=2026-02-22");
        var hits = Regex.Matches(html, "<li><h3><a href=\"/articles/([^\"?]+)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, id => Assert.StartsWith("kestrel-daily", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Bad_Date_Is_Explained_On_The_Search_Page()
    {
        using var response = await Server.Client.GetAsync(new Uri("/search?q=dam&from=yesterday", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from must be a date written yyyy-MM-dd", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stories/no-such-story")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/no/such/page")]
    public async Task Unknown_Addresses_Are_404_Pages(string path)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Stylesheet_Is_Served_As_Css_And_Pages_Are_Readable_On_A_Phone()
    {
        using var response = await Server.Client.GetAsync(new Uri("/static/site.css", UriKind.Relative));
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var css = await response.Content.ReadAsStringAsync();
        Assert.Contains("prefers-color-scheme: dark", css, StringComparison.Ordinal);
        Assert.Contains("max-width: 42rem", css, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", await Server.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr><td class=\"date\">")]
    private static partial Regex SourceRows();
}
