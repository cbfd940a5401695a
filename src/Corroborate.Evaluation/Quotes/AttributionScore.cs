namespace Corroborate.Evaluation.Quotes;

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct Prf(int TruePositives, int Predicted, int Gold)
{
    /// <summary>Correct predictions over predictions (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    /// <summary>Correct predictions over gold spans (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts added.</summary>
    public static Prf operator +(Prf a, Prf b) => new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Same as <c>+</c>.</summary>
    public static Prf Add(Prf a, Prf b) => a + b;

    /// <inheritdoc/>
    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  ({TruePositives}/{Predicted} predicted, {Gold} gold)";
}

/// <summary>
/// Span scoring for attribution roles. Exact: a predicted span is correct when a gold span of the same
/// role has the same start and end (white space trimmed). Lenient: predicted and gold spans of the
/// same role are paired one to one, greedily in text order, when they overlap by at least one character.
/// </summary>
public static class AttributionScore
{
    /// <summary>Exact-match counts for the spans of one document (one role).</summary>
    public static Prf Exact(IReadOnlyCollection<(int Start, int End)> predicted, IReadOnlyCollection<(int Start, int End)> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var goldSet = gold.ToHashSet();
        var tp = predicted.Distinct().Count(goldSet.Contains);
        return new Prf(tp, predicted.Distinct().Count(), goldSet.Count);
    }

    /// <summary>Lenient (overlap, one-to-one) counts for the spans of one document (one role).</summary>
    public static Prf Overlap(IReadOnlyCollection<(int Start, int End)> predicted, IReadOnlyCollection<(int Start, int End)> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var p = predicted.Distinct().OrderBy(s => s.Start).ToList();
        var g = gold.Distinct().OrderBy(s => s.Start).ToList();
        var used = new bool[g.Count];
        var tp = 0;
        foreach (var span in p)
        {
            for (var i = 0; i < g.Count; i++)
            {
                if (!used[i] && span.Start < g[i].End && g[i].Start < span.End)
                {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }

        return new Prf(tp, p.Count, g.Count);
    }
}
