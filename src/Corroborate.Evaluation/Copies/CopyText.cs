using System.Globalization;
using System.Text;

namespace Corroborate.Evaluation.Copies;

/// <summary>
/// Word and sentence helpers shared by the copy-set generator and its scorer. Words here are runs of letters and
/// digits, lower-cased, so quote style, punctuation, whitespace and case never change what counts as a word.
/// </summary>
public static class CopyText
{
    /// <summary>The quote and apostrophe characters the quote transformation maps between.</summary>
    public const string QuoteCharacters = "\"'“”‘’«»‹›„‚";

    private static readonly string[] Abbreviations =
        ["mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "jr", "sr", "inc", "corp", "co", "no", "vs", "prof", "rev", "ft", "mt", "jan", "feb", "aug", "sept", "oct", "nov", "dec"];

    /// <summary>Whether <paramref name="c"/> is one of <see cref="QuoteCharacters"/>.</summary>
    public static bool IsQuote(char c) => QuoteCharacters.Contains(c, StringComparison.Ordinal);

    /// <summary>The lower-cased letter-and-digit runs of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The words of every paragraph, in order.</summary>
    public static List<string> Words(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var words = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            words.AddRange(Words(paragraph));
        }

        return words;
    }

    /// <summary>Number of whitespace-separated tokens in the paragraphs.</summary>
    public static int CountTokens(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            count += Tokens(paragraph).Length;
        }

        return count;
    }

    /// <summary>The whitespace-separated tokens of a paragraph.</summary>
    public static string[] Tokens(string paragraph) =>
        paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Share of the original's words (as a multiset) that are still in the copy: 1 when every word survives, in
    /// any order; extra words in the copy do not count.
    /// </summary>
    public static double KeptShare(IEnumerable<string> originalParagraphs, IEnumerable<string> copyParagraphs)
    {
        var original = Words(originalParagraphs);
        if (original.Count == 0)
        {
            return 1;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(copyParagraphs))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var kept = 0;
        foreach (var word in original)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                kept++;
            }
        }

        return (double)kept / original.Count;
    }

    /// <summary>Hashes of the word <paramref name="size"/>-grams of <paramref name="words"/> (one hash for shorter texts).</summary>
    public static HashSet<ulong> Shingles(IReadOnlyList<string> words, int size = 5)
    {
        ArgumentNullException.ThrowIfNull(words);
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }

        var last = Math.Max(0, words.Count - size);
        for (var start = 0; start <= last; start++)
        {
            var hash = 14695981039346656037UL;
            for (var i = start; i < Math.Min(words.Count, start + size); i++)
            {
                foreach (var c in words[i])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    /// <summary>
    /// Splits a paragraph into sentences after <c>.</c>, <c>!</c> or <c>?</c> (and any closing quotes or brackets)
    /// followed by a space and a capital, digit or quote; initials and common abbreviations do not end a sentence.
    /// The sentences joined by a single space give back the paragraph when it had single spaces between them.
    /// </summary>
    public static List<string> Sentences(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && (IsQuote(paragraph[end]) || paragraph[end] is ')' or ']'))
            {
                end++;
            }

            if (end + 1 >= paragraph.Length || paragraph[end] != ' ')
            {
                continue;
            }

            var next = paragraph[end + 1];
            if (!(char.IsUpper(next) || char.IsDigit(next) || IsQuote(next)) || (paragraph[i] == '.' && IsAbbreviation(paragraph, i)))
            {
                continue;
            }

            sentences.Add(paragraph[start..end].Trim());
            start = end + 1;
            i = end;
        }

        if (start < paragraph.Length && paragraph[start..].Trim().Length > 0)
        {
            sentences.Add(paragraph[start..].Trim());
        }

        return sentences;
    }

    /// <summary>Upper-cases the first letter of <paramref name="word"/>.</summary>
    public static string Capitalize(string word) =>
        word.Length == 0 || !char.IsLower(word[0]) ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    /// <summary>Joins paragraphs with a blank line, as <c>NewsDocument.SetParagraphs</c> does, skipping empty ones.</summary>
    public static string Join(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(paragraph);
        }

        return builder.ToString();
    }

    // "U.S." or "J." (a single letter before the dot) and "Mr." style abbreviations.
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        if (length == 1)
        {
            return true;
        }

        var word = text.AsSpan(start, length);
        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
