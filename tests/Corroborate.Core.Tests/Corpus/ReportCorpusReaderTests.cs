using Corroborate.Corpus;
using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Pipeline;

namespace Corroborate.Core.Tests.Corpus;

public sealed class ReportCorpusReaderTests
{
    private const string Wire =
        "The Harlow river burst its banks on Tuesday night after a week of heavy rain across the northern hills, flooding the market town of Eastley.\n\n"
        + "Around 2,000 residents were moved to emergency shelters in the town's schools and sports halls, the county council said on Wednesday morning.\n\n"
        + "\"We have never seen the water rise this fast,\" said Mara Quill, who leads the county's flood response team, standing on the old stone bridge.\n\n"
        + "Forecasters expect the river to peak again on Thursday as more rain moves in from the west, and warned residents not to return home yet.";

    private const string Tram =
        "Councillors in Pelling voted late on Monday to extend the city's tram line along Corder Street, ending two years of arguments about the cost.\n\n"
        + "The extension will add four stops and is due to open in three years, the transport committee chair, Idris Fenn, told reporters after the vote.\n\n"
        + "Shop owners on Corder Street said months of roadworks would drive customers away from the city centre during the construction.";

    private static Article Make(string id, string title, string text, string site, int day, string? url = null) =>
        new(id, new SourceLocation(id + ".json"), ContentKind.PlainText, text,
            new ArticleMetadata { Title = title, SiteName = site, Published = Some.Feb(day), Url = url ?? $"https://{id}.example/news" });

    private static ReportCorpusReader Reader() => new(new CorpusAnalyzer(parallelism: 1).Analyze(
    [
        Make("wire", "Harlow floods Eastley as river bursts its banks", Wire, "Northwire", 10),
        Make("copy", "River bursts banks in Eastley", Wire + "\n\nMore to follow.", "Eastley Echo", 11),
        Make("tram", "Pelling votes to extend tram line along Corder Street", Tram, "Pelling Post", 9),
    ]));

    [Fact]
    public void Lists_Stories_Newest_Or_Most_Covered_First_With_Counts()
    {
        var reader = Reader();
        var newest = reader.ListStories(StoryOrder.Newest);
        Assert.Equal(2, newest.Count);
        var flood = newest[0];
        Assert.Equal(2, flood.Articles);
        Assert.Equal(1, flood.IndependentSources);
        Assert.Equal(2, flood.Outlets);
        Assert.Equal(Some.Feb(10), flood.FirstPublished);
        Assert.Equal(Some.Feb(11), flood.LastPublished);
        Assert.Equal(flood.Id, reader.ListStories(StoryOrder.MostCovered)[0].Id);
        Assert.Single(reader.ListStories(StoryOrder.Newest, skip: 1, take: 5));
        Assert.Empty(reader.ListStories(StoryOrder.Newest, skip: 2));
    }

    [Fact]
    public void A_Story_Report_Holds_Just_Its_Articles_And_Their_Copy_Links()
    {
        var reader = Reader();
        var id = reader.ListStories(StoryOrder.MostCovered)[0].Id;
        var story = reader.Story(id);
        Assert.NotNull(story);
        Assert.Equal(["wire", "copy"], story.Articles.Select(a => a.Id));
        var link = Assert.Single(story.Copies.Links);
        Assert.Equal(("copy", "wire"), (link.Article, link.Of));
        Assert.Single(story.Stories);
        Assert.Null(reader.Story("no-such-story"));
    }

    [Fact]
    public void An_Article_View_Knows_Its_Story_And_Copies()
    {
        var reader = Reader();
        var view = reader.Article("wire");
        Assert.NotNull(view);
        Assert.Equal(reader.ListStories(StoryOrder.MostCovered)[0].Id, view.StoryId);
        Assert.Equal("copy", Assert.Single(view.Copies).Article);
        Assert.Empty(reader.Article("tram")!.Copies);
        Assert.Null(reader.Article("missing"));
    }

    [Fact]
    public void Search_Needs_Every_Word_And_Highlights_The_Matches()
    {
        var hits = Reader().Search(new SearchQuery("emergency shelters"));
        Assert.Equal(["copy", "wire"], hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal));
        var snippet = hits[0].Snippet;
        Assert.Equal(["emergency", "shelters"], snippet.Where(p => p.Highlighted).Select(p => p.Text));
        Assert.Contains("residents were moved to", string.Concat(snippet.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.Empty(Reader().Search(new SearchQuery("emergency tram")));
    }

    [Fact]
    public void Search_Is_Case_Insensitive_And_Ranks_Title_Matches_First()
    {
        var hits = Reader().Search(new SearchQuery("TRAM"));
        Assert.Equal("tram", Assert.Single(hits).ArticleId);
        Assert.Equal("Pelling Post", hits[0].Outlet);
        Assert.True(hits[0].Score > 0);
    }

    [Fact]
    public void A_Quoted_Phrase_Must_Occur_As_Written()
    {
        Assert.Equal(2, Reader().Search(new SearchQuery("\"river burst its banks\"")).Count);
        Assert.Empty(Reader().Search(new SearchQuery("\"banks burst\"")));
    }

    [Fact]
    public void Filters_Narrow_By_Date_Outlet_And_Speaker()
    {
        var reader = Reader();
        Assert.Equal(["copy"], reader.Search(new SearchQuery("river", From: Some.Feb(11, 0))).Select(h => h.ArticleId));
        Assert.Equal(["wire"], reader.Search(new SearchQuery("river", To: Some.Feb(10, 23))).Select(h => h.ArticleId));
        Assert.Equal(["copy"], reader.Search(new SearchQuery("river", Outlet: "eastley echo")).Select(h => h.ArticleId));
        Assert.Equal(["tram"], reader.Search(new SearchQuery("", Speaker: "Fenn")).Select(h => h.ArticleId));
        Assert.Equal(2, reader.Search(new SearchQuery("", Speaker: "mara quill")).Count);
    }

    [Fact]
    public void Search_Honours_The_Limit()
    {
        Assert.Single(Reader().Search(new SearchQuery("river", Limit: 1)));
    }

    [Fact]
    public void A_Snippet_Starts_At_A_Word_And_Marks_Where_It_Was_Cut()
    {
        var text = string.Join(' ', Enumerable.Range(1, 80).Select(i => "word" + i)) + " target " + string.Join(' ', Enumerable.Range(81, 80).Select(i => "word" + i));
        var parts = ReportCorpusReader.Snippet(text, ReportCorpusReader.QueryTerms.Parse("target"));
        var joined = string.Concat(parts.Select(p => p.Text));
        Assert.StartsWith("… word", joined, StringComparison.Ordinal);
        Assert.EndsWith(" …", joined, StringComparison.Ordinal);
        Assert.Equal("target", Assert.Single(parts, p => p.Highlighted).Text);
        Assert.DoesNotContain("  ", joined, StringComparison.Ordinal);
    }
}
