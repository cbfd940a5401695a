using Corroborate.Evaluation.Clustering;

namespace Corroborate.Core.Tests.Stories;

public sealed class ClusteringScaleGeneratorTests
{
    private static ClusteringSet Real() => new(
        "written",
        [
            Article("a1", "A", "The harbour council voted to close the old ferry pier on Monday."),
            Article("a2", "A", "Councillors decided on Monday that the ferry pier will shut."),
            Article("b1", "B", "A violinist from the valley won the national music contest."),
            Article("b2", "B", "The national contest went to a young violinist from the valley."),
            Article("c1", "C", "This story has only one article and is not replayed."),
        ],
        []);

    private static ClusteringArticle Article(string id, string gold, string text) =>
        new(id, "Headline for " + gold, text, DateTimeOffset.UnixEpoch, null, null, gold);

    [Fact]
    public void It_Generates_Exactly_The_Requested_Count_In_Stream_Order()
    {
        var set = new ClusteringScaleGenerator([Real()]).Generate(101, seed: 7);

        Assert.Equal(101, set.Articles.Count);
        Assert.Equal(101, set.Articles.Select(a => a.Id).Distinct().Count());
        Assert.All(set.Articles.Zip(set.Articles.Skip(1)), pair => Assert.True(pair.First.Published <= pair.Second.Published));
    }

    [Fact]
    public void Stories_Of_One_Article_Are_Not_Used()
    {
        Assert.Equal(2, new ClusteringScaleGenerator([Real()]).RealStories);
    }

    [Fact]
    public void The_Same_Seed_Gives_The_Same_Stream()
    {
        var generator = new ClusteringScaleGenerator([Real()]);

        var first = generator.Generate(40, seed: 3);
        var second = generator.Generate(40, seed: 3);

        Assert.Equal(first.Articles, second.Articles);
    }

    [Fact]
    public void Articles_Of_A_Synthetic_Story_Stay_Close_In_Time()
    {
        var set = new ClusteringScaleGenerator([Real()]).Generate(200, seed: 11);

        Assert.Equal(100, set.GoldStories);
        Assert.All(
            set.Articles.GroupBy(a => a.Gold),
            story => Assert.True(story.Max(a => a.Published) - story.Min(a => a.Published) <= TimeSpan.FromMinutes(ClusteringScaleGenerator.ArticleSpreadMinutes)));
    }
}
