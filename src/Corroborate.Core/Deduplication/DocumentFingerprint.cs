using Corroborate.Documents;

namespace Corroborate.Deduplication;

/// <summary>
/// The compact text fingerprint of one article: the set of its word shingles (hashed to 32 bits,
/// sorted), each tagged with the paragraph it first occurs in, whether it sits in a quotation, and per-paragraph word counts and hashes.
/// </summary>
/// <remarks>
/// Words are compared case-folded, with every non-letter, non-digit character as a separator, so
/// quote characters, dashes, whitespace and case never matter. Shingles never cross paragraphs, so
/// reordered or dropped paragraphs keep their own shingles. About six bytes per word of text.
/// Immutable and thread-safe.
/// </remarks>
public sealed class DocumentFingerprint
{
    internal DocumentFingerprint(
        uint[] shingles, ushort[] paragraphOf, bool[] quoted, int[] paragraphWords, ulong[] paragraphHashes,
        bool[] paragraphIsProse, bool[] paragraphIsLink, int words, double caseAnomaly)
    {
        ParagraphIsLink = paragraphIsLink;
        CaseAnomaly = caseAnomaly;
        ParagraphIsProse = paragraphIsProse;
        ParagraphHashes = paragraphHashes;

        Shingles = shingles;
        ParagraphOf = paragraphOf;
        Quoted = quoted;
        ParagraphWords = paragraphWords;
        Words = words;
    }

    /// <summary>Distinct shingle hashes, ascending.</summary>
    internal uint[] Shingles { get; }

    /// <summary>For each entry of <see cref="Shingles"/>, the paragraph it first occurs in.</summary>
    internal ushort[] ParagraphOf { get; }

    /// <summary>For each entry of <see cref="Shingles"/>, whether any of its words sits inside quotation marks.</summary>
    /// <remarks>Two independent reports quote the same sentence; only text outside quotes shows copying.</remarks>
    internal bool[] Quoted { get; }

    /// <summary>A hash of each paragraph's words, for spotting the same line repeated across many articles.</summary>
    internal ulong[] ParagraphHashes { get; }

    /// <summary>Whether each paragraph reads as prose (ends a sentence, or is long) rather than a headline-like line.</summary>
    internal bool[] ParagraphIsProse { get; }

    /// <summary>Whether each paragraph is a related-link line: a link label and a headline ("Read more: …").</summary>
    internal bool[] ParagraphIsLink { get; }

    /// <summary>Words in each paragraph.</summary>
    internal int[] ParagraphWords { get; }

    /// <summary>Words in the whole text.</summary>
    public int Words { get; }

    /// <summary>
    /// How far the text's letter case departs from edited prose, 0 (none) to 2: the share of sentences that
    /// open in lower case plus the share of letters in long runs of capitals. Reporters capitalise sentences and
    /// do not shout whole paragraphs; a text normalised to one case was made from another.
    /// </summary>
    public double CaseAnomaly { get; }

    /// <summary>Distinct shingles in the whole text.</summary>
    public int Count => Shingles.Length;

    /// <summary>Paragraphs fingerprinted.</summary>
    public int Paragraphs => ParagraphWords.Length;

    /// <summary>Computes the fingerprint of a document's cleaned paragraphs.</summary>
    /// <param name="document">The document; its <see cref="NewsDocument.Paragraphs"/> are read.</param>
    /// <param name="shingleSize">Words per shingle.</param>
    public static DocumentFingerprint Of(NewsDocument document, int shingleSize = 3)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        var text = document.Text.AsSpan();
        var paragraphCount = Math.Min(document.Paragraphs.Count, ushort.MaxValue);
        var wordHashes = new List<uint>(256);
        var wordQuoted = new List<bool>(256);
        var entries = new List<ulong>(text.Length / 5);
        var paragraphWords = new int[paragraphCount];
        var paragraphHashes = new ulong[paragraphCount];
        var prose = new bool[paragraphCount];
        var links = new bool[paragraphCount];
        var totalWords = 0;
        Span<uint> window = stackalloc uint[shingleSize];
        for (var p = 0; p < paragraphCount; p++)
        {
            wordHashes.Clear();
            wordQuoted.Clear();
            AppendWordHashes(document.Paragraphs[p].Slice(document.Text), wordHashes, wordQuoted);
            paragraphWords[p] = wordHashes.Count;
            totalWords += wordHashes.Count;
            var whole = 14695981039346656037UL;
            foreach (var word in wordHashes)
            {
                whole = (whole ^ word) * 1099511628211UL;
            }

            paragraphHashes[p] = whole;
            var trimmed = document.Paragraphs[p].Slice(document.Text).TrimEnd();
            prose[p] = wordHashes.Count >= 25 || EndsSentence(trimmed);
            links[p] = IsLinkLine(trimmed);
            if (wordHashes.Count == 0)
            {
                continue;
            }

            var shingles = Math.Max(1, wordHashes.Count - shingleSize + 1);
            for (var i = 0; i < shingles; i++)
            {
                var length = Math.Min(shingleSize, wordHashes.Count - i);
                var hash = 2166136261u;
                var quoted = false;
                for (var k = 0; k < length; k++)
                {
                    hash = Mix(hash, wordHashes[i + k]);
                    quoted |= wordQuoted[i + k];
                }

                // Low bit: 1 when quoted, so within a paragraph an unquoted occurrence of the shingle sorts first and wins.
                entries.Add(((ulong)Finalize(hash) << 17) | ((uint)p << 1) | (quoted ? 1u : 0u));
            }
        }

