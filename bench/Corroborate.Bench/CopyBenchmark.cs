using System.Diagnostics;
using System.Globalization;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Copies;
using static Corroborate.Bench.BenchArgs;

namespace Corroborate.Bench;

/// <summary>
/// Copy detection on a perturbation set made from real articles (copies at controlled strengths, independent
/// same-story articles, partial pairs): copy-pair precision and recall, direction, origin grouping, links that
/// must not exist, then fingerprinting and detection speed and memory on scale sets of 10k to 100k articles.
/// </summary>
internal static class CopyBenchmark
{
    private const int DefaultSeed = 20260301;
    private static readonly int[] DefaultScale = [10_000, 100_000];

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

        var seed = IntOption(args, "--seed") ?? DefaultSeed;
        var options = new CopySetOptions
        {
            Seed = seed,
            CopiesPerOriginal = IntOption(args, "--copies") ?? 3,
            PartialPairs = IntOption(args, "--partials") ?? 30,
            MaximumOriginals = IntOption(args, "--limit") ?? int.MaxValue,
        };
        if (!TryScaleSizes(OptionValue(args, "--scale"), DefaultScale, out var sizes))
        {
            Console.Error.WriteLine("--scale takes sizes separated by commas (10000,30000,100000) or 0 for none");
            return 2;
        }

        var verbose = args.Contains("--verbose");
        var show = IntOption(args, "--show") ?? 10;

        var watch = Stopwatch.StartNew();
        var corpus = CopyCorpus.Load(extractionRoot, allSidesPath, neusFolder);
        var missing = new[] { (extractionRoot, "extraction-benchmark"), (allSidesPath, "news-clustering/allsides-2021.train.jsonl"), (neusFolder, "mds/neus") }
            .Where(set => set.Item1 is null).Select(set => set.Item2).ToList();
        Console.WriteLine(
            $"copy benchmark: seed {seed}; corpus {N(corpus.Articles.Count)} real articles (" +
            string.Join(", ", corpus.Articles.GroupBy(a => a.Set).Select(g => $"{g.Key} {N(g.Count())}")) +
            $") after dropping {N(corpus.Duplicates)} duplicates (stories merged {N(corpus.MergedStories)}) and {N(corpus.TooShort)} under {CopyCorpus.MinimumWords} words; " +
            $"{N(corpus.Overlapping.Count)} pairs share a quote or sentence; loaded in {watch.Elapsed.TotalSeconds:F1} s" +
            (missing.Count > 0 ? "; missing: " + string.Join(", ", missing) : ""));

        var explain = OptionValue(args, "--explain");
        var status = MeasureQuality(corpus, options, explain, verbose, show);
        if (explain is null && sizes.Length > 0)
        {
            MeasureScale(corpus, sizes, seed);
        }

