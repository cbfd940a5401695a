using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Quotes;
using Corroborate.Quotes.Model;

namespace Corroborate.Core.Tests.Quotes;

public sealed class AttributionTaggerTests
{
    private static List<Quote> Extract(NewsDocument doc) => QuoteExtractor.Default.Extract(doc);

    [Fact]
    public void TheEmbeddedModelLoadsOnceAndIsShared()
    {
        var first = AttributionTagger.Default;

        Assert.NotNull(first);
        Assert.Same(first, AttributionTagger.Default);
        Assert.True(first.Lexicon.Strengths.Count > 100);
    }

    [Fact]
    public void TheSameTextGivesTheSameQuotesEveryTime()
    {
        var doc = Some.Document("test", ["The mayor, Ines Calder, maintained that the ferry would run all winter. Critics were unconvinced."]);

        var once = Extract(doc);
        var again = Extract(doc);

        Assert.Equal(once.Select(q => (q.Kind, q.Content, q.Cue, q.Source)), again.Select(q => (q.Kind, q.Content, q.Cue, q.Source)));
    }

    [Theory]
    [InlineData("Councillor Ines Calder maintained that the ferry would run all winter despite the storms.", "the ferry would run all winter")]
    [InlineData("According to a memo seen by the Courier, the ferry would stop running in January.", "the ferry would stop running in January")]
    [InlineData("Ines Calder, the harbour director, is convinced that the ferry can run all winter without new boats.", "the ferry can run all winter")]
    public void LearnedCuesFindReportedSpeechThatNoVerbListHas(string sentence, string words)
    {
        var doc = Some.Document("test", ["Ferries are back in the news.", sentence]);

        var quotes = Extract(doc);

        var quote = Assert.Single(quotes, q => q.TextOf(doc.Text).Contains(words, StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.NotNull(quote.Cue);
    }

    [Fact]
    public void APartialQuoteGetsTheReportedClauseItSitsIn()
    {
        var doc = Some.Document("test", ["Ines Calder said that the new timetable was “a disgrace” and should be withdrawn."]);

        var quote = Assert.Single(Extract(doc), q => q.Kind == QuoteKind.Partial);

        Assert.Equal("a disgrace", quote.TextOf(doc.Text));
        Assert.NotNull(quote.Clause);
        Assert.Contains("the new timetable was", doc.Text[quote.Clause.Value.Start..quote.Clause.Value.End], StringComparison.Ordinal);
        Assert.Equal("Ines Calder", quote.Speaker?.Name);
    }

    [Fact]
    public void ATranscriptLabelIsTheSpeakerOfTheQuote()
    {
        var doc = Some.Document("test", ["\"HOLLIS: We will not close the ferry this winter, whatever the council decides.\""]);

        var quote = Assert.Single(Extract(doc));

        Assert.StartsWith("We will not close", quote.TextOf(doc.Text), StringComparison.Ordinal);
        Assert.Equal("Hollis", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuotedTitleIsNotAStatement()
    {
        var doc = Some.Document("test", ["She told the story on “Harbour Lights Tonight” last week."]);

        Assert.Empty(Extract(doc));
    }
}
