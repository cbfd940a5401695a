using Corroborate.Corpus;
using Corroborate.Documents;
using Corroborate.Storage.Sqlite;
using Corroborate.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Tests;

public sealed class StoryFollowUpTests
{
    private static readonly DateTimeOffset Friday = new(2026, 3, 6, 9, 0, 0, TimeSpan.Zero);

    // A quarry collapse on Friday, an unrelated library story, then on Monday the quarry's next development (in the
    // quarry story's words) and a ferry story that continues nothing.
    private static readonly Article[] Earlier =
    [
        Inputs.Text("d1", "Quarry wall collapse at Orrin Gap buries two trucks", Friday,
            "A wall of the Orrin Gap quarry collapsed on Friday morning, burying two trucks and injuring three workers. Rescue teams from Pellow dug through the rubble.",
            "The quarry operator, Haverline Aggregates, said blasting had stopped a week ago."),
        Inputs.Text("d2", "Orrin Gap quarry collapse injures three workers", Friday.AddHours(3),
            "Three workers were hurt when part of the Orrin Gap quarry wall gave way on Friday.",
            "Haverline Aggregates, which runs the quarry near Pellow, said blasting had ended a week earlier and it would help the rescue teams."),
        Inputs.Text("t1", "Marrowby library reopens after two-year refit", Friday.AddHours(4),
            "Marrowby's public library reopened on Friday after a two-year refit that added a reading garden, a children's floor and longer opening hours on weekends."),
    ];

    private static readonly Article[] Later =
    [
        Inputs.Text("d3", "Inspectors close Orrin Gap quarry after collapse", Friday.AddDays(3),
            "Mine inspectors closed the Orrin Gap quarry near Pellow on Monday, three days after a wall collapse buried two trucks and injured three workers.",
            "Haverline Aggregates, the operator, said blasting had stopped before the collapse and it would appeal."),
        Inputs.Text("x1", "Ferry timetable changes for the spring season", Friday.AddDays(3).AddHours(1),
            "The Saltreach ferry will run two extra crossings on weekdays from April, its operator said, with the first boat leaving at six in the morning."),
    ];

    [Fact]
    public void A_Later_Development_Ingested_In_One_Run_Follows_The_Story_It_Continues()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));

        store.Add([.. Earlier, .. Later]);

        AssertLinked(store);
    }

    [Fact]
    public void A_Later_Development_Ingested_In_A_Later_Run_Follows_The_Story_It_Continues()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        using (var first = CorpusStore.Open(path))
        {
            first.Add(Earlier);
        }

        using var second = CorpusStore.OpenExisting(path);
        second.Add(Later);

        AssertLinked(second);
    }

    [Fact]
    public void A_Story_Read_Before_Its_Follow_Up_Arrives_Lists_It_Afterwards()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        store.Add(Earlier);
        var quarry = Inputs.Partition(store)["d1"];
        Assert.Empty(store.Story(quarry)!.Stories[0].FollowedBy);

        store.Add(Later);

        AssertLinked(store);
    }

    [Fact]
    public void A_Store_At_Schema_2_Is_Migrated_And_Gets_The_Links_Its_Clusterer_State_Holds()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("old.db");
        using (var store = CorpusStore.Open(path))
        {
            store.Add([.. Earlier, .. Later]);
        }

        // What a schema-2 store written by a clusterer that already kept follow-ups holds: no follows column.
        using (var connection = Raw(path))
        {
            Sql.Execute(connection, "DROP INDEX stories_follows; ALTER TABLE stories DROP COLUMN follows; PRAGMA user_version = 2;");
        }

        using var migrated = CorpusStore.OpenExisting(path);

        Assert.Equal(3, migrated.SchemaVersion);
        AssertLinked(migrated);
    }

    [Fact]
    public void A_Store_At_Schema_2_Without_Links_Is_Migrated_And_Links_What_Comes_Next()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("old.db");
        using (var connection = Raw(path))
        {
            Assert.Equal(2, StoreSchema.Migrate(connection, upTo: 2));
        }

        using var migrated = CorpusStore.OpenExisting(path);
        migrated.Add(Earlier);
        migrated.Add(Later);

        Assert.Equal(CorpusStore.CurrentSchemaVersion, migrated.SchemaVersion);
        AssertLinked(migrated);
    }

    [Fact]
    public void A_Link_To_A_Story_That_No_Longer_Exists_Is_Dropped_When_Read()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        string followUp;
        using (var store = CorpusStore.Open(path))
        {
            store.Add([.. Earlier, .. Later]);
            followUp = Inputs.Partition(store)["d3"];
        }

        using (var connection = Raw(path))
        {
            Sql.Execute(connection, $"UPDATE stories SET follows = 's-999' WHERE id = '{followUp}'");
        }

        using var reopened = CorpusStore.OpenExisting(path);

        Assert.Null(reopened.Story(followUp)!.Stories[0].Follows);
        Assert.All(reopened.ListStories(StoryOrder.Newest), s => Assert.Null(s.Follows));
        Assert.All(reopened.Export().Stories, s => Assert.True(s.Follows is null && s.FollowedBy.Count == 0, s.Id));
    }

    [Fact]
    public void The_Stored_Samples_Link_The_Kestrel_Daily_Follow_Up_To_The_Dam_Story()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        store.Add(Inputs.Samples());

        var partition = Inputs.Partition(store);
        var dam = partition["newsdesk-export-1"];
        var followUps = store.ListStories(StoryOrder.Newest).Where(s => s.Follows is not null).ToList();

        Assert.Equal(3, store.ListStories(StoryOrder.Newest).Count);
        var followUp = Assert.Single(followUps);
        Assert.Equal(dam, followUp.Follows);
        Assert.All(store.Story(followUp.Id)!.Articles, a => Assert.Equal("Kestrel Daily", a.Metadata.SiteName));
        Assert.Equal([followUp.Id], store.Story(dam)!.Stories[0].FollowedBy);
    }

    /// <summary>The quarry follow-up follows the quarry story in every way the store reads stories, and nothing else is linked.</summary>
    private static void AssertLinked(CorpusStore store)
    {
        var partition = Inputs.Partition(store);
        var (quarry, followUp) = (partition["d1"], partition["d3"]);
        Assert.Equal(quarry, partition["d2"]);
        Assert.NotEqual(quarry, followUp);

        var followUpStory = store.Story(followUp)!.Stories[0];
        var quarryStory = store.Story(quarry)!.Stories[0];
        Assert.Equal(quarry, followUpStory.Follows);
        Assert.Empty(followUpStory.FollowedBy);
        Assert.Null(quarryStory.Follows);
        Assert.Equal([followUp], quarryStory.FollowedBy);
        foreach (var other in new[] { partition["t1"], partition["x1"] })
        {
            var story = store.Story(other)!.Stories[0];
            Assert.True(story.Follows is null && story.FollowedBy.Count == 0, other);
        }

        Assert.Equal([(followUp, quarry)], store.ListStories(StoryOrder.Newest).Where(s => s.Follows is not null).Select(s => (s.Id, s.Follows!)));
        var exported = store.Export().Stories.ToDictionary(s => s.Id);
        Assert.Equal(quarry, exported[followUp].Follows);
        Assert.Equal([followUp], exported[quarry].FollowedBy);
        Assert.Single(exported.Values, s => s.Follows is not null);
    }

    private static SqliteConnection Raw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}
