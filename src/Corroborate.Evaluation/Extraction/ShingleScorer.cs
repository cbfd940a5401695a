using System.Globalization;
using System.Text;

namespace Corroborate.Evaluation.Extraction;

/// <summary>Per-page outcome of <see cref="ShingleScorer"/>.</summary>
/// <param name="TruePositives">Shingles in both texts (multiset minimum).</param>
/// <param name="FalsePositives">Extra predicted shingles.</param>
/// <param name="FalseNegatives">Missed reference shingles.</param>
/// <param name="PredictionEmpty">True when the prediction has no word token.</param>
/// <param name="ExactMatch">True when the token sequences are equal.</param>
public readonly record struct PageScore(int TruePositives, int FalsePositives, int FalseNegatives, bool PredictionEmpty, bool ExactMatch)
{
    /// <summary>Precision of this page, or null when the prediction is empty.</summary>
    public double? Precision => PredictionEmpty ? null : (double)TruePositives / Math.Max(1, TruePositives + FalsePositives);

    /// <summary>Recall of this page.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>F1 of this page (0 when the prediction is empty).</summary>
    public double F1 => Precision is { } p && p + Recall > 0 ? 2 * p * Recall / (p + Recall) : 0;
}

/// <summary>Averages over pages, as the article-extraction benchmark defines them.</summary>
/// <param name="Precision">Mean precision over pages with a non-empty prediction.</param>
/// <param name="Recall">Mean recall over all pages.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Accuracy">Share of pages whose token sequence equals the reference.</param>
/// <param name="Pages">Pages scored.</param>
/// <param name="EmptyPredictions">Pages with an empty prediction.</param>
public readonly record struct CorpusScore(double Precision, double Recall, double F1, double Accuracy, int Pages, int EmptyPredictions);

/// <summary>
/// The metric of the Zyte (Scrapinghub) article-extraction benchmark: word tokens as Python's
/// <c>\w+</c> finds them, 4-token shingles as multisets, per-page precision and recall, averaged.
/// </summary>
public static class ShingleScorer
{
    /// <summary>Shingle length.</summary>
    public const int ShingleSize = 4;

    /// <summary>
    /// Splits <paramref name="text"/> into word tokens with Python's rule for <c>\w</c>: per code point,
    /// letters (L*), digits and numbers (Nd, Nl, No) and the underscore. .NET's <c>\w</c> differs
    /// (it adds Mn and Pc and works on UTF-16 units), which changes the published numbers.
    /// </summary>
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsPythonWordRune(rune))
            {
                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0)
            {
                tokens.Add(builder.ToString());
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            tokens.Add(builder.ToString());
        }

        return tokens;
    }

    private static bool IsPythonWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
                or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>The multiset of shingles of a token list (a text of 1 to 3 tokens is one shingle).</summary>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var length = Math.Min(ShingleSize, tokens.Count - i);
            var key = string.Join('\u0001', tokens.Skip(i).Take(length));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    /// <summary>Scores one page.</summary>
    public static PageScore Score(string expected, string? predicted)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var expectedTokens = Tokenize(expected);
        var predictedTokens = Tokenize(predicted ?? "");
        var expectedShingles = Shingles(expectedTokens);
        var predictedShingles = Shingles(predictedTokens);
        var tp = 0;
        var fp = 0;
        foreach (var (key, count) in predictedShingles)
        {
            var reference = expectedShingles.GetValueOrDefault(key);
            tp += Math.Min(count, reference);
            fp += Math.Max(0, count - reference);
        }

        var fn = 0;
        foreach (var (key, count) in expectedShingles)
        {
            fn += Math.Max(0, count - predictedShingles.GetValueOrDefault(key));
        }

        return new PageScore(tp, fp, fn, predictedTokens.Count == 0, expectedTokens.SequenceEqual(predictedTokens));
    }

    /// <summary>Averages page scores as the benchmark does.</summary>
    public static CorpusScore Aggregate(IReadOnlyCollection<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return default;
        }

        var precisions = pages.Where(p => p.Precision is not null).Select(p => p.Precision!.Value).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = pages.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count(p => p.ExactMatch) / (double)pages.Count;
        return new CorpusScore(precision, recall, f1, accuracy, pages.Count, pages.Count(p => p.PredictionEmpty));
    }
}
