using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Figures;
using Corroborate.Pipeline;

namespace Corroborate.Core.Tests.Figures;

public sealed class FigureSpeakersTests
{
    private static NewsDocument Processed(string text)
    {
        var article = new Article("t", new SourceLocation("t.txt"), ContentKind.PlainText, "Headline\n\n" + text,
            new ArticleMetadata { Title = "Headline", Published = Some.Feb(8) });
        return new ArticleProcessor().Process(article)!;
    }

    [Theory]
    [InlineData("\"We counted 640 tents,\" said Marta Lindqvist, the camp manager.", 640, "Marta Lindqvist")]
    [InlineData("Tomas Ferreira, the harbour chief, said 30 boats were lost.", 30, "Tomas Ferreira")]
    [InlineData("Mayor Ines Baptiste visited the shelter. “We fed 450 people tonight,” the mayor told reporters.", 450, "Ines Baptiste")]
    public void A_Figure_In_A_Quote_Or_An_Attributed_Sentence_Has_Its_Speaker(string text, double value, string speaker) =>
        Assert.Equal(speaker, Processed(text).Figures.Single(f => f.Value == value).Speaker);

    [Fact]
    public void A_Figure_Inside_A_Quote_Takes_The_Quotes_Resolved_Speaker_And_One_Outside_Any_Statement_Has_None()
    {
        var text = "Harbourmaster Ilse Brandt watched the tide come in on Sunday.\n\n"
            + "\"We moved 300 boats out of the inner basin before midnight,\" she said.\n\n"
            + "The harbour has 40 moorings for visiting yachts.";
        var article = new Article("harbour", new SourceLocation("harbour.txt"), ContentKind.PlainText, "Tide watch\n\n" + text,
            new ArticleMetadata { Title = "Tide watch", Published = Some.Feb(8) });

        var doc = new ArticleProcessor().Process(article)!;

        Assert.Equal("Ilse Brandt", doc.Figures.Single(f => f.Value == 300).Speaker);
        Assert.Null(doc.Figures.Single(f => f.Value == 40).Speaker);
    }
}
