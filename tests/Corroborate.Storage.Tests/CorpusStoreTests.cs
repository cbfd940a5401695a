using Corroborate.Corpus;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Pipeline;
using Corroborate.Storage.Sqlite;
using Corroborate.Storage.Tests.Support;
using Corroborate.Stories;

namespace Corroborate.Storage.Tests;

public sealed class CorpusStoreTests
{
    [Fact]
    public void Ingesting_The_Samples_Stores_Every_Article_And_The_Copies_Of_The_Answer_Key()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));

        var result = store.Add(Inputs.Samples());

        Assert.Equal((13, 0, 0), (result.Added, result.Revisions, result.Unchanged));
        var links = store.Export().Copies.Links.Select(l => (l.Article, l.Of, l.Kind)).ToList();
        Assert.Contains(("corrwick-sentinel-tesselmoor-dam", "newsdesk-export-1", CopyKind.Copy), links);
        Assert.Contains(("dailyfold-tesselmoor-dam", "westreach-chronicle-tesselmoor-dam", CopyKind.Copy), links);
        Assert.Contains(("brindlemouth-gazette-tesselmoor-dam", "newsdesk-export-1", CopyKind.Partial), links);
        Assert.Equal(3, links.Count);
    }

    [Fact]
    public void Article_Headings_From_The_Store_Name_Articles_As_The_Loaded_Articles_Do()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        var articles = Inputs.Samples();
        store.Add(articles);
        var ids = new[] { "newsdesk-export-1", "dailyfold-tesselmoor-dam", "kestrel-daily-atom-2", "newsdesk-export-1", "no-such-article" };

        var headings = store.ArticleHeadings(ids);
        ICorpusReader memory = new ReportCorpusReader(new CorpusAnalyzer().Analyze(articles));
        var loaded = memory.ArticleHeadings(ids);

        Assert.Equal(3, headings.Count);
        Assert.Equal(loaded.OrderBy(p => p.Key), headings.OrderBy(p => p.Key));
        Assert.Equal(new ArticleHeading("Tollbridge Press Agency", "Dam spillway collapse forces 40,000 from homes in Ambry Valley"), headings["newsdesk-export-1"]);
    }

    [Fact]
    public void Stories_And_Independent_Sources_Match_Analysing_The_Same_Articles_At_Once()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        var articles = Inputs.Samples();
        store.Add(articles);

        var batch = new CorpusAnalyzer().Analyze(articles);

        var stored = Inputs.Partition(store);
        var expected = batch.Stories.SelectMany(s => s.Articles.Select(a => (a.Id, s.Id))).ToDictionary(p => p.Item1, p => p.Item2);
        Assert.Equal(Inputs.Groups(expected), Inputs.Groups(stored));
        var dam = batch.Stories[0];
        var listing = store.ListStories(StoryOrder.MostCovered)[0];
        Assert.Equal((dam.Title, dam.Articles.Count, dam.IndependentSources), (listing.Title, listing.Articles, listing.IndependentSources));
        Assert.Equal(8, listing.Articles);
        Assert.Equal(6, listing.IndependentSources);
        Assert.Equal(
            dam.Origins.Select(g => string.Join(" ", g)),
            store.Story(listing.Id)!.Stories[0].Origins.Select(g => string.Join(" ", g)));
    }

    [Fact]
    public void Reingesting_The_Same_Articles_Changes_Nothing()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        using (var store = CorpusStore.Open(path))
        {
            store.Add(Inputs.Samples());
        }

        using var reopened = CorpusStore.Open(path);
        var before = reopened.Statistics();
        var listing = reopened.ListStories(StoryOrder.Newest);

        var result = reopened.Add(Inputs.Samples());

        Assert.Equal((0, 0, 13), (result.Added, result.Revisions, result.Unchanged));
        Assert.Equal(before, reopened.Statistics());
        Assert.Equal(listing, reopened.ListStories(StoryOrder.Newest));
    }

    [Fact]
    public void The_Same_Content_Under_Another_Name_Is_Unchanged()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        var article = Inputs.Text("first", "Ferry crews walk out", Inputs.Feb(3), "Ferry crews at Westreach Ports walked out on Monday over pay.");
        store.Add([article]);

        var result = store.Add([article with { Id = "renamed", Origin = new SourceLocation("elsewhere/renamed.txt") }]);

        Assert.Equal((0, 0, 1), (result.Added, result.Revisions, result.Unchanged));
        Assert.Null(store.Article("renamed"));
    }

    [Fact]
    public void A_Changed_Version_Of_A_Known_Url_Becomes_A_Revision()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        var metadata = new ArticleMetadata { Title = "Ferry crews walk out", Published = Inputs.Feb(3), Url = "https://ports.example/news/strike" };
        var first = new Article("strike", new SourceLocation("a.json"), ContentKind.PlainText,
            "Ferry crews at Westreach Ports walked out on Monday over pay.", metadata);
        var second = first with
        {
            Id = "strike-update",
            Origin = new SourceLocation("b.json"),
            Content = "Ferry crews at Westreach Ports walked out on Monday over pay.\n\nTalks resume on Tuesday, the union said.",
        };
        store.Add([first]);
        var storyId = store.ListStories(StoryOrder.Newest).Single().Id;
        Assert.DoesNotContain("Talks resume", store.Story(storyId)!.Articles[0].Text, StringComparison.Ordinal);

        var result = store.Add([second]);

        Assert.Equal((0, 1, 0), (result.Added, result.Revisions, result.Unchanged));
        var view = store.Article("strike")!;
        Assert.Contains("Talks resume on Tuesday", view.Document.Text, StringComparison.Ordinal);
        Assert.Equal([1, 2], store.Revisions("strike").Select(r => r.Number));
        Assert.Equal(["a.json", "b.json"], store.Revisions("strike").Select(r => r.Origin));
        Assert.Null(store.Article("strike-update"));
        Assert.Equal(1, store.Statistics().Articles);
        Assert.Single(store.Search(new SearchQuery("talks resume")));
        Assert.Equal(1, store.ListStories(StoryOrder.Newest).Single().Articles);
        // A story read before the revision is not served from memory after it.
        Assert.Contains("Talks resume on Tuesday", store.Story(storyId)!.Articles[0].Text, StringComparison.Ordinal);
        Assert.Contains(store.Story(storyId)!.Stories[0].Quotes, q => q.Speaker?.Name == "the union");
    }

    [Fact]
    public void A_Scraped_Copy_That_Names_The_Original_Url_Is_Not_A_Revision_Of_It()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));

        store.Add(Inputs.Samples());

        Assert.NotNull(store.Article("dailyfold-tesselmoor-dam"));
        Assert.Equal(
            store.Article("westreach-chronicle-tesselmoor-dam")!.Document.Metadata.Url,
            store.Article("dailyfold-tesselmoor-dam")!.Document.Metadata.Url);
        Assert.Single(store.Revisions("westreach-chronicle-tesselmoor-dam"));
    }

    [Fact]
    public void An_Article_Reloads_As_It_Was_Processed()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        var articles = Inputs.Samples();
        store.Add(articles);
        var processed = new ArticleProcessor().Process(articles.Single(a => a.Id == "dailyfold-tesselmoor-dam"))!;

        var view = store.Article("dailyfold-tesselmoor-dam")!;

        Assert.Equal(processed.Text, view.Document.Text);
        Assert.Equal(processed.Paragraphs, view.Document.Paragraphs);
        Assert.Equal(processed.Removed, view.Document.Removed);
        Assert.Equal(processed.Metadata.Title, view.Document.Metadata.Title);
        Assert.Equal(processed.Metadata.Authors, view.Document.Metadata.Authors);
        Assert.Equal(processed.Metadata.Published, view.Document.Metadata.Published);
        Assert.Equal(processed.Metadata.Url, view.Document.Metadata.Url);
        Assert.Equal(processed.Source.Origin, view.Document.Source.Origin);
        Assert.NotNull(view.StoryId);
        Assert.Equal([("dailyfold-tesselmoor-dam", "westreach-chronicle-tesselmoor-dam")], view.Copies.Select(l => (l.Article, l.Of)));
    }

    [Fact]
    public void Quotes_And_Figures_Reload_As_The_Processor_Finds_Them()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        var articles = Inputs.Samples();
        using (var store = CorpusStore.Open(path))
        {
            store.Add(articles);
        }

        using var reopened = CorpusStore.OpenExisting(path);
        var processor = new ArticleProcessor();
        var (quotes, figures) = (0, 0);
        foreach (var article in articles)
        {
            var processed = processor.Process(article)!;
            var loaded = reopened.Article(article.Id)!.Document;
            Assert.Equal(Quotes(processed), Quotes(loaded));
            Assert.Equal(Figures(processed), Figures(loaded));
            quotes += loaded.Quotes.Count;
            figures += loaded.Figures.Count;
        }

        Assert.True(quotes > 20, $"{quotes} quotes");
        Assert.True(figures > 40, $"{figures} figures");
        var wire = reopened.Article("newsdesk-export-1")!.Document;
        Assert.Contains(wire.Quotes, q => q.Speaker is { Name: "Dana Kirrane", IsDescription: false });
        Assert.Contains(wire.Figures, f => f.Value == 40_000 && f.Unit == Corroborate.Figures.FigureUnit.Count);
    }

    [Fact]
    public void A_Store_Written_Before_Quotes_And_Figures_Gets_Them_When_Opened()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        var articles = Inputs.Samples();
        using (var store = CorpusStore.Open(path))
        {
            store.Add(articles);
        }

        // What a version-1 store holds: no annotations, no speakers.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET annotations = '{}', annotations_version = 1, speakers = ''; UPDATE stories SET contested = 0, annotations = '{}'";
            command.ExecuteNonQuery();
        }

        using var reopened = CorpusStore.OpenExisting(path);
        var processor = new ArticleProcessor();
        foreach (var article in articles)
        {
            var processed = processor.Process(article)!;
            var loaded = reopened.Article(article.Id)!.Document;
            Assert.Equal(Quotes(processed), Quotes(loaded));
            Assert.Equal(Figures(processed), Figures(loaded));
        }

        Assert.NotEmpty(reopened.Search(new SearchQuery("spillway", Speaker: "Kirrane")));
    }

    private static List<string> Quotes(NewsDocument doc) =>
        doc.Quotes.Select(q => $"{q.Kind} {string.Join(",", q.Parts)} cue {q.Cue} source {q.Source} {q.Speaker} p{q.Paragraph}").ToList();

    private static List<Corroborate.Figures.Figure> Figures(NewsDocument doc) => doc.Figures.ToList();

    [Fact]
    public void The_Stored_Dam_Story_Has_The_Quotes_And_Figure_Conflicts_Of_Analyze()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        var articles = Inputs.Samples();
        store.Add(articles);
        var analyzed = new CorpusAnalyzer().Analyze(articles).Stories[0];

        var listing = store.ListStories(StoryOrder.MostCovered)[0];
        var stored = store.Story(listing.Id)!.Stories[0];
        var exported = store.Export().Stories[0];

        foreach (var story in new[] { stored, exported })
        {
            Assert.Equal(analyzed.Quotes.Count, story.Quotes.Count);
            Assert.Equal(analyzed.Quotes.Select(q => (q.Speaker?.Name, q.Text, q.Variants.Count)), story.Quotes.Select(q => (q.Speaker?.Name, q.Text, q.Variants.Count)));
            Assert.Equal(Conflicts(analyzed), Conflicts(story));
            Assert.Equal(analyzed.FigureGroups.Select(g => (g.Quantity, g.Agreement)), story.FigureGroups.Select(g => (g.Quantity, g.Agreement)));
        }

        Assert.Contains(stored.Quotes, q => q.Speaker?.Name == "Dana Kirrane" && q.Variants.Count > 0);
        Assert.Contains(stored.Quotes, q => q.Speaker?.Name == "Helena Stroud" && q.Variants.Count > 0);
        var conflicts = Conflicts(stored);
        Assert.Equal(2, conflicts.Count);
        Assert.Contains(conflicts, c => c.Contains("40,000", StringComparison.Ordinal) && c.Contains("35,000", StringComparison.Ordinal));
        Assert.Contains(conflicts, c => c.Contains("12 km", StringComparison.Ordinal) && c.Contains("15 km", StringComparison.Ordinal));
        Assert.True(listing.Contested);
        Assert.All(store.ListStories(StoryOrder.MostCovered).Skip(1), s => Assert.False(s.Contested, s.Title));
    }

    // "people evacuated: 40,000 | about 35,000" for each conflicting group.
    private static List<string> Conflicts(Story story) =>
        story.FigureGroups.Where(g => g.Conflict).Select(g => $"{g.Quantity}: {string.Join(" | ", g.Values.Select(v => v.Display))}").ToList();

    [Fact]
    public void Adding_In_Two_Time_Ordered_Batches_Gives_The_Same_Stories_And_Copies_As_One()
    {
        using var folder = new TempFolder();
        var articles = Inputs.Samples();
        var published = new CorpusAnalyzer().Analyze(articles).Articles.ToDictionary(d => d.Id, d => d.Metadata.Published);
        var cut = new DateTimeOffset(2026, 2, 20, 15, 0, 0, TimeSpan.Zero);
        using var once = CorpusStore.Open(folder.Combine("once.db"));
        using var twice = CorpusStore.Open(folder.Combine("twice.db"));
        once.Add(articles);

        twice.Add(articles.Where(a => published[a.Id] < cut));
        twice.Add(articles.Where(a => published[a.Id] >= cut));

        Assert.Equal(Inputs.Groups(Inputs.Partition(once)), Inputs.Groups(Inputs.Partition(twice)));
        Assert.Equal(once.Export().Copies.Links.Select(Describe), twice.Export().Copies.Links.Select(Describe));
        Assert.Equal(
            once.ListStories(StoryOrder.MostCovered).Select(s => (s.Title, s.Articles, s.IndependentSources)),
            twice.ListStories(StoryOrder.MostCovered).Select(s => (s.Title, s.Articles, s.IndependentSources)));
    }

    [Fact]
    public void Story_Ids_Stay_The_Same_As_Articles_Arrive()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"), new CorpusStoreOptions { AssembleEvery = 2 });
        var articles = Inputs.Samples();
        store.Add(articles.Take(5));
        var before = Inputs.Partition(store);

        store.Add(articles.Skip(5));

        var after = Inputs.Partition(store);
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.All(after.Values, id => Assert.StartsWith("s-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_Story_Report_Holds_Its_Articles_And_The_Copy_Links_Among_Them()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        store.Add(Inputs.Samples());
        var id = store.ListStories(StoryOrder.MostCovered)[0].Id;

        var report = store.Story(id)!;

        Assert.Single(report.Stories);
        Assert.Equal(8, report.Articles.Count);
        Assert.Equal(3, report.Copies.Links.Count);
        Assert.Equal("newsdesk-export-1", report.Articles[0].Id);
        Assert.Null(store.Story("s-999"));
        Assert.Null(store.Article("no-such-article"));
    }

    [Fact]
    public void Stories_List_Newest_Or_Most_Covered_First()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        store.Add(Inputs.Samples());

        var newest = store.ListStories(StoryOrder.Newest);
        var covered = store.ListStories(StoryOrder.MostCovered);

        Assert.Equal(newest.OrderByDescending(s => s.LastPublished).Select(s => s.Id), newest.Select(s => s.Id));
        Assert.Equal(covered.OrderByDescending(s => s.Articles).Select(s => s.Articles), covered.Select(s => s.Articles));
        Assert.Equal(2, store.ListStories(StoryOrder.Newest, skip: 1, take: 2).Count);
        Assert.Equal(newest[1], store.ListStories(StoryOrder.Newest, skip: 1, take: 1).Single());
        // Only the dam story's figures conflict.
        Assert.Equal([covered[0].Id], newest.Where(s => s.Contested).Select(s => s.Id));
    }

    private static string Describe(CopyLink link) => $"{link.Article} {link.Kind} {link.Of} {link.Containment} {link.SharedParagraphs.Count}";
}
