using System.Diagnostics;
using Corroborate.Documents;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Quotes;
using Corroborate.Quotes;
using Corroborate.Quotes.Model;

namespace Corroborate.Bench;

/// <summary>
/// Who said what, on a PolNeAR split (dev unless --split test|train or --train-split; first annotator per article): exact and lenient span P/R/F1
/// for source, cue and content, content split into direct (starts with a quote mark) and indirect, the
/// precision of direct quotes, and the speed of the whole attribution stage on one thread.
/// </summary>
internal static class QuotesBenchmark
{
    public static int Run(string[] args)
    {
        var show = Array.IndexOf(args, "--show");
        if (show >= 0 && show + 1 < args.Length)
        {
            return Show(args[show + 1]);
        }

        var root = DataPaths.Find(PolnearCorpus.RelativePath);
        if (root is null)
        {
            Console.WriteLine("skipped: ../shared/data/quotes/polnear not found (set CORROBORATE_DATA to the data folder)");
            return 0;
        }

        AttributionTagger? tagger = null;
        if (args.Contains("--train"))
        {
            tagger = Train(root, args);
        }

        // dev for tuning; test only for final numbers, once (the PolNeAR README's request); --train-split is train.
        var splitAt = Array.IndexOf(args, "--split");
        var split = splitAt >= 0 && splitAt + 1 < args.Length ? args[splitAt + 1] : args.Contains("--train-split") ? "train" : "dev";
        if (split is not ("train" or "dev" or "test"))
        {
            Console.WriteLine($"unknown split '{split}': use --split dev|test|train");
            return 2;
        }

        if (!Directory.Exists(Path.Combine(root, "data", split, "text")) || !Directory.Exists(Path.Combine(root, "data", split, "attributions")))
        {
            Console.WriteLine($"skipped: PolNeAR {split} is not in {Path.Combine(root, "data")} (the test split is held back for final, independent measurement)");
            return 0;
        }

        var verbose = args.Contains("--verbose");
        var articles = PolnearCorpus.Load(root, split);
        tagger ??= AttributionTagger.Default;
        if (tagger is not null)
        {
            TaggerAlone(tagger, articles);
        }

        var extractor = tagger is null ? new QuoteExtractor() : new QuoteExtractor(tagger);
        var exact = new Dictionary<string, Prf>();
        var lenient = new Dictionary<string, Prf>();
        var directByKind = new SortedDictionary<string, (int Hit, int All)>(StringComparer.Ordinal);
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

            var goldDirect = article.Gold.Where(g => g.Role == AttributionRole.Content && PolnearCorpus.IsDirect(article.Text, g)).Select(g => (g.Start, g.End)).ToHashSet();
            foreach (var p in predicted.Where(p => p.Role == AttributionRole.Content && p.Direct && p.Quote is not null))
            {
                var kind = p.Quote!.Kind.ToString().ToLowerInvariant();
                var (hit, all) = directByKind.GetValueOrDefault(kind);
                directByKind[kind] = (hit + (goldDirect.Contains((p.Span.Start, p.Span.End)) ? 1 : 0), all + 1);
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
        Console.WriteLine($"  (diagnostic) direct content by how we report it, exact hits / predicted: {string.Join(", ", directByKind.Select(k => $"{k.Key} {k.Value.Hit}/{k.Value.All}"))}");

        // A diagnostic, not the score: the same with gold fragments that only white space separates joined into one span.
        var joined = new Prf();
        foreach (var article in PolnearCorpus.Load(root, split, joinSpaceSeparatedFragments: true))
        {
            var paragraphs = article.Paragraphs.Select(p => new TextSpan(p.Start, p.End)).ToList();
            var predicted = ToPolnear(article.Text, extractor.Extract(article.Text, paragraphs));
            var gold = article.Gold.Where(g => g.Role == AttributionRole.Content && PolnearCorpus.IsDirect(article.Text, g)).Select(g => (g.Start, g.End)).ToList();
            joined += AttributionScore.Exact(predicted.Where(p => p.Role == AttributionRole.Content && p.Direct).Select(p => (p.Span.Start, p.Span.End)).ToList(), gold);
        }

        Console.WriteLine($"  (diagnostic) direct quotes with space-separated gold fragments joined: {Short(joined)}");

        // Speed: the whole attribution stage (tokens, quote marks, people, cues, speakers) on one thread.
        var inputs = articles.Select(a => (a.Text, (IReadOnlyList<TextSpan>)a.Paragraphs.Select(p => new TextSpan(p.Start, p.End)).ToList())).ToList();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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
        // The machine is shared: CPU time of this (single-threaded) loop says what one core does when it is not contended.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"speed: {done / watch.Elapsed.TotalSeconds:0} articles/s on one thread, wall clock; {done / cpuSeconds:0} per CPU second ({done} articles, mean {articles.Average(a => a.Text.Length):0} characters, load average {LoadAverage()})");
        return 0;
    }

    /// <summary>
    /// Trains the attribution tagger on the train split (first annotator per article) and writes
    /// src/Corroborate.Core/Quotes/Model/attribution-tagger.bin. Options: --epochs N (10), --bits N (18).
    /// </summary>
    private static AttributionTagger Train(string root, string[] args)
    {
        var epochs = IntOption(args, "--epochs", 10);
        var bits = IntOption(args, "--bits", 18);
        var watch = Stopwatch.StartNew();
        var documents = PolnearCorpus.Load(root, "train").Select(ToTraining).ToList();
        Console.WriteLine($"training on PolNeAR train: {documents.Count} articles, {epochs} epochs, 2^{bits} feature buckets");
        var tagger = TaggerTrainer.Train(documents, epochs, bits, seed: 20161108, log: Console.WriteLine);
        var path = Path.Combine(RepositoryRoot(), "src", "Corroborate.Core", "Quotes", "Model", "attribution-tagger.bin");
        using (var file = File.Create(path))
        {
            tagger.Save(file);
        }

        // Score the weights as saved (quantised), not the in-memory floats.
        using (var file = File.OpenRead(path))
        {
            tagger = AttributionTagger.Load(file);
        }

        watch.Stop();
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:0.0} s; wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.00} MB); rebuild to embed it");
        return tagger;
    }

    private static TrainingDocument ToTraining(PolnearArticle article) => new(
        article.Text,
        article.Paragraphs.Select(p => new TextSpan(p.Start, p.End)).ToList(),
        article.Gold.Select(g => new PartSpan((AttributionPart)(int)g.Role, g.Start, g.End)).ToList());

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    /// <summary>
    /// Prints every statement found in a JSONL file of articles (one object a line with a "text" field,
    /// paragraphs separated by line breaks): kind, source as written, cue, speaker and words, for reading by eye; statements
    /// the reports hide from readers are marked.
    /// </summary>
    private static int Show(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = System.Text.Json.JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            var id = json.RootElement.TryGetProperty("id", out var idElement) ? idElement.GetString() : "?";
            var paragraphs = new List<TextSpan>();
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n')
                {
                    if (text.AsSpan(start, i - start).Trim().Length > 0)
                    {
                        paragraphs.Add(new TextSpan(start, i));
                    }

                    start = i + 1;
                }
            }

            Console.WriteLine($"== {id}");
            foreach (var quote in QuoteExtractor.Default.Extract(text, paragraphs))
            {
                var source = quote.Source is { } s ? text[s.Start..s.End] : "-";
                var cue = quote.Cue is { } c ? text[c.Start..c.End] : "-";
                var speaker = quote.Speaker is { } sp ? $"{sp.Name}{(sp.IsDescription ? " (unnamed)" : "")}{(sp.Role is null ? "" : " / " + sp.Role)}" : "-";
                var aligned = new AlignedQuote(quote.TextOf(text), quote.Speaker, quote.Kind, id ?? "?", quote.Content, [])
                {
                    IsSpeech = Cues.IsSaid(text, quote),
                };
                var reader = Corroborate.Reporting.QuoteReport.ForReaders(aligned) ? "" : " (not shown to readers)";
                Console.WriteLine($"  [{quote.Kind.ToString()[..3]}] {speaker} <- src «{source}» cue «{cue}»{reader}");
                Console.WriteLine($"        {Clip(quote.TextOf(text))}");
            }
        }

        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }

    // The tagger's own spans, before they are combined with the rules: exact P/R/F1 per role.
    private static void TaggerAlone(AttributionTagger tagger, List<PolnearArticle> articles)
    {
        var scores = new Prf[3];
        foreach (var article in articles)
        {
            var predicted = new List<PartSpan>();
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var para = ParagraphView.Create(article.Text, new TextSpan(article.Paragraphs[p].Start, article.Paragraphs[p].End), p);
                var (tokens, features) = TaggerFeatures.Extract(article.Text, para, tagger.Lexicon);
                predicted.AddRange(AttributionTagger.Spans(tokens, tagger.Decode(features, tokens.Count)));
            }

            for (var r = 0; r < 3; r++)
            {
                var gold = article.Gold.Where(g => (int)g.Role == r).Select(g => (g.Start, g.End)).ToList();
                var pred = predicted.Where(s => (int)s.Part == r).Select(s => (s.Start, s.End)).ToList();
                scores[r] += AttributionScore.Exact(pred, gold);
            }
        }

        // Where the tagger's time goes, per article: paragraphs and tokens, features, decoding.
        var views = TimeSpan.Zero;
        var extract = TimeSpan.Zero;
        var decode = TimeSpan.Zero;
        var w = new Stopwatch();
        foreach (var article in articles)
        {
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                w.Restart();
                var para = ParagraphView.Create(article.Text, new TextSpan(article.Paragraphs[p].Start, article.Paragraphs[p].End), p);
                views += w.Elapsed;
                w.Restart();
                var (tokens, features) = TaggerFeatures.Extract(article.Text, para, tagger.Lexicon);
                extract += w.Elapsed;
                w.Restart();
                tagger.Decode(features, tokens.Count);
                decode += w.Elapsed;
            }
        }

        Console.WriteLine($"tagger time per article: tokens {views.TotalMilliseconds / articles.Count:0.000} ms, features {extract.TotalMilliseconds / articles.Count:0.000} ms, decoding {decode.TotalMilliseconds / articles.Count:0.000} ms");
        Console.WriteLine($"tagger alone (exact): source {Short(scores[0])}; cue {Short(scores[1])}; content {Short(scores[2])}");
    }

    // Direct-quote false positives (no gold content with the same span) with the overlapping gold content, then false negatives, for diagnosis.
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
            Console.WriteLine($"FP {article.Name} [{Clip(text[p.Span.Start..p.Span.End])}]{Attribution(text, p.Quote)}");
            foreach (var g in near)
            {
                Console.WriteLine($"   gold{(PolnearCorpus.IsDirect(text, new RoleSpan(g.Role, g.Start, g.End)) ? " direct" : "")} [{Clip(text[g.Start..g.End])}]");
            }
        }

        // Direct-quote false negatives: gold direct content with no predicted direct span of the same extent, with what overlaps it.
        var direct = predicted.Where(p => p.Role == AttributionRole.Content && p.Direct).ToList();
        foreach (var g in gold.Where(g => PolnearCorpus.IsDirect(text, g)))
        {
            if (direct.Any(p => p.Span.Start == g.Start && p.Span.End == g.End))
            {
                continue;
            }

            Console.WriteLine($"FN {article.Name} [{Clip(text[g.Start..g.End])}]");
            foreach (var p in predicted.Where(p => p.Role == AttributionRole.Content && p.Span.Start < g.End && g.Start < p.Span.End))
            {
                Console.WriteLine($"   ours{(p.Direct ? " direct" : "")} [{Clip(text[p.Span.Start..p.Span.End])}]");
            }
        }
    }

    private static string Attribution(string text, Quote? quote) => quote is null ? "" :
        $" {quote.Kind} src «{(quote.Source is { } s ? text[s.Start..s.End] : "-")}» cue «{(quote.Cue is { } c ? text[c.Start..c.End] : "-")}» speaker {quote.Speaker?.Name ?? "-"}";

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 160 ? s : s[..75] + " … " + s[^75..];
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
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

    private sealed record PredictedSpan(AttributionRole Role, TextSpan Span, bool Direct, Quote? Quote = null);

    /// <summary>
    /// Our quotes in PolNeAR's conventions: quoted content includes its quote marks and the punctuation
    /// inside them; reported content includes a leading "that"; a span shared by several quotes is given once.
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

            if (quote.Clause is { } clause)
            {
                // A partial quote: PolNeAR's content is the reported clause, quoted words and all.
                result.Add(new PredictedSpan(AttributionRole.Content, clause, StartsDirect(text, clause.Start, clause.End), quote));
                continue;
            }

            foreach (var part in quote.Parts)
            {
                var start = part.Start;
                var end = part.End;
                if (direct)
                {
                    if (start > 1 && text[start - 1] == '\'' && text[start - 2] == '\'')
                    {
                        start -= 2; // ''doubled apostrophes''
                    }
                    else if (start > 0 && IsMark(text[start - 1]))
                    {
                        start--;
                    }

                    var e = end;
                    while (e < text.Length && text[e] is ',' or '.' or '?' or '!')
                    {
                        e++;
                    }

                    if (e >= 2 && e + 1 < text.Length && IsMark(text[e - 1]) && !char.IsLetterOrDigit(text[e - 2]) && text[e] == ' ' && IsMark(text[e + 1]))
                    {
                        e++; // a nested quote closes, then the outer one after a space: "… the term 'outreach,' "
                    }

                    if (e + 1 < text.Length && text[e] == '\'' && text[e + 1] == '\'')
                    {
                        end = e + 2;
                    }
                    else if (e < text.Length && IsMark(text[e]))
                    {
                        end = e + 1;
                    }
                }
                else if (start >= 5 && text.AsSpan(start - 5, 5).SequenceEqual("that "))
                {
                    start -= 5;
                }

                result.Add(new PredictedSpan(AttributionRole.Content, new TextSpan(start, end), direct && StartsDirect(text, start, end), quote));
            }
        }

        // Each token has one role in one attribution: partial quotes that share a clause (or a source) give it once.
        return result.DistinctBy(p => (p.Role, p.Span)).ToList();
    }

    // Direct by the gold's own test (content that starts with an opening quote mark), so both sides are split alike.
    private static bool StartsDirect(string text, int start, int end) =>
        PolnearCorpus.IsDirect(text, new RoleSpan(AttributionRole.Content, start, end));

    private static bool IsMark(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';
}
