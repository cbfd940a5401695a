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
}
