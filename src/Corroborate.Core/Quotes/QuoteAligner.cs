using Corroborate.Documents;

namespace Corroborate.Quotes;

/// <summary>How one outlet's wording differs from the quote as most outlets give it.</summary>
public enum WordChangeKind
{
    /// <summary>Words the variant leaves out (including a trimmed start or end).</summary>
    Dropped,

    /// <summary>Words only the variant has.</summary>
    Added,

    /// <summary>Words the variant has instead of others.</summary>
    Replaced,
}

/// <summary>One word-level difference between a variant and the aligned quote.</summary>
/// <param name="Kind">Dropped, added or replaced.</param>
/// <param name="From">The quote's words (empty when added).</param>
/// <param name="To">The variant's words (empty when dropped).</param>
public sealed record WordChange(WordChangeKind Kind, string From, string To)
{
    /// <summary>"drops “to be”", "adds “was”", "“this” → “the”".</summary>
    public override string ToString() => Kind switch
    {
        WordChangeKind.Dropped => $"drops “{From}”",
        WordChangeKind.Added => $"adds “{To}”",
        _ => $"“{From}” → “{To}”",
    };
}

/// <summary>The same statement as another outlet words it.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Text">The variant's quoted words.</param>
/// <param name="Kind">How that outlet reports it.</param>
/// <param name="Span">Where it is in that article's text.</param>
/// <param name="Changes">Word differences from the aligned quote; empty when identical.</param>
public sealed record QuoteVariant(string Article, string Text, QuoteKind Kind, TextSpan Span, IReadOnlyList<WordChange> Changes);

/// <summary>One statement of a story, as the outlets that carry it give it.</summary>
/// <param name="Text">The wording most outlets use.</param>
/// <param name="Speaker">The speaker, with one identity across the story's articles.</param>
/// <param name="Kind">Direct, partial or indirect (in the article that gives <paramref name="Text"/>).</param>
/// <param name="Article">The article whose wording is <paramref name="Text"/>.</param>
/// <param name="Span">Where it is in that article's text.</param>
/// <param name="Variants">The same statement in the other articles.</param>
public sealed record AlignedQuote(string Text, Speaker? Speaker, QuoteKind Kind, string Article, TextSpan Span, IReadOnlyList<QuoteVariant> Variants)
{
    /// <summary>
    /// True for quoted words, and for reported speech that some outlet attributes with a verb of speaking ("said",
    /// "told", "warned", "according to", a colon); false for reported content whose cue is an act, a belief or a
    /// finding ("voted to", "believes", "watched", "shows"), which is an attribution to count but not a statement.
    /// </summary>
    public bool IsSpeech { get; init; } = true;
}

/// <summary>
/// Lines up the same statement across a story's articles: quoted words that largely coincide (by
/// longest common word sequence) and come from the same speaker are one quote with variants, and each
/// variant's word differences are kept. Speakers get one identity across articles (full name, surname
/// alone, spelling without accents).
/// </summary>
public static class QuoteAligner
{
    private const double MinimumOverlap = 0.6;

    // Reported speech is the writer's own wording: only near-identical sentences (copies) are one statement.
    private const double MinimumIndirectOverlap = 0.85;

