namespace Corroborate.Cleaning;

/// <summary>What must follow a phrase at the start of a line for the line to match.</summary>
internal enum PhraseFollow
{
    /// <summary>Anything, or nothing.</summary>
    Anything,

    /// <summary>A separator (colon, dash, arrow, bar...) or the end of the line.</summary>
    SeparatorOrEnd,
}

/// <summary>
/// Span helpers that compare a line with the phrases of <see cref="ResiduePatterns"/>: case-insensitive,
/// any whitespace run for a space, any apostrophe for <c>'</c>, and a word boundary after the phrase.
/// </summary>
internal static class LineText
{
    /// <summary>Longest key <see cref="TryKey"/> builds; longer text is never a key.</summary>
    public const int MaxKeyLength = 96;

    private const string Separators = ":-–—―‒»›>|→⟶➔➜➤▶►▸•·/=~⇒⟩";
    private const string OpeningQuotes = "\"“”„«»‹›‘’'";

    /// <summary>True for characters that separate a lead-in from what follows ("Read more: ...").</summary>
    public static bool IsSeparator(char c) => Separators.Contains(c, StringComparison.Ordinal);

    /// <summary>True for the apostrophes that appear in scraped text.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';

    /// <summary>True for a quotation mark or apostrophe: a line that opens with one is speech, not residue.</summary>
    public static bool IsQuoteMark(char c) => OpeningQuotes.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// True when the line opens with a quotation mark, so it is speech. Guillemets and angle quotes followed by
    /// a space are arrows ("« Previous"), not quotes.
    /// </summary>
    public static bool OpensSpeech(ReadOnlySpan<char> line) =>
        !line.IsEmpty && IsQuoteMark(line[0]) && !(line[0] is '«' or '»' or '‹' or '›' && (line.Length == 1 || char.IsWhiteSpace(line[1])));

    /// <summary>
    /// Skips leading decoration (bullets, dashes, arrows, brackets, asterisks, whitespace) but stops at letters,
    /// digits, quotation marks and <c>©</c>.
    /// </summary>
    public static ReadOnlySpan<char> SkipDecoration(ReadOnlySpan<char> line)
    {
        var start = 0;
        while (start < line.Length && IsDecoration(line[start]))
        {
            start++;
        }

        return line[start..];
    }

