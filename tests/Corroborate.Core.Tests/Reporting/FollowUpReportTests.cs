using System.Text.Json;
using Corroborate.Core.Tests.Support;
using Corroborate.Reporting;
using Corroborate.Stories;

namespace Corroborate.Core.Tests.Reporting;

public sealed class FollowUpReportTests
{
    private static CorpusReport Report()
    {
        var first = Some.Document("q1", ["A wall of the Orrin Gap quarry collapsed on Friday."], Some.Feb(6, 9), "Quarry wall collapses");
        var later = Some.Document("q2", ["Inspectors closed the Orrin Gap quarry on Monday."], Some.Feb(9, 9), "Inspectors close quarry");
        Story[] stories =
        [
            new("story-1", "Quarry wall collapses", [first]) { FollowedBy = ["story-2"] },
            new("story-2", "Inspectors close quarry", [later]) { Follows = "story-1" },
        ];
        return new CorpusReport([first, later], stories, []);
    }

    private static string Written(IReportWriter writer)
    {
        using var text = new StringWriter();
        writer.Write(Report(), text);
        return text.ToString();
    }

    [Fact]
    public void Markdown_Names_The_Development_A_Story_Continues_And_The_Ones_That_Follow_It()
    {
        var markdown = Written(new MarkdownReportWriter());

        Assert.Contains("Followed by “Inspectors close quarry” (story-2).", markdown, StringComparison.Ordinal);
        Assert.Contains("Later development of “Quarry wall collapses” (story-1).", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Links_Linked_Stories_Within_The_Page()
    {
        var html = Written(new HtmlReportWriter());

        Assert.Contains("<a href=\"#story-1\">Later development of “Quarry wall collapses” (story-1).</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#story-2\">Followed by “Inspectors close quarry” (story-2).</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Carries_Follows_And_FollowedBy_On_Every_Story()
    {
        using var json = JsonDocument.Parse(Written(new JsonReportWriter()));
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();

        Assert.Equal(JsonValueKind.Null, stories[0].GetProperty("follows").ValueKind);
        Assert.Equal(["story-2"], stories[0].GetProperty("followedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("story-1", stories[1].GetProperty("follows").GetString());
        Assert.Equal(0, stories[1].GetProperty("followedBy").GetArrayLength());
    }
}