    /// <summary>The aligned statements of <paramref name="articles"/>, in order of first appearance.</summary>
    public static IReadOnlyList<AlignedQuote> Align(IReadOnlyList<NewsDocument> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var identities = SpeakerIdentities.Build(articles.SelectMany(a => a.Quotes).Select(q => q.Speaker));
        var groups = new List<Group>();
        // Word → the groups whose wording holds it: a quote is compared only with groups it shares enough
        // words with to reach the overlap threshold (the common subsequence is at most the shared word count),
        // so a large story is not every quote against every statement.
        var index = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        var shared = new Dictionary<Group, int>();
        foreach (var doc in articles)
        {
            foreach (var quote in doc.Quotes)
            {
                var text = quote.TextOf(doc.Text);
                var words = Words(text);
                var speech = Cues.IsSaid(doc.Text, quote);
                var member = new Member(doc.Id, quote, text, words, identities.Resolve(quote.Speaker), speech);
                var counts = CountWords(words);
                var minimum = quote.Kind == QuoteKind.Indirect ? MinimumIndirectOverlap : MinimumOverlap;
                shared.Clear();
                foreach (var (word, count) in counts)
                {
                    if (index.TryGetValue(word, out var holders))
                    {
                        foreach (var holder in holders)
                        {
                            shared[holder] = shared.GetValueOrDefault(holder) + Math.Min(count, holder.Counts[word]);
                        }
                    }
                }

                Group? best = null;
                var bestScore = 0.0;
                {
                    foreach (var group in shared.Where(p => p.Value >= minimum * Math.Min(words.Length, p.Key.Words.Length)).Select(p => p.Key).OrderBy(g => g.Number))
                    {
                        if ((group.Kind == QuoteKind.Indirect) != (quote.Kind == QuoteKind.Indirect) || group.Articles.Contains(doc.Id) || !SameSpeaker(group.Speaker, member.Speaker))
                        {
                            continue;
                        }

                        var score = Overlap(words, group.Words);
                        if (score > bestScore)
                        {
                            best = group;
                            bestScore = score;
                        }
                    }
                }

                if (best is not null && bestScore >= minimum && (Math.Min(words.Length, best.Words.Length) >= 3 || words.SequenceEqual(best.Words)))
                {
                    best.Members.Add(member);
                    best.Articles.Add(doc.Id);
                    best.Speaker ??= member.Speaker;
                }
                else
                {
                    var group = new Group(groups.Count, quote.Kind, words, counts, member);
                    groups.Add(group);
                    foreach (var word in counts.Keys)
                    {
                        if (!index.TryGetValue(word, out var holders))
                        {
                            holders = [];
                            index[word] = holders;
                        }

                        holders.Add(group);
                    }
                }
            }
        }

        return groups.Select(ToAligned).ToList();
    }

    private static AlignedQuote ToAligned(Group group)
    {
        // The wording most members share; ties go to the earliest article.
        var representative = group.Members
            .GroupBy(m => string.Join(' ', m.Words))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => group.Members.IndexOf(g.First()))
            .First()
            .First();
        var baseWords = DisplayWords(representative.Text);
        var variants = group.Members
            .Where(m => !ReferenceEquals(m, representative))
            .Select(m => new QuoteVariant(m.Article, m.Text, m.Quote.Kind, m.Quote.Content, Diff(baseWords, DisplayWords(m.Text))))
            .ToList();
        return new AlignedQuote(representative.Text, group.Speaker ?? representative.Speaker, representative.Quote.Kind,
            representative.Article, representative.Quote.Content, variants)
        {
            IsSpeech = group.Members.Exists(m => m.IsSpeech),
        };
    }

    private static bool SameSpeaker(Speaker? a, Speaker? b) =>
        a is null || b is null || string.Equals(a.Name, b.Name, StringComparison.Ordinal);

    /// <summary>Longest common word sequence over the shorter quote's length.</summary>
    private static double Overlap(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        return (double)Lcs(a, b) / Math.Min(a.Length, b.Length);
    }

    private static int Lcs(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Word-level differences from <paramref name="from"/> to <paramref name="to"/>, by a common-subsequence alignment.</summary>
    public static IReadOnlyList<WordChange> Diff(IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = from.Select(Key).ToArray();
        var b = to.Select(Key).ToArray();
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var changes = new List<WordChange>();
        var dropped = new List<string>();
        var added = new List<string>();
        void Flush()
        {
            if (dropped.Count > 0 && added.Count > 0)
            {
                changes.Add(new WordChange(WordChangeKind.Replaced, string.Join(' ', dropped), string.Join(' ', added)));
            }
            else if (dropped.Count > 0)
            {
                changes.Add(new WordChange(WordChangeKind.Dropped, string.Join(' ', dropped), ""));
            }
            else if (added.Count > 0)
            {
                changes.Add(new WordChange(WordChangeKind.Added, "", string.Join(' ', added)));
            }

            dropped.Clear();
            added.Clear();
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Flush();
                x++;
                y++;
            }
            else if (y >= b.Length || (x < a.Length && table[x + 1, y] >= table[x, y + 1]))
            {
                dropped.Add(from[x++]);
            }
            else
            {
                added.Add(to[y++]);
            }
        }

        Flush();
        return changes;
    }

    private static string Key(string word) => ArticlePeople.Fold(word);

    /// <summary>Folded words: what quotes are compared by.</summary>
    internal static string[] Words(string text) => DisplayWords(text).Select(Key).Where(w => w.Length > 0).ToArray();

    private static List<string> DisplayWords(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (start >= 0 && text[i] is '\'' or '’' or '-' or ',' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].Replace('’', '\''));
                start = -1;
            }
        }

        return words;
    }

    private sealed record Member(string Article, Quote Quote, string Text, string[] Words, Speaker? Speaker, bool IsSpeech);

    private static Dictionary<string, int> CountWords(string[] words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    private sealed class Group(int number, QuoteKind kind, string[] words, Dictionary<string, int> counts, Member first)
    {
        public int Number { get; } = number;

        public QuoteKind Kind { get; } = kind;

        public string[] Words { get; } = words;

        public Dictionary<string, int> Counts { get; } = counts;

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal) { first.Article };

        public List<Member> Members { get; } = [first];

        public Speaker? Speaker { get; set; } = first.Speaker;
    }
}

