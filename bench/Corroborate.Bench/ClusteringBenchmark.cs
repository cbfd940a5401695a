using System.Diagnostics;
using System.Globalization;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Clustering;
using Corroborate.Stories;
using static Corroborate.Bench.BenchArgs;

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
    private static int TrainingCandidates = 1;
    private static bool Search;
    private static double JitterHours;

    // The set's items in stream order; with jitter, each article's time is moved around its story's (AllSides and
    // NeuS give all articles the story's time) by a fixed pseudo-random amount within ±hours, and the stream
    // follows the new times: real coverage of one event spreads over hours.
    private static List<ClusterItem> Items(ClusteringSet set, double hours)
    {
        var items = set.Articles.Select(a => a.ToItem()).ToList();
        return hours <= 0 ? items : items
            .Select(item => item with { Published = item.Published?.AddHours(hours * ((Hash(item.Id) % 2001) / 1000.0 - 1)) })
            .OrderBy(item => item.Published).ThenBy(item => item.Id, StringComparer.Ordinal).ToList();
    }

    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
    private static bool Diagnose;
    private static int OnPolicyRounds;
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

        if (!TryScaleSizes(OptionValue(args, "--scale"), DefaultScale, out var sizes))
        {
            Console.Error.WriteLine("--scale takes sizes separated by commas (10000,100000) or 0 for none");
            return 2;
        }

        var seed = int.TryParse(OptionValue(args, "--seed"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var trainSplit = args.Contains("--train-split");
        JitterHours = Number(args, "--jitter") ?? 0;

        _options = new ClusteringOptions();
        if (Number(args, "--join") is { } join)
        {
            _options = _options with { JoinThreshold = join };
        }

        if (Number(args, "--title-weight") is { } titleWeight)
        {
            _options = _options with { TitleWeight = titleWeight };
        }

        if (Number(args, "--half-life") is { } halfLife)
        {
            _options = _options with { HalfLifeDays = halfLife };
        }

        if (Number(args, "--entity-weight") is { } entityWeight)
        {
            _options = _options with { EntityWeight = entityWeight };
        }

        if (args.Contains("--no-plurals"))
        {
            _options = _options with { StripPlurals = false };
        }

        if (args.Contains("--model"))
        {
            _options = _options with { JoinModel = StoryJoinModel.Trained };
        }

        if (args.Contains("--bigrams"))
        {
            _options = _options with { HeadlineBigrams = true };
        }

        if ((args.Contains("--vectors") || args.Contains("--train-vectors")) && neusFolder is not null && allSidesPath is not null)
        {
            // NeuS train stories, without those whose headlines are in the AllSides train file (they would leak
            // the check split's text into the vectors).
            var seen = AllSidesClustering.Load(allSidesPath).Articles.SelectMany(a => new[] { "t:" + Key(a.Title), "b:" + Key(a.Text) }).ToHashSet(StringComparer.Ordinal);
            var train = NeusClustering.Load(neusFolder).First(x => x.Name == "neus-train");
            var stories = train.Articles.GroupBy(a => a.Gold).Where(g => !g.Any(a => seen.Contains("t:" + Key(a.Title)) || seen.Contains("b:" + Key(a.Text))))
                .Select(g => (IReadOnlyList<IReadOnlyList<string>>)g.Select(a => (IReadOnlyList<string>)StoryClusterer.TermsOf((a.Title ?? "") + "\n" + a.Text, _options.StripPlurals)).ToList())
                .ToList();
            var watch = Stopwatch.StartNew();
            var vectors = WordVectors.Train(stories);
            var frequencies = TermFrequencies.Build(stories.SelectMany(story => story));
            Console.WriteLine($"word vectors and term frequencies from {N(stories.Count)} neus-train stories in {watch.Elapsed.TotalSeconds:F1} s");
            if (args.Contains("--train-vectors"))
            {
                var folder = Path.Combine(RepositoryRoot(), "src", "Corroborate.Core", "Stories");
                foreach (var (name, write) in new (string, Action<Stream>)[] { ("word-vectors.bin", vectors.Write), ("term-frequencies.bin", frequencies.Write) })
                {
                    var path = Path.Combine(folder, name);
                    using (var file = File.Create(path))
                    {
                        write(file);
                    }

                    Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1e6:F2} MB)");
                }

                return 0;
            }

            _options = _options with { WordVectors = vectors, Background = frequencies };
        }

        ShowFollowUps = args.Contains("--follow-ups");
        if (Number(args, "--follow-up") is { } followUp)
        {
            _options = _options with { FollowUpThreshold = followUp };
        }

        if (args.Contains("--no-background"))
        {
            _options = _options with { Background = null };
        }

        if (Number(args, "--background") is { } backgroundWeight)
        {
            _options = _options with { BackgroundWeight = backgroundWeight };
        }

        if (args.Contains("--no-vectors"))
        {
            _options = _options with { WordVectors = null, DenseWeight = 0 };
        }

        if (Number(args, "--dense") is { } denseWeight)
        {
            _options = _options with { DenseWeight = denseWeight };
        }

        if (args.Contains("--grid"))
        {
            if (allSidesPath is null)
            {
                Console.WriteLine("skipped: --grid needs news-clustering/allsides-2021.train.jsonl");
                return 0;
            }

            Grid(AllSidesClustering.Load(allSidesPath));
            return 0;
        }

        if (args.Contains("--train"))
        {
            if (allSidesPath is null)
            {
                Console.WriteLine("skipped: --train needs news-clustering/allsides-2021.train.jsonl");
                return 0;
            }

            if (int.TryParse(OptionValue(args, "--candidates"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var k))
            {
                TrainingCandidates = k;
            }

            Search = args.Contains("--search");
            Diagnose = args.Contains("--diagnose");
            OnPolicyRounds = int.TryParse(OptionValue(args, "--on-policy"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rounds) ? rounds : 0;
            Train(AllSidesClustering.Load(allSidesPath));
            return 0;
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
            MeasureQuality(set, args.Contains("--verbose") && set.Name == (OptionValue(args, "--verbose-set") ?? "allsides-tune"));
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

    private static bool ShowFollowUps { get; set; }

    private static void MeasureQuality(ClusteringSet set, bool verbose = false)
    {
        var items = Items(set, JitterHours);

        var clusterer = new StoryClusterer(_options);
        var atArrival = new Dictionary<string, string>(StringComparer.Ordinal);
        var follows = new Dictionary<string, string>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        foreach (var item in items)
        {
            var story = clusterer.Add(item);
            atArrival[item.Id] = story;
            if (clusterer.FollowsOf(story) is { } earlier)
            {
                follows.TryAdd(story, earlier);
            }
        }

        watch.Stop();
        var gold = set.Gold;
        var score = ClusteringScore.Evaluate(gold, clusterer.Assignments);
        Console.WriteLine($"  {set.Name,-15} {N(set.Articles.Count),8} | {Row(score)} | {Rate(set.Articles.Count, watch.Elapsed),10}");
        if (ShowFollowUps && verbose)
        {
            var first = items.GroupBy(i => atArrival[i.Id]).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var (later, earlier) in follows)
            {
                Console.WriteLine($"    follow-up {(first[later].Published - first[earlier].Published)?.TotalDays:0.#} d: {first[later].Title}  <-  {first[earlier].Title}");
            }
        }

        Console.WriteLine($"    {N(follows.Count)} of {N(atArrival.Values.Distinct().Count())} stories follow an earlier one");
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

    // Fits the join model on the tune split only: replays it with every article put in its gold story, labels each
    // (article, live candidate) pair by whether the candidate is the article's gold story, fits logistic regression,
    // then picks the join probability with the best pairwise F1 when the tune split is clustered with the model.
    private static void Train(ClusteringSet allSides)
    {
        var (tune, check) = allSides.SplitByStoryDate(TuneShare, "allsides-tune", "allsides-check");
        _options = _options with { JoinModel = StoryJoinModel.Plain(_options.JoinThreshold) };
        var samples = new List<(double[] Features, bool Joined)>();
        var replay = new StoryClusterer(_options);
        var storyOfGold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in tune.Articles)
        {
            var candidates = new List<JoinCandidate>();
            var target = storyOfGold.GetValueOrDefault(article.Gold);
            storyOfGold[article.Gold] = replay.AddTo(article.ToItem(), target, candidates);
            if (Diagnose && target is null)
            {
                Console.WriteLine($"diag new {candidates.Select(c => c.Features[0]).DefaultIfEmpty(0).Max():F3}");
            }

            if (Diagnose && target is not null)
            {
                var positive = candidates.FirstOrDefault(c => c.StoryId == target);
                var negative = candidates.Where(c => c.StoryId != target).Select(c => c.Features[0]).DefaultIfEmpty(0).Max();
                Console.WriteLine($"diag {(positive is null ? "missing" : positive.Features[0] > negative ? "top" : "below")} pos {positive?.Features[0] ?? 0:F3} neg {negative:F3} {article.Title}");
            }

            // The decision is between the few most similar stories: far ones would only teach what is easy.
            samples.AddRange(candidates.OrderByDescending(c => c.Features[0]).Take(TrainingCandidates).Select(c => (c.Features, c.StoryId == target)));
        }

        Console.WriteLine($"join model: {N(samples.Count)} (article, candidate) pairs from the tune split, {N(samples.Count(s => s.Joined))} joined");
        var fitted = StoryJoinModel.Fit(samples);
        for (var round = 0; round < OnPolicyRounds; round++)
        {
            // The states the model itself reaches: its stories are not pure, so a candidate counts as the article's
            // story when most of its articles so far are of the article's gold story.
            var model0 = fitted.AtProbability(0.5);
            var online = new StoryClusterer(_options with { JoinModel = model0 });
            var goldOf = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            var added = 0;
            foreach (var article in tune.Articles)
            {
                var candidates = new List<JoinCandidate>();
                var story = online.Add(article.ToItem(), candidates);
                foreach (var c in candidates.OrderByDescending(c => c.Features[0]).Take(TrainingCandidates))
                {
                    var members = goldOf[c.StoryId];
                    var majority = members.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
                    samples.Add((c.Features, majority == article.Gold));
                    added++;
                }

                if (!goldOf.TryGetValue(story, out var counts))
                {
                    counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    goldOf[story] = counts;
                }

                counts[article.Gold] = counts.GetValueOrDefault(article.Gold) + 1;
            }

            fitted = StoryJoinModel.Fit(samples);
            Console.WriteLine($"  on-policy round {round + 1}: {N(added)} more pairs");
        }

        var results = new List<(double Probability, ClusteringScore Score)>();
        for (var p = 0.05; p < 0.951; p += 0.025)
        {
            results.Add((p, Cluster(tune, _options with { JoinModel = fitted.AtProbability(p) })));
        }

        foreach (var (p, score) in results)
        {
            Console.WriteLine($"  p {p:F3}: tune {Row(score)}");
        }

        var best = results.OrderByDescending(r => Math.Round(r.Score.PairF1, 4)).ThenBy(r => Math.Abs(r.Probability - 0.5)).First();
        var model = fitted.AtProbability(best.Probability);
        if (Search)
        {
            model = SearchWeights(tune, model, best.Score.PairF1);
        }

        Console.WriteLine($"chosen join probability {best.Probability:F3}; weights for StoryJoinModel.Trained:");
        Console.WriteLine($"  new([{string.Join(", ", model.Weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))}], {model.Bias.ToString("R", CultureInfo.InvariantCulture)})");
        for (var i = 0; i < model.Weights.Count; i++)
        {
            Console.WriteLine($"    {model.Weights[i],8:F3}  {StoryJoinModel.FeatureNames[i]}");
        }

        foreach (var set in new[] { allSides, tune, check })
        {
            Console.WriteLine($"  {set.Name,-15} {Row(Cluster(set, _options with { JoinModel = model }))}");
        }
    }

    // Coordinate search on the tune split's pairwise F1, from the fitted model: each weight (and the bias) scaled
    // by a few factors, a change kept only when it gains; three rounds.
    private static StoryJoinModel SearchWeights(ClusteringSet tune, StoryJoinModel model, double f1)
    {
        double[] factors = [0, 0.5, 0.75, 0.9, 1.1, 1.33, 2];
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i <= model.Weights.Count; i++)
            {
                foreach (var factor in factors)
                {
                    var weights = model.Weights.ToArray();
                    var bias = model.Bias;
                    if (i < weights.Length)
                    {
                        weights[i] *= factor;
                    }
                    else if (factor > 0)
                    {
                        bias *= factor;
                    }

                    var trial = new StoryJoinModel(weights, bias);
                    var score = Cluster(tune, _options with { JoinModel = trial }).PairF1;
                    if (score > f1 + 1e-4)
                    {
                        (model, f1) = (trial, score);
                    }
                }
            }

            Console.WriteLine($"  search round {round + 1}: tune pairwise F1 {F(f1)}");
        }

        return model;
    }

    // Grid search of the plain similarity's settings on the tune split only; the best few are then shown on all parts.
    private static void Grid(ClusteringSet allSides)
    {
        var (tune, check) = allSides.SplitByStoryDate(TuneShare, "allsides-tune", "allsides-check");
        var results = new List<(ClusteringOptions Options, double F1)>();
        if (_options.WordVectors is not null)
        {
            // With word vectors: their weight and the threshold (the term settings stay as they are).
            foreach (var dense in new[] { 0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5 })
            {
                for (var join = 0.10; join < 0.545; join += 0.01)
                {
                    var options = _options with { JoinModel = null, DenseWeight = dense, JoinThreshold = Math.Round(join, 2) };
                    results.Add((options, GridF1(tune, options)));
                }
            }
        }

        foreach (var plurals in _options.WordVectors is null ? new[] { false, true } : [])
        {
            foreach (var title in new[] { 2.0, 3.0, 4.0 })
            {
                foreach (var entity in new[] { 1.0, 1.5, 2.0 })
                {
                    for (var join = 0.13; join < 0.215; join += 0.01)
                    {
                        var options = _options with { JoinModel = null, StripPlurals = plurals, TitleWeight = title, EntityWeight = entity, JoinThreshold = Math.Round(join, 2) };
                        results.Add((options, GridF1(tune, options)));
                    }
                }
            }
        }

        if (_options.WordVectors is not null)
        {
            // A flat optimum travels better than a sharp one: each setting scored by the mean tune F1 of it and its
            // neighbours (one step of weight and threshold either way).
            var f1Of = results.ToDictionary(r => (r.Options.DenseWeight, r.Options.JoinThreshold), r => r.F1);
            var smoothed = results.Select(r =>
            {
                var near = f1Of.Where(p => Math.Abs(p.Key.DenseWeight - r.Options.DenseWeight) < 0.051 && Math.Abs(p.Key.JoinThreshold - r.Options.JoinThreshold) < 0.011).Select(p => p.Value).ToList();
                return (r.Options, F1: near.Average());
            }).OrderByDescending(r => r.F1).Take(3).ToList();
            foreach (var (options, f1) in smoothed)
            {
                Console.WriteLine($"smoothed: dense {options.DenseWeight} join {options.JoinThreshold:F2}: mean tune F1 around it {F(f1)}, itself {F(f1Of[(options.DenseWeight, options.JoinThreshold)])}");
                foreach (var set in new[] { allSides, tune, check })
                {
                    Console.WriteLine($"  {set.Name,-15} {Row(Cluster(set, options))}");
                    if (JitterHours > 0)
                    {
                        Console.WriteLine($"  {set.Name + "±" + JitterHours + "h",-15} {Row(Cluster(set, options, JitterHours))}");
                    }
                }
            }
        }

        foreach (var (options, f1) in results.OrderByDescending(r => r.F1).Take(8))
        {
            Console.WriteLine($"plurals {options.StripPlurals,-5} title {options.TitleWeight} entity {options.EntityWeight} dense {options.DenseWeight} join {options.JoinThreshold:F2}: tune {F(f1)}");
            foreach (var set in new[] { allSides, tune, check })
            {
                Console.WriteLine($"  {set.Name,-15} {Row(Cluster(set, options))}");
            }
        }
    }

    // The grid's objective: tune pairwise F1 with the data's own times, averaged with --jitter H given with F1 when
    // article times are spread ±H hours (so that settings which only work when a story's articles share one time lose).
    private static double GridF1(ClusteringSet tune, ClusteringOptions options) =>
        JitterHours > 0 ? (Cluster(tune, options).PairF1 + Cluster(tune, options, JitterHours).PairF1) / 2 : Cluster(tune, options).PairF1;

    private static ClusteringScore Cluster(ClusteringSet set, ClusteringOptions options, double jitterHours = 0)
    {
        var clusterer = new StoryClusterer(options);
        foreach (var item in Items(set, jitterHours))
        {
            clusterer.Add(item);
        }

        return ClusteringScore.Evaluate(set.Gold, clusterer.Assignments);
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    // Letters and digits of the start of a text, lower case: the same headline or lead however it was punctuated.
    private static string Key(string? text) =>
        new string((text ?? "").ToLowerInvariant().Where(char.IsLetterOrDigit).Take(60).ToArray());

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string Rate(int count, TimeSpan elapsed) => N((long)(count / Math.Max(elapsed.TotalSeconds, 1e-9)));

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
