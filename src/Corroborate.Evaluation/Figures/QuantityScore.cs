using System.Collections.Frozen;
using Corroborate.Figures;

namespace Corroborate.Evaluation.Figures;

/// <summary>A predicted quantity in the scoring scheme: value (middle of a range), unit name in quantulum3's inventory, span.</summary>
public sealed record PredictedQuantity(double Value, string Unit, int Start, int End, string Surface);

/// <summary>The outcome of one sentence: matched pairs, misses and false alarms.</summary>
public sealed record SentenceScore(QuantitySentence Sentence, IReadOnlyList<PredictedQuantity> Predicted, int ValueMatches, int UnitMatches,
    IReadOnlyList<GoldQuantity> Missed, IReadOnlyList<PredictedQuantity> Spurious, IReadOnlyList<(GoldQuantity Gold, PredictedQuantity Predicted)> WrongUnit);

/// <summary>
/// Scores figures against quantulum3's gold with its README's rule: a prediction matches a gold quantity
/// when their spans overlap in the sentence and the values are equal (relative error ≤ 1e-9; ranges by
/// their middle); the unit is right when our unit maps to the gold unit name.
/// </summary>
public static class QuantityScore
{
    // Our unit names to quantulum3's where they differ; everything else maps to itself.
    private static readonly FrozenDictionary<string, string> UnitNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["count"] = "dimensionless",
        ["percent"] = "percentage",
        ["millilitre"] = "cubic centimetre",
        ["pound"] = "pound-mass",
        ["British thermal unit"] = "british thermal unit",
        ["ton"] = "ton",
        ["kilometre per hour"] = "kilometre per hour",
        ["dollar per hour"] = "dollar per hour",
        ["dollar per kilogram"] = "dollar per kilogram",
        ["litre per kilometre"] = "litre per kilometre",
        ["watt per minute"] = "watt per minute",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Our unit name in quantulum3's inventory.</summary>
    public static string UnitName(FigureUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return UnitNames.TryGetValue(unit.Name, out var name) ? name : unit.Name;
    }

    /// <summary>Figures of one sentence as predicted quantities.</summary>
    public static List<PredictedQuantity> Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var predicted = new List<PredictedQuantity>();
        foreach (var figure in FigureExtractor.Extract(text))
        {
            var value = figure.UpperValue is { } upper && figure.Qualifier is FigureQualifier.Range ? (figure.Value + upper) / 2 : figure.Value;
            predicted.Add(new PredictedQuantity(value, UnitName(figure.Unit), figure.Span.Start, figure.Span.End, figure.TextIn(text)));
        }

        return predicted;
    }

    /// <summary>Scores one sentence.</summary>
    public static SentenceScore Score(QuantitySentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var predicted = Predict(sentence.Text);
        var used = new bool[predicted.Count];
        var missed = new List<GoldQuantity>();
        var wrongUnit = new List<(GoldQuantity, PredictedQuantity)>();
        var values = 0;
        var units = 0;
        var from = 0;
        foreach (var gold in sentence.Quantities)
        {
            var start = sentence.Text.IndexOf(gold.Surface, from, StringComparison.Ordinal);
            if (start < 0)
            {
                start = sentence.Text.IndexOf(gold.Surface, StringComparison.Ordinal);
            }

            var end = start < 0 ? -1 : start + gold.Surface.Length;
            if (start >= 0)
            {
                from = end;
            }

            var match = -1;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && start >= 0 && predicted[p].Start < end && start < predicted[p].End && SameValue(predicted[p].Value, gold.Value))
                {
                    match = p;
                    break;
                }
            }

            if (match < 0)
            {
                missed.Add(gold);
                continue;
            }

            used[match] = true;
            values++;
            if (string.Equals(predicted[match].Unit, gold.Unit, StringComparison.OrdinalIgnoreCase))
            {
                units++;
            }
            else
            {
                wrongUnit.Add((gold, predicted[match]));
            }
        }

        var spurious = predicted.Where((_, p) => !used[p]).ToList();
        return new SentenceScore(sentence, predicted, values, units, missed, spurious, wrongUnit);
    }

    /// <summary>Equal within a relative error of 1e-9.</summary>
    public static bool SameValue(double a, double b) => a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}
