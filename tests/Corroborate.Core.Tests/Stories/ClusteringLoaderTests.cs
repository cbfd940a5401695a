using Corroborate.Core.Tests.Support;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Clustering;

namespace Corroborate.Core.Tests.Stories;

public sealed class ClusteringLoaderTests
{
    private const string ThreeStories =
        """
        {"id": "2-left", "date": "2021-05-02T09:00:00-07:00", "title": "Town opens a bridge", "text": "The new bridge opened on Sunday.", "cluster": 2, "source": "Paper A", "url": "https://a.example/1", "story_title": "Bridge", "topic": "Towns"}
        {"id": "1-right", "date": "2021-05-01T08:00:00-07:00", "title": "Rain floods a valley", "text": "Heavy rain flooded the valley.", "cluster": 1, "source": "Paper B", "url": "https://b.example/1"}
        not json at all
        {"id": "1-left", "date": "2021-05-01T08:00:00-07:00", "title": null, "text": "The valley flooded after rain.", "cluster": 1}
        {"id": "3-center", "date": "2021-05-03T10:00:00-07:00", "title": "Choir wins a prize", "text": "A local choir won first prize.", "cluster": 3}
        {"id": "9-center", "title": "No cluster", "text": "This line has no gold."}
        """;

    [Fact]
    public void AllSides_Lines_Come_Back_In_Date_Then_Id_Order_With_Gold()
    {
        using var folder = new TempFolder();
        var path = folder.Write("set.jsonl", ThreeStories);

        var set = AllSidesClustering.Load(path);

        Assert.Equal(["1-left", "1-right", "2-left", "3-center"], set.Articles.Select(a => a.Id));
        Assert.Equal(["1", "1", "2", "3"], set.Articles.Select(a => a.Gold));
        Assert.Equal(3, set.GoldStories);
        Assert.Null(set.Articles[0].Title);
        Assert.Equal("Paper A", set.Articles[2].Source);
        Assert.Equal(2, set.Problems.Count);
        Assert.Contains("set.jsonl:3", set.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Date_Split_Puts_The_Earlier_Stories_First()
    {
        using var folder = new TempFolder();
        var set = AllSidesClustering.Load(folder.Write("set.jsonl", ThreeStories));

        var (tune, check) = set.SplitByStoryDate(0.7, "tune", "check");

        Assert.Equal(["1", "1", "2"], tune.Articles.Select(a => a.Gold));
        Assert.Equal(["3"], check.Articles.Select(a => a.Gold));
    }

    [Fact]
    public void NeuS_Lines_Become_Stories_With_Increasing_Synthetic_Dates()
    {
        using var folder = new TempFolder();
        folder.Write(
            "val.source",
            "TITLE=> First one. ARTICLE=> Alpha text. [SEP] TITLE=> First two. ARTICLE=> Beta text. [SEP] TITLE=> First three. ARTICLE=> Gamma text.\n" +
            "TITLE=> Second one. ARTICLE=> Delta text. [SEP] TITLE=> Second two. ARTICLE=> Epsilon text.\n");

        var set = Assert.Single(NeusClustering.Load(folder.Path));

        Assert.Equal("neus-val", set.Name);
        Assert.Equal(["val:1", "val:1", "val:1", "val:2", "val:2"], set.Articles.Select(a => a.Gold));
        Assert.Equal("First two", set.Articles[1].Title);
        Assert.Equal(set.Articles[0].Published, set.Articles[2].Published);
        Assert.Equal(NeusClustering.LineSpacing, set.Articles[3].Published - set.Articles[0].Published);
    }

    [DataFact("news-clustering/allsides-2021.train.jsonl")]
    public void The_AllSides_File_Holds_959_Articles_In_329_Stories_In_Stream_Order()
    {
        var set = AllSidesClustering.Load(DataPaths.Find(AllSidesClustering.RelativePath)!);

        Assert.Empty(set.Problems);
        Assert.Equal(959, set.Articles.Count);
        Assert.Equal(329, set.GoldStories);
        Assert.All(set.Articles.Zip(set.Articles.Skip(1)), pair => Assert.True(pair.First.Published <= pair.Second.Published));
    }

    [DataFact("news-clustering/allsides-2021.train.jsonl")]
    public void The_AllSides_Date_Split_Keeps_Every_Tune_Story_No_Later_Than_Every_Check_Story()
    {
        var set = AllSidesClustering.Load(DataPaths.Find(AllSidesClustering.RelativePath)!);

        var (tune, check) = set.SplitByStoryDate(0.7, "tune", "check");

        Assert.Equal(set.Articles.Count, tune.Articles.Count + check.Articles.Count);
        Assert.Equal(230, tune.GoldStories);
        Assert.True(tune.Articles.Max(a => a.Published) <= check.Articles.Min(a => a.Published));
    }

    [DataFact("mds/neus")]
    public void Every_NeuS_Split_Gives_Each_Line_One_Story()
    {
        var sets = NeusClustering.Load(DataPaths.Find(NeusClustering.RelativePath)!);

        Assert.Equal(["neus-test", "neus-train", "neus-val"], sets.Select(s => s.Name));
        Assert.All(sets, set => Assert.True(set.Articles.Count >= 2 * set.GoldStories));
    }
}
