using Corroborate.Documents;

namespace Corroborate.Quotes.Model;

/// <summary>An annotated document to train on: its text, paragraphs and gold spans.</summary>
internal sealed record TrainingDocument(string Text, IReadOnlyList<TextSpan> Paragraphs, IReadOnlyList<PartSpan> Gold);

/// <summary>
/// Trains <see cref="AttributionTagger"/>: an averaged structured perceptron (Collins 2002) over paragraphs,
/// shuffled with a fixed seed each epoch, so the same data gives the same weights.
/// </summary>
internal static class TaggerTrainer
{
    private const int Stride = 8;
    private const int StartRow = 7;

    public static AttributionTagger Train(IReadOnlyList<TrainingDocument> documents, int epochs, int bucketBits, int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var lexicon = LearnCues(documents);
        var examples = new List<(int[] Features, AttributionTag[] Gold)>();
        foreach (var doc in documents)
        {
            for (var p = 0; p < doc.Paragraphs.Count; p++)
            {
                var para = ParagraphView.Create(doc.Text, doc.Paragraphs[p], p);
                if (para.Tokens.Count == 0)
                {
                    continue;
                }

                var (tokens, features) = TaggerFeatures.Extract(doc.Text, para, lexicon);
                examples.Add((features, GoldTags(tokens, doc.Gold)));
            }
        }

        log?.Invoke($"{examples.Count} paragraphs, {examples.Sum(e => e.Gold.Length)} tokens, {lexicon.Strengths.Count} cue words learned");
        var mask = (1 << bucketBits) - 1;
        var weights = new float[(1 << bucketBits) * Stride];
        var totals = new double[weights.Length];
        var transitions = new float[Stride * AttributionTagger.TagCount];
        var transitionTotals = new double[transitions.Length];
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var step = 1d;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var wrong = 0;
            var tokens = 0;
            foreach (var index in order)
            {
                var (features, gold) = examples[index];
                var predicted = AttributionTagger.Viterbi(features, gold.Length, weights, transitions, mask);
                tokens += gold.Length;
                var differs = false;
                for (var i = 0; i < gold.Length; i++)
                {
                    if (predicted[i] != gold[i])
                    {
                        wrong++;
                        differs = true;
                    }
                }

                if (differs)
                {
                    for (var i = 0; i < gold.Length; i++)
                    {
                        var g = (int)gold[i];
                        var q = (int)predicted[i];
                        if (g != q)
                        {
                            for (var k = 0; k < TaggerFeatures.PerToken; k++)
                            {
                                var b = (features[i * TaggerFeatures.PerToken + k] & mask) * Stride;
                                Update(weights, totals, b + g, 1, step);
                                Update(weights, totals, b + q, -1, step);
                            }
                        }

                        var gFrom = i == 0 ? StartRow : (int)gold[i - 1];
                        var qFrom = i == 0 ? StartRow : (int)predicted[i - 1];
                        if (gFrom != qFrom || g != q)
                        {
                            Update(transitions, transitionTotals, gFrom * AttributionTagger.TagCount + g, 1, step);
                            Update(transitions, transitionTotals, qFrom * AttributionTagger.TagCount + q, -1, step);
                        }
                    }
                }

                step++;
            }

            log?.Invoke($"epoch {epoch + 1}: {(double)wrong / tokens:P2} of tokens mistagged");
        }

        // Averaged weights: w − Σ(step·Δ)/step.
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] -= (float)(totals[i] / step);
        }

        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] -= (float)(transitionTotals[i] / step);
        }

        return new AttributionTagger(bucketBits, weights, transitions, lexicon);
    }

    private static void Update(float[] weights, double[] totals, int index, float delta, double step)
    {
        weights[index] += delta;
        totals[index] += delta * step;
    }

    /// <summary>Gold tags of a paragraph's tokens: a token takes the role of the span it overlaps.</summary>
    public static AttributionTag[] GoldTags(List<QuoteToken> tokens, IReadOnlyList<PartSpan> gold)
    {
        var tags = new AttributionTag[tokens.Count];
        if (tokens.Count == 0)
        {
            return tags;
        }

        var first = tokens[0].Start;
        var last = tokens[^1].End;
        foreach (var span in gold)
        {
            if (span.End <= first || span.Start >= last)
            {
                continue;
            }

            var begin = true;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start < span.End && tokens[i].End > span.Start)
                {
                    var b = span.Part switch
                    {
                        AttributionPart.Source => AttributionTag.SourceBegin,
                        AttributionPart.Cue => AttributionTag.CueBegin,
                        _ => AttributionTag.ContentBegin,
                    };
                    tags[i] = begin ? b : b + 1;
                    begin = false;
                }
            }
        }

        return tags;
    }

    private static CueLexicon LearnCues(IReadOnlyList<TrainingDocument> documents)
    {
        var counts = new Dictionary<uint, (int Cue, int All)>();
        var tokens = new List<QuoteToken>();
        foreach (var doc in documents)
        {
            var cues = doc.Gold.Where(g => g.Part == AttributionPart.Cue).ToList();
            foreach (var paragraph in doc.Paragraphs)
            {
                tokens.Clear();
                QuoteTokenizer.Tokenize(doc.Text, paragraph.Start, paragraph.End, tokens);
                foreach (var token in tokens)
                {
                    if (token.Kind != TokenKind.Word)
                    {
                        continue;
                    }

                    var hash = TaggerFeatures.LowerHash(token.Of(doc.Text));
                    var inCue = cues.Any(c => token.Start < c.End && token.End > c.Start);
                    var (cue, all) = counts.GetValueOrDefault(hash);
                    counts[hash] = (cue + (inCue ? 1 : 0), all + 1);
                }
            }
        }

        return CueLexicon.FromCounts(counts);
    }
}
