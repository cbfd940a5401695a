using Corroborate.Evaluation.Quotes;

namespace Corroborate.Core.Tests.Evaluation;

public sealed class AttributionScoreTests
{
    [Fact]
    public void ExactMatchNeedsTheSameStartAndEnd()
    {
        var score = AttributionScore.Exact([(0, 5), (10, 20), (30, 31)], [(0, 5), (10, 21)]);

        Assert.Equal(new Prf(1, 3, 2), score);
        Assert.Equal(1.0 / 3, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(0.4, score.F1, 6);
    }

    [Fact]
    public void LenientMatchPairsOverlappingSpansOneToOne()
    {
        // Two predictions overlap the same gold span: only one of them counts.
        var score = AttributionScore.Overlap([(0, 4), (3, 8), (50, 60)], [(2, 6), (40, 45)]);

        Assert.Equal(new Prf(1, 3, 2), score);
    }

    [Fact]
    public void NothingPredictedHasFullPrecisionAndNoRecall()
    {
        var score = AttributionScore.Exact([], [(0, 1)]);

        Assert.Equal(1, score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.Equal(0, score.F1);
    }

    [Fact]
    public void BratLinesGiveOneSpanPerFragmentAndIgnoreOtherTypes()
    {
        const string text = "\"We will win,\" she said, \"and soon.\" Read more here.";
        string[] lines =
        [
            "T1\tContent 0 14;25 36\t\"We will win,\" \"and soon.\"",
            "T2\tSource 15 18\tshe",
            "T3\tCue 19 23\tsaid",
            "T4\tDiscard 37 51\tRead more here",
            "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1",
        ];

        var spans = PolnearCorpus.ParseAnnotations(lines, text);

        Assert.Equal(
            [new RoleSpan(AttributionRole.Content, 0, 14), new RoleSpan(AttributionRole.Content, 25, 36), new RoleSpan(AttributionRole.Source, 15, 18), new RoleSpan(AttributionRole.Cue, 19, 23)],
            spans);
        Assert.True(PolnearCorpus.IsDirect(text, spans[0]));
        Assert.False(PolnearCorpus.IsDirect(text, spans[2]));
    }

    [Fact]
    public void FragmentsWithOnlySpaceBetweenThemAreOneSpanWhenAsked()
    {
        const string text = "\"We will win. We will win soon,\" she said, \"and well.\"";
        string[] lines = ["T1\tContent 0 13;14 31;43 53\t..."];

        Assert.Equal(3, PolnearCorpus.ParseAnnotations(lines, text).Count);
        Assert.Equal(
            [new RoleSpan(AttributionRole.Content, 0, 31), new RoleSpan(AttributionRole.Content, 43, 53)],
            PolnearCorpus.ParseAnnotations(lines, text, joinSpaceSeparatedFragments: true));
    }

    [Fact]
    public void ParagraphsAreBlocksBetweenBlankLines()
    {
        Assert.Equal([(0, 5), (7, 12)], PolnearCorpus.Paragraphs("Title\n\nBody.\n"));
    }
}
