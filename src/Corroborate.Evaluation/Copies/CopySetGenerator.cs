using System.Globalization;

namespace Corroborate.Evaluation.Copies;

/// <summary>
/// Builds the perturbation set from real articles. Every real body long enough becomes an original with
/// <see cref="CopySetOptions.CopiesPerOriginal"/> transformed copies, variants spread evenly over the catalogue
/// (each original gets the least-used variants that apply to it). Shorter bodies are distractors. The other
/// articles of an original's story stay in the set as independently written articles; a few triples of real
/// articles make partial pairs. Copies are published after their original (a set share at the very same time).
/// Documents are shuffled and get opaque ids (<c>d000001</c>...), so nothing but the text, headline and date tells
/// a copy from its original.
/// </summary>
public static class CopySetGenerator
{
    private static readonly DateTimeOffset FirstStoryDate = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Generates the set; the same corpus and options give the same set.</summary>
    public static CopySet Generate(CopyCorpus corpus, CopySetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new CopySetOptions();
        var random = new Random(options.Seed);
        var sources = corpus.Articles;
        var material = new CopyMaterial(sources);
        var dates = ArticleDates(sources, random);
        var entries = new List<Entry>();
        var used = new HashSet<string>(StringComparer.Ordinal);

        var partials = MakePartials(sources, options.PartialPairs, dates, random, entries, used);

        var remaining = sources.Where(s => !used.Contains(s.Id)).ToArray();
        random.Shuffle(remaining);
        var longEnough = remaining.Where(s => CopyText.CountTokens(s.Paragraphs) >= options.MinimumOriginalWords).ToList();
        var shorter = remaining.Where(s => CopyText.CountTokens(s.Paragraphs) < options.MinimumOriginalWords).ToList();
        var originals = longEnough.Take(options.MaximumOriginals).ToList();
        var distractors = originals.Count == longEnough.Count
            ? shorter
            : shorter.Take((int)((long)shorter.Count * originals.Count / Math.Max(1, longEnough.Count))).ToList();

        var counts = new int[CopyVariants.Catalog.Count];
        foreach (var original in originals)
        {
            MakeFamily(original, dates[original.Id], options, material, counts, random, entries);
        }

        foreach (var distractor in distractors)
        {
            entries.Add(Entry.Alone(distractor, distractor.Paragraphs.ToList(), distractor.Title, dates[distractor.Id], CopyRole.Distractor));
        }

        return Build(entries, partials, corpus.Overlapping, random);
    }

    // Chooses the family's variants: the least-used ones that apply, ties broken at random. A boilerplate-removed
    // variant changes the original itself, so it only comes alone.
    private static void MakeFamily(CopySource original, DateTimeOffset published, CopySetOptions options, CopyMaterial material, int[] counts, Random random, List<Entry> entries)
    {
        var catalog = CopyVariants.Catalog;
        var keys = catalog.Select(_ => random.NextDouble()).ToArray();
        var order = Enumerable.Range(0, catalog.Count).OrderBy(i => counts[i]).ThenBy(i => keys[i]).ToList();
        var body = original.Paragraphs;
        var copies = new List<(CopyVariant Variant, CopyDraft Draft)>();
        List<string>? originBody = null;
        foreach (var index in order)
        {
            if (copies.Count >= options.CopiesPerOriginal)
            {
                break;
            }

            var variant = catalog[index];
            if (variant.Transformation == CopyVariants.BoilerplateRemoved)
            {
                if (copies.Count > 0)
                {
                    continue;
                }

                originBody = CopyTransforms.AddBoilerplate(body, CopyVariants.Boilerplate(variant.Strength), material.Headlines, random);
                copies.Add((variant, new CopyDraft(body.ToList(), original.Title, variant.Transformation)));
                counts[index]++;
                break;
            }

            var draft = CopyVariants.Apply(variant, body, original.Title, material, random);
            if (draft is not null)
            {
                copies.Add((variant, draft));
                counts[index]++;
            }
        }

        originBody ??= body.ToList();
        var origin = Entry.Alone(original, originBody, original.Title, published, copies.Count > 0 ? CopyRole.Original : CopyRole.Distractor);
        entries.Add(origin);
        foreach (var (variant, draft) in copies)
        {
            entries.Add(origin.CopyOf(draft, variant.Strength, CopyDate(published, options.SameDateShare, random)));
        }
    }

