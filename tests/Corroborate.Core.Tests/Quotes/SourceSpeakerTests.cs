using Corroborate.Core.Tests.Support;
using Corroborate.Quotes;

namespace Corroborate.Core.Tests.Quotes;

public sealed class SourceSpeakerTests
{
    private static Speaker? SpeakerOf(string paragraph)
    {
        var doc = Some.Document("test", [paragraph]);
        return Assert.Single(QuoteExtractor.Default.Extract(doc)).Speaker;
    }

    [Fact]
    public void APlaceAfterInIsWhereTheSpeakerIsNotTheSpeaker()
    {
        var speaker = SpeakerOf("The ferry coalition in Westreach says it is pausing all crossings until the storm passes.");

        Assert.Equal("the ferry coalition in Westreach", speaker?.Name);
        Assert.True(speaker?.IsDescription);
    }

    [Fact]
    public void AnOrganisationAfterForIsWhomTheSpokesmanSpeaksFor()
    {
        var speaker = SpeakerOf("A spokesman for Orvale Mining said the mine would reopen next week.");

        Assert.NotEqual("Orvale Mining", speaker?.Name);
        Assert.True(speaker?.IsDescription);
    }

    [Fact]
    public void MembersOfAnInstitutionAreNotTheInstitution()
    {
        var speaker = SpeakerOf("Democrats in the House of Representatives announced they will introduce two new bills on Tuesday.");

        Assert.Equal("Democrats in the House of Representatives", speaker?.Name);
    }

    [Fact]
    public void AnInstitutionNamedWithOfKeepsItsWholeName()
    {
        var speaker = SpeakerOf("The Department of Transport said the bridge would reopen in March.");

        Assert.Equal("Department of Transport", speaker?.Name);
    }

    [Fact]
    public void ANamedPersonFromAPlaceIsThatPerson()
    {
        var speaker = SpeakerOf("Gov. Dana Kirrane of Westreach said the bridge would reopen in March.");

        Assert.Equal("Dana Kirrane", speaker?.Name);
    }

    [Fact]
    public void AParticipleAfterAnArticleDescribesTheSpeakerAndIsNotTheCue()
    {
        var doc = Some.Document("test", ["Harbourmaster Ines Varga took office in May.", "\"We are working as hard as we can on the backlog,\" the newly confirmed harbourmaster said in her first appearance at the port office."]);
        var quotes = QuoteExtractor.Default.Extract(doc);

        var quote = quotes.Single(q => q.Kind == QuoteKind.Direct);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "the newly");
        Assert.Equal("said", doc.Text[quote.Cue!.Value.Start..quote.Cue.Value.End]);
        Assert.Equal("Ines Varga", quote.Speaker?.Name);
    }
}
