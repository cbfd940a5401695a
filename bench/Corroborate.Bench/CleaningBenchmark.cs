using System.Diagnostics;
using System.Globalization;
using System.Text;
using Corroborate.Cleaning;
using Corroborate.Documents;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Cleaning;
using static Corroborate.Bench.BenchArgs;

namespace Corroborate.Bench;

/// <summary>
/// Scraped-text cleaning on real article bodies with seeded, injected residue: residue removed, real text
/// kept (also on pristine bodies), per residue kind, metadata recovered, then speed on one core.
/// Tuning sets: extraction ground truth and AllSides; held-out check: NeuS.
/// </summary>
internal static class CleaningBenchmark
{
    private const int DefaultSeed = 20260220;

    public static int Run(string[] args)
    {
        var extractionRoot = DataPaths.Find("extraction-benchmark");
        var allSidesPath = DataPaths.Find(Path.Combine("news-clustering", "allsides-2021.train.jsonl"));
        var neusFolder = DataPaths.Find(Path.Combine("mds", "neus"));
        if (extractionRoot is null && allSidesPath is null && neusFolder is null)
        {
            Console.WriteLine("skipped: ../shared/data (extraction-benchmark, news-clustering, mds/neus) not found (set CORROBORATE_DATA to the data folder)");
            return 0;
        }

        var verbose = args.Contains("--verbose");
        var show = int.TryParse(OptionValue(args, "--show"), CultureInfo.InvariantCulture, out var n) ? n : 20;
        var seed = int.TryParse(OptionValue(args, "--seed"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var rounds = int.TryParse(OptionValue(args, "--rounds"), CultureInfo.InvariantCulture, out var r) ? r : 5;
        var limit = int.TryParse(OptionValue(args, "--limit"), CultureInfo.InvariantCulture, out var l) ? l : int.MaxValue;

        var sets = new List<(string Name, bool HeldOut, List<SourceArticle> Articles)>();
        if (extractionRoot is not null)
        {
            sets.Add((CleaningCorpus.ExtractionSet, false, CleaningCorpus.LoadExtraction(extractionRoot).Take(limit).ToList()));
        }
        else
        {
            Console.WriteLine("skipped set: extraction-benchmark not found");
        }

        if (allSidesPath is not null)
        {
            sets.Add((CleaningCorpus.AllSidesSet, false, CleaningCorpus.LoadAllSides(allSidesPath).Take(limit).ToList()));
        }
        else
        {
            Console.WriteLine("skipped set: news-clustering/allsides-2021.train.jsonl not found");
        }

        if (neusFolder is not null)
        {
            sets.Add((CleaningCorpus.NeusSet, true, CleaningCorpus.LoadNeus(neusFolder).Take(limit).ToList()));
        }
        else
        {
            Console.WriteLine("skipped set: mds/neus not found");
        }

        var injector = new ResidueInjector(sets.SelectMany(set => set.Articles).ToList());
        var cleaner = new ScrapedTextCleaner();
        Console.WriteLine($"cleaning benchmark: seed {seed}; " + string.Join(", ", sets.Select(set => $"{set.Name} {set.Articles.Count} articles{(set.HeldOut ? " (held out)" : "")}")));

        if (OptionValue(args, "--explain") is { } explain)
        {
            return Explain(sets, injector, cleaner, seed, explain);
        }

        var tuning = new CleaningScore();
        var heldOut = new CleaningScore();
        var texts = new List<string>();
        for (var setIndex = 0; setIndex < sets.Count; setIndex++)
        {
            var (name, isHeldOut, articles) = sets[setIndex];
            var score = new CleaningScore();
            for (var i = 0; i < articles.Count; i++)
            {
                var injected = injector.Inject(articles[i], ArticleSeed(seed, setIndex, i));
                texts.Add(injected.Text);
                score.AddInjected(injected, cleaner.Clean(injected.Text, injected.Metadata));
                score.AddPristine(articles[i], cleaner.Clean(articles[i].PristineText, new ArticleMetadata { Title = articles[i].Title }));
            }

            PrintSummary(name, score);
            (isHeldOut ? heldOut : tuning).Add(score);
        }

        Console.WriteLine();
        PrintDetail("tuning sets (extraction-gt + allsides)", tuning, verbose, show);
        if (heldOut.Articles > 0)
        {
            PrintDetail("held-out set (neus)", heldOut, verbose, show);
        }

        MeasureSpeed(cleaner, texts, rounds);
        return 0;
    }

    // Shows one injected article, what the cleaner kept and what it removed.
    private static int Explain(List<(string Name, bool HeldOut, List<SourceArticle> Articles)> sets, ResidueInjector injector, ScrapedTextCleaner cleaner, int seed, string idPrefix)
    {
        for (var setIndex = 0; setIndex < sets.Count; setIndex++)
        {
            var articles = sets[setIndex].Articles;
            for (var i = 0; i < articles.Count; i++)
            {
                if (!articles[i].Id.StartsWith(idPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var injected = injector.Inject(articles[i], ArticleSeed(seed, setIndex, i));
                var cleaned = cleaner.Clean(injected.Text, injected.Metadata);
                Console.WriteLine($"== {articles[i].Id} ({injected.Format}), title given: {injected.Metadata.Title}");
                foreach (var unit in injected.Units)
                {
                    Console.WriteLine($"  unit [{unit.Kind ?? "real"}] {Shorten(unit.Text)}");
                }

                Console.WriteLine("-- text --");
                Console.WriteLine(injected.Text);
                Console.WriteLine("-- kept --");
                foreach (var paragraph in cleaned.Paragraphs)
                {
                    Console.WriteLine($"  {Shorten(paragraph)}");
                }

                Console.WriteLine("-- removed --");
                foreach (var removed in cleaned.Removed)
                {
                    Console.WriteLine($"  [{removed.Reason}] {Shorten(removed.Text)}");
                }

                var m = cleaned.Metadata;
                Console.WriteLine($"-- metadata: title '{m.Title}', authors [{string.Join("; ", m.Authors)}], published {m.Published:yyyy-MM-dd}, url {m.Url}, site {m.SiteName}");
                Console.WriteLine($"   expected: authors [{string.Join("; ", injected.Expected.Authors)}], published {injected.Expected.Published}, url {injected.Expected.Url}, site {injected.Expected.SiteName}");
                return 0;
            }
        }

        Console.WriteLine($"no article id starts with '{idPrefix}'");
        return 1;
    }

    private static string Shorten(string text)
    {
        text = text.Replace('\n', ' ');
        return text.Length <= 140 ? text : text[..140] + "…";
    }

    private static int ArticleSeed(int seed, int setIndex, int index) =>
        unchecked((seed * 397) ^ (setIndex * 1_000_003) ^ (index * 7919));

    private static void PrintSummary(string name, CleaningScore score) =>
        Console.WriteLine(
            $"  {name,-14} residue removed {Percent(score.ResidueRemovedShare)} of lines ({Percent(score.ResidueCharactersRemovedShare)} of chars); " +
            $"real text kept {Percent(score.RealKeptShare)}; pristine kept {Percent(score.PristineKeptShare)} " +
            $"({score.PristineRemovals.Count} removals on {score.PristineArticles} bodies)");

    private static void PrintDetail(string title, CleaningScore score, bool verbose, int show)
    {
        Console.WriteLine($"{title}: {score.Articles} articles");
        Console.WriteLine($"  residue removed:   {Percent(score.ResidueRemovedShare)} of {score.Kinds.Values.Sum(k => k.Injected)} injected lines, {Percent(score.ResidueCharactersRemovedShare)} of characters   (target >= 95%: {Verdict(score.ResidueRemovedShare >= 0.95)})");
        Console.WriteLine($"  real text kept:    {Percent(score.RealKeptShare)} of {score.RealTokens} word tokens   (target >= 99%: {Verdict(score.RealKeptShare >= 0.99)}); false removals {score.FalseRemovals.Count}");
        Console.WriteLine($"  pristine kept:     {Percent(score.PristineKeptShare)} of {score.PristineTokens} word tokens; {score.PristineRemovals.Count} removals on {score.PristineArticles} untouched bodies");
        Console.WriteLine("  per kind            injected  removed  right reason");
        foreach (var (kind, counts) in score.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"    {kind,-20} {counts.Injected,6}  {Percent(counts.RemovedShare),7}  {Percent(counts.RightReasonShare),7}");
        }

        Console.WriteLine("  metadata from residue: " + string.Join(", ", score.MetadataChecks
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => $"{m.Key} {m.Value.Right}/{m.Value.Checked}")));

        if (verbose)
        {
            PrintLines("  false removals (real text removed, injected runs)", score.FalseRemovals, show);
            PrintLines("  removals on pristine bodies", score.PristineRemovals, show);
            PrintLines("  residue kept", score.Survivors, show);
        }

        Console.WriteLine();
    }

    private static void PrintLines(string title, List<ScoredLine> lines, int count)
    {
        Console.WriteLine($"{title}: {lines.Count}");
        foreach (var line in lines.Take(count))
        {
            var text = line.Text.Replace('\n', ' ');
            Console.WriteLine($"    [{line.Label}] {line.ArticleId[..Math.Min(14, line.ArticleId.Length)]}: {text[..Math.Min(130, text.Length)]}");
        }
    }

    private static void MeasureSpeed(ScrapedTextCleaner cleaner, List<string> texts, int rounds)
    {
        if (texts.Count == 0)
        {
            return;
        }

        var metadata = new ArticleMetadata();
        foreach (var text in texts)
        {
            cleaner.Clean(text, metadata);
        }

        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                cleaner.Clean(text, metadata);
            }
        }

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var articles = (double)rounds * texts.Count;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"speed: {articles / watch.Elapsed.TotalSeconds:F0} articles/s ({rounds * bytes / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s) on one thread, " +
            $"{texts.Count} injected articles x {rounds} rounds, {allocated / articles / 1024:F1} KB allocated per article; " +
            $"peak working set {process.PeakWorkingSet64 / 1e6:F0} MB");
    }

    private static string Percent(double share) => (share * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
