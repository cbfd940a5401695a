using Corroborate.Core.Tests.Support;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Extraction;

namespace Corroborate.Core.Tests.Evaluation;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Tokenizer_Follows_Python_Word_Rule_Not_DotNet()
    {
        // Python's \w keeps '_' and numbers such as '²' (No) but not combining marks (Mn), and works per code point.
        Assert.Equal(["snake_case", "x²", "1", "5"], ShingleScorer.Tokenize("snake_case, x² = 1.5!"));
        Assert.Equal(["e", "x"], ShingleScorer.Tokenize("e\u0301x"));
        Assert.Equal(["a𝔘b"], ShingleScorer.Tokenize("a𝔘b"));
    }

    [Fact]
    public void Identical_Texts_Score_One_And_Match_Exactly()
    {
        var score = ShingleScorer.Score("The dam failed late on Thursday night.", "The  dam failed, late on Thursday night");
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.True(score.ExactMatch);
    }

    [Fact]
    public void Extra_Text_Lowers_Precision_Not_Recall()
    {
        var score = ShingleScorer.Score("one two three four five", "one two three four five six seven");
        // Reference shingles: 2; prediction: 4, of which 2 match.
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Short_Texts_Are_One_Shingle_And_Empty_Prediction_Has_No_Precision()
    {
        Assert.Single(ShingleScorer.Shingles(["a", "b"]));
        var empty = ShingleScorer.Score("some reference text here", "");
        Assert.Null(empty.Precision);
        Assert.Equal(0.0, empty.Recall);
        var corpus = ShingleScorer.Aggregate([empty, ShingleScorer.Score("a b c d", "a b c d")]);
        Assert.Equal(1.0, corpus.Precision);
        Assert.Equal(0.5, corpus.Recall);
        Assert.Equal(1, corpus.EmptyPredictions);
    }

    [DataTheory("extraction-benchmark")]
    [InlineData("trafilatura", 0.960)]
    [InlineData("readability_js", 0.944)]
    [InlineData("newspaper", 0.943)]
    [InlineData("AutoExtract", 0.969)]
    [InlineData("html-text", 0.666)]
    public void Scorer_Reproduces_The_Published_F1_Of_Baseline_Systems(string system, double publishedF1)
    {
        var data = ExtractionBenchmarkData.Load(DataPaths.Find("extraction-benchmark")!);
        var score = data.Score(data.Baseline(system));
        Assert.Equal(publishedF1, Math.Round(score.F1, 3));
    }
}
