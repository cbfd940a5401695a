using Corroborate.Deduplication;

namespace Corroborate.Evaluation.Copies;

/// <summary>How the copies made by one transformation at one strength were found.</summary>
/// <param name="Transformation">The transformation.</param>
/// <param name="Strength">Its strength.</param>
/// <param name="Copies">Gold copies.</param>
/// <param name="Found">Copies linked to their original with kind Copy.</param>
/// <param name="FoundAsPartial">Copies linked to their original only with kind Partial.</param>
/// <param name="DirectionRight">Found copies whose link points from the copy to the original only.</param>
/// <param name="MeanKeptShare">Mean share of the original's words the copies keep.</param>
/// <param name="WrongLinks">Wrong Copy pairs (not gold, not same-origin) with one of these copies at an end.</param>
public sealed record TransformationScore(string Transformation, string Strength, int Copies, int Found, int FoundAsPartial, int DirectionRight, double MeanKeptShare, int WrongLinks)
{
    /// <summary>Found / copies.</summary>
    public double Recall => Copies == 0 ? 0 : (double)Found / Copies;

    /// <summary>
    /// Found / (found + wrong links at these copies): precision over the pairs this variant's copies take part in.
    /// Null when there are none. Wrong links between two articles that are not copies count only overall.
    /// </summary>
    public double? Precision => Found + WrongLinks == 0 ? null : (double)Found / (Found + WrongLinks);

    /// <summary>Right direction / found; null when none was found.</summary>
    public double? DirectionAccuracy => Found == 0 ? null : (double)DirectionRight / Found;
}

/// <summary>Found out of a number of gold items.</summary>
/// <param name="Total">Gold items.</param>
/// <param name="Found">Items found.</param>
public readonly record struct Tally(int Total, int Found)
{
    /// <summary>Found / total; null when there is nothing to find.</summary>
    public double? Share => Total == 0 ? null : (double)Found / Total;
}

/// <summary>What a predicted link was judged to be.</summary>
public enum LinkVerdict
{
    /// <summary>A gold copy pair, linked as Copy.</summary>
    GoldCopy,

    /// <summary>A gold copy pair, linked only as Partial.</summary>
    GoldCopyAsPartial,

    /// <summary>Two copies of the same original (right for precision, not a gold pair).</summary>
    SameOrigin,

    /// <summary>A gold partial pair, linked as Partial.</summary>
    GoldPartial,

    /// <summary>A gold partial pair, linked as Copy.</summary>
    GoldPartialAsCopy,

    /// <summary>Two origins whose real texts share a quote or a sentence.</summary>
    Overlapping,

    /// <summary>Independently written articles of the same story.</summary>
    SameStory,

    /// <summary>Articles of different stories.</summary>
    CrossStory,
}

/// <summary>A predicted pair with its verdict (both directions and kinds merged).</summary>
/// <param name="Article">The link's article (the copy, by the detector).</param>
/// <param name="Of">The link's other article.</param>
/// <param name="Kind">Copy when any link of the pair says Copy.</param>
/// <param name="Verdict">What the pair is by the gold.</param>
public sealed record JudgedLink(string Article, string Of, CopyKind Kind, LinkVerdict Verdict);

/// <summary>
/// Scores a copy analysis against a copy set's key.
/// <para>Copy pairs: predicted links of kind Copy as unordered pairs. A pair is right when it is a gold
/// copy → original pair or joins two copies of the same original (those are counted apart, as same-origin);
/// recall is over gold copy → original pairs only. Direction accuracy: share of found gold pairs linked from the
/// copy to the original and not back.</para>
/// <para>Origins: pairwise precision and recall over articles put in one group, BCubed, and whether each gold
/// original heads its predicted group.</para>
/// <para>Independence: links of any kind between different stories (gold partial pairs and overlapping origins
/// aside), and the share of same-story pairs from different origins that got any link.</para>
/// </summary>
public sealed class CopyScore
{
    private readonly List<JudgedLink> _links = [];
    private readonly List<CopyGoldPair> _missed = [];

    private CopyScore()
    {
    }

