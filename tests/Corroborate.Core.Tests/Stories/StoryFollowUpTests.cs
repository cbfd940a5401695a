using Corroborate.Core.Tests.Support;
using Corroborate.Stories;

namespace Corroborate.Core.Tests.Stories;

public sealed class StoryFollowUpTests
{
    private static readonly DateTimeOffset Friday = new(2026, 3, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly ClusterItem[] Stream =
    [
        new("d1", "Quarry wall collapse at Orrin Gap buries two trucks",
            "A wall of the Orrin Gap quarry collapsed on Friday morning, burying two trucks and injuring three workers. Rescue teams from Pellow dug through the rubble. The quarry operator, Haverline Aggregates, said blasting had stopped a week ago.",
            Friday),
        new("d2", "Orrin Gap quarry collapse injures three workers",
            "Three workers were hurt when part of the Orrin Gap quarry wall gave way on Friday. Haverline Aggregates, which runs the quarry near Pellow, said blasting had ended a week earlier and it would help the rescue teams.",
            Friday.AddHours(3)),
        new("t1", "Marrowby library reopens after two-year refit",
            "Marrowby's public library reopened on Friday after a two-year refit that added a reading garden, a children's floor and longer opening hours on weekends.",
            Friday.AddHours(4)),
        // Three days later: a new development of the quarry story, in the quarry story's words.
        new("d3", "Inspectors close Orrin Gap quarry after collapse",
            "Mine inspectors closed the Orrin Gap quarry near Pellow on Monday, three days after a wall collapse buried two trucks and injured three workers. Haverline Aggregates, the operator, said blasting had stopped before the collapse and it would appeal.",
            Friday.AddDays(3)),
        // The same day: a story of its own that continues nothing.
        new("x1", "Ferry timetable changes for the spring season",
            "The Saltreach ferry will run two extra crossings on weekdays from April, its operator said, with the first boat leaving at six in the morning.",
            Friday.AddDays(3).AddHours(1)),
    ];

    [Fact]
    public void A_Later_Development_Is_Its_Own_Story_Linked_To_The_Story_It_Continues()
    {
        var clusterer = new StoryClusterer();
        var storyOf = Stream.ToDictionary(item => item.Id, clusterer.Add);

        Assert.Equal(storyOf["d1"], storyOf["d2"]);
        Assert.NotEqual(storyOf["d1"], storyOf["d3"]);
        Assert.Equal(storyOf["d1"], clusterer.FollowsOf(storyOf["d3"]));
        Assert.Null(clusterer.FollowsOf(storyOf["d1"]));
        Assert.Null(clusterer.FollowsOf(storyOf["t1"]));
        Assert.Null(clusterer.FollowsOf(storyOf["x1"]));
    }

    [Fact]
    public void Without_A_Follow_Up_Threshold_No_Story_Is_Linked()
    {
        var clusterer = new StoryClusterer(new ClusteringOptions { FollowUpThreshold = double.PositiveInfinity });
        var storyOf = Stream.ToDictionary(item => item.Id, clusterer.Add);

        Assert.All(storyOf.Values.Distinct(), story => Assert.Null(clusterer.FollowsOf(story)));
        Assert.NotEqual(storyOf["d1"], storyOf["d3"]);
    }

    [Fact]
    public void Batch_Stories_Carry_The_Link_Under_Their_Own_Ids()
    {
        var documents = Stream.Select(item => Some.Document(item.Id, [item.Text], item.Published, item.Title)).ToList();

        var stories = StoryGrouping.Group(documents);

        var quarry = stories.Single(s => s.Articles.Any(a => a.Id == "d1"));
        var followUp = stories.Single(s => s.Articles.Any(a => a.Id == "d3"));
        Assert.Equal(quarry.Id, followUp.Follows);
        Assert.Equal([followUp.Id], quarry.FollowedBy);
        Assert.All(stories.Where(s => s != followUp), s => Assert.Null(s.Follows));
    }

    [Fact]
    public void The_Link_Survives_Export_And_Import()
    {
        var clusterer = new StoryClusterer();
        var storyOf = Stream.ToDictionary(item => item.Id, clusterer.Add);

        var resumed = StoryClusterer.FromState(clusterer.ExportState());

        Assert.Equal(storyOf["d1"], resumed.FollowsOf(storyOf["d3"]));
        Assert.Contains(clusterer.ExportState().Stories, s => s.Follows == storyOf["d1"]);
    }
}
