using System.Diagnostics;
using Corroborate.Documents;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Quotes;
using Corroborate.Quotes;

namespace Corroborate.Bench;

/// <summary>
/// Who said what, on the PolNeAR dev split (first annotator per article): exact and lenient span P/R/F1
/// for source, cue and content, content split into direct (starts with a quote mark) and indirect, the
/// precision of direct quotes, and the speed of the whole attribution stage on one thread.
/// </summary>
internal static class QuotesBenchmark
{
    public static int Run(string[] args)
    {
        var root = DataPaths.Find(PolnearCorpus.RelativePath);
        if (root is null)
        {
            Console.WriteLine("skipped: ../shared/data/quotes/polnear not found (set CORROBORATE_DATA to the data folder)");
            return 0;
        }

        if (args.Contains("--train"))
        {
            Console.Error.WriteLine("--train: this build has no learned attribution model yet; the extractor is rule-based (see README).");
            return 2;
        }

        var split = args.Contains("--train-split") ? "train" : "dev";
        var verbose = args.Contains("--verbose");
        var articles = PolnearCorpus.Load(root, split);
        var extractor = new QuoteExtractor();
        var exact = new Dictionary<string, Prf>();
        var lenient = new Dictionary<string, Prf>();
        foreach (var article in articles)
        {
            var paragraphs = article.Paragraphs.Select(p => new TextSpan(p.Start, p.End)).ToList();
            var quotes = extractor.Extract(article.Text, paragraphs);
            var predicted = ToPolnear(article.Text, quotes);
            foreach (var (name, filterGold, filterPredicted) in Rows(article.Text))
            {
                var gold = article.Gold.Where(filterGold).Select(s => (s.Start, s.End)).ToList();
                var pred = predicted.Where(filterPredicted).Select(p => (p.Span.Start, p.Span.End)).ToList();
                exact[name] = exact.GetValueOrDefault(name) + AttributionScore.Exact(pred, gold);
                lenient[name] = lenient.GetValueOrDefault(name) + AttributionScore.Overlap(pred, gold);
            }

            if (verbose)
            {
                PrintDirectErrors(article, predicted);
            }
        }

        Console.WriteLine($"PolNeAR {split}: {articles.Count} articles, first annotator each; {articles.Sum(a => a.Gold.Count(g => g.Role == AttributionRole.Content))} gold content spans");
        Console.WriteLine($"{"role",-18} {"exact",-58} lenient (overlap, one-to-one)");
        foreach (var (name, _, _) in Rows(""))
        {
            Console.WriteLine($"{name,-18} {Short(exact[name]),-58} {Short(lenient[name])}");
        }

        Console.WriteLine($"direct-quote precision: exact {exact["content direct"].Precision:0.000}, lenient {lenient["content direct"].Precision:0.000}");

        // Speed: the whole attribution stage (tokens, quote marks, people, cues, speakers) on one thread.
        var inputs = articles.Select(a => (a.Text, (IReadOnlyList<TextSpan>)a.Paragraphs.Select(p => new TextSpan(p.Start, p.End)).ToList())).ToList();
        var watch = Stopwatch.StartNew();
        var done = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(2) || done < inputs.Count)
        {
            foreach (var (text, paragraphs) in inputs)
            {
                extractor.Extract(text, paragraphs);
                done++;
            }
        }

        watch.Stop();
        Console.WriteLine($"speed: {done / watch.Elapsed.TotalSeconds:0} articles/s on one thread ({done} articles, mean {articles.Average(a => a.Text.Length):0} characters)");
        return 0;
    }

    // Direct-quote false positives (no gold content with the same span) with the nearest gold content, for diagnosis.
    private static void PrintDirectErrors(PolnearArticle article, List<PredictedSpan> predicted)
    {
        var text = article.Text;
        var gold = article.Gold.Where(g => g.Role == AttributionRole.Content).ToList();
        foreach (var p in predicted.Where(p => p.Role == AttributionRole.Content && p.Direct))
        {
            if (gold.Any(g => g.Start == p.Span.Start && g.End == p.Span.End))
            {
                continue;
            }

            var near = gold.Where(g => g.Start < p.Span.End && p.Span.Start < g.End).ToList();
            Console.WriteLine($"FP {article.Name} [{Clip(text[p.Span.Start..p.Span.End])}]");
            foreach (var g in near)
            {
                Console.WriteLine($"   gold{(PolnearCorpus.IsDirect(text, new RoleSpan(g.Role, g.Start, g.End)) ? " direct" : "")} [{Clip(text[g.Start..g.End])}]");
            }
        }
    }

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 160 ? s : s[..75] + " … " + s[^75..];
    }

    private static string Short(Prf prf) => $"P {prf.Precision:0.000} R {prf.Recall:0.000} F1 {prf.F1:0.000} ({prf.TruePositives}/{prf.Predicted}/{prf.Gold})";

    private static IEnumerable<(string Name, Func<RoleSpan, bool> Gold, Func<PredictedSpan, bool> Predicted)> Rows(string text) =>
    [
        ("source", g => g.Role == AttributionRole.Source, p => p.Role == AttributionRole.Source),
        ("cue", g => g.Role == AttributionRole.Cue, p => p.Role == AttributionRole.Cue),
        ("content", g => g.Role == AttributionRole.Content, p => p.Role == AttributionRole.Content),
        ("content direct", g => g.Role == AttributionRole.Content && PolnearCorpus.IsDirect(text, g), p => p.Role == AttributionRole.Content && p.Direct),
        ("content indirect", g => g.Role == AttributionRole.Content && !PolnearCorpus.IsDirect(text, g), p => p.Role == AttributionRole.Content && !p.Direct),
    ];

    private sealed record PredictedSpan(AttributionRole Role, TextSpan Span, bool Direct);

    /// <summary>
    /// Our quotes in PolNeAR's conventions: quoted content includes its quote marks and the punctuation
    /// inside them; reported content includes a leading "that".
    /// </summary>
    private static List<PredictedSpan> ToPolnear(string text, List<Quote> quotes)
    {
        var result = new List<PredictedSpan>();
        foreach (var quote in quotes)
        {
            var direct = quote.Kind != QuoteKind.Indirect;
            if (quote.Source is { } source)
            {
                result.Add(new PredictedSpan(AttributionRole.Source, source, direct));
            }

            if (quote.Cue is { } cue)
            {
                result.Add(new PredictedSpan(AttributionRole.Cue, cue, direct));
            }

            foreach (var part in quote.Parts)
            {
                var start = part.Start;
                var end = part.End;
                if (direct)
                {
                    if (start > 0 && IsMark(text[start - 1]))
                    {
                        start--;
                    }

                    var e = end;
                    while (e < text.Length && text[e] is ',' or '.' or '?' or '!')
                    {
                        e++;
                    }

                    if (e < text.Length && IsMark(text[e]))
                    {
                        end = e + 1;
                    }
                }
                else if (start >= 5 && text.AsSpan(start - 5, 5).SequenceEqual("that "))
                {
                    start -= 5;
                }

                result.Add(new PredictedSpan(AttributionRole.Content, new TextSpan(start, end), direct && IsMark(text[start])));
            }
        }

        return result;
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';
}
