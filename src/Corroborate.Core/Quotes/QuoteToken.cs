namespace Corroborate.Quotes;

/// <summary>What a token is, as far as attribution cares.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    QuoteMark,
}

/// <summary>A token of a document's text, as a character range.</summary>
internal readonly record struct QuoteToken(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>
/// Splits text into words, numbers, punctuation and quote marks. Apostrophes inside words stay in the
/// word (doesn’t, O'Neill); a possessive "’s" is its own token so that names stay clean.
/// </summary>
internal static class QuoteTokenizer
{
    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‘' or '’' or '\'' or '‹' or '›' or '‚';

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    public static void Tokenize(string text, int start, int end, List<QuoteToken> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                var digits = char.IsDigit(c);
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        j++;
                        continue;
                    }

                    var next = j + 1 < end ? text[j + 1] : '\0';
                    if (d is '-' or '‐' && char.IsLetterOrDigit(next))
                    {
                        j++;
                        continue;
                    }

                    if (IsApostrophe(d) && char.IsLetter(next))
                    {
                        // A possessive 's ends the word; other apostrophes (it’s, O’Neill) stay inside.
                        if (next is 's' or 'S' && (j + 2 >= end || !char.IsLetterOrDigit(text[j + 2])) && !IsContraction(text, i, j))
                        {
                            break;
                        }

                        j++;
                        continue;
                    }

                    if (d is '.' or ',' && digits && char.IsDigit(next))
                    {
                        j++;
                        continue;
                    }

                    // U.S., a.m.: single letters joined by full stops.
                    if (d == '.' && char.IsLetter(next) && j - i == 1 || d == '.' && j >= 2 && text[j - 2] == '.' && char.IsLetter(next))
                    {
                        j++;
                        continue;
                    }

                    break;
                }

                into.Add(new QuoteToken(i, j, digits ? TokenKind.Number : TokenKind.Word));
                i = j;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < end && text[i + 1] is 's' or 'S' && i > start && char.IsLetter(text[i - 1])
                && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
            {
                into.Add(new QuoteToken(i, i + 2, TokenKind.Word));
                i += 2;
                continue;
            }

            into.Add(new QuoteToken(i, i + 1, IsQuoteMark(c) ? TokenKind.QuoteMark : TokenKind.Punct));
            i++;
        }
    }

    // "it’s", "that's", "he's": the 's is part of the word.
    private static bool IsContraction(string text, int wordStart, int apostrophe)
    {
        var word = text.AsSpan(wordStart, apostrophe - wordStart);
        return word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
            || word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
            || word.Equals("there", StringComparison.OrdinalIgnoreCase) || word.Equals("what", StringComparison.OrdinalIgnoreCase)
            || word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("let", StringComparison.OrdinalIgnoreCase)
            || word.Equals("here", StringComparison.OrdinalIgnoreCase) || word.Equals("where", StringComparison.OrdinalIgnoreCase);
    }
}
