using Corroborate.Documents;

namespace Corroborate.Deduplication;

/// <summary>
/// Finds which articles of a batch are copies of others (republished wire copy, scraped pages,
/// trimmed or lightly edited versions), which merely share paragraphs, who copied whom, and the
/// groups of articles that derive from one origin.
/// </summary>
/// <remarks>
/// <para>Candidates come from an inverted index over a content-defined sample of shingles (one in
/// 2^<see cref="DeduplicationOptions.SampleBits"/>, chosen by hash so every article samples the same
/// shingles): only articles that share sampled shingles are ever compared, so the cost grows with
/// the number of related pairs, not with the square of the batch.</para>
/// <para>A candidate pair is then compared exactly: shingle containment both ways, resemblance, and
/// paragraph by paragraph, so that a copy with boilerplate added, paragraphs dropped or reordered,
/// a new headline or a fifth of its words changed still shows most of its text shared, while two
/// independent reports that quote the same sentence do not.</para>
/// <para>Thread-safe; <see cref="Detect"/> uses all cores.</para>
/// </remarks>
public sealed class CopyDetector
{
    private readonly DeduplicationOptions _options;

    /// <summary>Creates a detector.</summary>
    public CopyDetector(DeduplicationOptions? options = null) => _options = options ?? new DeduplicationOptions();

    /// <summary>The options in force.</summary>
    public DeduplicationOptions Options => _options;

    /// <summary>Computes a document's fingerprint with the default shingle size (the per-article stage).</summary>
    public static DocumentFingerprint Fingerprint(NewsDocument document) => DocumentFingerprint.Of(document);

    /// <summary>Finds copies, partial overlaps and origin groups in <paramref name="documents"/>.</summary>
    /// <remarks>Uses each document's <see cref="NewsDocument.Fingerprint"/> when it was computed with the same shingle size.</remarks>
    public CopyAnalysis Detect(IReadOnlyList<NewsDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return CopyAnalysis.Empty;
        }

        var prints = new DocumentFingerprint[documents.Count];
        Parallel.For(0, documents.Count, i =>
            prints[i] = documents[i].Fingerprint is { } known && _options.ShingleSize == 3
                ? known
                : DocumentFingerprint.Of(documents[i], _options.ShingleSize));

