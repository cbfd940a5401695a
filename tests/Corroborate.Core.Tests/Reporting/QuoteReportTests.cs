using Corroborate.Documents;
using Corroborate.Quotes;
using Corroborate.Reporting;

namespace Corroborate.Core.Tests.Reporting;

public sealed class QuoteReportTests
{
    private static AlignedQuote Quote(string text, QuoteKind kind, Speaker? speaker) =>
        new(text, speaker, kind, "a", new TextSpan(0, text.Length), []);

    private static readonly Speaker Minister = new("Ilse Brandt", "minister", IsDescription: false);

    [Theory]
    [InlineData("We will rebuild", QuoteKind.Direct, true, true)]
    [InlineData("reckless", QuoteKind.Partial, true, true)]
    [InlineData("reckless", QuoteKind.Partial, false, false)]
    [InlineData("We will rebuild", QuoteKind.Direct, false, true)]
    [InlineData("the bridge would reopen on Monday", QuoteKind.Indirect, true, true)]
    [InlineData("otherwise", QuoteKind.Indirect, true, false)]
    [InlineData("the company's account", QuoteKind.Indirect, true, false)]
    [InlineData("the bridge would reopen on Monday", QuoteKind.Indirect, false, false)]
    public void Readers_See_Quotes_And_Reported_Statements_With_A_Speaker_That_Say_Something(string text, QuoteKind kind, bool hasSpeaker, bool shown) =>
        Assert.Equal(shown, QuoteReport.ForReaders(Quote(text, kind, hasSpeaker ? Minister : null)));

    [Fact]
    public void Readers_Do_Not_See_Quoted_Words_Next_To_An_Act_That_Is_Not_Saying() =>
        Assert.False(QuoteReport.ForReaders(Quote("untold number of lives", QuoteKind.Partial, Minister) with { IsSpeech = false }));

    [Fact]
    public void Quoted_Words_Are_Told_As_Said_Only_With_A_Cue_Of_Saying_Or_None()
    {
        const string text = "Two pilots confronted the gunman, saving an \"untold number of lives\". The minister called it \"reckless\".";
        var words = text.IndexOf("untold", StringComparison.Ordinal);
        var confronted = text.IndexOf("confronted", StringComparison.Ordinal);
        var reckless = text.IndexOf("reckless", StringComparison.Ordinal);
        var called = text.IndexOf("called", StringComparison.Ordinal);
        Quote Partial(int at, int length, TextSpan? cue) => new() { Kind = QuoteKind.Partial, Parts = [new TextSpan(at, at + length)], Cue = cue };

        Assert.False(Cues.IsSaid(text, Partial(words, 22, new TextSpan(confronted, confronted + 10))));
        Assert.True(Cues.IsSaid(text, Partial(reckless, 8, new TextSpan(called, called + 6))));
        Assert.True(Cues.IsSaid(text, Partial(reckless, 8, null)));
    }

    [Fact]
    public void Readers_Do_Not_See_Reported_Content_Whose_Cue_Is_No_Verb_Of_Saying() =>
        Assert.False(QuoteReport.ForReaders(Quote("to build a second bridge over the river", QuoteKind.Indirect, Minister) with { IsSpeech = false }));

    [Theory]
    [InlineData("The council voted 27 to 14 to build a second bridge over the river.", "voted", false)]
    [InlineData("The minister believes the bridge will be finished by spring.", "believes", false)]
    [InlineData("A new poll shows most residents want a second bridge.", "shows", false)]
    [InlineData("The minister warned the bridge would not be finished by spring.", "warned", true)]
    [InlineData("Residents urge the council to build a second bridge.", "urge", true)]
    [InlineData("The bridge will close, according to the minister.", "according to", true)]
    [InlineData("The rule requires ferry pilots to tell passengers how long the crossing will take.", "to tell passengers", false)]
    [InlineData("The rule requires ferry pilots to tell passengers how long the crossing will take.", "tell passengers", false)]
    [InlineData("The minister plans to announce a second bridge.", "plans to announce", false)]
    public void A_Cue_Reports_Speech_When_It_Is_A_Verb_Of_Saying(string sentence, string cue, bool speech)
    {
        var start = sentence.IndexOf(cue, StringComparison.Ordinal);
        Assert.Equal(speech, Cues.IsReportedSpeech(sentence, new TextSpan(start, start + cue.Length)));
    }

    [Theory]
    [InlineData("The council confirmed Ada Brook as harbour master on Tuesday.", "confirmed", "Ada Brook as harbour master on Tuesday", false)]
    [InlineData("The council confirmed the quay would reopen in May.", "confirmed", "the quay would reopen in May", true)]
    [InlineData("Rusk conceded the seat to her rival on Friday.", "conceded", "the seat to her rival on Friday", false)]
    [InlineData("Rusk conceded that the count had been fair.", "conceded", "that the count had been fair", true)]
    [InlineData("Rusk claimed full control of the harbour board with the win.", "claimed", "full control of the harbour board with the win", false)]
    [InlineData("When asked if the ferry would run, Pell shrugged.", "asked", "if the ferry would run", false)]
    [InlineData("Pell asked the mayor to close the quay.", "asked", "the mayor to close the quay", false)]
    [InlineData("Pell asked the mayor whether the quay would close.", "asked", "whether the quay would close", true)]
    [InlineData("The host asks Pell about the night of the flood.", "asks", "about the night of the flood", false)]
    [InlineData("Pell writes like a harbour pilot who has seen every storm.", "writes", "like a harbour pilot who has seen every storm", false)]
    [InlineData("The mayor is said to have drafted her resignation.", "said", "to have drafted her resignation", false)]
    [InlineData("The mayor vowed to rebuild the quay by spring.", "vowed", "to rebuild the quay by spring", true)]
    [InlineData("The appeals court denied the operator's request to reopen the quay.", "denied", "the operator's request to reopen the quay", false)]
    [InlineData("The operator denied the allegations.", "denied", "the allegations", true)]
    [InlineData("About 250 people were on the quay, Pell said.", "said", "About 250 people were on the quay", true)]
    [InlineData("The mayor said about 300 people had spent the night on the quay.", "said", "about 300 people had spent the night on the quay", true)]
    [InlineData("The mayor announced on Monday that the ferry will run.", "announced", "that the ferry will run", true)]
    [InlineData("The ferry, which sank due to a failed pump, will be raised on Friday, according to the harbour board.", "according to", "to a failed pump, will be raised on Friday", false)]
    public void Reported_Words_Are_A_Statement_Not_A_Topic_A_Request_Or_An_Act(string sentence, string cue, string content, bool statement)
    {
        var cueAt = sentence.IndexOf(cue, StringComparison.Ordinal);
        var contentAt = sentence.IndexOf(content, StringComparison.Ordinal);
        var quote = new Quote
        {
            Kind = QuoteKind.Indirect,
            Parts = [new TextSpan(contentAt, contentAt + content.Length)],
            Cue = new TextSpan(cueAt, cueAt + cue.Length),
        };

        Assert.Equal(statement, Cues.IsSaid(sentence, quote));
    }
}
