using System.Collections.Frozen;
using Corroborate.Documents;

namespace Corroborate.Text;

/// <summary>
/// Splits news text into sentences, as spans into the text. Rule-based: a sentence ends at
/// <c>. ! ?</c> (with any closing quotes or brackets after it) followed by white space and a capital,
/// digit or opening quote, except after a known abbreviation ("Mr.", "Gen.", "U.S.") or a single
/// initial ("J. Smith"); a paragraph break always ends one.
/// </summary>
/// <remarks>Thread-safe; allocates only the result list.</remarks>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "capt", "cpt", "cmdr",
        "sgt", "maj", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "cllr", "messrs",
        "no", "nos", "vs", "etc", "approx", "est", "dept", "inc", "ltd", "co", "corp", "bros", "ave", "rd", "blvd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "i.e", "e.g", "al", "fig", "vol", "pp", "op",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order.</summary>
    public static List<TextSpan> Split(string text) => Split(text, new TextSpan(0, text.Length));

    /// <summary>The sentences of every paragraph of <paramref name="document"/>, in order.</summary>
    public static List<TextSpan> Split(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new List<TextSpan>();
        foreach (var paragraph in document.Paragraphs)
        {
            Split(document.Text, paragraph, sentences);
        }

        return sentences;
    }

    /// <summary>The sentences inside <paramref name="range"/> of <paramref name="text"/>.</summary>
    public static List<TextSpan> Split(string text, TextSpan range)
    {
        var sentences = new List<TextSpan>();
        Split(text, range, sentences);
        return sentences;
    }

    private static void Split(string text, TextSpan range, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = range.Start;
        var end = range.End;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < end && text[i + 1] == '\n')
            {
                Add(text, start, i, into);
                start = i + 2;
                i += 2;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var close = i + 1;
                while (close < end && text[close] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']' or '»')
                {
                    close++;
                }

                if (close < end && char.IsWhiteSpace(text[close]) && EndsHere(text, i, close, end))
                {
                    Add(text, start, close, into);
                    start = close;
                }

                i = close;
                continue;
            }

            i++;
        }

        Add(text, start, end, into);
    }

    private static bool EndsHere(string text, int mark, int close, int end)
    {
        var next = close;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        var n = text[next];
        var startsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '„' or '—' or '-';
        if (!startsSentence)
        {
            return false;
        }

        if (text[mark] != '.' || close > mark + 1)
        {
            return true;
        }

        // The word before the full stop: an abbreviation or a single initial does not end a sentence.
        var wordStart = mark;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, mark - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return word.Length == 0 || !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new TextSpan(start, end));
        }
    }
}