    // Triples of real articles from three stories: a block of 2-3 paragraphs of the third goes into each of the
    // first two at a random place. Long hosts (8+ paragraphs) for every fourth pair, shorter ones otherwise (long
    // ones again when the shorter run out).
    private static List<(Entry First, Entry Second, int Shared, double Share)> MakePartials(
        IReadOnlyList<CopySource> sources, int pairs, Dictionary<string, DateTimeOffset> dates, Random random, List<Entry> entries, HashSet<string> used)
    {
        var result = new List<(Entry, Entry, int, double)>();
        var longHosts = Shuffled(sources.Where(s => s.Paragraphs.Count >= 8 && CopyText.CountTokens(s.Paragraphs) >= 80), random);
        var shortHosts = Shuffled(sources.Where(s => s.Paragraphs.Count is >= 4 and < 8 && CopyText.CountTokens(s.Paragraphs) >= 80), random);
        var donors = Shuffled(sources.Where(s => s.Paragraphs.Count is >= 3 and < 8 && s.Paragraphs.Count(p => CopyText.Tokens(p).Length >= 12) >= 2), random);
        for (var pair = 0; pair < pairs; pair++)
        {
            var hosts = pair % 4 == 0 && longHosts.Count > 0 ? longHosts : shortHosts;
            var stories = new HashSet<string>(StringComparer.Ordinal);
            var donor = Next(donors, used, stories, _ => true);
            if (donor is null)
            {
                break;
            }

            // Hosts at least one and a half times the block, so the shared text stays under 40% of either.
            var block = SharedBlock(donor.Paragraphs, random);
            var sharedTokens = CopyText.CountTokens(block);
            bool LargeEnough(CopySource host) => CopyText.CountTokens(host.Paragraphs) >= 1.5 * sharedTokens;
            var other = hosts == longHosts ? shortHosts : longHosts;
            var first = Next(hosts, used, stories, LargeEnough) ?? Next(other, used, stories, LargeEnough);
            var second = first is null ? null : Next(hosts, used, stories, LargeEnough) ?? Next(other, used, stories, LargeEnough);
            if (first is null || second is null)
            {
                break;
            }

            var firstBody = Insert(first.Paragraphs, block, random);
            var secondBody = Insert(second.Paragraphs, block, random);
            var share = Math.Max((double)sharedTokens / CopyText.CountTokens(firstBody), (double)sharedTokens / CopyText.CountTokens(secondBody));
            var firstEntry = Entry.Alone(first, firstBody, first.Title, dates[first.Id], CopyRole.PartialHost);
            var secondEntry = Entry.Alone(second, secondBody, second.Title, dates[second.Id], CopyRole.PartialHost);
            entries.Add(firstEntry);
            entries.Add(secondEntry);
            result.Add((firstEntry, secondEntry, block.Count, share));
        }

        return result;
    }

