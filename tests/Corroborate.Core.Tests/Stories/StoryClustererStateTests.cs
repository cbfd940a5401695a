using Corroborate.Stories;

namespace Corroborate.Core.Tests.Stories;

public sealed class StoryClustererStateTests
{
    private static readonly string[][] Topics =
    [
        ["reservoir", "spillway", "Ambry Valley", "evacuation", "engineers", "floodwater", "Corrwick"],
        ["tram", "Halden Street", "council", "vote", "extension", "Saltmarch", "fares"],
        ["orchestra", "concert", "Brindlemouth Hall", "conductor", "symphony", "tickets", "season"],
        ["harbour", "ferry", "strike", "crews", "timetable", "Westreach Ports", "union"],
    ];

    // A stream over five weeks: stories start, continue and go quiet long enough to be retired.
    private static List<ClusterItem> Stream()
    {
        var items = new List<ClusterItem>();
        var start = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 60; i++)
        {
            var topic = Topics[(i / 3 + (i % 3 == 2 ? 1 : 0)) % Topics.Length];
            var words = Enumerable.Range(0, 12).Select(k => topic[(i + k * 3) % topic.Length]);
            var text = string.Join(" ", words) + $" report number {i} with detail {i % 7}.";
            DateTimeOffset? when = i % 11 == 10 ? null : start.AddHours(i * 14);
            items.Add(new ClusterItem($"a{i}", $"{topic[i % topic.Length]} update {topic[(i + 2) % topic.Length]}", text, when));
        }

        return items;
    }

    [Fact]
    public void A_Clusterer_Rebuilt_From_Exported_State_Continues_Exactly_As_The_Original()
    {
        var items = Stream();
        var original = new StoryClusterer();
        foreach (var item in items.Take(35))
        {
            original.Add(item);
        }

        var resumed = StoryClusterer.FromState(original.ExportState());
        var expected = items.Skip(35).Select(original.Add).ToList();
        var actual = items.Skip(35).Select(resumed.Add).ToList();

        Assert.Equal(expected, actual);
        Assert.Equal(original.Assignments.OrderBy(p => p.Key), resumed.Assignments.OrderBy(p => p.Key));
        Assert.All(original.ExportState().Stories, story => Assert.Equal(WordVectors.Default.Dimensions, story.Dense.Count));
        Assert.True(expected.Distinct().Count() > 2);
        AssertSameState(original.ExportState(), resumed.ExportState());
    }

    [Fact]
    public void Resuming_Across_Halvings_Of_Frequencies_And_Reused_Term_Ids_Gives_The_Same_Stories()
    {
        var options = new ClusteringOptions { FrequencyHalfLife = TimeSpan.FromDays(4), RetireAfter = TimeSpan.FromDays(5) };
        var items = Stream();
        var original = new StoryClusterer(options);
        foreach (var item in items.Take(30))
        {
            original.Add(item);
        }

        var state = original.ExportState();
        Assert.Contains(state.Terms, term => term.Length == 0);   // some terms were forgotten and their ids freed
        var resumed = StoryClusterer.FromState(state, options);
        var expected = items.Skip(30).Select(original.Add).ToList();
        var actual = items.Skip(30).Select(resumed.Add).ToList();

        Assert.Equal(expected, actual);
        AssertSameState(original.ExportState(), resumed.ExportState());
    }

    [Fact]
    public void A_Clusterer_With_The_Learned_Join_Model_Resumes_Exactly_With_Its_Headline_Body_And_Name_Channels()
    {
        var options = new ClusteringOptions { JoinModel = StoryJoinModel.Trained, FrequencyHalfLife = TimeSpan.FromDays(6) };
        var items = Stream();
        var original = new StoryClusterer(options);
        foreach (var item in items.Take(33))
        {
            original.Add(item);
        }

        var state = original.ExportState();
        Assert.All(state.Stories, story => Assert.Equal(3, story.ChannelSums.Count));
        Assert.Contains(state.Stories, story => story.ChannelCentroids.All(c => c.Count > 0));
        var resumed = StoryClusterer.FromState(state, options);
        var expected = items.Skip(33).Select(original.Add).ToList();
        var actual = items.Skip(33).Select(resumed.Add).ToList();

        Assert.Equal(expected, actual);
        AssertSameState(original.ExportState(), resumed.ExportState());
    }

    [Fact]
    public void Memory_Stays_With_Recent_Articles_And_Live_Stories_Not_With_The_Whole_Stream()
    {
        // A year of articles, each with words of its own: the vocabulary and the story list must not keep them all.
        var clusterer = new StoryClusterer(new ClusteringOptions { RememberAssignments = false });
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3650; i++)
        {
            var own = string.Join(" ", Enumerable.Range(0, 6).Select(k => $"w{i}x{k}"));
            clusterer.Add(new ClusterItem($"a{i}", $"item {i % 40} headline", $"{own} common words about things", start.AddHours(i * 2.4)));
        }

        var state = clusterer.ExportState();
        var known = state.Terms.Count(t => t.Length > 0);
        Assert.True(known < 3650 * 6 / 4, $"{known} terms still known of {3650 * 6} seen");
        Assert.True(state.Stories.Count < 200, $"{state.Stories.Count} stories kept");
        Assert.Empty(clusterer.Assignments);
    }

    [Fact]
    public void Exporting_Without_Assignments_Leaves_Them_Out_But_Keeps_The_Stories()
    {
        var original = new StoryClusterer();
        foreach (var item in Stream().Take(20))
        {
            original.Add(item);
        }

        var state = original.ExportState(includeAssignments: false);
        var resumed = StoryClusterer.FromState(state);

        Assert.Empty(state.Assignments);
        Assert.Empty(resumed.Assignments);
        Assert.Equal(original.ExportState().Stories.Count, state.Stories.Count);
        Assert.Equal(20, state.Documents);
    }

    private static void AssertSameState(StoryClustererState expected, StoryClustererState actual)
    {
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Terms, actual.Terms);
        Assert.Equal(expected.DocumentFrequencies, actual.DocumentFrequencies);
        Assert.Equal(expected.ActivityQueue, actual.ActivityQueue);
        Assert.Equal(expected.Stories.Count, actual.Stories.Count);
        for (var i = 0; i < expected.Stories.Count; i++)
        {
            var (e, a) = (expected.Stories[i], actual.Stories[i]);
            Assert.Equal((e.Id, e.Latest, e.Queued, e.Follows), (a.Id, a.Latest, a.Queued, a.Follows));
            Assert.Equal(e.Centroid.OrderBy(p => p.Key), a.Centroid.OrderBy(p => p.Key));
            Assert.Equal(e.Sum.OrderBy(p => p.Key), a.Sum.OrderBy(p => p.Key));
            Assert.Equal(e.Dense, a.Dense);
            Assert.Equal(e.ChannelSums.Count, a.ChannelSums.Count);
            Assert.Equal(e.ChannelCentroids.Count, a.ChannelCentroids.Count);
            for (var c = 0; c < e.ChannelSums.Count; c++)
            {
                Assert.Equal(e.ChannelSums[c].OrderBy(p => p.Key), a.ChannelSums[c].OrderBy(p => p.Key));
                Assert.Equal(e.ChannelCentroids[c].OrderBy(p => p.Key), a.ChannelCentroids[c].OrderBy(p => p.Key));
            }
        }
    }
}