/// <summary>
/// One identity per person across a story's articles: "Dana Kirrane", "Kirrane" and "Dana Kirrane" with
/// another role are one speaker, shown with the fullest name and the role most articles give.
/// </summary>
public sealed class SpeakerIdentities
{
    private readonly Dictionary<string, Speaker> _byKey;

    private SpeakerIdentities(Dictionary<string, Speaker> byKey) => _byKey = byKey;

    /// <summary>Builds the identities of a set of speakers.</summary>
    public static SpeakerIdentities Build(IEnumerable<Speaker?> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        var named = speakers.Where(s => s is { IsDescription: false }).Select(s => s!).ToList();
        var full = named.Where(s => s.Name.Contains(' ', StringComparison.Ordinal)).ToList();
        var canonicalKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in named)
        {
            var key = ArticlePeople.Fold(speaker.Name);
            if (!key.Contains(' ', StringComparison.Ordinal))
            {
                var matches = full.Select(f => ArticlePeople.Fold(f.Name)).Where(f => f.EndsWith(" " + key, StringComparison.Ordinal)).Distinct().ToList();
                if (matches.Count == 1)
                {
                    key = matches[0];
                }
            }

            canonicalKey[speaker.Name] = key;
        }

        var byKey = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var group in named.GroupBy(s => canonicalKey[s.Name]))
        {
            var name = group.GroupBy(s => s.Name).OrderByDescending(g => g.Key.Split(' ').Length).ThenByDescending(g => g.Count()).First().Key;
            var role = group.Where(s => s.Role is not null).GroupBy(s => s.Role!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var identity = new Speaker(name, role, false, group.Any(s => s.IsOrganisation));
            foreach (var spelling in group.Select(s => s.Name).Distinct())
            {
                byKey[spelling] = identity;
            }
        }

        return new SpeakerIdentities(byKey);
    }

    /// <summary>The story-wide identity of <paramref name="speaker"/> (descriptions stay as they are).</summary>
    public Speaker? Resolve(Speaker? speaker) =>
        speaker is { IsDescription: false } && _byKey.TryGetValue(speaker.Name, out var identity) ? identity : speaker;
}