        return status;
    }

    // The perturbation set: generated, detected, scored. Returns the exit code.
    private static int MeasureQuality(CopyCorpus corpus, CopySetOptions options, string? explain, bool verbose, int show)
    {
        var watch = Stopwatch.StartNew();
        var set = CopySetGenerator.Generate(corpus, options);
        var roles = set.Roles;
        Console.WriteLine(
            $"set: {N(roles.GetValueOrDefault(CopyRole.Original))} originals, {N(roles.GetValueOrDefault(CopyRole.Copy))} copies, " +
            $"{N(roles.GetValueOrDefault(CopyRole.Distractor))} distractors, {N(roles.GetValueOrDefault(CopyRole.PartialHost))} partial hosts = " +
            $"{N(set.Documents.Count)} documents in {N(set.Stories)} stories; generated in {watch.Elapsed.TotalSeconds:F1} s");

        if (explain is not null)
        {
            return Explain(set, new CopyDetector().Detect(set.Documents), explain);
        }

        var detector = new CopyDetector();
        watch.Restart();
        var analysis = detector.Detect(set.Documents);
        watch.Stop();
        Console.WriteLine($"detect: {watch.Elapsed.TotalSeconds:F2} s ({N((long)(set.Documents.Count / watch.Elapsed.TotalSeconds))} articles/s), {N(analysis.Links.Count)} links, {N(analysis.Origins.Count)} origin groups");
        var score = CopyScore.Evaluate(set.Gold, analysis);
        PrintQuality(score, set.Gold);
        if (verbose)
        {
            PrintExamples(set, score, show);
        }

        return 0;
    }

    private static void PrintQuality(CopyScore s, CopyGold gold)
    {
        Console.WriteLine(
            $"copy pairs: precision {Ratio(s.Precision)} ({N(s.CopyPairsPredicted)} predicted: {N(s.CopyPairsRight)} gold pairs, {N(s.CopyPairsSameOrigin)} between copies of one original)   (target >= 0.99: {Verdict(s.Precision >= 0.99)})");
        Console.WriteLine(
            $"  recall {Ratio(s.Recall)} of {N(s.GoldCopyPairs)} gold pairs; copies keeping >= 50%: {Ratio(s.KeptHalfOrMore.Share)} of {N(s.KeptHalfOrMore.Total)} (target >= 0.97: {Verdict(s.KeptHalfOrMore.Share >= 0.97)}); " +
            $"keeping < 50%: {Ratio(s.KeptLessThanHalf.Share)} of {N(s.KeptLessThanHalf.Total)}; linked only as partial: {N(s.FoundAsPartial)}");
        Console.WriteLine(
            $"  direction copy -> original right: {Percent(s.Direction.Share)} of {N(s.Direction.Total)} found (copies with the original's very time: {Percent(s.DirectionSameDate.Share)} of {N(s.DirectionSameDate.Total)})");
        Console.WriteLine(
            $"origins: pairwise precision {Ratio(s.OriginPairPrecision)} recall {Ratio(s.OriginPairRecall)}; BCubed precision {Ratio(s.BCubedPrecision)} recall {Ratio(s.BCubedRecall)}; " +
            $"original heads its group {Percent(s.OriginFirst.Share)} of {N(s.OriginFirst.Total)}; independent sources {N(s.PredictedOrigins)} predicted, {N(s.GoldOrigins)} gold");
        if (s.MissingFromOrigins + s.DuplicatedInOrigins + s.UnknownOrSelf > 0)
        {
            Console.WriteLine($"  analysis problems: {N(s.MissingFromOrigins)} articles in no origin group, {N(s.DuplicatedInOrigins)} listed twice, {N(s.UnknownOrSelf)} unknown ids or self links");
        }

        Console.WriteLine(
            $"independence: cross-story copy links {N(s.CrossStoryCopyLinks)} (target 0: {Verdict(s.CrossStoryCopyLinks == 0)}), partial links {N(s.CrossStoryLinks - s.CrossStoryCopyLinks)}; same-story independent pairs with any link {Percent(s.IndependentLinkedShare)} ({N(s.IndependentPairsLinked)} of {N(s.IndependentPairs)}; target < 1%: {Verdict(s.IndependentLinkedShare < 0.01)}); " +
            $"origins sharing a quote ({N(s.OverlappingPairs)} pairs): {N(s.OverlappingCopyLinks)} copy, {N(s.OverlappingPartialLinks)} partial links");
        Console.WriteLine(
            $"partial pairs: {N(s.Partials.Found)} of {N(s.Partials.Total)} found as partial ({Ratio(s.Partials.Share)}), {N(s.PartialsAsCopy)} as copy; {N(s.PartialsSeparate.Found)} kept in separate origins; " +
            $"they share {SharedRange(gold.Partials)}");
        Console.WriteLine($"  {"transformation",-19} {"strength",-37} {"copies",6} {"kept",5} {"recall",7} {"prec.",7} {"partial",7} {"direction",9}");
        foreach (var t in s.Transformations)
        {
            Console.WriteLine(
                $"  {t.Transformation,-19} {t.Strength,-37} {t.Copies,6} {t.MeanKeptShare,5:F2} {t.Recall,7:F3} {Fixed(t.Precision),7} {(double)t.FoundAsPartial / t.Copies,7:F3} {Fixed(t.DirectionAccuracy),9}");
        }

        Console.WriteLine("  (kept: mean share of the original's words in the copy; prec.: found / (found + wrong copy links at these copies); partial: linked only as partial)");
    }

    private static string SharedRange(IReadOnlyList<PartialGoldPair> partials) =>
        partials.Count == 0
            ? "nothing"
            : $"{partials.Min(p => p.SharedParagraphs)}-{partials.Max(p => p.SharedParagraphs)} paragraphs, {Percent(partials.Min(p => p.SharedShare))} to {Percent(partials.Max(p => p.SharedShare))} of a host's words";

    private static void PrintExamples(CopySet set, CopyScore score, int show)
    {
        var documents = set.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var verdict in new[] { LinkVerdict.CrossStory, LinkVerdict.SameStory, LinkVerdict.GoldPartialAsCopy, LinkVerdict.Overlapping })
        {
            var links = score.Links.Where(l => l.Verdict == verdict).ToList();
            Console.WriteLine($"{verdict} links: {links.Count}");
            foreach (var link in links.Take(show))
            {
                Console.WriteLine($"  {link.Article} -> {link.Of} ({link.Kind})");
                Console.WriteLine($"    {Shorten(documents[link.Article].Text)}");
                Console.WriteLine($"    {Shorten(documents[link.Of].Text)}");
            }
        }

        // Links between two copies of one original: was the family's origin chosen wrongly (and on a time tie),
        // and which transformations were involved.
        var goldByCopy = set.Gold.Copies.GroupBy(c => c.Copy).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var siblings = score.Links.Where(l => l.Verdict == LinkVerdict.SameOrigin).ToList();
        Console.WriteLine($"same-origin links: {siblings.Count}");
        foreach (var group in siblings
                     .Select(l => (Pair: goldByCopy.GetValueOrDefault(l.Of), Copy: goldByCopy.GetValueOrDefault(l.Article)))
                     .GroupBy(x => (Parent: x.Pair is null ? "?" : $"{x.Pair.Transformation} {x.Pair.Strength}{(x.Pair.SameDate ? " same-time" : "")}", Copy: ""))
                     .OrderByDescending(g => g.Count())
                     .Take(25))
        {
            Console.WriteLine($"  parent {group.Key.Parent,-55} copy {group.Key.Copy,-45} {group.Count()}");
        }

        Console.WriteLine($"missed copies: {score.Missed.Count}");
        foreach (var group in score.Missed.GroupBy(m => (m.Transformation, m.Strength)).OrderBy(g => CopyVariants.Order(g.Key.Transformation, g.Key.Strength)))
        {
            var examples = group.Take(Math.Max(1, show / 3)).Select(m => $"{m.Copy} of {m.Original} (kept {m.KeptShare:F2})");
            Console.WriteLine($"  {group.Key.Transformation} {group.Key.Strength}: {group.Count()}, e.g. {string.Join("; ", examples)}");
        }
    }

    // One document: what it is, its text, the links that name it.
    private static int Explain(CopySet set, CopyAnalysis analysis, string id)
    {
        if (!set.Gold.Articles.TryGetValue(id, out var article))
        {
            Console.WriteLine($"no document '{id}' (ids run d000001 to d{set.Documents.Count:D6})");
            return 1;
        }

        var document = set.Documents.First(d => d.Id == id);
        Console.WriteLine($"== {id}: {article.Role} of origin {article.Origin}, story {article.Story}, from {article.SourceId}");
        Console.WriteLine($"   title: {document.Metadata.Title}; published {document.Metadata.Published:yyyy-MM-dd HH:mm}");
        foreach (var pair in set.Gold.Copies.Where(c => c.Copy == id || c.Original == id))
        {
            Console.WriteLine($"   gold copy: {pair.Copy} of {pair.Original}, {pair.Transformation} {pair.Strength}, keeps {pair.KeptShare:F2}{(pair.SameDate ? ", same time" : "")}");
        }

        foreach (var pair in set.Gold.Partials.Where(p => p.First == id || p.Second == id))
        {
            Console.WriteLine($"   gold partial: {pair.First} ~ {pair.Second}, {pair.SharedParagraphs} paragraphs, {pair.SharedShare:F2} of the text");
        }

        foreach (var link in analysis.Links.Where(l => l.Article == id || l.Of == id))
        {
            Console.WriteLine($"   predicted: {link.Article} -> {link.Of} {link.Kind} containment {link.Containment:F2} resemblance {link.Resemblance:F2}, {link.SharedParagraphs.Count} shared paragraphs");
        }

        Console.WriteLine("-- text --");
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            Console.WriteLine($"[{i}] {document.ParagraphText(i)}");
        }

        return 0;
    }

    private static void MeasureScale(CopyCorpus corpus, int[] sizes, int seed)
    {
        var generator = new CopyScaleGenerator(corpus);
        Console.WriteLine($"scale: {string.Join(", ", sizes.Select(N))} articles; real bodies with {CopyScaleGenerator.UniqueEditRate * 100:F0}% of words edited as unique originals, 0-8 copies each");
        var times = new Dictionary<int, double>();
        foreach (var size in sizes)
        {
            Collect();
            var watch = Stopwatch.StartNew();
            var set = generator.Generate(size, seed ^ size);
            var generated = watch.Elapsed.TotalSeconds;
            var documents = set.Documents;
            var fingerprintRate = FingerprintRate(documents);

            Collect();
            var before = Environment.WorkingSet;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            CopyAnalysis analysis;
            long peak;
            using (var sampler = new PeakSampler())
            {
                watch.Restart();
                analysis = new CopyDetector().Detect(documents);
                watch.Stop();
                peak = sampler.Peak;
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            times[size] = watch.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            var score = CopyScore.Evaluate(set.Gold, analysis);
            Console.WriteLine(
                $"  {N(size),7}: generated in {generated:F1} s (not counted); fingerprint {N((long)fingerprintRate)} articles/s on one thread (target >= 10,000: {Verdict(fingerprintRate >= 10_000)}); " +
                $"detect {watch.Elapsed.TotalSeconds:F2} s, {N((long)(size / watch.Elapsed.TotalSeconds))} articles/s; working set {Mb(before)} before, peak {Mb(peak)} during detect (process peak {Mb(process.PeakWorkingSet64)}); " +
                $"{Mb(allocated)} allocated by detect; copy pairs precision {Ratio(score.Precision)} recall {Ratio(score.Recall)}, origin pairs precision {Ratio(score.OriginPairPrecision)} recall {Ratio(score.OriginPairRecall)}");
            if (size == 100_000)
            {
                Console.WriteLine($"  100k targets: under 60 s {Verdict(watch.Elapsed.TotalSeconds < 60)}, under 2 GB {Verdict(Math.Max(peak, process.PeakWorkingSet64) < 2_000_000_000)}");
            }
        }

        if (sizes.Length >= 2)
        {
            var (small, large) = (sizes.Min(), sizes.Max());
            Console.WriteLine($"  growth {N(small)} -> {N(large)}: detect time x{times[large] / times[small]:F1} (linear would be x{(double)large / small:F0})");
        }
    }

    // Articles per second of CopyDetector.Fingerprint over every document, one thread, after a warm-up.
    private static double FingerprintRate(IReadOnlyList<NewsDocument> documents)
    {
        var kept = 0;
        foreach (var document in documents.Take(1000))
        {
            kept += CopyDetector.Fingerprint(document) is null ? 0 : 1;
        }

        var watch = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            kept += CopyDetector.Fingerprint(document) is null ? 0 : 1;
        }

        watch.Stop();
        GC.KeepAlive(kept);
        return documents.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
    }

    private static string Shorten(string text)
    {
        text = text.Replace('\n', ' ');
        return text.Length <= 150 ? text : text[..150] + "…";
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    private static string Fixed(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";

    private static string Ratio(double? value) => value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture) : "n/a";

    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private static int? IntOption(string[] args, string name) =>
        int.TryParse(OptionValue(args, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
