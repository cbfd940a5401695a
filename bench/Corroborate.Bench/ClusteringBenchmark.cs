using System.Diagnostics;
using System.Globalization;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Clustering;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Story clustering: each set streamed once, in date order, through one <see cref="StoryClusterer"/> and scored
/// over the whole stream (pairwise P/R/F1 as the headline, BCubed beside it), then speed and memory on synthetic
/// streams of 10k to 100k articles made from the real stories.
/// </summary>
internal static class ClusteringBenchmark
{
    private const int DefaultSeed = 20260315;
    private const double TuneShare = 0.7;
    private static readonly int[] DefaultScale = [10_000, 100_000];

    public static int Run(string[] args)
    {
        var allSidesPath = DataPaths.Find(AllSidesClustering.RelativePath);
        var neusFolder = DataPaths.Find(NeusClustering.RelativePath);
        if (allSidesPath is null && neusFolder is null)
        {
            Console.WriteLine("skipped: ../shared/data (news-clustering/allsides-2021.train.jsonl, mds/neus) not found (set CORROBORATE_DATA to the data folder)");
            return 0;
        }

        if (!TryScaleSizes(OptionValue(args, "--scale"), out var sizes))
        {
            Console.Error.WriteLine("--scale takes sizes separated by commas (10000,100000) or 0 for none");
            return 2;
        }

        var seed = int.TryParse(OptionValue(args, "--seed"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var trainSplit = args.Contains("--train-split");
        _options = new ClusteringOptions();
        if (double.TryParse(OptionValue(args, "--join"), NumberStyles.Float, CultureInfo.InvariantCulture, out var join))
        {
            _options = _options with { JoinThreshold = join };
        }

        if (double.TryParse(OptionValue(args, "--title-weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var titleWeight))
        {
            _options = _options with { TitleWeight = titleWeight };
        }

        if (double.TryParse(OptionValue(args, "--half-life"), NumberStyles.Float, CultureInfo.InvariantCulture, out var halfLife))
        {
            _options = _options with { HalfLifeDays = halfLife };
        }

        if (double.TryParse(OptionValue(args, "--entity-weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var entityWeight))
        {
            _options = _options with { EntityWeight = entityWeight };
        }

        var sets = new List<ClusteringSet>();
        if (allSidesPath is not null)
        {
            var allSides = AllSidesClustering.Load(allSidesPath);
            sets.Add(allSides);
            if (trainSplit)
            {
                var (tune, check) = allSides.SplitByStoryDate(TuneShare, "allsides-tune", "allsides-check");
                sets.Add(tune);
                sets.Add(check);
            }
        }

        if (neusFolder is not null)
        {
            sets.AddRange(NeusClustering.Load(neusFolder));
        }

        Console.WriteLine(
            "story clustering: one online pass per set in stream order, scored over the whole stream" +
            (allSidesPath is null ? "; missing: news-clustering/allsides-2021.train.jsonl" : "") +
            (neusFolder is null ? "; missing: mds/neus" : "") +
            (trainSplit ? $"; allsides-tune = first {TuneShare * 100:F0}% of stories by date, allsides-check = the rest (tune on one, report the other)" : ""));
        foreach (var problem in sets.SelectMany(set => set.Problems))
        {
            Console.WriteLine("  input problem: " + problem);
        }

        Console.WriteLine($"  {"set",-15} {"articles",8} | {"pairwise P",10} {"R",6} {"F1",6} | {"BCubed P",8} {"R",6} {"F1",6} | {"stories pred/gold",17} | {"articles/s",10}");
        WarmUp(sets[0]);
        foreach (var set in sets)
        {
            MeasureQuality(set, args.Contains("--verbose") && set.Name == "allsides-tune");
        }

        Console.WriteLine("  (allsides: dates are the story's, shared by its articles; neus: synthetic, one line every " +
            $"{NeusClustering.LineSpacing.TotalHours:F0} h, so stream order is line order)");

        if (sizes.Length > 0)
        {
            MeasureScale(sets.Where(set => !set.Name.StartsWith("allsides-", StringComparison.Ordinal)).ToList(), sizes, seed);
        }

        return 0;
    }

    // Compiles the clusterer's code paths on a throwaway instance so the first set's rate is not mostly JIT.
    private static void WarmUp(ClusteringSet set)
    {
        var clusterer = new StoryClusterer();
        foreach (var article in set.Articles.Take(100))
        {
            clusterer.Add(article.ToItem() with { Id = "warm-up:" + article.Id });
        }
    }

    // The options measured: the defaults unless --join, --title-weight, --half-life or --entity-weight say otherwise (for tuning
    // on the tune split only).
    private static ClusteringOptions _options = new();

    private static void MeasureQuality(ClusteringSet set, bool verbose = false)
    {
        var items = set.Articles.Select(a => a.ToItem()).ToList();
        var clusterer = new StoryClusterer(_options);
        var atArrival = new Dictionary<string, string>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        foreach (var item in items)
        {
            atArrival[item.Id] = clusterer.Add(item);
        }

        watch.Stop();
        var gold = set.Gold;
        var score = ClusteringScore.Evaluate(gold, clusterer.Assignments);
        Console.WriteLine($"  {set.Name,-15} {N(set.Articles.Count),8} | {Row(score)} | {Rate(set.Articles.Count, watch.Elapsed),10}");
        if (score.Unassigned + score.Unknown > 0)
        {
            Console.WriteLine($"    Assignments lacks {N(score.Unassigned)} articles and names {N(score.Unknown)} unknown ids");
        }

        if (verbose)
        {
            PrintErrors(set, clusterer.Assignments);
        }

        var changed = atArrival.Count(pair => clusterer.Assignments.GetValueOrDefault(pair.Key) != pair.Value);
        if (changed > 0)
        {
            // The final Assignments differ from what Add answered (stories merged or renamed later): show both.
            Console.WriteLine($"    {N(changed)} articles moved after arrival; scored as answered by Add: {Row(ClusteringScore.Evaluate(gold, atArrival))}");
        }
    }

    private static void MeasureScale(IReadOnlyList<ClusteringSet> real, int[] sizes, int seed)
    {
        var generator = new ClusteringScaleGenerator(real);
        Console.WriteLine(
            $"scale: {string.Join(", ", sizes.Select(size => N(size)))} articles from {N(generator.RealStories)} real stories; each replay edits {ClusteringScaleGenerator.StoryEditRate * 100:F0}% of the story's words " +
            $"(same in all its articles) and {ClusteringScaleGenerator.ArticleEditRate * 100:F0}% per article; {ClusteringScaleGenerator.StoriesPerDay} stories a day, replays of one real story a round apart");
        var results = new Dictionary<int, (double Seconds, long Growth)>();
        foreach (var size in sizes)
        {
            Collect();
            var watch = Stopwatch.StartNew();
            var set = generator.Generate(size, seed ^ size);
            var items = set.Articles.Select(a => a.ToItem()).ToList();
            var generated = watch.Elapsed.TotalSeconds;

            Collect();
            var before = Environment.WorkingSet;
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            // The stream keeps the story ids Add returns (one reference per article); the clusterer keeps only
            // what live stories and recent articles need.
            StoryClusterer clusterer;
            var storyOf = new string[items.Count];
            long peak;
            using (var sampler = new PeakSampler())
            {
                watch.Restart();
                clusterer = new StoryClusterer(_options with { RememberAssignments = false });
                for (var i = 0; i < items.Count; i++)
                {
                    storyOf[i] = clusterer.Add(items[i]);
                }

                watch.Stop();
                peak = sampler.Peak;
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            Collect();
            var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            var state = clusterer.ExportState(includeAssignments: false);
            Console.WriteLine($"           state at the end: {N(state.Stories.Count)} live stories of {N(state.StoryCount ?? 0)}, {N(state.Terms.Count(t => t.Length > 0))} terms known");
            var score = ClusteringScore.Evaluate(set.Gold, items.Select((item, i) => (item.Id, storyOf[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal));
            GC.KeepAlive(clusterer);
            results[size] = (watch.Elapsed.TotalSeconds, Math.Max(peak - before, 0));
            Console.WriteLine(
                $"  {N(size),7}: generated in {generated:F1} s (not counted); clustered in {watch.Elapsed.TotalSeconds:F2} s, {Rate(size, watch.Elapsed)} articles/s; " +
                $"working set {Mb(before)} before, peak {Mb(peak)} (+{Mb(Math.Max(peak - before, 0))}), managed heap +{Mb(Math.Max(retained, 0))} held after a full GC (clusterer and the stream's story ids); {Mb(allocated)} allocated");
            Console.WriteLine($"           {Row(score)}");
        }

        if (sizes.Length >= 2)
        {
            var (small, large) = (sizes.Min(), sizes.Max());
            var growth = results[small].Growth > 0 ? $"x{(double)results[large].Growth / results[small].Growth:F1}" : "n/a";
            Console.WriteLine(
                $"  growth {N(small)} -> {N(large)}: time x{results[large].Seconds / Math.Max(results[small].Seconds, 1e-9):F1}, peak working-set increase {growth} (linear would be x{(double)large / small:F0})");
        }
    }

    private static string Row(ClusteringScore s) =>
        $"{F(s.PairPrecision),10} {F(s.PairRecall),6} {F(s.PairF1),6} | {F(s.BCubedPrecision),8} {F(s.BCubedRecall),6} {F(s.BCubedF1),6} | {$"{N(s.PredictedClusters)}/{N(s.GoldClusters)}",17}";

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static bool TryScaleSizes(string? value, out int[] sizes)
    {
        sizes = DefaultScale;
        if (value is null)
        {
            return true;
        }

        var parsed = new List<int>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return false;
            }

            if (size > 0)
            {
                parsed.Add(size);
            }
        }

        sizes = [.. parsed.Distinct().Order()];
        return true;
    }

    // Gold stories split over several predicted ones, and predicted stories that join several gold ones, with titles.
    private static void PrintErrors(ClusteringSet set, IReadOnlyDictionary<string, string> predicted)
    {
        var byId = set.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        string Line(ClusteringArticle a) => $"      [{predicted[a.Id]}] {a.Published:MM-dd HH:mm} {a.Title}";
        var split = set.Articles.GroupBy(a => a.Gold).Where(g => g.Select(a => predicted[a.Id]).Distinct().Count() > 1).ToList();
        Console.WriteLine($"    split gold stories: {split.Count}");
        foreach (var story in split)
        {
            Console.WriteLine($"    gold {story.Key}:");
            foreach (var article in story)
            {
                Console.WriteLine(Line(article));
            }
        }

        var merged = set.Articles.GroupBy(a => predicted[a.Id]).Where(g => g.Select(a => a.Gold).Distinct().Count() > 1).ToList();
        Console.WriteLine($"    merged predicted stories: {merged.Count}");
        foreach (var story in merged)
        {
            Console.WriteLine($"    predicted {story.Key}:");
            foreach (var article in story)
            {
                Console.WriteLine($"      (gold {article.Gold}) {byId[article.Id].Published:MM-dd HH:mm} {article.Title}");
            }
        }
    }

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string Rate(int count, TimeSpan elapsed) => N((long)(count / Math.Max(elapsed.TotalSeconds, 1e-9)));

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