    // Shuffles, orders by id-independent random order, and writes documents and the key.
    internal static CopySet Build(List<Entry> entries, List<(Entry First, Entry Second, int Shared, double Share)> partials, IReadOnlyList<OverlappingSources> overlapping, Random random)
    {
        var shuffled = entries.ToArray();
        random.Shuffle(shuffled);
        for (var i = 0; i < shuffled.Length; i++)
        {
            shuffled[i].Id = "d" + (i + 1).ToString("D6", CultureInfo.InvariantCulture);
        }

        var documents = shuffled.Select(e => CopySet.CreateDocument(e.Id, e.Title, e.Published, e.Paragraphs)).ToList();
        var articles = shuffled.Select(e => new CopyGoldArticle(e.Id, e.Source.Id, e.Source.Set, e.Source.Story, e.Origin?.Id ?? e.Id, e.Role));
        var copies = shuffled.Where(e => e.Origin is not null)
            .Select(e => new CopyGoldPair(e.Id, e.Origin!.Id, e.Transformation!, e.Strength!, e.KeptShare, e.SameDate));
        var partialPairs = partials.Select(p => new PartialGoldPair(p.First.Id, p.Second.Id, p.Shared, p.Share));

        // Overlaps between real articles hold between the documents that stand for them (origins, distractors, hosts).
        var standing = entries.Where(e => e.Origin is null).GroupBy(e => e.Source.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var overlaps = overlapping
            .Where(o => standing.ContainsKey(o.First) && standing.ContainsKey(o.Second))
            .Select(o => new OverlappingGoldPair(standing[o.First], standing[o.Second], o.Overlap));
        return new CopySet(documents, new CopyGold(articles, copies, partialPairs, overlaps));
    }

    internal static DateTimeOffset CopyDate(DateTimeOffset original, double sameDateShare, Random random) =>
        random.NextDouble() < sameDateShare ? original : original.AddMinutes(20 + random.Next(72 * 60));

    // The data's own dates where it has them; else one date per story, each article a few hours after it.
    private static Dictionary<string, DateTimeOffset> ArticleDates(IReadOnlyList<CopySource> sources, Random random)
    {
        var stories = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!stories.TryGetValue(source.Story, out var story))
            {
                story = stories[source.Story] = FirstStoryDate.AddMinutes(random.Next(3 * 365 * 24 * 60));
            }

            dates[source.Id] = source.Published ?? story.AddMinutes(random.Next(12 * 60));
        }

        return dates;
    }

    private static List<CopySource> Shuffled(IEnumerable<CopySource> sources, Random random)
    {
        var array = sources.ToArray();
        random.Shuffle(array);
        return [.. array];
    }

    // The next unused source whose story is not yet in the triple.
    private static CopySource? Next(List<CopySource> pool, HashSet<string> used, HashSet<string> stories, Func<CopySource, bool> fits)
    {
        foreach (var source in pool)
        {
            if (!used.Contains(source.Id) && !stories.Contains(source.Story) && fits(source))
            {
                used.Add(source.Id);
                stories.Add(source.Story);
                return source;
            }
        }

        return null;
    }

    // Two or three consecutive paragraphs of 12+ words.
    private static List<string> SharedBlock(IReadOnlyList<string> paragraphs, Random random)
    {
        foreach (var size in random.Next(2) == 0 ? new[] { 3, 2 } : [2, 3])
        {
            var starts = Enumerable.Range(0, Math.Max(0, paragraphs.Count - size + 1))
                .Where(start => paragraphs.Skip(start).Take(size).All(p => CopyText.Tokens(p).Length >= 12))
                .ToList();
            if (starts.Count > 0)
            {
                var start = starts[random.Next(starts.Count)];
                return paragraphs.Skip(start).Take(size).ToList();
            }
        }

        return paragraphs.Take(2).ToList();
    }

    private static List<string> Insert(IReadOnlyList<string> paragraphs, List<string> block, Random random)
    {
        var result = paragraphs.ToList();
        result.InsertRange(random.Next(result.Count + 1), block);
        return result;
    }

    /// <summary>One document to be: an original, a copy, a distractor or a partial host.</summary>
    internal sealed class Entry
    {
        private Entry(CopySource source, List<string> paragraphs, string? title, DateTimeOffset published, CopyRole role)
        {
            Source = source;
            Paragraphs = paragraphs;
            Title = title;
            Published = published;
            Role = role;
        }

        public string Id { get; set; } = "";

        public CopySource Source { get; }

        public List<string> Paragraphs { get; }

        public string? Title { get; }

        public DateTimeOffset Published { get; }

        public CopyRole Role { get; }

        public Entry? Origin { get; private init; }

        public string? Transformation { get; private init; }

        public string? Strength { get; private init; }

        public double KeptShare { get; private init; }

        public bool SameDate { get; private init; }

        public static Entry Alone(CopySource source, List<string> paragraphs, string? title, DateTimeOffset published, CopyRole role) =>
            new(source, paragraphs, title, published, role);

        public Entry CopyOf(CopyDraft draft, string strength, DateTimeOffset published) =>
            new(Source, draft.Paragraphs, draft.Title, published, CopyRole.Copy)
            {
                Origin = this,
                Transformation = draft.Transformation,
                Strength = strength,
                KeptShare = CopyText.KeptShare(Paragraphs, draft.Paragraphs),
                SameDate = published == Published,
            };
    }
}