    /// <summary>Distinct predicted pairs with a Copy link between known, different articles.</summary>
    public int CopyPairsPredicted { get; private set; }

    /// <summary>Predicted Copy pairs that are gold copy pairs.</summary>
    public int CopyPairsRight { get; private set; }

    /// <summary>Predicted Copy pairs between two members of one gold origin group that are not a gold pair.</summary>
    public int CopyPairsSameOrigin { get; private set; }

    /// <summary>Gold copy pairs.</summary>
    public int GoldCopyPairs { get; private set; }

    /// <summary>Right Copy pairs (gold and same-origin) / predicted Copy pairs; null when none was predicted.</summary>
    public double? Precision => CopyPairsPredicted == 0 ? null : (double)(CopyPairsRight + CopyPairsSameOrigin) / CopyPairsPredicted;

    /// <summary>Gold copy pairs found as Copy / gold copy pairs.</summary>
    public double? Recall => GoldCopyPairs == 0 ? null : (double)CopyPairsRight / GoldCopyPairs;

    /// <summary>Recall over copies keeping at least half of the original's words.</summary>
    public Tally KeptHalfOrMore { get; private set; }

    /// <summary>Recall over copies keeping less than half.</summary>
    public Tally KeptLessThanHalf { get; private set; }

    /// <summary>Gold copy pairs linked only as Partial.</summary>
    public int FoundAsPartial { get; private set; }

    /// <summary>Found gold pairs whose direction is right.</summary>
    public Tally Direction { get; private set; }

    /// <summary>The same, over copies published at the original's very time.</summary>
    public Tally DirectionSameDate { get; private set; }

    /// <summary>Per transformation and strength, in catalogue order.</summary>
    public IReadOnlyList<TransformationScore> Transformations { get; private set; } = [];

    /// <summary>Links of any kind between different stories (not gold partial pairs, not overlapping origins).</summary>
    public int CrossStoryLinks { get; private set; }

    /// <summary>Of <see cref="CrossStoryLinks"/>, those of kind Copy (the target: none).</summary>
    public int CrossStoryCopyLinks { get; private set; }

    /// <summary>Same-story pairs of articles from different origins (not gold partial, not overlapping).</summary>
    public long IndependentPairs { get; private set; }

    /// <summary>Those pairs that got a link of any kind.</summary>
    public int IndependentPairsLinked { get; private set; }

    /// <summary>Linked / independent pairs; null when there are none.</summary>
    public double? IndependentLinkedShare => IndependentPairs == 0 ? null : (double)IndependentPairsLinked / IndependentPairs;

    /// <summary>Pairs of documents whose origins share a quote or sentence: how many got a Copy link.</summary>
    public int OverlappingCopyLinks { get; private set; }

    /// <summary>Pairs of documents whose origins share a quote or sentence: how many got only a Partial link.</summary>
    public int OverlappingPartialLinks { get; private set; }

    /// <summary>Gold overlapping origin pairs.</summary>
    public int OverlappingPairs { get; private set; }

    /// <summary>Gold partial pairs linked as Partial.</summary>
    public Tally Partials { get; private set; }

    /// <summary>Gold partial pairs linked as Copy (wrong kind).</summary>
    public int PartialsAsCopy { get; private set; }

    /// <summary>Gold partial pairs whose two articles are in different predicted origin groups.</summary>
    public Tally PartialsSeparate { get; private set; }

    /// <summary>Pairwise origin-grouping precision (pairs in one predicted group that share a gold origin); null with no such pair.</summary>
    public double? OriginPairPrecision { get; private set; }

    /// <summary>Pairwise origin-grouping recall (pairs sharing a gold origin put in one predicted group).</summary>
    public double? OriginPairRecall { get; private set; }

    /// <summary>BCubed precision of the origin grouping.</summary>
    public double BCubedPrecision { get; private set; }

    /// <summary>BCubed recall of the origin grouping.</summary>
    public double BCubedRecall { get; private set; }

    /// <summary>Gold originals (with copies) found at the head of their predicted group.</summary>
    public Tally OriginFirst { get; private set; }

