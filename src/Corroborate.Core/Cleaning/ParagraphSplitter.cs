using System.Text;

namespace Corroborate.Cleaning;

/// <summary>
/// Splits raw scraped text into paragraphs. Blank lines always separate paragraphs. Inside a block of
/// consecutive lines, lines that fill a common width (hard-wrapped at 70–80 columns) are joined, while a
/// scraper's dump with one paragraph per line keeps each line apart.
/// </summary>
internal static class ParagraphSplitter
{
    /// <summary>The paragraphs of <paramref name="text"/>, trimmed, in order; no empty ones.</summary>
    public static List<string> Split(string text, CleaningOptions options)
    {
        var paragraphs = new List<string>();
        var block = new List<Range>();
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var rest = span[position..];
            var lineLength = rest.IndexOfAny('\n', '\r', '\u2028');
            var isLast = lineLength < 0;
            if (isLast)
            {
                lineLength = rest.Length;
            }

            var start = position;
            var end = position + lineLength;

            // Trim the line, and a byte-order mark at the very start.
            while (start < end && (char.IsWhiteSpace(span[start]) || span[start] == '\uFEFF' || span[start] == '\u200B'))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(span[end - 1]) || span[end - 1] == '\u200B'))
            {
                end--;
            }

            if (start == end)
            {
                Flush(text, block, paragraphs, options);
            }
            else
            {
                block.Add(new Range(start, end));
            }

            if (isLast)
            {
                break;
            }

            position += lineLength + 1;
            if (span[position - 1] == '\r' && position < span.Length && span[position] == '\n')
            {
                position++;
            }
        }

        Flush(text, block, paragraphs, options);
        return paragraphs;
    }

    private static void Flush(string text, List<Range> block, List<string> paragraphs, CleaningOptions options)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (block.Count == 1 || !IsHardWrapped(text, block, options, out var width))
        {
            foreach (var line in block)
            {
                paragraphs.Add(text[line]);
            }

            block.Clear();
            return;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < block.Count; i++)
        {
            var line = text.AsSpan(block[i]);
            if (builder.Length > 0)
            {
                // "well-" + "known" joins without a space; anything else gets one.
                var glue = builder[^1] == '-' && builder.Length > 1 && char.IsLetter(builder[^2]) && char.IsLower(line[0]);
                if (!glue)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(line);
            var continues = i + 1 < block.Count && IsFull(text, block[i], block[i + 1], width)
                && !StartsListItem(text.AsSpan(block[i + 1])) && !IsStandaloneLine(text.AsSpan(block[i]));
            if (!continues)
            {
                paragraphs.Add(builder.ToString());
                builder.Clear();
            }
        }

        block.Clear();
    }

    // A block is hard-wrapped when its lines are no wider than a typical wrap width, most of them (all but the
    // last) are full (the next line's first word would not have fitted on them), and some line break falls
    // inside a sentence. A dump with one paragraph per line starts every line afresh, so it shows no such break.
    private static bool IsHardWrapped(string text, List<Range> block, CleaningOptions options, out int width)
    {
        width = 0;
        foreach (var line in block)
        {
            width = Math.Max(width, line.GetOffsetAndLength(text.Length).Length);
        }

        if (width > options.MaxWrapWidth || width < options.MinWrapWidth)
        {
            return false;
        }

        var full = 0;
        var continued = 0;
        for (var i = 0; i + 1 < block.Count; i++)
        {
            var line = text.AsSpan(block[i]);
            var next = text.AsSpan(block[i + 1]);
            if (IsStandaloneLine(line) || (IsStandaloneLine(next) && i + 2 < block.Count))
            {
                return false;
            }

            if (IsFull(text, block[i], block[i + 1], width))
            {
                full++;
            }

            if (ContinuesSentence(line, next))
            {
                continued++;
            }
        }

        var breaks = block.Count - 1;
        if (full < options.MinFullLineShare * breaks)
        {
            return false;
        }

        // A last line of one to three words with no closing punctuation cannot stand as a paragraph of its own:
        // it is the tail of a wrapped one ("... Quitting the Iran" / "Nuclear").
        var last = text.AsSpan(block[^1]);
        var danglingTail = LineText.CountWords(last) <= 3 && !LineText.EndsWithTerminal(last) && !LineText.IsAllCaps(last)
            && IsFull(text, block[^2], block[^1], width);
        // Two lines where only the second closes a sentence: one wrapped paragraph, whatever the case of the
        // word that opens the second line.
        var first = text.AsSpan(block[0]);
        var oneSentence = breaks == 1 && !LineText.EndsWithTerminal(first) && LineText.EndsWithTerminal(last)
            && LineText.CountWords(last) >= 4 && IsFull(text, block[0], block[1], width);
        return continued >= Math.Max(1, 0.3 * breaks) || (breaks == 1 && (danglingTail || oneSentence));
    }

    // A line break inside a sentence: the next line opens in lower case, or this one ends on a comma or on a
    // word that cannot end a sentence.
    private static bool ContinuesSentence(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (char.IsLower(next[0]))
        {
            return true;
        }

        if (line[^1] is ',' or ';' or '—' or '–' or '-' or '(')
        {
            return true;
        }

        var lastSpace = line.LastIndexOf(' ');
        var lastWord = line[(lastSpace + 1)..];
        return lastWord is "the" or "a" or "an" or "of" or "to" or "and" or "in" or "for" or "on" or "at" or "by"
            or "with" or "from" or "that" or "which" or "who" or "as" or "or" or "but" or "his" or "her" or "their"
            or "its" or "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "said";
    }

    // A URL, a date or any single token on its own line is never part of a wrapped paragraph.
    private static bool IsStandaloneLine(ReadOnlySpan<char> line) => line.IndexOfAny(' ', '\t') < 0;

    private static bool IsFull(string text, Range line, Range next, int width)
    {
        var length = line.GetOffsetAndLength(text.Length).Length;
        var nextWord = LineText.FirstWordLength(text.AsSpan(next));

        // Greedy wrapping guarantees length + 1 + nextWord > width; allow some slack for
        // wrappers that balance lines.
        return length >= 0.6 * width && length + 1 + nextWord >= 0.9 * width;
    }

    private static bool StartsListItem(ReadOnlySpan<char> line) =>
        line.Length > 1 && (line[0] is '•' or '*' or '-' or '–' or '—' or '·' or '►' or '▪') && line[1] == ' ';
}
