using Corroborate.Corpus;
using Corroborate.Storage.Sqlite;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CorpusStore _store;

    public SearchTests()
    {
        _store = CorpusStore.Open(_folder.Combine("corpus.db"));
        _store.Add(
        [
            Inputs.Text("headline", "Lighthouse keeper rescues stranded kayakers", Inputs.Feb(2),
                "Two kayakers were brought ashore at Gullwick on Monday after their boats overturned near the rocks."),
            Inputs.Text("body", "Harbour board meets to discuss budget", Inputs.Feb(5),
                "The harbour board discussed its budget for the year.",
                "Members also thanked the lighthouse keeper for the rescue last week, which they called remarkable."),
            Inputs.Text("other", "Bakery wins regional bread prize", Inputs.Feb(9),
                "A family bakery in Fennick Bridge won the regional prize for its sourdough loaf."),
        ]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_Match_In_The_Headline_Ranks_Above_One_In_The_Body()
    {
        var hits = _store.Search(new SearchQuery("lighthouse keeper"));

        Assert.Equal(["headline", "body"], hits.Select(h => h.ArticleId));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.NotNull(hits[0].StoryId);
        Assert.Equal(Inputs.Feb(2), hits[0].Published);
    }

    [Fact]
    public void Snippets_Mark_The_Matched_Words()
    {
        var hit = _store.Search(new SearchQuery("sourdough")).Single();

        var highlighted = hit.Snippet.Where(p => p.Highlighted).Select(p => p.Text).ToList();
        Assert.Equal(["sourdough"], highlighted);
        Assert.Contains("regional prize for its sourdough loaf", string.Concat(hit.Snippet.Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Word_Forms_And_Accents_Still_Match()
    {
        Assert.Equal(["body"], _store.Search(new SearchQuery("discussing budgets")).Select(h => h.ArticleId));
        Assert.Equal(["headline"], _store.Search(new SearchQuery("kayaker")).Select(h => h.ArticleId));
    }

    [Fact]
    public void Quoted_Phrases_Must_Match_In_Order()
    {
        Assert.Single(_store.Search(new SearchQuery("\"lighthouse keeper rescues\"")));
        Assert.Empty(_store.Search(new SearchQuery("\"keeper lighthouse\"")));
    }

    [Fact]
    public void Search_Syntax_Is_Not_Passed_Through()
    {
        Assert.Empty(_store.Search(new SearchQuery("lighthouse NOT OR AND ( * ^ :")));
        Assert.Empty(_store.Search(new SearchQuery("  \"  ")));
        Assert.Empty(_store.Search(new SearchQuery("title:lighthouse")));
    }

    [Fact]
    public void Date_Filters_Keep_Articles_Published_In_The_Range()
    {
        Assert.Equal(["body"], _store.Search(new SearchQuery("lighthouse", From: Inputs.Feb(3))).Select(h => h.ArticleId));
        Assert.Equal(["headline"], _store.Search(new SearchQuery("lighthouse", To: Inputs.Feb(3))).Select(h => h.ArticleId));
        Assert.Empty(_store.Search(new SearchQuery("lighthouse", From: Inputs.Feb(6), To: Inputs.Feb(8))));
    }

    [Fact]
    public void Outlet_And_Speaker_Filters_Apply()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("samples.db"));
        store.Add(Inputs.Samples());

        var kestrel = store.Search(new SearchQuery("spillway", Outlet: "kestrel daily"));
        var all = store.Search(new SearchQuery("spillway"));

        Assert.NotEmpty(kestrel);
        Assert.All(kestrel, hit => Assert.Equal("Kestrel Daily", hit.Outlet));
        Assert.True(all.Count > kestrel.Count);
        // Articles quoting Helena Stroud (any part of the name, any case), not those that merely name her.
        var stroud = store.Search(new SearchQuery("spillway", Speaker: "stroud", Limit: 50));
        Assert.NotEmpty(stroud);
        Assert.True(stroud.Count < all.Count);
        Assert.All(stroud, hit => Assert.Contains(store.Article(hit.ArticleId)!.Document.Quotes, q => q.Speaker?.Name == "Helena Stroud"));
        Assert.Empty(store.Search(new SearchQuery("spillway", Speaker: "Tesselmoor")));
    }

    [Fact]
    public void The_Limit_Caps_The_Hits()
    {
        Assert.Single(_store.Search(new SearchQuery("lighthouse", Limit: 1)));
    }
}
