using Corroborate.Storage.Sqlite;
using Corroborate.Stories;

namespace Corroborate.Storage.Tests;

public sealed class ClustererStateCodecTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 20, 6, 0, 0, TimeSpan.FromHours(1));

    private static List<ClusterItem> Items()
    {
        string[][] topics =
        [
            ["Tesselmoor", "spillway", "reservoir", "Ambry Valley", "engineers", "evacuation"],
            ["Saltmarch", "tram", "Halden Street", "council", "fares", "vote"],
            ["Westreach Ports", "ferry", "strike", "crews", "timetable", "union"],
        ];
        return Enumerable.Range(0, 24).Select(i =>
        {
            var topic = topics[(i / 2) % topics.Length];
            var text = string.Join(" ", Enumerable.Range(0, 10).Select(k => topic[(i + k) % topic.Length])) + $" note {i}.";
            return new ClusterItem($"a{i}", $"{topic[i % topic.Length]} latest on {topic[(i + 3) % topic.Length]}", text, Start.AddHours(i * 9));
        }).ToList();
    }

    [Fact]
    public void A_State_With_The_Learned_Model_Channels_Survives_The_Codec_And_Resumes_Exactly()
    {
        var options = new ClusteringOptions { JoinModel = StoryJoinModel.Trained };
        var items = Items();
        var original = new StoryClusterer(options);
        foreach (var item in items.Take(14))
        {
            original.Add(item);
        }

        var state = original.ExportState(includeAssignments: false);
        var read = ClustererStateCodec.Read(ClustererStateCodec.Write(state));
        Assert.Equal(state.Stories.Count, read.Stories.Count);
        for (var i = 0; i < state.Stories.Count; i++)
        {
            Assert.Equal(state.Stories[i].Dense, read.Stories[i].Dense);
            Assert.NotEmpty(read.Stories[i].Dense);
            Assert.Equal(state.Stories[i].ChannelSums.Count, read.Stories[i].ChannelSums.Count);
            for (var c = 0; c < state.Stories[i].ChannelSums.Count; c++)
            {
                Assert.Equal(state.Stories[i].ChannelSums[c], read.Stories[i].ChannelSums[c]);
                Assert.Equal(state.Stories[i].ChannelCentroids[c], read.Stories[i].ChannelCentroids[c]);
            }
        }

        var resumed = StoryClusterer.FromState(read, options);
        Assert.Equal(items.Skip(14).Select(original.Add).ToList(), items.Skip(14).Select(resumed.Add).ToList());
    }

    [Fact]
    public void The_Story_A_Story_Follows_Survives_The_Codec()
    {
        var original = new StoryClusterer();
        foreach (var item in Items())
        {
            original.Add(item);
        }

        var state = original.ExportState(includeAssignments: false);
        var stories = state.Stories.Select((story, i) => i == state.Stories.Count - 1 ? story with { Follows = state.Stories[0].Id } : story with { Follows = null }).ToList();
        var read = ClustererStateCodec.Read(ClustererStateCodec.Write(state with { Stories = stories }));

        Assert.True(stories.Count > 1);
        Assert.Equal(stories.Select(s => s.Follows), read.Stories.Select(s => s.Follows));
        Assert.Equal(state.Stories[0].Id, StoryClusterer.FromState(read).FollowsOf(stories[^1].Id));
    }
}
