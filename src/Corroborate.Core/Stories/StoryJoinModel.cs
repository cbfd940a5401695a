namespace Corroborate.Stories;

/// <summary>
/// The learned join decision of <see cref="StoryClusterer"/> (in the style of Miranda et al. 2018): a linear score
/// over similarity features of an (article, candidate story) pair. The article joins its best-scoring live story
/// when that score is at least zero, else it starts a story. Every feature is a similarity already multiplied by
/// the fixed time decay (<see cref="ClusteringOptions.HalfLifeDays"/>), so time is a prior here, not something learnt.
/// </summary>
/// <param name="Weights">One weight per feature, in <see cref="FeatureNames"/> order.</param>
/// <param name="Bias">The constant term (the new-story threshold folded in).</param>
public sealed record StoryJoinModel(IReadOnlyList<double> Weights, double Bias)
{
    /// <summary>The features, in order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "cosine of the whole vectors",
        "cosine of headline terms",
        "cosine of body terms",
        "cosine of name terms (capitalised words and multi-word names)",
        "cross cosine (article headline to story body, article body to story headline, mean)",
        "margin of the whole-vector cosine over the next best candidate",
    ];

    /// <summary>Number of features.</summary>
    public static int FeatureCount => FeatureNames.Count;

    /// <summary>
    /// The plain similarity as a model: the whole-vector cosine at a threshold of <paramref name="threshold"/>.
    /// </summary>
    public static StoryJoinModel Plain(double threshold) => new([1.0, 0, 0, 0, 0, 0], -threshold);

    /// <summary>
    /// Weights learnt on AllSides train stories, for the default <see cref="ClusteringOptions"/>. Reproduce with
    /// <c>dotnet run -c Release --project bench/Corroborate.Bench -- clustering --train</c>: the first 70% of the
    /// stories by date are replayed with every article put in its gold story; each article's most similar live
    /// story gives one pair, labelled by whether it is the article's gold story; logistic regression is fitted
    /// to the pairs; the bias is then moved to the join probability with the best pairwise F1 on that same part.
    /// </summary>
    public static StoryJoinModel Trained { get; } = new(
        [3.764826108662136, 3.364153400913956, 2.7034102274279763, 3.229881337676386, 2.3871497684927183, 4.158852893940215],
        -2.853336884866027);

    /// <summary>The score of one pair; the article may join when it is at least zero.</summary>
    public double Score(ReadOnlySpan<double> features)
    {
        if (features.Length != Weights.Count)
        {
            throw new ArgumentException($"expected {Weights.Count} features", nameof(features));
        }

        var score = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            score += Weights[i] * features[i];
        }

        return score;
    }

    /// <summary>
    /// Fits logistic regression (L2-regularised, Newton's method from zero: deterministic) to labelled pairs.
    /// </summary>
    /// <param name="samples">Feature vectors and whether the article belonged to that candidate story.</param>
    /// <param name="l2">Regularisation strength on the weights (not the bias).</param>
    /// <param name="iterations">Newton steps.</param>
    public static StoryJoinModel Fit(IReadOnlyList<(double[] Features, bool Joined)> samples, double l2 = 1e-3, int iterations = 25)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var n = FeatureCount + 1;   // last is the bias
        var beta = new double[n];
        var x = new double[n];
        for (var step = 0; step < iterations; step++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var (features, joined) in samples)
            {
                features.CopyTo(x, 0);
                x[n - 1] = 1;
                var z = 0.0;
                for (var i = 0; i < n; i++)
                {
                    z += beta[i] * x[i];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var residual = p - (joined ? 1 : 0);
                var w = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += residual * x[i];
                    for (var j = 0; j < n; j++)
                    {
                        hessian[i, j] += w * x[i] * x[j];
                    }
                }
            }

            for (var i = 0; i < n - 1; i++)
            {
                gradient[i] += l2 * samples.Count * beta[i];
                hessian[i, i] += l2 * samples.Count;
            }

            hessian[n - 1, n - 1] += 1e-9;
            var delta = Solve(hessian, gradient);
            for (var i = 0; i < n; i++)
            {
                beta[i] -= delta[i];
            }
        }

        return new StoryJoinModel(beta[..^1], beta[^1]);
    }

    /// <summary>The same weights with the bias moved so that the article joins at probability <paramref name="probability"/>.</summary>
    public StoryJoinModel AtProbability(double probability) => this with { Bias = Bias - Math.Log(probability / (1 - probability)) };

    // Gaussian elimination with partial pivoting (the system is small and positive definite).
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var y = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                (y[col], y[pivot]) = (y[pivot], y[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                y[row] -= factor * y[col];
            }
        }

        var result = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = y[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * result[k];
            }

            result[row] = sum / m[row, row];
        }

        return result;
    }
}