        var batch = Views(prints);
        var candidates = FindCandidates(prints);
        var verdicts = candidates
            .AsParallel()
            .Select(pair => Compare(documents, batch, pair.Earlier, pair.Later))
            .Where(verdict => verdict is not null)
            .Select(verdict => verdict!)
            .ToList();
        return Assemble(documents, verdicts);
    }

    private const int FrequencyBits = 24;

    /// <summary>What copy detection knows about one document beyond its fingerprint.</summary>
    /// <param name="Print">The fingerprint.</param>
    /// <param name="CommonParagraphs">Boilerplate paragraphs (null when none, or when they make up most of the text).</param>
    /// <param name="SkipCommonShingles">Whether shingles common across the batch are left out for this document.</param>
    /// <param name="Sizes">Shingles per paragraph that take part in comparisons.</param>
    /// <param name="UnquotedSizes">Of <paramref name="Sizes"/>, those outside quotation marks.</param>
    internal sealed record DocumentView(DocumentFingerprint Print, bool[]? CommonParagraphs, bool SkipCommonShingles, int[] Sizes, int[] UnquotedSizes);

    /// <summary>
    /// Finds what is boilerplate in each document. Paragraphs repeated word for word in more than
    /// <see cref="DeduplicationOptions.CommonParagraphDocuments"/> articles ("Sign up for our newsletter",
    /// a site's standing disclaimer) and shingles found in more than
    /// <see cref="DeduplicationOptions.CommonShingleDocuments"/> articles (navigation glued to a paragraph,
    /// stock phrases) prove nothing about copying and are left out — unless they make up most of an
    /// article, as when one wire story runs in dozens of places.
    /// </summary>
    /// <summary>The views of a batch, with documents per shingle bucket and the limit above which a shingle is common.</summary>
    internal sealed record Batch(DocumentView[] Views, ushort[] Frequency, int ShingleLimit);

    internal Batch Views(DocumentFingerprint[] prints)
    {
        var paragraphCounts = new Dictionary<ulong, int>();
        var seen = new HashSet<ulong>();
        // Documents per shingle, approximately: a saturating counter per hash bucket.
        var frequency = new ushort[1 << FrequencyBits];
        const int mask = (1 << FrequencyBits) - 1;
        foreach (var print in prints)
        {
            seen.Clear();
            foreach (var hash in print.ParagraphHashes)
            {
                if (seen.Add(hash))
                {
                    paragraphCounts[hash] = paragraphCounts.GetValueOrDefault(hash) + 1;
                }
            }

            foreach (var hash in print.Shingles)
            {
                ref var count = ref frequency[hash & mask];
                if (count < ushort.MaxValue)
                {
                    count++;
                }
            }
        }

        var shingleLimit = Math.Max(_options.CommonShingleDocuments, prints.Length / 400);
        var views = new DocumentView[prints.Length];
        Parallel.For(0, prints.Length, d =>
        {
            var print = prints[d];
            bool[]? flags = null;
            var commonWords = 0;
            for (var p = 0; p < print.Paragraphs; p++)
            {
                if (print.ParagraphWords[p] > 0 && paragraphCounts[print.ParagraphHashes[p]] > _options.CommonParagraphDocuments)
                {
                    flags ??= new bool[print.Paragraphs];
                    flags[p] = true;
                    commonWords += print.ParagraphWords[p];
                }
            }

            var sizes = new int[print.Paragraphs];
            var unquoted = new int[print.Paragraphs];
            var common = 0;
            for (var k = 0; k < print.Shingles.Length; k++)
            {
                common += frequency[print.Shingles[k] & mask] > shingleLimit ? 1 : 0;
            }

            var skip = common <= print.Shingles.Length * 0.7;
            for (var k = 0; k < print.Shingles.Length; k++)
            {
                if (skip && frequency[print.Shingles[k] & mask] > shingleLimit)
                {
                    continue;
                }

                sizes[print.ParagraphOf[k]]++;
                unquoted[print.ParagraphOf[k]] += print.Quoted[k] ? 0 : 1;
            }

            views[d] = new DocumentView(print, flags is not null && commonWords <= print.Words * 0.7 ? flags : null, skip, sizes, unquoted);
        });

        return new Batch(views, frequency, shingleLimit);
    }

    private bool IsSampled(uint hash) => hash >> (32 - _options.SampleBits) == 0;

    /// <summary>
    /// The shingle hashes of <paramref name="document"/> that go into the candidate index (ascending, distinct):
    /// two documents are compared only when they share at least <see cref="DeduplicationOptions.MinSharedSamples"/>
    /// of them. A store keeps them to find, among what it holds, the candidates of a new article.
    /// </summary>
    public IReadOnlyList<uint> SampledShingles(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var print = document.Fingerprint is { } known && _options.ShingleSize == 3 ? known : DocumentFingerprint.Of(document, _options.ShingleSize);
        var sampled = new List<uint>();
        foreach (var hash in print.Shingles)
        {
            if (IsSampled(hash))
            {
                sampled.Add(hash);
            }
        }

        return sampled;
    }

    /// <summary>Pairs of documents (by index, earlier index first) that share enough sampled shingles.</summary>
    internal List<(int Earlier, int Later)> FindCandidates(DocumentFingerprint[] prints)
    {
        // (sampled hash, document) packed in one ulong and sorted: postings without a dictionary per hash.
        var entries = new List<ulong>();
        for (var d = 0; d < prints.Length; d++)
        {
            foreach (var hash in prints[d].Shingles)
            {
                if (IsSampled(hash))
                {
                    entries.Add(((ulong)hash << 32) | (uint)d);
                }
            }
        }

        var sorted = entries.ToArray();
        Array.Sort(sorted);
        var postings = new Dictionary<uint, (int Start, int Length)>();
        for (var i = 0; i < sorted.Length;)
        {
            var hash = (uint)(sorted[i] >> 32);
            var end = i + 1;
            while (end < sorted.Length && (uint)(sorted[end] >> 32) == hash)
            {
                end++;
            }

            if (end - i >= 2)
            {
                postings[hash] = (i, end - i);
            }

            i = end;
        }

        // Each document looks for earlier documents through its rarest shared samples first, within a work
        // budget: related articles share rare shingles, so the cost per document stays bounded however
        // common its other shingles are (boilerplate, stock phrases, a wire story run a thousand times).
        var pairs = new List<(int, int)>();
        var gate = new Lock();
        Parallel.For(
            0,
            prints.Length,
            () => (Counts: new int[prints.Length], Touched: new List<int>(), Keys: new List<(int Start, int Length)>(),
                Ranked: new List<(int Shared, int Earlier)>(), Found: new List<(int, int)>()),
            (later, _, local) =>
            {
                local.Keys.Clear();
                foreach (var hash in prints[later].Shingles)
                {
                    if (IsSampled(hash) && postings.TryGetValue(hash, out var range))
                    {
                        local.Keys.Add(range);
                    }
                }

                local.Keys.Sort(static (x, y) => x.Length.CompareTo(y.Length));
                var budget = _options.CandidateBudget;
                var used = 0;
                foreach (var range in local.Keys)
                {
                    if (used++ >= _options.MaxCandidateKeys || budget <= 0)
                    {
                        break;
                    }

                    budget -= range.Length;
                    for (var k = range.Start; k < range.Start + range.Length; k++)
                    {
                        var earlier = (int)(uint)sorted[k];
                        if (earlier >= later)
                        {
                            break; // Postings are in document order.
                        }

                        if (local.Counts[earlier]++ == 0)
                        {
                            local.Touched.Add(earlier);
                        }
                    }
                }

                // Keep the earlier documents that share the most samples: a copy shares nearly all of them with
                // its source, so this bounds the comparisons when thousands of items follow one template.
                local.Ranked.Clear();
                foreach (var earlier in local.Touched)
                {
                    if (local.Counts[earlier] >= _options.MinSharedSamples)
                    {
                        local.Ranked.Add((local.Counts[earlier], earlier));
                    }

                    local.Counts[earlier] = 0;
                }

                if (local.Ranked.Count > _options.MaxCandidatesPerDocument)
                {
                    local.Ranked.Sort(static (x, y) => y.Shared != x.Shared ? y.Shared.CompareTo(x.Shared) : y.Earlier.CompareTo(x.Earlier));
                    local.Ranked.RemoveRange(_options.MaxCandidatesPerDocument, local.Ranked.Count - _options.MaxCandidatesPerDocument);
                }

                foreach (var (_, earlier) in local.Ranked)
                {
                    local.Found.Add((earlier, later));
                }

                local.Touched.Clear();
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    pairs.AddRange(local.Found);
                }
            });
        return pairs;
    }

    /// <summary>The verdict on one candidate pair, or null when they share too little.</summary>
    internal PairVerdict? Compare(IReadOnlyList<NewsDocument> documents, Batch batch, int first, int second)
    {
        var (viewA, viewB) = (batch.Views[first], batch.Views[second]);
        var a = viewA.Print;
        var b = viewB.Print;
        var skipCommon = viewA.SkipCommonShingles || viewB.SkipCommonShingles;
        var frequency = batch.Frequency;
        const int mask = (1 << FrequencyBits) - 1;
        // Shared shingles, and how they fall between paragraphs: (paragraph of a, paragraph of b) → counts
        // of all shared shingles and of those outside quotation marks.
        var cells = new Dictionary<int, (int All, int Unquoted)>();
        var shared = 0;
        int i = 0, j = 0;
        while (i < a.Shingles.Length && j < b.Shingles.Length)
        {
            var x = a.Shingles[i];
            var y = b.Shingles[j];
            if (x < y)
            {
                i++;
            }
            else if (x > y)
            {
                j++;
            }
            else
            {
                if (skipCommon && frequency[x & mask] > batch.ShingleLimit)
                {
                    i++;
                    j++;
                    continue;
                }

                shared++;
                var key = (a.ParagraphOf[i] << 16) | b.ParagraphOf[j];
                var cell = cells.GetValueOrDefault(key);
                cells[key] = (cell.All + 1, cell.Unquoted + (a.Quoted[i] || b.Quoted[j] ? 0 : 1));
                i++;
                j++;
            }
        }

        if (shared < _options.MinSharedShingles)
        {
            return null;
        }

        var matchesA = ParagraphMatches(cells, viewA, viewB, aIsRow: true);
        var matchesB = ParagraphMatches(cells, viewB, viewA, aIsRow: false);
        var shareA = WordShare(a, viewA.CommonParagraphs, matchesA);
        var shareB = WordShare(b, viewB.CommonParagraphs, matchesB);
        var containmentA = (double)shared / Math.Max(1, a.Count);
        var containmentB = (double)shared / Math.Max(1, b.Count);
        var resemblance = (double)shared / Math.Max(1, a.Count + b.Count - shared);

        // Who came first: the earlier publication; then the one whose text is less contained in the other
        // (a trimmed copy sits inside its original); then the longer text.
        var (aIsCopy, evidence) = IsCopySide(documents[first], documents[second], a, b, shareA, shareB, containmentA, containmentB,
            a.Words - BoilerplateWords(viewA), b.Words - BoilerplateWords(viewB), BoilerplateWords(viewA), BoilerplateWords(viewB));
        var (copy, original) = aIsCopy ? (first, second) : (second, first);
        var copyShare = aIsCopy ? shareA : shareB;
        var copyMatches = aIsCopy ? matchesA : matchesB;
        var ownContainment = OwnContainment(cells, aIsCopy ? viewA : viewB, aIsRow: aIsCopy);
        if (copyShare >= _options.CopyTextShare && ownContainment >= _options.MinCopyContainment)
        {
            var paragraphs = copyMatches.Select(m => m.Paragraph).ToList();
            // The other side's figures too, so that a verdict decided on a tie can be turned round exactly.
            var otherParagraphs = (aIsCopy ? matchesB : matchesA).Select(m => m.Paragraph).ToList();
            return new PairVerdict(copy, original, CopyKind.Copy, aIsCopy ? containmentA : containmentB, resemblance, copyShare, paragraphs)
            {
                Other = (aIsCopy ? containmentB : containmentA, aIsCopy ? shareB : shareA, otherParagraphs),
                Evidence = evidence,
            };
        }

        // Otherwise only paragraphs carried over near-verbatim, outside any shared quotation, count.
        var verbatim = copyMatches.Where(m => m.Verbatim).Select(m => m.Paragraph).ToList();
        return verbatim.Count == 0
            ? null
            : new PairVerdict(copy, original, CopyKind.Partial, aIsCopy ? containmentA : containmentB, resemblance, copyShare, verbatim);
    }

    private static int BoilerplateWords(DocumentView view)
    {
        var words = 0;
        if (view.CommonParagraphs is { } common)
        {
            for (var p = 0; p < common.Length; p++)
            {
                words += common[p] ? view.Print.ParagraphWords[p] : 0;
            }
        }

        return words;
    }

    /// <summary>What decided which side of a pair is the copy.</summary>
    internal enum DirectionEvidence
    {
        /// <summary>The earlier publication.</summary>
        Date,

        /// <summary>Text in one case or shouted: normalised from another text.</summary>
        LetterCase,

        /// <summary>More of the republisher's furniture around the text.</summary>
        Boilerplate,

        /// <summary>One text sits inside the other (a trimmed copy).</summary>
        Containment,

        /// <summary>No evidence: length, then id, so the outcome is at least deterministic.</summary>
        None,
    }

    private static (bool AIsCopy, DirectionEvidence Evidence) IsCopySide(
        NewsDocument a, NewsDocument b, DocumentFingerprint printA, DocumentFingerprint printB, double shareA, double shareB,
        double containmentA, double containmentB, int wordsA, int wordsB, int boilerplateA, int boilerplateB)
    {
        var dateA = a.Metadata.Published;
        var dateB = b.Metadata.Published;
        if (dateA is not null && dateB is not null && dateA != dateB)
        {
            return (dateA > dateB, DirectionEvidence.Date);
        }

        // Nobody writes a story in lower case or in capitals; such a text was normalised from the other.
        if (Math.Abs(printA.CaseAnomaly - printB.CaseAnomaly) >= 0.25)
        {
            return (printA.CaseAnomaly > printB.CaseAnomaly, DirectionEvidence.LetterCase);
        }

        // Republishers wrap what they take in their own furniture; the original has less of it.
        if (boilerplateA != boilerplateB)
        {
            return (boilerplateA > boilerplateB, DirectionEvidence.Boilerplate);
        }

        var asymmetry = (shareA + containmentA) - (shareB + containmentB);
        if (Math.Abs(asymmetry) >= 0.05)
        {
            return (asymmetry > 0, DirectionEvidence.Containment);
        }

        if (wordsA != wordsB)
        {
            return (wordsA < wordsB, DirectionEvidence.None);
        }

        return (string.CompareOrdinal(a.Id, b.Id) > 0, DirectionEvidence.None);
    }

    /// <summary>A paragraph's best counterpart in the other article.</summary>
    /// <param name="Paragraph">The shared paragraph, as reported.</param>
    /// <param name="Verbatim">Carried over nearly word for word, and not just for a quotation both report.</param>
    internal readonly record struct ParagraphMatch(SharedParagraph Paragraph, bool Verbatim);

    /// <summary>
    /// The paragraphs of one article (rows when <paramref name="aIsRow"/>, else columns of the cells) whose
    /// shingles are largely found in one paragraph of the other.
    /// </summary>
    private List<ParagraphMatch> ParagraphMatches(Dictionary<int, (int All, int Unquoted)> cells, DocumentView view, DocumentView other, bool aIsRow)
    {
        var row = view.Print;
        var common = view.CommonParagraphs;
        var best = new Dictionary<int, (int Other, int All, int Unquoted)>();
        foreach (var (key, count) in cells)
        {
            var (mine, theirs) = aIsRow ? (key >> 16, key & 0xFFFF) : (key & 0xFFFF, key >> 16);
            if (!best.TryGetValue(mine, out var current) || count.All > current.All)
            {
                best[mine] = (theirs, count.All, count.Unquoted);
            }
        }

        var result = new List<ParagraphMatch>();
        foreach (var (paragraph, (theirs, all, unquoted)) in best)
        {
            if (common is not null && common[paragraph])
            {
                continue;
            }

            // A related-link line ("Read more: <headline>") is page furniture on either side: a headline linked
            // from one page is not that page copying the story.
            if (view.Print.ParagraphIsLink[paragraph] || other.Print.ParagraphIsLink[theirs])
            {
                continue;
            }

            var share = Math.Min(1, (double)all / Math.Max(1, view.Sizes[paragraph]));
            if (share < _options.ParagraphMatch)
            {
                continue;
            }

            // Independent reports quote the same words: the text around the quotes must be shared too,
            // and a paragraph that is little but a quotation must be shared nearly whole.
            var ownWords = view.UnquotedSizes[paragraph];
            if (ownWords < 5 ? share < _options.VerbatimParagraphMatch : (double)unquoted / ownWords < _options.ParagraphMatch * 0.85)
            {
                continue;
            }

            // Short lines count towards how much of a text is shared, but alone they prove nothing: stock
            // phrases, one-line paragraphs and headline-like lines (a related link) recur between independent reports.
            var verbatim = share >= _options.VerbatimParagraphMatch && unquoted >= _options.MinSharedParagraphWords / 2
                && row.ParagraphWords[paragraph] >= _options.MinSharedParagraphWords && row.ParagraphIsProse[paragraph];
            result.Add(new ParagraphMatch(new SharedParagraph(paragraph, theirs, Math.Round(share, 3)), verbatim));
        }

        result.Sort(static (x, y) => x.Paragraph.Paragraph.CompareTo(y.Paragraph.Paragraph));
        return result;
    }

    private const double EditedShare = 0.5;

    /// <summary>Shingle containment of one side in the other, over its paragraphs that are not boilerplate.</summary>
    private static double OwnContainment(Dictionary<int, (int All, int Unquoted)> cells, DocumentView view, bool aIsRow)
    {
        var common = view.CommonParagraphs;
        var size = 0;
        for (var p = 0; p < view.Sizes.Length; p++)
        {
            size += common is not null && common[p] ? 0 : view.Sizes[p];
        }

        var shared = 0;
        foreach (var (key, count) in cells)
        {
            var paragraph = aIsRow ? key >> 16 : key & 0xFFFF;
            shared += common is not null && common[paragraph] ? 0 : count.All;
        }

        return size == 0 ? 0 : Math.Min(1, (double)shared / size);
    }

    /// <summary>Share of the article's words (boilerplate lines aside) that sit in matched paragraphs.</summary>
    private static double WordShare(DocumentFingerprint print, bool[]? common, List<ParagraphMatch> matches)
    {
        var total = print.Words;
        if (common is not null)
        {
            for (var p = 0; p < common.Length; p++)
            {
                total -= common[p] ? print.ParagraphWords[p] : 0;
            }
        }

        if (total <= 0)
        {
            return 0;
        }

        // A paragraph counts in proportion to how much of it is shared, up to the share a lightly edited
        // copy keeps (a fifth of the words changed leaves about half of the three-word shingles).
        var words = 0.0;
        foreach (var match in matches)
        {
            words += print.ParagraphWords[match.Paragraph.Paragraph] * Math.Min(1, match.Paragraph.Similarity / EditedShare);
        }

        return Math.Min(1, words / total);
    }

    private static CopyAnalysis Assemble(IReadOnlyList<NewsDocument> documents, List<PairVerdict> verdicts)
    {
        var parent = new int[documents.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var verdict in verdicts.Where(v => v.Kind == CopyKind.Copy))
        {
            var (x, y) = (Find(verdict.Copy), Find(verdict.Original));
            if (x != y)
            {
                parent[Math.Max(x, y)] = Math.Min(x, y);
            }
        }

        // The origin of each group: the earliest member; among members published at the very same time,
        // the most central one (each copy is made from the original, so it resembles the original more
        // than it resembles another copy with changes of its own).
        // Before that, text evidence of derivation: a member shown to be made from another one published at the
        // same time (normalised case, added furniture, trimmed) cannot be the origin.
        var centrality = new double[documents.Count];
        var asOriginal = new int[documents.Count];
        var derived = new int[documents.Count];
        foreach (var verdict in verdicts.Where(v => v.Kind == CopyKind.Copy))
        {
            centrality[verdict.Copy] += verdict.Containment;
            centrality[verdict.Original] += verdict.Containment;
            asOriginal[verdict.Original]++;
            if (verdict.Evidence is DirectionEvidence.LetterCase or DirectionEvidence.Boilerplate or DirectionEvidence.Containment)
            {
                derived[verdict.Copy]++;
            }
        }

        var origins = Enumerable.Range(0, documents.Count)
            .GroupBy(Find)
            .ToDictionary(g => g.Key, g => g
                .OrderBy(i => documents[i].Metadata.Published ?? DateTimeOffset.MaxValue)
                .ThenBy(i => derived[i] > 0)
                .ThenByDescending(i => Math.Round(centrality[i], 6))
                .ThenByDescending(i => asOriginal[i])
                .ThenBy(i => documents[i].Id, StringComparer.Ordinal)
                .First());

        // A verdict that makes a group's origin the copy (a tie on time decided the wrong way) is turned round.
        var copyVerdicts = verdicts
            .Where(v => v.Kind == CopyKind.Copy)
            .Select(v => v.Copy == origins[Find(v.Copy)] ? v.Reversed() : v)
            .ToList();

        // Each copy is linked to its closest source: of the articles it shares (nearly) the most text with,
        // its group's origin when that is one of them, else the earliest — a copy of a copy that adds
        // nothing of its own is traced to the first publication.
        var links = new List<CopyLink>();
        foreach (var group in copyVerdicts.GroupBy(v => v.Copy))
        {
            var top = group.Max(v => v.TextShare);
            var topContainment = group.Where(v => v.TextShare >= top - 0.05).Max(v => v.Containment);
            var origin = origins[Find(group.Key)];
            var best = group
                .Where(v => v.TextShare >= top - 0.05 && v.Containment >= topContainment - 0.05)
                .OrderByDescending(v => v.Original == origin)
                .ThenBy(v => documents[v.Original].Metadata.Published ?? DateTimeOffset.MaxValue)
                .ThenByDescending(v => v.Containment)
                .ThenByDescending(v => v.TextShare)
                .ThenBy(v => documents[v.Original].Id, StringComparer.Ordinal)
                .First();
            links.Add(best.ToLink(documents));
        }

        // Partial overlaps between origin groups: one per pair of groups, between the members that share the
        // most (the same agency paragraphs reach an article through every copy of the agency story).
        foreach (var group in verdicts
                     .Where(v => v.Kind == CopyKind.Partial && Find(v.Copy) != Find(v.Original))
                     .GroupBy(v => (Find(v.Copy), Find(v.Original))))
        {
            var best = group
                .OrderByDescending(v => v.Paragraphs.Count)
                .ThenByDescending(v => v.TextShare)
                .ThenBy(v => documents[v.Original].Metadata.Published ?? DateTimeOffset.MaxValue)
                .ThenBy(v => documents[v.Original].Id, StringComparer.Ordinal)
                .First();
            links.Add(best.ToLink(documents));
        }

        var groups = Enumerable.Range(0, documents.Count)
            .GroupBy(Find)
            .Select(g => g
                .OrderByDescending(i => i == origins[g.Key])
                .ThenBy(i => documents[i].Metadata.Published ?? DateTimeOffset.MaxValue)
                .ThenBy(i => documents[i].Id, StringComparer.Ordinal)
                .ToList())
            .OrderBy(g => documents[g[0]].Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(g => documents[g[0]].Id, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)g.Select(i => documents[i].Id).ToList())
            .ToList();

        var order = links
            .OrderBy(l => l.Kind)
            .ThenBy(l => l.Of, StringComparer.Ordinal)
            .ThenBy(l => l.Article, StringComparer.Ordinal)
            .ToList();
        return new CopyAnalysis(order, groups);
    }

    /// <summary>The outcome of comparing one pair, by document index.</summary>
    internal sealed record PairVerdict(
        int Copy, int Original, CopyKind Kind, double Containment, double Resemblance, double TextShare, List<SharedParagraph> Paragraphs)
    {
        /// <summary>The same figures seen from the original's side.</summary>
        public (double Containment, double TextShare, List<SharedParagraph> Paragraphs) Other { get; init; } = (0, 0, []);

        /// <summary>What decided the direction.</summary>
        public DirectionEvidence Evidence { get; init; } = DirectionEvidence.Date;

        /// <summary>The verdict with copy and original exchanged.</summary>
        public PairVerdict Reversed() =>
            new(Original, Copy, Kind, Other.Containment, Resemblance, Other.TextShare, Other.Paragraphs)
            {
                Other = (Containment, TextShare, Paragraphs),
                Evidence = DirectionEvidence.None,
            };

        public CopyLink ToLink(IReadOnlyList<NewsDocument> documents) =>
            new(documents[Copy].Id, documents[Original].Id, Kind, Math.Round(Containment, 3), Math.Round(Resemblance, 3), Paragraphs)
            {
                TextShare = Math.Round(TextShare, 3),
            };
    }
}
