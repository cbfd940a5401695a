using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Quotes;
using Corroborate.Stories;

namespace Corroborate.Core.Tests.Quotes;

public sealed class QuoteAlignerTests
{
    private static NewsDocument Doc(string id, params string[] paragraphs)
    {
        var doc = Some.Document(id, paragraphs);
        doc.Quotes.AddRange(QuoteExtractor.Default.Extract(doc));
        return doc;
    }

    [Fact]
    public void TheSameWordsAcrossOutletsAreOneQuoteWithTheirDifferences()
    {
        var a = Doc("a", "“The harbour will stay shut until the storm has passed,” said Jonas Feld, the port director.");
        var b = Doc("b", "“The harbour will stay shut until the storm passed,” Feld said.");
        var c = Doc("c", "Port director Jonas Feld said: “The harbour will stay shut until the gale has passed.”");
        var d = Doc("d", "“The harbour will stay shut,” Jonas Feld told reporters.");

        var quote = Assert.Single(QuoteAligner.Align([a, b, c, d]));

        Assert.Equal("Jonas Feld", quote.Speaker?.Name);
        Assert.Equal("a", quote.Article);
        Assert.Equal(["b", "c", "d"], quote.Variants.Select(v => v.Article));
        Assert.Equal("drops “has”", Assert.Single(quote.Variants[0].Changes).ToString());
        Assert.Equal("“storm” → “gale”", Assert.Single(quote.Variants[1].Changes).ToString());
        Assert.Equal("drops “until the storm has passed”", Assert.Single(quote.Variants[2].Changes).ToString());
    }

    [Fact]
    public void DifferentSpeakersAreNotAligned()
    {
        var a = Doc("a", "“We were not warned in time,” said Jonas Feld.");
        var b = Doc("b", "“We were not warned in time,” said Ida Crane.");

        Assert.Equal(2, QuoteAligner.Align([a, b]).Count);
    }

    [Fact]
    public void ASurnameInOneArticleAndAFullNameInAnotherAreOneSpeaker()
    {
        var identities = SpeakerIdentities.Build([new Speaker("Jonas Feld", "port director", false), new Speaker("Feld", null, false), new Speaker("Jonás Feld", null, false)]);

        Assert.Equal("Jonas Feld", identities.Resolve(new Speaker("Feld", null, false))?.Name);
        Assert.Equal("port director", identities.Resolve(new Speaker("Jonás Feld", null, false))?.Role);
        Assert.True(identities.Resolve(new Speaker("a port official", null, true))?.IsDescription);
    }

    [Fact]
    public void TheStoryCarriesAlignedQuotesAfterAnalysis()
    {
        var a = Doc("a", "“The harbour will stay shut until the storm has passed,” said Jonas Feld, the port director.");
        var b = Doc("b", "“The harbour will stay shut until the storm passed,” Feld said.");
        var story = new Story("story-1", "Harbour", [a, b]) { Quotes = QuoteAligner.Align([a, b]) };

        Assert.Single(story.Quotes);
    }
}
