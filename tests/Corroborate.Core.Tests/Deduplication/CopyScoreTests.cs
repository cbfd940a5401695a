using Corroborate.Deduplication;
using Corroborate.Evaluation.Copies;

namespace Corroborate.Core.Tests.Deduplication;

public sealed class CopyScoreTests
{
    // Story s1: original o1 with copies c1 (truncation 70%) and c2 (edits 5%, same time), independent i1.
    // Story s2: original o2 with copy c3 (truncation 30%), partial host p1. Story s3: partial host p2, distractor x.
    private static CopyGold Gold(IEnumerable<OverlappingGoldPair>? overlapping = null) => new(
        [
            Article("o1", "s1", "o1", CopyRole.Original),
            Article("c1", "s1", "o1", CopyRole.Copy),
            Article("c2", "s1", "o1", CopyRole.Copy),
            Article("i1", "s1", "i1", CopyRole.Distractor),
            Article("o2", "s2", "o2", CopyRole.Original),
            Article("c3", "s2", "o2", CopyRole.Copy),
            Article("p1", "s2", "p1", CopyRole.PartialHost),
            Article("p2", "s3", "p2", CopyRole.PartialHost),
            Article("x", "s3", "x", CopyRole.Distractor),
        ],
        [
            new CopyGoldPair("c1", "o1", "truncation", "70%", 0.7, false),
            new CopyGoldPair("c2", "o1", "edits", "5%", 0.95, true),
            new CopyGoldPair("c3", "o2", "truncation", "30%", 0.3, false),
        ],
        [new PartialGoldPair("p1", "p2", 2, 0.2)],
        overlapping);

    private static readonly IReadOnlyList<string>[] Perfect =
        [["o1", "c1", "c2"], ["i1"], ["o2", "c3"], ["p1"], ["p2"], ["x"]];

