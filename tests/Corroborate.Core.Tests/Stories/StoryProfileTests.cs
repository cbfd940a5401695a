using Corroborate.Core.Tests.Support;
using Corroborate.Stories;

namespace Corroborate.Core.Tests.Stories;

public sealed class StoryProfileTests
{
    [Fact]
    public void Names_Recurring_Across_A_Storys_Articles_Are_Its_Entities_And_Runs_Stop_At_Punctuation()
    {
        var story = new[]
        {
            Some.Document("a", ["Mayor Ilse Brandt said the Orrin Bridge would stay shut. Brandt, Kellford's mayor, spoke on Tuesday."], Some.Feb(3), "Orrin Bridge closed after barge strike"),
            Some.Document("b", ["Engineers inspected the Orrin Bridge after the barge strike, Ilse Brandt said."], Some.Feb(3), "Barge strike shuts Orrin Bridge"),
        };

        var profile = StoryProfile.Of([story])[0];

        Assert.Equal(["Ilse Brandt", "Orrin Bridge"], profile.Entities.Take(2).Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain(profile.Entities, e => e.Contains("Kellford", StringComparison.Ordinal) && e.Contains("Brandt", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_Terms_Are_Words_Many_Of_The_Storys_Articles_Use_And_Other_Stories_Do_Not()
    {
        var bridge = new[]
        {
            Some.Document("a", ["The barge struck a pier of the bridge and the council closed the crossing."], Some.Feb(3), "Barge strike closes crossing"),
            Some.Document("b", ["A barge hit the bridge pier overnight; the council said the crossing stays closed."], Some.Feb(3), "Crossing shut after barge hits pier"),
        };
        var budget = new[]
        {
            Some.Document("c", ["The council approved its budget for the coming year after a long debate."], Some.Feb(3), "Council budget approved"),
            Some.Document("d", ["Councillors passed the budget, which raises the council tax by two percent."], Some.Feb(3), "Budget passes with tax rise"),
        };

        var profiles = StoryProfile.Of([bridge, budget]);

        Assert.Contains("barge", profiles[0].Keywords);
        Assert.DoesNotContain("council", profiles[0].Keywords.Take(3));
        Assert.Equal("budget", profiles[1].Keywords[0]);
    }
}