    /// <summary>Predicted origin groups.</summary>
    public int PredictedOrigins { get; private set; }

    /// <summary>Gold origin groups.</summary>
    public int GoldOrigins { get; private set; }

    /// <summary>Gold articles absent from every predicted origin group (scored as singletons).</summary>
    public int MissingFromOrigins { get; private set; }

    /// <summary>Articles listed in more than one predicted group, or twice (first place kept).</summary>
    public int DuplicatedInOrigins { get; private set; }

    /// <summary>Ids in links or groups that are not gold articles, and links from an article to itself.</summary>
    public int UnknownOrSelf { get; private set; }

    /// <summary>Every predicted pair with its verdict.</summary>
    public IReadOnlyList<JudgedLink> Links => _links;

    /// <summary>Gold copy pairs not found as Copy.</summary>
    public IReadOnlyList<CopyGoldPair> Missed => _missed;

    /// <summary>Scores <paramref name="analysis"/> against <paramref name="gold"/>.</summary>
    public static CopyScore Evaluate(CopyGold gold, CopyAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysis);
        var score = new CopyScore();
        var predicted = score.CollectPairs(gold, analysis.Links);
        score.ScorePairs(gold, predicted);
        score.ScoreIndependence(gold);
        var groups = score.AssignGroups(gold, analysis.Origins);
        score.ScoreOrigins(gold, analysis.Origins, groups);
        return score;
    }

    // Merges links into unordered pairs: Copy when any link says Copy, with the Copy directions seen.
    private Dictionary<Pair, PairLinks> CollectPairs(CopyGold gold, IReadOnlyList<CopyLink> links)
    {
        var pairs = new Dictionary<Pair, PairLinks>();
        foreach (var link in links)
        {
            if (link.Article == link.Of || !gold.Articles.ContainsKey(link.Article) || !gold.Articles.ContainsKey(link.Of))
            {
                UnknownOrSelf++;
                continue;
            }

            var key = Pair.Of(link.Article, link.Of);
            if (!pairs.TryGetValue(key, out var seen))
            {
                pairs[key] = seen = new PairLinks(link.Article, link.Of);
            }

            if (link.Kind == CopyKind.Copy)
            {
                seen.Copy = true;
                seen.CopyDirections.Add((link.Article, link.Of));
            }
        }

        return pairs;
    }

    private void ScorePairs(CopyGold gold, Dictionary<Pair, PairLinks> predicted)
    {
        var goldCopies = gold.Copies.ToDictionary(c => Pair.Of(c.Copy, c.Original));
        var partials = gold.Partials.Select(p => Pair.Of(p.First, p.Second)).ToHashSet();
        var overlapping = gold.Overlapping.Select(o => Pair.Of(o.First, o.Second)).ToHashSet();
        var variantOf = gold.Copies.ToDictionary(c => c.Copy, c => (c.Transformation, c.Strength), StringComparer.Ordinal);
        var wrong = new Dictionary<(string, string), int>();
        var found = new Dictionary<Pair, bool>();
        var partialFound = new HashSet<Pair>();
        var partialAsCopy = new HashSet<Pair>();
        foreach (var (key, seen) in predicted)
        {
            var a = gold.Articles[key.A];
            var b = gold.Articles[key.B];
            LinkVerdict verdict;
            if (goldCopies.TryGetValue(key, out var pair))
            {
                if (seen.Copy)
                {
                    verdict = LinkVerdict.GoldCopy;
                    found[key] = seen.CopyDirections.Contains((pair.Copy, pair.Original)) && !seen.CopyDirections.Contains((pair.Original, pair.Copy));
                }
                else
                {
                    verdict = LinkVerdict.GoldCopyAsPartial;
                }
            }
            else if (a.Origin == b.Origin)
            {
                verdict = LinkVerdict.SameOrigin;
                CopyPairsSameOrigin += seen.Copy ? 1 : 0;
            }
            else if (partials.Contains(key))
            {
                verdict = seen.Copy ? LinkVerdict.GoldPartialAsCopy : LinkVerdict.GoldPartial;
                (seen.Copy ? partialAsCopy : partialFound).Add(key);
            }
            else if (overlapping.Contains(Pair.Of(a.Origin, b.Origin)))
            {
                verdict = LinkVerdict.Overlapping;
                if (seen.Copy)
                {
                    OverlappingCopyLinks++;
                }
                else
                {
                    OverlappingPartialLinks++;
                }
            }
            else if (a.Story != b.Story)
            {
                verdict = LinkVerdict.CrossStory;
                CrossStoryLinks++;
                CrossStoryCopyLinks += seen.Copy ? 1 : 0;
            }
            else
            {
                verdict = LinkVerdict.SameStory;
                IndependentPairsLinked++;
            }

            if (seen.Copy && verdict is not (LinkVerdict.GoldCopy or LinkVerdict.SameOrigin))
            {
                foreach (var variant in new[] { key.A, key.B }.Where(variantOf.ContainsKey).Select(id => variantOf[id]).Distinct())
                {
                    wrong[variant] = wrong.GetValueOrDefault(variant) + 1;
                }
            }

            CopyPairsPredicted += seen.Copy ? 1 : 0;
            var (article, of) = seen.Copy ? seen.CopyDirections[0] : (seen.Article, seen.Of);
            _links.Add(new JudgedLink(article, of, seen.Copy ? CopyKind.Copy : CopyKind.Partial, verdict));
        }

        GoldCopyPairs = gold.Copies.Count;
        CopyPairsRight = found.Count;
        OverlappingPairs = overlapping.Count;
        Partials = new Tally(partials.Count, partialFound.Count);
        PartialsAsCopy = partialAsCopy.Count;

        var transformations = new Dictionary<(string, string), (int Copies, int Found, int Partial, int Right, double Kept)>();
        int half = 0, halfFound = 0, less = 0, lessFound = 0, directionRight = 0, sameDate = 0, sameDateRight = 0;
        foreach (var copy in gold.Copies)
        {
            var key = Pair.Of(copy.Copy, copy.Original);
            var isFound = found.TryGetValue(key, out var right);
            var asPartial = !isFound && predicted.ContainsKey(key);
            if (!isFound)
            {
                _missed.Add(copy);
            }

            FoundAsPartial += asPartial ? 1 : 0;
            if (copy.KeptShare >= 0.5)
            {
                half++;
                halfFound += isFound ? 1 : 0;
            }
            else
            {
                less++;
                lessFound += isFound ? 1 : 0;
            }

            if (isFound)
            {
                directionRight += right ? 1 : 0;
                if (copy.SameDate)
                {
                    sameDate++;
                    sameDateRight += right ? 1 : 0;
                }
            }

            var name = (copy.Transformation, copy.Strength);
            var t = transformations.GetValueOrDefault(name);
            transformations[name] = (t.Copies + 1, t.Found + (isFound ? 1 : 0), t.Partial + (asPartial ? 1 : 0), t.Right + (isFound && right ? 1 : 0), t.Kept + copy.KeptShare);
        }

        KeptHalfOrMore = new Tally(half, halfFound);
        KeptLessThanHalf = new Tally(less, lessFound);
        Direction = new Tally(found.Count, directionRight);
        DirectionSameDate = new Tally(sameDate, sameDateRight);
        Transformations = transformations
            .Select(t => new TransformationScore(t.Key.Item1, t.Key.Item2, t.Value.Copies, t.Value.Found, t.Value.Partial, t.Value.Right, t.Value.Kept / t.Value.Copies, wrong.GetValueOrDefault(t.Key)))
            .OrderBy(t => CopyVariants.Order(t.Transformation, t.Strength))
            .ThenBy(t => t.Transformation, StringComparer.Ordinal)
            .ThenBy(t => t.Strength, StringComparer.Ordinal)
            .ToList();
    }

    // Same-story pairs minus pairs inside one origin group, gold partial pairs and overlapping origins.
    private void ScoreIndependence(CopyGold gold)
    {
        var stories = new Dictionary<string, long>(StringComparer.Ordinal);
        var origins = new Dictionary<string, (string Story, long Size)>(StringComparer.Ordinal);
        foreach (var article in gold.Articles.Values)
        {
            stories[article.Story] = stories.GetValueOrDefault(article.Story) + 1;
            var origin = origins.GetValueOrDefault(article.Origin, (article.Story, 0));
            origins[article.Origin] = (origin.Story, origin.Size + 1);
        }

        var pairs = stories.Values.Sum(Pairs) - origins.Values.Sum(o => Pairs(o.Size));
        pairs -= gold.Partials.Count(p => gold.Articles[p.First].Story == gold.Articles[p.Second].Story);
        foreach (var overlap in gold.Overlapping)
        {
            var (firstStory, firstSize) = origins[gold.Articles[overlap.First].Origin];
            var (secondStory, secondSize) = origins[gold.Articles[overlap.Second].Origin];
            if (firstStory == secondStory)
            {
                pairs -= firstSize * secondSize;
            }
        }

        IndependentPairs = pairs;
    }

    // Predicted group of each gold article: first listing wins; missing articles become singletons.
    private Dictionary<string, int> AssignGroups(CopyGold gold, IReadOnlyList<IReadOnlyList<string>> origins)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < origins.Count; g++)
        {
            foreach (var id in origins[g])
            {
                if (!gold.Articles.ContainsKey(id))
                {
                    UnknownOrSelf++;
                }
                else if (!groups.TryAdd(id, g))
                {
                    DuplicatedInOrigins++;
                }
            }
        }

        var next = origins.Count;
        foreach (var id in gold.Articles.Keys.Order(StringComparer.Ordinal))
        {
            if (!groups.ContainsKey(id))
            {
                MissingFromOrigins++;
                groups[id] = next++;
            }
        }

        return groups;
    }

    private void ScoreOrigins(CopyGold gold, IReadOnlyList<IReadOnlyList<string>> origins, Dictionary<string, int> groups)
    {
        var cells = new Dictionary<(int, string), long>();
        var predictedSizes = new Dictionary<int, long>();
        var goldSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, group) in groups)
        {
            var origin = gold.Articles[id].Origin;
            cells[(group, origin)] = cells.GetValueOrDefault((group, origin)) + 1;
            predictedSizes[group] = predictedSizes.GetValueOrDefault(group) + 1;
            goldSizes[origin] = goldSizes.GetValueOrDefault(origin) + 1;
        }

        var together = cells.Values.Sum(Pairs);
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        OriginPairPrecision = predictedPairs == 0 ? null : (double)together / predictedPairs;
        OriginPairRecall = goldPairs == 0 ? null : (double)together / goldPairs;
        double precision = 0, recall = 0;
        foreach (var ((group, origin), n) in cells)
        {
            precision += (double)n * n / predictedSizes[group];
            recall += (double)n * n / goldSizes[origin];
        }

        BCubedPrecision = groups.Count == 0 ? 1 : precision / groups.Count;
        BCubedRecall = groups.Count == 0 ? 1 : recall / groups.Count;

        var families = 0;
        var first = 0;
        foreach (var (origin, size) in goldSizes)
        {
            if (size < 2)
            {
                continue;
            }

            families++;
            var group = groups[origin];
            first += group < origins.Count && origins[group].Count > 0 && origins[group][0] == origin ? 1 : 0;
        }

        OriginFirst = new Tally(families, first);
        PredictedOrigins = origins.Count;
        GoldOrigins = goldSizes.Count;

        var partialsSeparate = gold.Partials.Count(p => groups[p.First] != groups[p.Second]);
        PartialsSeparate = new Tally(gold.Partials.Count, partialsSeparate);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;

    private readonly record struct Pair(string A, string B)
    {
        public static Pair Of(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }

    private sealed class PairLinks(string article, string of)
    {
        public string Article { get; } = article;

        public string Of { get; } = of;

        public bool Copy { get; set; }

        public List<(string Article, string Of)> CopyDirections { get; } = [];
    }
}
