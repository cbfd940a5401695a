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

    [Theory]
    [InlineData("Jobless claims climb back above 40,000 as the harbour recovery slows.")]
    [InlineData("Initial weekly jobless benefit claims rose in May and topped 40,000 again, the port office said.")]
    [InlineData("Insurance claims in Westreach doubled after the storm flooded the lower town.")]
    public void ClaimsAfterTheKindOfClaimIsANounNotACue(string paragraph)
    {
        var doc = Some.Document("test", [paragraph]);

        Assert.DoesNotContain(QuoteExtractor.Default.Extract(doc), q => q.Cue is { } cue && doc.Text[cue.Start..cue.End].StartsWith("claim", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The harbour board on Monday upheld a bylaw that requires pilots to log every crossing and describe the weather.", "The harbour board", "describe", true)]
    [InlineData("The harbour board, which met on Monday to vote, said the bylaw stands.", "The harbour board", "said", false)]
    [InlineData("Pilots on the late ferry describe the crossing as rough.", "Pilots", "describe", false)]
    public void AVerbInAnotherClauseIsNotWhatTheSubjectSaid(string sentence, string source, string cue, bool another)
    {
        var cueStart = sentence.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;

        Assert.Equal(another, Cues.IsClauseBetween(sentence, source.Length, cueStart));
    }

    [Fact]
    public void ASpeakerNamedAfterSaidAtTheEndOfTheSentenceSaidWhatCameBefore()
    {
        var doc = Some.Document("test", ["About 40 passengers were inside the terminal at Corrwick Quay, near Westreach, when the ferry began boarding just before noon, said Ines Varga, a pilot at the port."]);

        var quote = Assert.Single(QuoteExtractor.Default.Extract(doc));
        Assert.Equal("Ines Varga", quote.Speaker?.Name);
        Assert.StartsWith("About 40 passengers", quote.TextOf(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ANameWithTwoAsidesAfterAQuoteIsItsSpeaker()
    {
        var doc = Some.Document("test", ["The harbour was a \"foreign asset\" for the port board, according to a council report Friday. \"The board's apparent use of the harbour for personal gain raises serious questions about whether it broke the rules,\" Sen. Dana Kirrane, D-Westreach, the transport committee's ranking member, said on Twitter."]);

        var quote = Single(doc, "personal gain");
        Assert.Equal("Dana Kirrane", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAbbreviatedTitleInsideAnAsideDoesNotEndTheSpeakersPhrase()
    {
        var doc = Some.Document("test", ["The court did not comment. Enforcement of the bylaw had been on hold pending the appeal but will begin shortly, said Ines Varga, general counsel to Westreach Gov. Dana Kirrane. The union had challenged the bylaw."]);

        var quote = Single(doc, "Enforcement of the bylaw");
        Assert.Equal("Ines Varga", quote.Speaker?.Name);
    }

    [Fact]
    public void TheDayAfterSaidIsNotPartOfWhatWasSaid()
    {
        var doc = Some.Document("test", ["The port office said Thursday it will cancel $15 million in harbour fees, despite the mayor's efforts to keep them."]);

        Assert.StartsWith("it will cancel", Single(doc, "harbour fees").TextOf(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ACountedCapitalisedWordInAHeadlineIsNoName()
    {
        var doc = Some.Document("test", ["Poll: 60 Percent Say Council Not Doing Enough to Fix the Bridge."]);

        Assert.DoesNotContain(QuoteExtractor.Default.Extract(doc), q => q.Speaker is { IsDescription: false, Name: "Percent" });
    }

    [Fact]
    public void AVerbInIngAfterANounEndsTheSourcePhrase()
    {
        var doc = Some.Document("test", ["The council blocked the release of a harbour memo rebutting Republican claims that the port office had hidden the repair costs."]);

        Assert.DoesNotContain(QuoteExtractor.Default.Extract(doc), q => q.Speaker?.Name.Contains("memo", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AnOfficeNamedAfterACommaBeforeSaidSaidWhatCameBeforeAndIsNoOnesRole()
    {
        var doc = Some.Document("test", ["Westreach awards ferry grants to Corrwick pilots on summit eve.", "Dana Kirrane plans to award multi-year grants for several pilots to relocate to Westreach, his office said on Monday on the eve of a harbour summit hosted by the governor."]);

        var quote = Single(doc, "multi-year grants");
        Assert.StartsWith("Dana Kirrane plans", quote.TextOf(doc.Text), StringComparison.Ordinal);
        Assert.NotEqual("Westreach", quote.Speaker?.Name);
    }

    [Fact]
    public void OneCueGivesOneStatement()
    {
        var doc = Some.Document("test", ["Dana Kirrane plans to award grants for several Corrwick pilots to relocate to Westreach, his office said on Monday on the eve of a harbour summit hosted by the governor to raise funds to repair the old bridge."]);
        var quotes = QuoteExtractor.Default.Extract(doc);

        Assert.Single(quotes, q => q.Cue is { } cue && doc.Text[cue.Start..cue.End] == "said");
    }

    private static Quote Single(Documents.NewsDocument doc, string words) =>
        QuoteExtractor.Default.Extract(doc).Single(q => q.TextOf(doc.Text).Contains(words, StringComparison.Ordinal));
}
