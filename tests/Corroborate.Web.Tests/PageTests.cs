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
