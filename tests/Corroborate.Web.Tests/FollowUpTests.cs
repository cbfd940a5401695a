using System.Text.Json;
using Corroborate.Core.Tests.Support;
using Corroborate.Corpus;
using Corroborate.Documents;
using Corroborate.Storage.Sqlite;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

public sealed class FollowUpTests(SamplesServer samples) : IClassFixture<SamplesServer>
{
    private static readonly DateTimeOffset Friday = new(2026, 3, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_Kestrel_Daily_Follow_Up_Links_To_The_Dam_Story_And_The_Dam_Story_To_It()
    {
        var (dam, followUp) = Linked(samples.Corpus);

        await AssertPagesLink(samples.Server, samples.Corpus, dam, followUp);
    }

    [Fact]
    public async Task A_Stored_Corpus_Shows_The_Same_Links_As_Analysing_In_Memory()
    {
        using var folder = new TempFolder();
        using var store = CorpusStore.Open(folder.Combine("corpus.db"));
        store.Add(new Ingestion.InputReader().Read([Samples.Folder], _ => { }));
        await using var server = await TestServer.StartAsync(store);

        var (dam, followUp) = Linked(store);

        // The store numbers its stories otherwise: the same stories, by their articles.
        var (memoryDam, memoryFollowUp) = Linked(samples.Corpus);
        Assert.Equal(3, store.ListStories(StoryOrder.Newest).Count);
        Assert.Equal(ArticleIds(samples.Corpus, memoryDam), ArticleIds(store, dam));
        Assert.Equal(ArticleIds(samples.Corpus, memoryFollowUp), ArticleIds(store, followUp));
        await AssertPagesLink(server, store, dam, followUp);
    }

    [Fact]
    public async Task The_Story_List_Marks_A_Follow_Up_And_The_Api_Lists_What_It_Follows()
    {
        var (dam, followUp) = Linked(samples.Corpus);

        var html = await samples.Server.GetStringAsync("/");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"follows\">"));
        Assert.Contains($"<p class=\"follows\">Follow-up of <a href=\"/stories/{dam}\">{Html.E(((ICorpusReader)samples.Corpus).StoryTitle(dam))}</a></p>", html, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await samples.Server.GetStringAsync("/api/stories?take=50"));
        var follows = json.RootElement.GetProperty("stories").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("follows").GetString());
        Assert.Equal(3, follows.Count);
        Assert.Equal(dam, follows[followUp]);
        Assert.Single(follows.Values, f => f is not null);
    }

    [Fact]
    public async Task A_Story_Linked_To_Nothing_Shows_No_Follow_Up_Line()
    {
        var (dam, followUp) = Linked(samples.Corpus);
        var tram = samples.Corpus.ListStories(StoryOrder.Newest).Single(s => s.Id != dam && s.Id != followUp).Id;

        var html = await samples.Server.GetStringAsync($"/stories/{tram}");

        Assert.DoesNotContain("class=\"follows\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linked_Headlines_Are_Escaped()
    {
        // A quarry collapse on Friday under headlines with markup in them; three days later, its next development.
        Article Text(string id, string title, DateTimeOffset published, string text) =>
            new(id, new SourceLocation(id + ".txt"), ContentKind.PlainText, title + "\n\n" + text,
                new ArticleMetadata { Title = title, Published = published });
        var corpus = new InMemoryCorpus(
        [
            Text("d1", "Quarry wall collapse at <Orrin Gap> buries two trucks", Friday,
                "A wall of the Orrin Gap quarry collapsed on Friday morning, burying two trucks and injuring three workers. Rescue teams from Pellow dug through the rubble. The quarry operator, Haverline Aggregates, said blasting had stopped a week ago."),
            Text("d2", "<Orrin Gap> quarry collapse injures three workers", Friday.AddHours(3),
                "Three workers were hurt when part of the Orrin Gap quarry wall gave way on Friday. Haverline Aggregates, which runs the quarry near Pellow, said blasting had ended a week earlier and it would help the rescue teams."),
            Text("t1", "Marrowby library reopens after two-year refit", Friday.AddHours(4),
                "Marrowby's public library reopened on Friday after a two-year refit that added a reading garden, a children's floor and longer opening hours on weekends."),
            Text("d3", "Inspectors close \"Orrin Gap\" quarry & its <road>", Friday.AddDays(3),
                "Mine inspectors closed the Orrin Gap quarry near Pellow on Monday, three days after a wall collapse buried two trucks and injured three workers. Haverline Aggregates, the operator, said blasting had stopped before the collapse and it would appeal."),
        ]);
        await using var server = await TestServer.StartAsync(corpus);
        var (quarry, followUp) = Linked(corpus);

        var followUpPage = await server.GetStringAsync($"/stories/{followUp}");
        var quarryPage = await server.GetStringAsync($"/stories/{quarry}");

        Assert.Contains("&lt;Orrin Gap&gt;", Follows(followUpPage, "follows"), StringComparison.Ordinal);
        Assert.Contains("Inspectors close &quot;Orrin Gap&quot; quarry &amp; its &lt;road&gt;", Follows(quarryPage, "followed-by"), StringComparison.Ordinal);
        Assert.DoesNotContain("<Orrin Gap>", followUpPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<road>", quarryPage, StringComparison.Ordinal);
    }

    /// <summary>The one story that follows another in <paramref name="reader"/>, and the story it follows.</summary>
    private static (string Earlier, string Later) Linked(ICorpusReader reader)
    {
        var followUp = Assert.Single(reader.ListStories(StoryOrder.Newest, 0, 100), s => s.Follows is not null);
        return (followUp.Follows!, followUp.Id);
    }

    private static async Task AssertPagesLink(TestServer server, ICorpusReader reader, string earlier, string later)
    {
        var laterPage = await server.GetStringAsync($"/stories/{later}");
        var earlierPage = await server.GetStringAsync($"/stories/{earlier}");

        Assert.Equal(
            $"<p class=\"follows\" id=\"follows\">Later development of <a href=\"/stories/{earlier}\">{Html.E(reader.StoryTitle(earlier))}</a></p>",
            Follows(laterPage, "follows"));
        Assert.Equal(
            $"<p class=\"follows\" id=\"followed-by\">Followed by: <a href=\"/stories/{later}\">{Html.E(reader.StoryTitle(later))}</a></p>",
            Follows(earlierPage, "followed-by"));
        Assert.DoesNotContain("id=\"followed-by\"", laterPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"follows\"", earlierPage, StringComparison.Ordinal);
        // Under the headline, in the summary.
        Assert.True(laterPage.IndexOf("</h1>", StringComparison.Ordinal) < laterPage.IndexOf("id=\"follows\"", StringComparison.Ordinal));
        Assert.True(laterPage.IndexOf("id=\"follows\"", StringComparison.Ordinal) < laterPage.IndexOf("<section id=\"lead\"", StringComparison.Ordinal));
    }

    private static List<string> ArticleIds(ICorpusReader reader, string story) => reader.Story(story)!.Articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>The follow-up paragraph with this id, whole.</summary>
    private static string Follows(string html, string id)
    {
        var start = html.IndexOf($"<p class=\"follows\" id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {id} line");
        return html[start..(html.IndexOf("</p>", start, StringComparison.Ordinal) + 4)];
    }
}