    [Fact]
    public void A_Perfect_Analysis_Scores_One_Everywhere()
    {
        var links = new[] { Link("c1", "o1"), Link("c2", "o1"), Link("c3", "o2"), Link("p1", "p2", CopyKind.Partial) };

        var score = CopyScore.Evaluate(Gold(), new CopyAnalysis(links, Perfect));

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.Direction.Share);
        Assert.Equal(1.0, score.OriginPairPrecision);
        Assert.Equal(1.0, score.OriginPairRecall);
        Assert.Equal(1.0, score.BCubedPrecision);
        Assert.Equal(1.0, score.BCubedRecall);
        Assert.Equal(new Tally(2, 2), score.OriginFirst);
        Assert.Equal(new Tally(1, 1), score.Partials);
        Assert.Equal(0, score.CrossStoryLinks);
        Assert.Equal(0, score.IndependentPairsLinked);
        Assert.Equal(6, score.PredictedOrigins);
        Assert.Equal(6, score.GoldOrigins);
    }

    [Fact]
    public void Copy_Pairs_Score_Known_Precision_Recall_And_Direction()
    {
        var links = new[]
        {
            Link("c1", "o1"),
            Link("o1", "c2"),                    // right pair, wrong direction
            Link("c1", "c2"),                    // two copies of one original: right for precision
            Link("i1", "o1"),                    // independent article of the same story
            Link("x", "o2", CopyKind.Partial),   // different stories
            Link("p1", "p2", CopyKind.Partial),
        };

        var score = CopyScore.Evaluate(Gold(), new CopyAnalysis(links, Perfect));

        Assert.Equal(4, score.CopyPairsPredicted);
        Assert.Equal(2, score.CopyPairsRight);
        Assert.Equal(1, score.CopyPairsSameOrigin);
        Assert.Equal(0.75, score.Precision);
        Assert.Equal(2.0 / 3, score.Recall!.Value, 10);
        Assert.Equal(new Tally(2, 2), score.KeptHalfOrMore);
        Assert.Equal(new Tally(1, 0), score.KeptLessThanHalf);
        Assert.Equal(new Tally(2, 1), score.Direction);
        Assert.Equal(new Tally(1, 0), score.DirectionSameDate);
        Assert.Equal(1, score.CrossStoryLinks);
        Assert.Equal(0, score.CrossStoryCopyLinks);
        Assert.Equal(1, score.IndependentPairsLinked);
        Assert.Equal(6, score.IndependentPairs);
        Assert.Equal("c3", Assert.Single(score.Missed).Copy);
    }

    [Fact]
    public void Scores_Are_Kept_Per_Transformation_And_Strength_In_Catalogue_Order()
    {
        var links = new[] { Link("c1", "o1"), Link("o1", "c2"), Link("c3", "o2", CopyKind.Partial) };

        var score = CopyScore.Evaluate(Gold(), new CopyAnalysis(links, Perfect));

        Assert.Equal(
            [("truncation", "70%"), ("truncation", "30%"), ("edits", "5%")],
            score.Transformations.Select(t => (t.Transformation, t.Strength)));
        var edits = score.Transformations[2];
        Assert.Equal((1, 1, 0), (edits.Copies, edits.Found, edits.DirectionRight));
        var heavy = score.Transformations[1];
        Assert.Equal((1, 0, 1), (heavy.Copies, heavy.Found, heavy.FoundAsPartial));
        Assert.Equal(1, score.FoundAsPartial);
    }

    [Fact]
    public void Origin_Grouping_Scores_Known_Pairwise_And_BCubed_Values()
    {
        IReadOnlyList<string>[] origins = [["c1", "o1", "c2", "i1"], ["o2"], ["c3"], ["p1"], ["p2"], ["x"]];

        var score = CopyScore.Evaluate(Gold(), new CopyAnalysis([], origins));

        // Predicted pairs: 6 in the first group, 3 of them right; gold pairs: 3 (o1) + 1 (o2).
        Assert.Equal(0.5, score.OriginPairPrecision);
        Assert.Equal(0.75, score.OriginPairRecall);
        Assert.Equal(7.5 / 9, score.BCubedPrecision, 10);
        Assert.Equal(8.0 / 9, score.BCubedRecall, 10);
        Assert.Equal(new Tally(2, 1), score.OriginFirst);
        Assert.Equal(new Tally(1, 1), score.PartialsSeparate);
        Assert.Null(score.Precision);
    }

    [Fact]
    public void Partial_Pairs_Linked_As_Copy_Count_As_Wrong_Kind_And_Against_Precision()
    {
        var links = new[] { Link("c1", "o1"), Link("p2", "p1") };
        IReadOnlyList<string>[] origins = [["o1", "c1", "c2"], ["i1"], ["o2", "c3"], ["p1", "p2"], ["x"]];

        var score = CopyScore.Evaluate(Gold(), new CopyAnalysis(links, origins));

        Assert.Equal(new Tally(1, 0), score.Partials);
        Assert.Equal(1, score.PartialsAsCopy);
        Assert.Equal(new Tally(1, 0), score.PartialsSeparate);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0, score.CrossStoryLinks);
    }

    [Fact]
    public void Origins_Sharing_A_Quote_Are_Left_Out_Of_The_Independence_Measures()
    {
        var links = new[] { Link("c1", "i1"), Link("i1", "o1", CopyKind.Partial) };

        var score = CopyScore.Evaluate(Gold([new OverlappingGoldPair("o1", "i1", 0.3)]), new CopyAnalysis(links, Perfect));

        Assert.Equal(3, score.IndependentPairs);
        Assert.Equal(0, score.IndependentPairsLinked);
        Assert.Equal(1, score.OverlappingCopyLinks);
        Assert.Equal(1, score.OverlappingPartialLinks);
        Assert.Equal(0.0, score.Precision);
    }

    [Fact]
    public void Unknown_Ids_Self_Links_Missing_And_Repeated_Articles_Are_Counted_Not_Thrown()
    {
        var links = new[] { Link("c1", "nobody"), Link("o1", "o1"), Link("c1", "o1") };
        IReadOnlyList<string>[] origins = [["o1", "c1", "c2", "o1"], ["i1", "ghost"], ["o2", "c3"], ["p1"], ["p2"]];

        var score = CopyScore.Evaluate(Gold(), new CopyAnalysis(links, origins));

        Assert.Equal(3, score.UnknownOrSelf);
        Assert.Equal(1, score.DuplicatedInOrigins);
        Assert.Equal(1, score.MissingFromOrigins);
        Assert.Equal(1, score.CopyPairsPredicted);
        Assert.Equal(1.0, score.BCubedPrecision);
    }

    [Fact]
    public void Gold_Pairs_Must_Name_Known_Articles()
    {
        Assert.Throws<ArgumentException>(() => new CopyGold(
            [Article("o1", "s1", "o1", CopyRole.Original)],
            [new CopyGoldPair("c1", "o1", "edits", "5%", 0.9, false)]));
    }

    private static CopyGoldArticle Article(string id, string story, string origin, CopyRole role) =>
        new(id, "source:" + origin, "test", story, origin, role);

    private static CopyLink Link(string article, string of, CopyKind kind = CopyKind.Copy) =>
        new(article, of, kind, 1, 1, []);
}
