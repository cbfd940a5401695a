using System.Diagnostics;
using System.Globalization;
using Corroborate.Documents;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Cleaning;
using Corroborate.Evaluation.Figures;
using Corroborate.Figures;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using static Corroborate.Bench.BenchArgs;

namespace Corroborate.Bench;

/// <summary>
/// Figure extraction: value and unit precision/recall on quantulum3's English test set (both files), then
/// speed on real article bodies (extraction ground truth, NeuS) on one thread. <c>--dump PATH...</c> prints
/// every figure found in the given files instead.
/// </summary>
internal static class FiguresBenchmark
{
    public static int Run(string[] args)
    {
        var dump = Array.IndexOf(args, "--dump");
        if (dump >= 0)
        {
            return Dump(args[(dump + 1)..].Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList());
        }

        var verbose = args.Contains("--verbose");
        var rounds = int.TryParse(OptionValue(args, "--rounds"), CultureInfo.InvariantCulture, out var r) ? r : 5;
        var quantities = DataPaths.Find(QuantityTests.RelativePath);
        if (quantities is null)
        {
            Console.WriteLine($"skipped: ../shared/data/{QuantityTests.RelativePath} not found (set CORROBORATE_DATA to the data folder)");
        }
        else
        {
            Quality(QuantityTests.Load(quantities), verbose);
        }

        Speed(rounds);
        return 0;
    }

    private static void Quality(List<QuantitySentence> sentences, bool verbose)
    {
        Console.WriteLine("quantulum3 English test set: a prediction matches a gold quantity when the spans overlap and the values are equal (ranges by their middle)");
        var all = new List<SentenceScore>();
        foreach (var file in QuantityTests.Files)
        {
            var scores = sentences.Where(s => s.File == file).Select(QuantityScore.Score).ToList();
            all.AddRange(scores);
            Print(file, scores);
        }

        Print("both files", all);
        if (verbose)
        {
            foreach (var score in all.Where(s => s.Missed.Count > 0 || s.Spurious.Count > 0 || s.WrongUnit.Count > 0))
            {
                Console.WriteLine($"  « {score.Sentence.Text} »");
                foreach (var miss in score.Missed)
                {
                    Console.WriteLine($"      missed   {miss.Surface} = {miss.Value.ToString(CultureInfo.InvariantCulture)} {miss.Unit}");
                }

                foreach (var (gold, predicted) in score.WrongUnit)
                {
                    Console.WriteLine($"      unit     {gold.Surface}: {predicted.Unit}, gold {gold.Unit}");
                }

                foreach (var spurious in score.Spurious)
                {
                    Console.WriteLine($"      extra    {spurious.Surface} = {spurious.Value.ToString(CultureInfo.InvariantCulture)} {spurious.Unit}");
                }
            }
        }

        Console.WriteLine();
    }

    private static void Print(string name, List<SentenceScore> scores)
    {
        var gold = scores.Sum(s => s.Sentence.Quantities.Count);
        var predicted = scores.Sum(s => s.Predicted.Count);
        var values = scores.Sum(s => s.ValueMatches);
        var units = scores.Sum(s => s.UnitMatches);
        double Div(double a, double b) => b == 0 ? 0 : a / b;
        var p = Div(values, predicted);
        var rc = Div(values, gold);
        var f1 = Div(2 * p * rc, p + rc);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-28} {scores.Count,4} sentences, {gold,4} gold, {predicted,4} predicted | value P {p:F3} R {rc:F3} F1 {f1:F3} | unit P {Div(units, predicted):F3} R {Div(units, gold):F3} (right unit on {units} of {values} matched values)"));
    }

    private static void Speed(int rounds)
    {
        if (DataPaths.Find("extraction-benchmark") is { } extraction)
        {
            Speed("extraction ground-truth bodies (full articles)", CleaningCorpus.LoadExtraction(extraction).Select(ToDocument).ToList(), rounds * 20);
        }

        if (DataPaths.Find(Path.Combine("mds", "neus")) is { } neus)
        {
            Speed("NeuS leads", CleaningCorpus.LoadNeus(neus).Select(ToDocument).ToList(), rounds);
        }
    }

    private static void Speed(string name, List<NewsDocument> documents, int rounds)
    {
        if (documents.Count == 0)
        {
            return;
        }

        using var peak = new PeakSampler();
        var figures = 0;
        foreach (var doc in documents)
        {
            figures += FigureExtractor.Extract(doc).Count; // warm-up
        }

        var characters = documents.Sum(d => (long)d.Text.Length);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var doc in documents)
            {
                FigureExtractor.Extract(doc);
            }
        }

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var articles = (double)rounds * documents.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: {articles / watch.Elapsed.TotalSeconds:F0} articles/s ({rounds * characters / 1e6 / watch.Elapsed.TotalSeconds:F1} M chars/s) on one thread " +
            $"(target >= 2,000: {(articles / watch.Elapsed.TotalSeconds >= 2000 ? "met" : "NOT met")}); {documents.Count} {name} " +
            $"({characters / documents.Count} chars on average) x {rounds} rounds; {figures} figures, {(double)figures / documents.Count:F1} per article; " +
            $"{allocated / articles / 1024:F1} KB allocated per article; peak working set {peak.Peak / 1e6:F0} MB"));
    }

    private static NewsDocument ToDocument(SourceArticle source)
    {
        var article = new Article(source.Id, new SourceLocation(source.Id), ContentKind.PlainText, source.PristineText, new ArticleMetadata { Title = source.Title });
        var doc = new NewsDocument(article);
        doc.SetParagraphs(source.Paragraphs);
        return doc;
    }

    private static int Dump(List<string> paths)
    {
        var reader = new InputReader();
        var processor = new ArticleProcessor();
        foreach (var article in reader.Read(paths, problem => Console.Error.WriteLine(problem)))
        {
            var doc = processor.Process(article);
            if (doc is null)
            {
                continue;
            }

            Console.WriteLine($"== {doc.Id} ({doc.Metadata.Language})");
            foreach (var f in doc.Figures)
            {
                var value = f.UpperValue is { } upper ? $"{f.Value.ToString(CultureInfo.InvariantCulture)}..{upper.ToString(CultureInfo.InvariantCulture)}" : f.Value.ToString(CultureInfo.InvariantCulture);
                Console.WriteLine($"  p{f.Paragraph} [{f.TextIn(doc.Text)}] {value} {f.Unit.Name} {f.Qualifier} {f.Kind} counted=\"{f.Counted}\" speaker={f.Speaker ?? "-"} time={f.TimeReference ?? "-"}{(f.IsEarlier ? " EARLIER" : "")}{(f.IsConversion ? " CONVERSION" : "")}");
            }
        }

        return 0;
    }
}
