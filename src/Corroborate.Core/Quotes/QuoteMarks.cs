namespace Corroborate.Quotes;

/// <summary>A stretch of text between quote marks inside one paragraph.</summary>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark, or -1 when the paragraph ends first (a quote that
/// goes on in the next paragraph).</param>
/// <param name="InnerStart">First character of the quoted words.</param>
/// <param name="InnerEnd">End of the quoted words (exclusive), trimmed of white space.</param>
internal readonly record struct QuoteRun(int Open, int Close, int InnerStart, int InnerEnd)
{
    public bool IsClosed => Close >= 0;

    /// <summary>Where the run ends, closing mark included.</summary>
    public int After => IsClosed ? Close + 1 : InnerEnd;
}

/// <summary>
/// Finds quoted stretches in every typographic style: “…”, "…", ‘…’, '…', ''…'', «…», „…“, ‹…›. A single
/// closing mark is told from an apostrophe by what follows it: ’ before a letter (it’s, doesn’t) is
/// an apostrophe; ’ after a letter and before a space or punctuation closes the quote, unless it looks
/// like a plural possessive ("the farmers’ barns") and a later closing mark exists.
/// </summary>
internal static class QuoteMarks
{
    public static bool IsOpening(string text, int i, int start, int end)
    {
        var c = text[i];
        if (c is '“' or '«' or '„' or '‹')
        {
            return true;
        }

        if (c is '"')
        {
            return i + 1 < end && !char.IsWhiteSpace(text[i + 1]);
        }

        if (c is '‘' or '\'' or '‚')
        {
            var before = i > start ? text[i - 1] : ' ';
            var after = i + 1 < end ? text[i + 1] : ' ';
            var wordStart = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or '"' or '“' or ':';
            return wordStart && (char.IsLetterOrDigit(after) || after is '.' or '…' or '“' or '"');
        }

        return false;
    }

    /// <summary>The quoted runs of <c>text[start..end)</c>, in order; nested quotes are left inside their run.</summary>
    public static List<QuoteRun> Find(string text, int start, int end)
    {
        var runs = new List<QuoteRun>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (!QuoteTokenizer.IsQuoteMark(c) || !(IsOpening(text, i, start, end) || IsDoubledApostrophe(text, i, start, end)))
            {
                i++;
                continue;
            }

            if (IsDoubledApostrophe(text, i, start, end))
            {
                // ''Like this,'' (archive text with straight apostrophes doubled for a double quote mark).
                var doubled = FindDoubledApostrophe(text, i + 2, end);
                AddRun(text, runs, i, doubled >= 0 ? doubled + 1 : -1, i + 2, doubled >= 0 ? doubled : end);
                i = doubled >= 0 ? doubled + 2 : end;
                continue;
            }

            var close = c switch
            {
                '“' => FindAny(text, i + 1, end, '”', '"', '“'),
                '"' => FindAny(text, i + 1, end, '"', '”', '"'),
                '«' => FindAny(text, i + 1, end, '»', '»', '»'),
                '‹' => FindAny(text, i + 1, end, '›', '›', '›'),
                '„' => FindAny(text, i + 1, end, '“', '”', '"'),
                _ => FindSingleClose(text, i + 1, end),
            };

            // A straight " that never closes is likely a stray mark inside a paragraph that closes later
            // (the paragraph goes on in the next one): keep it as an open run.
            AddRun(text, runs, i, close, i + 1, close >= 0 ? close : end);

            i = close >= 0 ? close + 1 : end;
        }

        return runs;
    }

    // Two straight apostrophes at the start of a word: an opening double quote mark.
    private static bool IsDoubledApostrophe(string text, int i, int start, int end)
    {
        if (text[i] != '\'' || i + 2 >= end || text[i + 1] != '\'')
        {
            return false;
        }

        var before = i > start ? text[i - 1] : ' ';
        var after = text[i + 2];
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':') && !char.IsWhiteSpace(after) && after != '\'';
    }

    // The next two straight apostrophes in a row after a non-space: the closing mark of a doubled-apostrophe quote.
    private static int FindDoubledApostrophe(string text, int from, int end)
    {
        for (var i = from; i + 1 < end; i++)
        {
            if (text[i] == '\'' && text[i + 1] == '\'' && !char.IsWhiteSpace(text[i - 1]))
            {
                // Three in a row: a nested single quote closes first, then the double one.
                return i + 2 < end && text[i + 2] == '\'' ? i + 1 : i;
            }
        }

        return -1;
    }

    // A run's words are its inside without the white space at its edges; a run with no letter (“…”, “ ”) is none.
    private static void AddRun(string text, List<QuoteRun> runs, int open, int close, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from && HasLetter(text, from, to))
        {
            runs.Add(new QuoteRun(open, close, from, to));
        }
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int FindAny(string text, int from, int end, char a, char b, char c)
    {
        for (var i = from; i < end; i++)
        {
            var x = text[i];
            if (x == a || x == b || (x == c && i > from && !char.IsWhiteSpace(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindSingleClose(string text, int from, int end)
    {
        var fallback = -1;
        for (var i = from; i < end; i++)
        {
            var x = text[i];
            if (x is not ('’' or '\'' or '‘'))
            {
                continue;
            }

            var before = text[i - 1];
            var after = i + 1 < end ? text[i + 1] : ' ';
            if (char.IsWhiteSpace(before) && fallback >= 0)
            {
                return fallback; // a new quote opens: the possessive-looking mark closed the last one
            }

            if (char.IsWhiteSpace(before) || char.IsLetterOrDigit(after))
            {
                continue; // an opening mark or an apostrophe inside a word
            }

            // "the farmers’ barns": after an s and before a lower-case word, perhaps a possessive.
            var possessive = before is 's' or 'S' && after == ' ' && i + 2 < end && char.IsLower(text[i + 2]);
            if (possessive)
            {
                if (fallback < 0)
                {
                    fallback = i;
                }

                continue;
            }

            return i;
        }

        return fallback;
    }
}
