namespace Corroborate.Evaluation.Clustering;

/// <summary>
/// Scores one clustering against gold clusters: pairwise ("standard") precision, recall and F1 over unordered
/// article pairs, and item-averaged BCubed precision, recall and F1. Both come from the contingency counts
/// n_ij (articles in gold cluster i and predicted cluster j) in one linear pass; no pair is enumerated.
/// </summary>
/// <remarks>
/// A ratio whose denominator is zero is 1 when its numerator's side also has nothing (no pairs claimed and none
/// exist), else 0: putting every article alone scores pairwise precision 0 when gold has pairs, as is usual.
/// </remarks>
/// <param name="Articles">Gold articles scored.</param>
/// <param name="GoldClusters">Distinct gold clusters.</param>
/// <param name="PredictedClusters">Distinct predicted clusters over the scored articles (an unassigned article counts as one of its own).</param>
/// <param name="Unassigned">Gold articles the prediction does not mention; each is scored as a cluster of its own.</param>
/// <param name="Unknown">Predicted articles absent from gold; ignored.</param>
/// <param name="GoldPairs">Pairs together in gold (TP + FN).</param>
/// <param name="PredictedPairs">Pairs together in the prediction (TP + FP).</param>
/// <param name="TruePairs">Pairs together in both (TP).</param>
/// <param name="PairPrecision">TP / predicted pairs.</param>
/// <param name="PairRecall">TP / gold pairs.</param>
/// <param name="BCubedPrecision">Mean over articles of |G(e) ∩ K(e)| / |K(e)|.</param>
/// <param name="BCubedRecall">Mean over articles of |G(e) ∩ K(e)| / |G(e)|.</param>
public sealed record ClusteringScore(
    int Articles,
    int GoldClusters,
    int PredictedClusters,
    int Unassigned,
    int Unknown,
    long GoldPairs,
    long PredictedPairs,
    long TruePairs,
    double PairPrecision,
    double PairRecall,
    double BCubedPrecision,
    double BCubedRecall)
{
    /// <summary>Harmonic mean of <see cref="PairPrecision"/> and <see cref="PairRecall"/> (0 when both are 0).</summary>
    public double PairF1 => Harmonic(PairPrecision, PairRecall);

    /// <summary>Harmonic mean of the BCubed averages (not the mean of per-article F).</summary>
    public double BCubedF1 => Harmonic(BCubedPrecision, BCubedRecall);

    /// <summary>Scores parallel label lists: <paramref name="gold"/>[k] and <paramref name="predicted"/>[k] belong to article k.</summary>
    public static ClusteringScore Evaluate<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold labels but {predicted.Count} predicted ones.", nameof(predicted));
        }

        var goldIds = new Dictionary<TGold, int>();
        var predictedIds = new Dictionary<TPredicted, int>();
        var pairs = new (int Gold, int Predicted)[gold.Count];
        for (var k = 0; k < gold.Count; k++)
        {
            pairs[k] = (Index(goldIds, gold[k]), Index(predictedIds, predicted[k]));
        }

        return FromLabels(pairs, goldIds.Count, predictedIds.Count, unassigned: 0, unknown: 0);
    }

    /// <summary>
    /// Scores a prediction (article id to cluster id) against gold (article id to cluster id). Gold articles
    /// the prediction lacks are scored as singletons and counted in <see cref="Unassigned"/>.
    /// </summary>
    public static ClusteringScore Evaluate(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new (int Gold, int Predicted)[gold.Count];
        var k = 0;
        var unassigned = 0;
        foreach (var (article, cluster) in gold)
        {
            int label;
            if (predicted.TryGetValue(article, out var predictedCluster))
            {
                label = Index(predictedIds, predictedCluster);
            }
            else
            {
                // A label of its own, below zero so it cannot meet a real one.
                unassigned++;
                label = -unassigned;
            }

            pairs[k++] = (Index(goldIds, cluster), label);
        }

        var clusters = predictedIds.Count + unassigned;
        var unknown = predicted.Keys.Count(id => !gold.ContainsKey(id));
        return FromLabels(pairs, goldIds.Count, clusters, unassigned, unknown);
    }

    private static ClusteringScore FromLabels((int Gold, int Predicted)[] pairs, int goldClusters, int predictedClusters, int unassigned, int unknown)
    {
        var goldSizes = new Dictionary<int, long>();
        var predictedSizes = new Dictionary<int, long>();
        var cells = new Dictionary<(int, int), long>();
        foreach (var pair in pairs)
        {
            Increment(goldSizes, pair.Gold);
            Increment(predictedSizes, pair.Predicted);
            Increment(cells, pair);
        }

        var goldPairs = goldSizes.Values.Sum(Choose2);
        var predictedPairs = predictedSizes.Values.Sum(Choose2);
        long truePairs = 0;
        double precisionSum = 0;
        double recallSum = 0;
        foreach (var ((goldLabel, predictedLabel), n) in cells)
        {
            truePairs += Choose2(n);
            var squared = (double)n * n;
            precisionSum += squared / predictedSizes[predictedLabel];
            recallSum += squared / goldSizes[goldLabel];
        }

        var articles = pairs.Length;
        return new ClusteringScore(
            articles,
            goldClusters,
            predictedClusters,
            unassigned,
            unknown,
            goldPairs,
            predictedPairs,
            truePairs,
            Ratio(truePairs, predictedPairs, goldPairs),
            Ratio(truePairs, goldPairs, predictedPairs),
            articles == 0 ? 1 : precisionSum / articles,
            articles == 0 ? 1 : recallSum / articles);
    }

    private static int Index<T>(Dictionary<T, int> ids, T label)
        where T : notnull
    {
        if (!ids.TryGetValue(label, out var id))
        {
            id = ids.Count;
            ids[label] = id;
        }

        return id;
    }

    private static void Increment<T>(Dictionary<T, long> counts, T key)
        where T : notnull
    {
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private static long Choose2(long n) => n * (n - 1) / 2;

    // 0/0 is agreement (1) when the other side has no pairs either, else 0.
    private static double Ratio(long numerator, long denominator, long otherSide) =>
        denominator > 0 ? (double)numerator / denominator : otherSide == 0 ? 1 : 0;

    private static double Harmonic(double a, double b) => a + b > 0 ? 2 * a * b / (a + b) : 0;
}