        // Hash in the high bits, then paragraph, then the quoted flag: sorting orders by hash, then paragraph,
        // so each hash is kept once, with the paragraph it first occurs in.
        entries.Sort();
        var hashes = new List<uint>(entries.Count);
        var paragraphOf = new List<ushort>(entries.Count);
        var quotedOf = new List<bool>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var hash = (uint)(entries[i] >> 17);
            if (i > 0 && hash == (uint)(entries[i - 1] >> 17))
            {
                continue;
            }

            var paragraph = (ushort)((entries[i] >> 1) & 0xFFFF);
            hashes.Add(hash);
            paragraphOf.Add(paragraph);
            quotedOf.Add((entries[i] & 1) == 1);
        }

        return new DocumentFingerprint(
            [.. hashes], [.. paragraphOf], [.. quotedOf], paragraphWords, paragraphHashes, prose, links, totalWords, MeasureCaseAnomaly(text));
    }

    // A sentence ends with . ! ? or …, possibly inside closing quotes or a bracket; a headline that merely ends
    // on a quoted phrase does not.
    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is '"' or '”' or '’' or '\'' or '»' or ')')
        {
            end--;
        }

        return end > 0 && line[end - 1] is '.' or '!' or '?' or '…';
    }

    private static readonly string[] LinkLabelWords =
    [
        "read", "more", "also", "see", "watch", "listen", "related", "trending", "popular", "recommended", "latest",
        "most", "top", "don't", "don’t", "dont", "editor's", "editor’s", "editors'", "further", "explore", "catch",
    ];

    /// <summary>"Read more: …", "Don't miss: …", "More coverage: …": a short label from link vocabulary, a colon, a headline.</summary>
    internal static bool IsLinkLine(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 24)
        {
            return false;
        }

        var label = line[..colon].Trim();
        var firstEnd = label.IndexOf(' ');
        var first = firstEnd < 0 ? label : label[..firstEnd];
        var words = label.Count(' ') + 1;
        if (words > 3)
        {
            return false;
        }

        foreach (var candidate in LinkLabelWords)
        {
            if (first.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>See <see cref="CaseAnomaly"/>; one pass over the text.</summary>
    internal static double MeasureCaseAnomaly(ReadOnlySpan<char> text)
    {
        const int ShoutingRun = 8; // capitalised words in a row; datelines and acronyms are shorter
        int sentences = 0, lowerStarts = 0, letters = 0, shouted = 0;
        int runWords = 0, runLetters = 0;
        var atSentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' || (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    atSentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            bool anyLower = false, anyUpper = false;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                anyLower |= char.IsLower(text[i]);
                anyUpper |= char.IsUpper(text[i]);
                i++;
            }

            var length = i - start;
            letters += length;
            if (atSentenceStart && char.IsLetter(text[start]))
            {
                sentences++;
                lowerStarts += char.IsLower(text[start]) ? 1 : 0;
            }

            atSentenceStart = false;
            if (anyUpper && !anyLower && length >= 2)
            {
                runWords++;
                runLetters += length;
            }
            else if (anyLower)
            {
                shouted += runWords >= ShoutingRun ? runLetters : 0;
                runWords = runLetters = 0;
            }
        }

        shouted += runWords >= ShoutingRun ? runLetters : 0;
        return (sentences == 0 ? 0 : (double)lowerStarts / sentences) + (letters == 0 ? 0 : (double)shouted / letters);
    }

    /// <summary>
    /// Hashes each word of <paramref name="text"/> (letters and digits, case-folded; everything else
    /// separates) and notes whether it sits inside quotation marks.
    /// </summary>
    internal static void AppendWordHashes(ReadOnlySpan<char> text, List<uint> hashes, List<bool> quoted)
    {
        var hash = 2166136261u;
        var inWord = false;
        var inDouble = false;
        var inSingle = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var folded = char.ToLowerInvariant(c);
                hash = (hash ^ folded) * 16777619u;
                inWord = true;
                continue;
            }

            if (inWord)
            {
                hashes.Add(hash);
                quoted.Add(inDouble || inSingle);
                hash = 2166136261u;
                inWord = false;
            }

            switch (c)
            {
                case '“' or '«' or '„':
                    inDouble = true;
                    break;
                case '”' or '»':
                    inDouble = false;
                    break;
                case '"':
                    inDouble = !inDouble;
                    break;
                case '‘' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                    inSingle = true;
                    break;
                case '’' or '\'' when inSingle && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])):
                    inSingle = false;
                    break;
                case '\'' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    inSingle = true;
                    break;
            }
        }

        if (inWord)
        {
            hashes.Add(hash);
            quoted.Add(inDouble || inSingle);
        }
    }

    private static uint Mix(uint hash, uint word) => (hash ^ word) * 16777619u ^ (hash >> 15);

    // Spreads the bits so that sampling on the top bits is unbiased.
    private static uint Finalize(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7feb352d;
        hash ^= hash >> 15;
        hash *= 0x846ca68b;
        hash ^= hash >> 16;
        return hash;
    }
}
