using Corroborate.Stories;

namespace Corroborate.Core.Tests.Stories;

public sealed class StoryJoinModelTests
{
    private static readonly DateTimeOffset Morning = new(2026, 2, 20, 8, 0, 0, TimeSpan.Zero);

    // Pairs whose first feature says whether they join, the others noise from a fixed sequence.
    private static List<(double[] Features, bool Joined)> Samples()
    {
        var samples = new List<(double[], bool)>();
        for (var i = 0; i < 200; i++)
        {
            var joined = i % 3 == 0;
            var noise = (i * 37 % 100) / 400.0;
            var features = new double[StoryJoinModel.FeatureCount];
            features[0] = (joined ? 0.45 : 0.1) + noise;
            for (var k = 1; k < features.Length; k++)
            {
                features[k] = ((i * (k + 7)) % 50) / 100.0;
            }

            samples.Add((features, joined));
        }

        return samples;
    }

    [Fact]
    public void Fitting_Is_Deterministic_And_Learns_Which_Pairs_Join()
    {
        var first = StoryJoinModel.Fit(Samples());
        var second = StoryJoinModel.Fit(Samples());

        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
        Assert.True(first.Weights[0] > 0);
        foreach (var (features, joined) in Samples())
        {
            Assert.Equal(joined, first.Score(features) >= 0);
        }
    }

    [Fact]
    public void Moving_To_A_Join_Probability_Changes_Only_The_Bias()
    {
        var model = StoryJoinModel.Trained;

        Assert.Equal(model.Bias, model.AtProbability(0.5).Bias, 12);
        Assert.Equal(model.Bias + Math.Log(3), model.AtProbability(0.25).Bias, 12);
        Assert.Equal(model.Weights, model.AtProbability(0.25).Weights);
    }

    [Fact]
    public void The_Trained_Model_Has_One_Weight_Per_Feature_And_Scores_Need_Them_All()
    {
        Assert.Equal(StoryJoinModel.FeatureCount, StoryJoinModel.Trained.Weights.Count);
        Assert.All(StoryJoinModel.Trained.Weights, w => Assert.True(double.IsFinite(w)));
        Assert.Throws<ArgumentException>(() => StoryJoinModel.Trained.Score(new double[2]));
    }

    [Fact]
    public void The_Plain_Model_Clusters_As_The_Similarity_Threshold_Does()
    {
        var items = Articles();
        var plain = new StoryClusterer(new ClusteringOptions { JoinModel = StoryJoinModel.Plain(0.16), JoinThreshold = 0.16, WordVectors = null });
        var threshold = new StoryClusterer(new ClusteringOptions { JoinThreshold = 0.16, WordVectors = null });

        Assert.Equal(items.Select(threshold.Add), items.Select(plain.Add));
    }

    [Fact]
    public void Features_Favour_The_Story_That_Shares_The_Headline_And_Names()
    {
        var clusterer = new StoryClusterer(new ClusteringOptions { JoinModel = StoryJoinModel.Trained });
        var items = Articles();
        foreach (var item in items.Take(4))
        {
            clusterer.Add(item);
        }

        var candidates = new List<JoinCandidate>();
        var joined = clusterer.Add(
            new ClusterItem("n1", "Tesselmoor spillway engineers warn of second breach", "Engineers at the Tesselmoor reservoir said the damaged spillway could fail again as Ambry Valley shelters fill.", Morning.AddHours(5)),
            candidates);

        var dam = Assert.Single(candidates, c => c.StoryId == joined);
        var other = Assert.Single(candidates, c => c.StoryId != joined);
        Assert.All(dam.Features, f => Assert.InRange(f, -1, 1));
        for (var k = 0; k < 4; k++)
        {
            Assert.True(dam.Features[k] > other.Features[k], $"{StoryJoinModel.FeatureNames[k]}: {dam.Features[k]} vs {other.Features[k]}");
        }

        Assert.True(dam.Features[3] > 0);                    // names shared: Tesselmoor, Ambry Valley
        Assert.True(dam.Features[5] > 0);                    // ahead of the next story
        Assert.Equal(-dam.Features[5], other.Features[5], 12);
    }

    [Fact]
    public void The_Learned_Model_Gives_The_Same_Stories_For_The_Same_Stream()
    {
        var options = new ClusteringOptions { JoinModel = StoryJoinModel.Trained };
        var first = new StoryClusterer(options);
        var second = new StoryClusterer(options);

        var stories = Articles().Select(first.Add).ToList();

        Assert.Equal(stories, Articles().Select(second.Add));
        Assert.Equal(2, stories.Distinct().Count());
    }

    [Theory]
    [InlineData("taxes", "tax")]
    [InlineData("policies", "policy")]
    [InlineData("churches", "church")]
    [InlineData("votes", "vote")]
    [InlineData("senators", "senator")]
    [InlineData("congress", "congress")]
    [InlineData("virus", "virus")]
    [InlineData("crisis", "crisis")]
    [InlineData("gas", "gas")]
    [InlineData("1990s", "1990s")]
    public void Plurals_Become_Singular_And_Other_Words_Stay(string word, string expected) =>
        Assert.Equal(expected, StoryClusterer.Singular(word));

    private static List<ClusterItem> Articles() =>
    [
        new("d1", "Tesselmoor spillway fails as Ambry Valley homes are evacuated", "The spillway of the Tesselmoor reservoir gave way overnight and engineers ordered Ambry Valley residents to leave.", Morning),
        new("t1", "Saltmarch council approves Halden Street tram extension", "Saltmarch councillors voted for the tram line along Halden Street after engineers reviewed the route and a long debate over fares.", Morning.AddHours(1)),
        new("d2", "Thousands flee Ambry Valley after Tesselmoor spillway collapse", "Floodwater from the Tesselmoor reservoir reached Corrwick as engineers watched the broken spillway.", Morning.AddHours(2)),
        new("t2", "Halden Street tram plan wins Saltmarch vote", "The Saltmarch council vote clears the tram extension; fares will rise next year, councillors said.", Morning.AddHours(3)),
    ];
}