    /// <summary>Trims decoration from both ends ("— Advertisement —" → "Advertisement").</summary>
    public static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && IsDecoration(line[start]))
        {
            start++;
        }

        while (end > start && (IsDecoration(line[end - 1]) || line[end - 1] is '.' or ':' or '!' or '…' or ','))
        {
            end--;
        }

        return line[start..end];
    }

    /// <summary>Trims whitespace and trailing closing quotes/brackets, for looking at the final punctuation.</summary>
    public static ReadOnlySpan<char> TrimClosers(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && (char.IsWhiteSpace(line[end - 1]) || line[end - 1] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '›' or '*'))
        {
            end--;
        }

        return line[..end];
    }

    /// <summary>
    /// Matches <paramref name="phrase"/> (lower case, single spaces) at the start of <paramref name="text"/>.
    /// Returns the index just past the match, or -1.
    /// </summary>
    public static int MatchPhrase(ReadOnlySpan<char> text, string phrase)
    {
        var t = 0;
        for (var p = 0; p < phrase.Length; p++)
        {
            var pc = phrase[p];
            if (t >= text.Length)
            {
                return -1;
            }

            var tc = text[t];
            if (pc == ' ')
            {
                // A space in the phrase matches a whitespace run or a hyphen ("sign-up", "e-mail").
                if (tc == '-' || tc == '‑')
                {
                    t++;
                    continue;
                }

                if (!char.IsWhiteSpace(tc))
                {
                    return -1;
                }

                while (t < text.Length && char.IsWhiteSpace(text[t]))
                {
                    t++;
                }

                continue;
            }

            if (pc == '\'')
            {
                if (!IsApostrophe(tc))
                {
                    return -1;
                }
            }
            else if (char.ToLowerInvariant(tc) != pc)
            {
                return -1;
            }

            t++;
        }

        // Word boundary: "follow us" must not match "follow usual", nor "subscribe" "subscribe-only".
        if (t < text.Length && char.IsLetterOrDigit(phrase[^1])
            && (char.IsLetterOrDigit(text[t]) || (text[t] == '-' && t + 1 < text.Length && char.IsLetter(text[t + 1]))))
        {
            return -1;
        }

        return t;
    }

    /// <summary>
    /// Finds the longest phrase of <paramref name="phrases"/> that opens <paramref name="text"/> and is followed as
    /// <paramref name="follow"/> asks. <paramref name="rest"/> is what follows the phrase and its separator.
    /// </summary>
    public static bool MatchLead(ReadOnlySpan<char> text, string[] phrases, PhraseFollow follow, out int end, out ReadOnlySpan<char> rest)
    {
        end = -1;
        rest = default;
        if (text.IsEmpty || !char.IsLetterOrDigit(text[0]))
        {
            return false;
        }

        var first = char.ToLowerInvariant(text[0]);
        var matched = false;
        foreach (var phrase in phrases)
        {
            if (phrase[0] != first)
            {
                continue;
            }

            var candidate = MatchPhrase(text, phrase);
            if (candidate <= end)
            {
                continue;
            }

            if (follow == PhraseFollow.Anything)
            {
                end = candidate;
                rest = text[candidate..].Trim();
                matched = true;
            }
            else if (AfterSeparator(text, candidate, out var after))
            {
                end = candidate;
                rest = after;
                matched = true;
            }
        }

        return matched;
    }

    /// <summary>True when only a separator run (or nothing) follows index <paramref name="end"/>; gives the rest.</summary>
    public static bool AfterSeparator(ReadOnlySpan<char> text, int end, out ReadOnlySpan<char> rest)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            rest = default;
            return true;
        }

        if (!IsSeparator(text[i]) && !IsClosingDecoration(text, i))
        {
            rest = default;
            return false;
        }

        while (i < text.Length && (IsSeparator(text[i]) || char.IsWhiteSpace(text[i]) || text[i] is '.' or '…' or '«' or '‹' or '←' or ']' or ')'))
        {
            i++;
        }

        rest = text[i..].Trim();
        return true;
    }

    /// <summary>
    /// Builds the lookup key of <paramref name="text"/> into <paramref name="buffer"/>: lower-case letters and digits,
    /// apostrophes dropped, any other run one space, trimmed. False when the key would not fit.
    /// </summary>
    public static bool TryKey(ReadOnlySpan<char> text, Span<char> buffer, out int length)
    {
        length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '&')
            {
                if (pendingSpace && length > 0)
                {
                    if (length >= buffer.Length)
                    {
                        return false;
                    }

                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                if (length >= buffer.Length)
                {
                    return false;
                }

                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (!IsApostrophe(c))
            {
                pendingSpace = true;
            }
        }

        return true;
    }

    /// <summary>Number of whitespace-separated words.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>True when the text ends a sentence: <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>, closing quotes aside.</summary>
    public static bool EndsWithTerminal(ReadOnlySpan<char> text)
    {
        var trimmed = TrimClosers(text);
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>True when the text contains a letter and no lower-case letter.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0;
    }

    /// <summary>Index of the first whitespace in <paramref name="text"/>, or its length.</summary>
    public static int FirstWordLength(ReadOnlySpan<char> text)
    {
        var index = text.IndexOfAny(' ', '\t');
        return index < 0 ? text.Length : index;
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="word"/> as a whole word, ignoring case.</summary>
    public static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var index = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return false;
            }

            index += from;
            var end = index + word.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            from = index + 1;
        }

        return false;
    }

    private static bool IsDecoration(char c) =>
        !char.IsLetterOrDigit(c) && (!IsQuoteMark(c) || c is '«' or '»' or '‹' or '›') && c is not ('©' or '@' or '#' or '$' or '€' or '£' or '¥' or '%' or '&' or '+');

    // Arrows that close a lead-in without a separator before them ("Next article ›" is handled as a separator,
    // but "Read more ↓" uses characters outside the separator list).
    private static bool IsClosingDecoration(ReadOnlySpan<char> text, int index)
    {
        for (var i = index; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
