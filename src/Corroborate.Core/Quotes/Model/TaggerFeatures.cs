using Corroborate.Documents;
using Corroborate.Text;

namespace Corroborate.Quotes.Model;

/// <summary>The tags of the attribution tagger: BIO over source, cue and content.</summary>
internal enum AttributionTag : byte
{
    Outside,
    SourceBegin,
    SourceInside,
    CueBegin,
    CueInside,
    ContentBegin,
    ContentInside,
}

/// <summary>A role of a tagged span.</summary>
internal enum AttributionPart : byte
{
    Source,
    Cue,
    Content,
}

/// <summary>A character span with its role, as tagged or as annotated.</summary>
internal readonly record struct PartSpan(AttributionPart Part, int Start, int End);

/// <summary>
/// Hashed features of the tokens of one paragraph, a fixed number per token. Every feature is an
/// integer: the template number mixed with hashes of lower-cased words, word shapes, suffixes, closed
/// word classes, the learned cue strength of nearby words, the quote-mark state and distances to quote
/// marks and cue words inside the sentence. No feature keeps a string.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Features per token.</summary>
    public const int PerToken = 32;

    private const uint None = 0x5bd1e995;

    /// <summary>The tokens of a paragraph and their features, <see cref="PerToken"/> per token.</summary>
    public static (List<QuoteToken> Tokens, int[] Features) Extract(string text, ParagraphView para, CueLexicon lexicon)
    {
        var t = para.Tokens;
        var n = t.Count;
        var features = new int[n * PerToken];
        if (n == 0)
        {
            return (t, features);
        }

        Span<uint> word = n <= 512 ? stackalloc uint[n] : new uint[n];
        Span<uint> shape = n <= 512 ? stackalloc uint[n] : new uint[n];
        Span<uint> suffix = n <= 512 ? stackalloc uint[n] : new uint[n];
        Span<byte> cls = n <= 512 ? stackalloc byte[n] : new byte[n];
        Span<byte> cue = n <= 512 ? stackalloc byte[n] : new byte[n];
        Span<byte> quote = n <= 512 ? stackalloc byte[n] : new byte[n];
        Span<int> sentence = n <= 512 ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
        {
            var w = t[i].Of(text);
            word[i] = LowerHash(w);
            shape[i] = Shape(w);
            suffix[i] = w.Length > 3 ? LowerHash(w[^3..]) ^ 0x1234567u : word[i];
            cls[i] = Class(t[i], w);
            cue[i] = lexicon.Strength(word[i]);
            quote[i] = para.IsInRun(i) ? (t[i].Kind == TokenKind.QuoteMark ? (byte)2 : (byte)1) : (byte)0;
        }

        // Sentences: index of the sentence of each token.
        var sentences = para.Sentences(text);
        var s = 0;
        for (var i = 0; i < n; i++)
        {
            while (s + 1 < sentences.Count && t[i].Start >= sentences[s + 1].Start)
            {
                s++;
            }

            sentence[i] = s;
        }

        var sentenceHasQuote = new bool[Math.Max(1, sentences.Count)];
        for (var i = 0; i < n; i++)
        {
            if (quote[i] != 0)
            {
                sentenceHasQuote[sentence[i]] = true;
            }
        }

        // Distances (in tokens) to the nearest quote mark and to the nearest strong cue word, both ways.
        Span<byte> quoteLeft = n <= 512 ? stackalloc byte[n] : new byte[n];
        Span<byte> quoteRight = n <= 512 ? stackalloc byte[n] : new byte[n];
        Span<byte> cueLeft = n <= 512 ? stackalloc byte[n] : new byte[n];
        Span<byte> cueRight = n <= 512 ? stackalloc byte[n] : new byte[n];
        int lastQuote = -1000, lastCue = -1000, lastSentence = -1;
        for (var i = 0; i < n; i++)
        {
            if (sentence[i] != lastSentence)
            {
                lastCue = -1000;
                lastSentence = sentence[i];
            }

            quoteLeft[i] = Bucket(i - lastQuote);
            cueLeft[i] = Bucket(i - lastCue);
            if (t[i].Kind == TokenKind.QuoteMark)
            {
                lastQuote = i;
            }

            if (cue[i] >= 2)
            {
                lastCue = i;
            }
        }

        lastQuote = 1000 + n;
        lastCue = 1000 + n;
        lastSentence = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            if (sentence[i] != lastSentence)
            {
                lastCue = 1000 + n;
                lastSentence = sentence[i];
            }

            quoteRight[i] = Bucket(lastQuote - i);
            cueRight[i] = Bucket(lastCue - i);
            if (t[i].Kind == TokenKind.QuoteMark)
            {
                lastQuote = i;
            }

            if (cue[i] >= 2)
            {
                lastCue = i;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var f = features.AsSpan(i * PerToken, PerToken);
            var wm1 = i > 0 ? word[i - 1] : None;
            var wm2 = i > 1 ? word[i - 2] : None;
            var wp1 = i + 1 < n ? word[i + 1] : None;
            var wp2 = i + 2 < n ? word[i + 2] : None;
            var sm1 = i > 0 ? shape[i - 1] : None;
            var sp1 = i + 1 < n ? shape[i + 1] : None;
            var cm1 = i > 0 ? cls[i - 1] : (byte)255;
            var cp1 = i + 1 < n ? cls[i + 1] : (byte)255;
            var um1 = i > 0 ? cue[i - 1] : (byte)9;
            var up1 = i + 1 < n ? cue[i + 1] : (byte)9;
            var qm1 = i > 0 ? quote[i - 1] : (byte)9;
            var qp1 = i + 1 < n ? quote[i + 1] : (byte)9;
            var firstInSentence = i == 0 || sentence[i - 1] != sentence[i];
            var lastInSentence = i + 1 == n || sentence[i + 1] != sentence[i];
            var position = i == 0 ? 0u : firstInSentence ? 1u : i >= 2 && sentence[i - 2] != sentence[i] ? 2u : 3u;
            var sentenceQuoted = sentenceHasQuote[sentence[i]] ? 1u : 0u;
            var k = 0;
            f[k++] = Mix(k, 0);
            f[k++] = Mix(k, word[i]);
            f[k++] = Mix(k, wm1);
            f[k++] = Mix(k, wp1);
            f[k++] = Mix(k, wm2);
            f[k++] = Mix(k, wp2);
            f[k++] = Mix(k, Combine(wm1, word[i]));
            f[k++] = Mix(k, Combine(word[i], wp1));
            f[k++] = Mix(k, shape[i]);
            f[k++] = Mix(k, Combine(sm1, shape[i]));
            f[k++] = Mix(k, Combine(shape[i], sp1));
            f[k++] = Mix(k, suffix[i]);
            f[k++] = Mix(k, cls[i]);
            f[k++] = Mix(k, (uint)(cm1 << 8 | cls[i]));
            f[k++] = Mix(k, (uint)(cls[i] << 8 | cp1));
            f[k++] = Mix(k, (uint)(cue[i] << 8 | cls[i]));
            f[k++] = Mix(k, (uint)(um1 << 8 | up1));
            f[k++] = Mix(k, Combine(quote[i], shape[i]));
            f[k++] = Mix(k, (uint)(qm1 << 16 | quote[i] << 8 | qp1));
            f[k++] = Mix(k, (uint)(quoteLeft[i] << 8 | quoteRight[i]));
            f[k++] = Mix(k, Combine(position, shape[i]));
            f[k++] = Mix(k, cueLeft[i]);
            f[k++] = Mix(k, cueRight[i]);
            f[k++] = Mix(k, (uint)(cueLeft[i] << 8 | cueRight[i]));
            f[k++] = Mix(k, (uint)(cueLeft[i] << 8 | cls[i]));
            f[k++] = Mix(k, (uint)(sentenceQuoted << 8 | quote[i]));
            f[k++] = Mix(k, (lastInSentence ? 1u : 0u) << 8 | (firstInSentence ? 1u : 0u) << 4 | cls[i]);
            f[k++] = Mix(k, Combine(cueRight[i], word[i]));
            f[k++] = Mix(k, Combine(cueLeft[i], wm1));
            f[k++] = Mix(k, (uint)(cue[i] << 16 | um1 << 8 | quote[i]));
            f[k++] = Mix(k, Combine(sentenceQuoted << 8 | cueLeft[i], (uint)(quoteLeft[i] << 8 | quoteRight[i])));
            f[k++] = Mix(k, (uint)(sentence[i] == 0 ? 1 : 0) << 8 | (uint)(para.Index == 0 ? 1 : 0));
        }

        return (t, features);
    }

    /// <summary>FNV-1a of the lower-cased characters; curly apostrophes as straight ones.</summary>
    public static uint LowerHash(ReadOnlySpan<char> w)
    {
        var h = 2166136261u;
        foreach (var c in w)
        {
            var d = c == '’' ? '\'' : char.ToLowerInvariant(c);
            h = (h ^ d) * 16777619u;
        }

        return h;
    }

    private static uint Combine(uint a, uint b) => (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));

    private static int Mix(int template, uint value)
    {
        var h = value ^ ((uint)template * 0x85EBCA77u);
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        h *= 0x297A2D39u;
        h ^= h >> 15;
        return (int)(h & 0x7FFFFFFF);
    }

    private static byte Bucket(int distance) => distance switch
    {
        <= 0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        <= 5 => 4,
        <= 8 => 5,
        <= 15 => 6,
        <= 30 => 7,
        < 500 => 8,
        _ => 9,
    };

    /// <summary>A short shape: X for upper, x for lower, d for digit, the character itself otherwise; runs collapsed, 4 at most.</summary>
    private static uint Shape(ReadOnlySpan<char> w)
    {
        var h = 2166136261u;
        var last = '\0';
        var count = 0;
        foreach (var c in w)
        {
            var m = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c is '“' or '”' or '"' ? '"' : c is '‘' or '’' ? '\'' : c;
            if (m == last)
            {
                continue;
            }

            last = m;
            h = (h ^ m) * 16777619u;
            if (++count == 4)
            {
                break;
            }
        }

        return h ^ (uint)Math.Min(w.Length, 6) << 24;
    }

    // One lookup for the closed classes below; the first class a word is listed in wins.
    private static readonly Dictionary<uint, byte> WordClasses = BuildClasses();

    private static Dictionary<uint, byte> BuildClasses()
    {
        var classes = new Dictionary<uint, byte>();
        void Add(IEnumerable<string> words, byte c)
        {
            foreach (var word in words)
            {
                classes.TryAdd(LowerHash(word), c);
            }
        }

        Add(["that"], 10);
        Add(["to"], 11);
        Add(["according"], 12);
        Add(["'s"], 13);
        Add(Lexicon.Pronouns.Words, 14);
        Add(Lexicon.Honorifics.Words, 15);
        Add(Lexicon.Titles.Words, 16);
        Add(Lexicon.Determiners.Words, 18);
        Add(Lexicon.OrganisationWords.Words, 19);
        Add(Lexicon.Stop.Words, 20);
        Add(Lexicon.CueVerbs.Words, 21);
        return classes;
    }

    // Closed word classes, from the extractor's lexicon: pronoun, determiner, title, honorific, stop word, "that", "to"...
    private static byte Class(QuoteToken token, ReadOnlySpan<char> w)
    {
        switch (token.Kind)
        {
            case TokenKind.QuoteMark:
                return 1;
            case TokenKind.Number:
                return 2;
            case TokenKind.Punct:
                return w[0] switch
                {
                    ',' => 3,
                    '.' or '!' or '?' => 4,
                    ':' => 5,
                    '(' or ')' or '[' or ']' => 6,
                    '—' or '–' or '-' => 7,
                    _ => 8,
                };
        }

        var capital = char.IsUpper(w[0]);
        if (WordClasses.TryGetValue(LowerHash(w), out var known))
        {
            // Titles and organisation words count as such only when capitalised ("Senator", "Authority").
            if (known is 16 && !capital)
            {
                return 17;
            }

            if (known is not 19 || capital)
            {
                return known;
            }
        }

        if (capital)
        {
            return w.Length > 1 && char.IsUpper(w[1]) ? (byte)22 : (byte)23;
        }

        return w.EndsWith("ing", StringComparison.Ordinal) ? (byte)24 : w.EndsWith("ed", StringComparison.Ordinal) ? (byte)25 : w.EndsWith("ly", StringComparison.Ordinal) ? (byte)26 : (byte)27;
    }
}

/// <summary>
/// Cue strength of words, learned from the training split: how often a word (by the hash of its lower-cased
/// form) is part of an annotated cue, in five levels (0 never or rare … 4 at least half of its occurrences).
/// </summary>
internal sealed class CueLexicon(Dictionary<uint, byte> strengths)
{
    public static CueLexicon Empty { get; } = new([]);

    public IReadOnlyDictionary<uint, byte> Strengths => strengths;

    public byte Strength(uint wordHash) => strengths.GetValueOrDefault(wordHash);

    /// <summary>The levels from counts of (occurrences inside a cue, all occurrences) per word hash.</summary>
    public static CueLexicon FromCounts(Dictionary<uint, (int Cue, int All)> counts)
    {
        var result = new Dictionary<uint, byte>();
        foreach (var (hash, (cue, all)) in counts)
        {
            if (cue < 2)
            {
                continue;
            }

            var ratio = (double)cue / all;
            byte level = ratio >= 0.5 ? (byte)4 : ratio >= 0.25 ? (byte)3 : ratio >= 0.1 ? (byte)2 : ratio >= 0.03 ? (byte)1 : (byte)0;
            if (level > 0)
            {
                result[hash] = level;
            }
        }

        return new CueLexicon(result);
    }
}
