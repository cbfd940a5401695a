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
            var continues = i + 1 < block.Count && IsFull(text, block[i], block[i + 1], width) && !StartsListItem(text.AsSpan(block[i + 1]));
            if (!continues)
            {
                paragraphs.Add(builder.ToString());
                builder.Clear();
            }
        }

        block.Clear();
    }

    // A block is hard-wrapped when its lines are no wider than a typical wrap width and most of them
    // (all but the last) are full: the next line's first word would not have fitted on them.
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
        for (var i = 0; i + 1 < block.Count; i++)
        {
            if (IsFull(text, block[i], block[i + 1], width))
            {
                full++;
            }
        }

        return full >= options.MinFullLineShare * (block.Count - 1);
    }

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
