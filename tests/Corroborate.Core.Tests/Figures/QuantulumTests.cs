using Corroborate.Core.Tests.Support;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Figures;

namespace Corroborate.Core.Tests.Figures;

/// <summary>The figure extractor on quantulum3's English test set (../shared/data/quantities), as the benchmark scores it.</summary>
public sealed class QuantulumTests
{
    [DataFact(QuantityTests.RelativePath)]
    public void Values_are_found_with_an_F1_of_at_least_0_78()
    {
        var scores = QuantityTests.Load(DataPaths.Find(QuantityTests.RelativePath)!).Select(QuantityScore.Score).ToList();
        double matched = scores.Sum(s => s.ValueMatches);
        var precision = matched / scores.Sum(s => s.Predicted.Count);
        var recall = matched / scores.Sum(s => s.Sentence.Quantities.Count);
        Assert.True(2 * precision * recall / (precision + recall) >= 0.78, $"P {precision:F3} R {recall:F3}");
    }
}
