using System.Diagnostics;
using System.Text;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Extraction;
using Corroborate.Extraction;
using static Corroborate.Bench.BenchArgs;

namespace Corroborate.Bench;

/// <summary>
/// Main-text extraction on the article-extraction benchmark: quality with the benchmark's own
/// metric, then speed on one core.
/// </summary>
internal static class ExtractionBenchmark
{
    public static int Run(string[] args)
    {
        var root = DataPaths.Find("extraction-benchmark");
        if (root is null)
        {
            Console.WriteLine("skipped: ../shared/data/extraction-benchmark not found (set CORROBORATE_DATA to the data folder)");
            return 0;
        }

        var data = ExtractionBenchmarkData.Load(root);
        var verbose = args.Contains("--verbose");
        var dump = OptionValue(args, "--dump");
        Console.WriteLine($"extraction benchmark: {data.GroundTruth.Count} pages from {root}");
        if (args.Contains("--baselines"))
        {
            foreach (var name in data.BaselineNames())
            {
                var score = data.Score(data.Baseline(name));
                Console.WriteLine($"  baseline {name,-16} F1 {score.F1:F3}  P {score.Precision:F3}  R {score.Recall:F3}  acc {score.Accuracy:F3}  empty {score.EmptyPredictions}");
            }
        }

        if (OptionValue(args, "--explain") is { } explain)
        {
            var id = data.GroundTruth.Keys.First(k => k.StartsWith(explain, StringComparison.Ordinal));
            if (args.Contains("--tree"))
            {
                PrintTree(Corroborate.Html.HtmlParser.Parse(ReadHtml(data.HtmlPath(id))), 0);
            }

            ArticleExtractor.Trace = Console.WriteLine;
            var article = new ArticleExtractor().Extract(ReadHtml(data.HtmlPath(id)));
            ArticleExtractor.Trace = null;
            Console.WriteLine($"method {article.Method}, {article.Paragraphs.Count} paragraphs, title '{article.Metadata.Title}', authors [{string.Join("; ", article.Metadata.Authors)}], published {article.Metadata.Published:O}, site '{article.Metadata.SiteName}', url {article.Metadata.Url}");
            Console.WriteLine(ShingleScorer.Score(data.GroundTruth[id], article.Text));
            foreach (var removed in article.Removed)
            {
                Console.WriteLine($"  removed [{removed.Reason}] {removed.Text[..Math.Min(100, removed.Text.Length)]}");
            }

            return 0;
        }

        if (args.Contains("--phases"))
        {
            var all = data.GroundTruth.Keys.Select(id => ReadHtml(data.HtmlPath(id))).ToList();
            var sw = new Stopwatch();
            for (var round = 0; round < 3; round++)
            {
                var parse = TimeSpan.Zero; var meta = TimeSpan.Zero; var render = TimeSpan.Zero; var full = TimeSpan.Zero;
                foreach (var html in all)
                {
                    sw.Restart(); var doc = Corroborate.Html.HtmlParser.Parse(html); parse += sw.Elapsed;
                    sw.Restart(); MetadataExtractor.Extract(doc); meta += sw.Elapsed;
                    sw.Restart(); Corroborate.Html.BlockRenderer.Render(doc); render += sw.Elapsed;
                    sw.Restart(); new ArticleExtractor().Extract(doc); full += sw.Elapsed;
                }

                var cleaner = new Corroborate.Cleaning.ScrapedTextCleaner();
                var clean = TimeSpan.Zero;
                var print = TimeSpan.Zero;
                var sanitize = TimeSpan.Zero;
                foreach (var html in all)
                {
                    sw.Restart(); Corroborate.Text.TextSanitizer.Clean(html); sanitize += sw.Elapsed;
                    var extracted = new ArticleExtractor().Extract(html);
                    sw.Restart(); var cleaned = cleaner.Clean(extracted.Paragraphs, extracted.Metadata); clean += sw.Elapsed;
                    var doc = new Corroborate.Documents.NewsDocument(Article(html));
                    doc.SetParagraphs(cleaned.Paragraphs);
                    sw.Restart(); Corroborate.Deduplication.CopyDetector.Fingerprint(doc); print += sw.Elapsed;
                }

                Console.WriteLine($"sanitize {sanitize.TotalMilliseconds:F0} ms, fingerprint {print.TotalMilliseconds:F0} ms");

                Console.WriteLine($"parse {parse.TotalMilliseconds:F0} ms, metadata {meta.TotalMilliseconds:F0} ms, render {render.TotalMilliseconds:F0} ms, extract-after-parse {full.TotalMilliseconds:F0} ms, clean {clean.TotalMilliseconds:F0} ms");
            }

            return 0;
        }

        var pages = data.GroundTruth.Keys.Select(id => (Id: id, Html: ReadHtml(data.HtmlPath(id)))).ToList();
        // By default measure what `corroborate extract` prints: extraction followed by cleaning.
        var extractOnly = args.Contains("--extract-only");
        var extractor = new ArticleExtractor();
        var processor = new Corroborate.Pipeline.ArticleProcessor();
        Func<string, string> run = extractOnly
            ? html => extractor.Extract(html).Text
            : html => processor.Process(Article(html))?.Text ?? "";
        Console.WriteLine(extractOnly ? "measuring: extraction only" : "measuring: extraction + cleaning (what `corroborate extract` prints)");
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        int withDate = 0, withTitle = 0, withAuthors = 0, urlDated = 0, agreesWithUrl = 0, withinADay = 0;
        foreach (var (id, html) in pages)
        {
            var article = extractor.Extract(html);
            predictions[id] = extractOnly ? article.Text : run(html);
            methods[id] = article.Method;
            var metadata = article.Metadata;
            withDate += metadata.Published is null ? 0 : 1;
            withTitle += string.IsNullOrWhiteSpace(metadata.Title) ? 0 : 1;
            withAuthors += metadata.Authors.Count > 0 ? 1 : 0;
            if (Corroborate.Text.DateParsing.FromUrl(data.Urls.GetValueOrDefault(id)) is { } urlDate)
            {
                urlDated++;
                if (metadata.Published is { } published)
                {
                    var days = Math.Abs(DateOnly.FromDateTime(published.DateTime).DayNumber - DateOnly.FromDateTime(urlDate.DateTime).DayNumber);
                    agreesWithUrl += days == 0 ? 1 : 0;
                    withinADay += days <= 1 ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"metadata: title on {withTitle}/{pages.Count} pages, authors on {withAuthors}, published date on {withDate}; on the {urlDated} pages whose URL carries a date, the published date (in its own time zone) is that same day on {agreesWithUrl} and within a day on {withinADay}");

        var result = data.Score(predictions);
        if (verbose)
        {
            var scored = data.GroundTruth
                .Select(pair => (pair.Key, Score: ShingleScorer.Score(pair.Value, predictions[pair.Key])))
                .OrderBy(p => p.Score.F1)
                .ToList();
            foreach (var (id, score) in scored.Take(40))
            {
                Console.WriteLine($"  {id[..12]} F1 {score.F1:F3} P {score.Precision ?? 0:F3} R {score.Recall:F3} via {methods[id]}");
            }
        }

        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            foreach (var (id, text) in predictions)
            {
                File.WriteAllText(Path.Combine(dump, id + ".pred.txt"), text);
                File.WriteAllText(Path.Combine(dump, id + ".gold.txt"), data.GroundTruth[id]);
            }
        }

        Console.WriteLine($"quality: F1 {result.F1:F3}  P {result.Precision:F3}  R {result.Recall:F3}  accuracy {result.Accuracy:F3}  empty {result.EmptyPredictions}/{result.Pages}");

        // Speed: one thread, after a warm-up pass; every page timed on its own.
        var rounds = int.TryParse(OptionValue(args, "--rounds"), out var r) ? r : 5;
        var bytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Html));
        var slowest = TimeSpan.Zero;
        var slowestId = "";
        var total = Stopwatch.StartNew();
        var watch = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (id, html) in pages)
            {
                watch.Restart();
                run(html);
                watch.Stop();
                if (watch.Elapsed > slowest)
                {
                    slowest = watch.Elapsed;
                    slowestId = id;
                }
            }
        }

        total.Stop();
        var pagesPerSecond = rounds * pages.Count / total.Elapsed.TotalSeconds;
        var megabytesPerSecond = rounds * bytes / 1e6 / total.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"speed: {pagesPerSecond:F0} pages/s ({megabytesPerSecond:F1} MB/s of HTML) on one thread over {rounds} rounds; slowest page {slowest.TotalMilliseconds:F1} ms ({slowestId[..Math.Min(12, slowestId.Length)]}); peak working set {process.PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }

    private static void PrintTree(Corroborate.Html.HtmlNode node, int depth)
    {
        if (depth > 14)
        {
            return;
        }

        foreach (var child in node.Children)
        {
            if (child.IsElement)
            {
                Console.WriteLine($"{new string(' ', depth * 2)}{child} ({child.Children.Count})");
                PrintTree(child, depth + 1);
            }
        }
    }

    private static Corroborate.Documents.Article Article(string html) =>
        new("page", new Corroborate.Documents.SourceLocation("page.html"), Corroborate.Documents.ContentKind.HtmlPage, html,
            new Corroborate.Documents.ArticleMetadata());

    private static string ReadHtml(string path) => File.ReadAllText(path, Encoding.UTF8);
}
