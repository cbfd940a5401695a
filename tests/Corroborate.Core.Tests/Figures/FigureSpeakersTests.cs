using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Figures;
using Corroborate.Pipeline;

namespace Corroborate.Core.Tests.Figures;

public sealed class FigureSpeakersTests
{
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
