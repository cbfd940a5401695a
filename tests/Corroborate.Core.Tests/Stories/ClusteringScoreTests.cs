using Corroborate.Evaluation.Clustering;

namespace Corroborate.Core.Tests.Stories;

public sealed class ClusteringScoreTests
{
    private const int Places = 4;

    private static ClusteringScore Score(string gold, string predicted) =>
        ClusteringScore.Evaluate(gold.Split(' '), predicted.Split(' '));

    [Fact]
    public void Five_Articles_Split_Across_Gold_Boundaries_Score_One_Half_Pairwise()
    {
        var score = Score("A A A B B", "1 1 2 2 2");

        Assert.Equal(0.5, score.PairPrecision, Places);
        Assert.Equal(0.5, score.PairRecall, Places);
        Assert.Equal(0.5, score.PairF1, Places);
        Assert.Equal(0.7333, score.BCubedPrecision, Places);
        Assert.Equal(0.7333, score.BCubedRecall, Places);
        Assert.Equal(0.7333, score.BCubedF1, Places);
        Assert.Equal((4L, 4L, 2L), (score.GoldPairs, score.PredictedPairs, score.TruePairs));
    }

    [Fact]
    public void Seven_Articles_Match_The_Anchor_Values()
    {
        var score = Score("A A A A B B C", "1 1 1 2 2 2 3");

        Assert.Equal(0.6667, score.PairPrecision, Places);
        Assert.Equal(0.5714, score.PairRecall, Places);
        Assert.Equal(0.6154, score.PairF1, Places);
        Assert.Equal(0.8095, score.BCubedPrecision, Places);
        Assert.Equal(0.7857, score.BCubedRecall, Places);
        Assert.Equal(0.7974, score.BCubedF1, Places);
        Assert.Equal((3, 3), (score.GoldClusters, score.PredictedClusters));
    }

    [Fact]
    public void Every_Article_Alone_Has_No_Pairwise_Credit_And_Full_BCubed_Precision()
    {
        var score = Score("A A A B B", "1 2 3 4 5");

        Assert.Equal(0, score.PredictedPairs);
        Assert.Equal(0, score.PairPrecision);
        Assert.Equal(0, score.PairRecall);
        Assert.Equal(0, score.PairF1);
        Assert.Equal(1, score.BCubedPrecision, Places);
        Assert.Equal(0.4, score.BCubedRecall, Places);
    }

    [Fact]
    public void One_Cluster_For_Everything_Has_Full_Recall()
    {
        var score = Score("A A A B B", "1 1 1 1 1");

        Assert.Equal(0.4, score.PairPrecision, Places);
        Assert.Equal(1, score.PairRecall, Places);
        Assert.Equal(1, score.BCubedRecall, Places);
        Assert.Equal(0.52, score.BCubedPrecision, Places);
    }

    [Fact]
    public void Singletons_Predicted_For_Singleton_Gold_Score_One()
    {
        var score = Score("A B C", "1 2 3");

        Assert.Equal(1, score.PairF1);
        Assert.Equal(1, score.BCubedF1);
    }

    [Fact]
    public void Cluster_Names_Do_Not_Matter_Only_The_Grouping()
    {
        var score = Score("A A B B", "x x y y");

        Assert.Equal(1, score.PairF1);
        Assert.Equal(1, score.BCubedF1);
    }

    [Fact]
    public void An_Article_Missing_From_The_Prediction_Is_Scored_Alone()
    {
        var gold = new Dictionary<string, string> { ["a"] = "A", ["b"] = "A", ["c"] = "B" };
        var predicted = new Dictionary<string, string> { ["a"] = "1", ["c"] = "2", ["z"] = "3" };

        var score = ClusteringScore.Evaluate(gold, predicted);

        Assert.Equal((1, 1), (score.Unassigned, score.Unknown));
        Assert.Equal(3, score.PredictedClusters);
        Assert.Equal(0, score.PredictedPairs);
        Assert.Equal(0, score.PairRecall);
    }

    [Fact]
    public void Label_Lists_Of_Different_Lengths_Are_Refused()
    {
        Assert.Throws<ArgumentException>(() => ClusteringScore.Evaluate(new[] { "A" }, new[] { "1", "2" }));
    }
}
