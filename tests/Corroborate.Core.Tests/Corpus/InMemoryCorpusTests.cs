using Corroborate.Corpus;
using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Pipeline;

namespace Corroborate.Core.Tests.Corpus;

public sealed class InMemoryCorpusTests
{
    private const string Flood =
        "The Harlow river burst its banks on Tuesday night after a week of heavy rain across the northern hills, flooding the market town of Eastley.\n\n"
        + "Around 2,000 residents were moved to emergency shelters in the town's schools and sports halls, the county council said on Wednesday morning.";

    private const string Bridge =
        "Engineers closed the old stone bridge at Eastley on Thursday after finding cracks in two of its arches, cutting the town's main road east.\n\n"
        + "The county council said the bridge would stay closed until divers had inspected the foundations, which could take a fortnight.";

    private static Article Make(string id, string text, string? url = null, string? title = null) =>
        new(id, new SourceLocation("post.json"), ContentKind.PlainText, text,
            new ArticleMetadata { Title = title ?? id, SiteName = "Eastley Echo", Published = Some.Feb(10), Url = url });

    private static InMemoryCorpus Corpus() => new([Make("flood", Flood, "https://echo.example/flood")], analyzer: new CorpusAnalyzer(parallelism: 1));

    [Fact]
    public void Adding_An_Article_Makes_It_Readable_And_Searchable()
    {
        var corpus = Corpus();
        var result = corpus.Add([Make("bridge", Bridge, "https://echo.example/bridge")]);
        Assert.Equal((1, 0, 0), (result.Added, result.Revisions, result.Unchanged));
        Assert.Empty(result.Problems);
        Assert.NotNull(corpus.Article("bridge"));
        Assert.Equal("bridge", Assert.Single(corpus.Search(new SearchQuery("arches"))).ArticleId);
        Assert.Equal(2, corpus.Report.Articles.Count);
    }

    [Fact]
    public void The_Same_Content_Again_Is_Unchanged()
    {
        var corpus = Corpus();
        var result = corpus.Add([Make("again", Flood)]);
        Assert.Equal((0, 0, 1), (result.Added, result.Revisions, result.Unchanged));
        Assert.Null(corpus.Article("again"));
    }

    [Fact]
    public void New_Content_At_A_Known_Url_Is_A_Revision_Under_The_Old_Id()
    {
        var corpus = Corpus();
        var result = corpus.Add([Make("flood-update", Flood + "\n\nThe river is expected to peak again on Friday, forecasters said.", "https://echo.example/flood")]);
        Assert.Equal((0, 1, 0), (result.Added, result.Revisions, result.Unchanged));
        Assert.Contains("peak again", corpus.Article("flood")!.Document.Text, StringComparison.Ordinal);
        Assert.Null(corpus.Article("flood-update"));
        Assert.Single(corpus.Report.Articles);
    }

    [Fact]
    public void An_Id_Taken_By_Other_Content_Gets_A_Suffix()
    {
        var corpus = Corpus();
        corpus.Add([Make("flood", Bridge)]);
        Assert.Contains("arches", corpus.Article("flood-2")!.Document.Text, StringComparison.Ordinal);
        Assert.Contains("Harlow", corpus.Article("flood")!.Document.Text, StringComparison.Ordinal);
    }
}
