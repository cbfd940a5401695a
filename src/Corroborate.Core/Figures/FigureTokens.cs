namespace Corroborate.Figures;

/// <summary>What a token of the figure scanner is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes ("Corrwick's").</summary>
    Word,

    /// <summary>Digits with inner separators ("35,000", "1.5", "35.000").</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Symbol,
}

/// <summary>A token: a range of the text and its kind. No text is copied.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>Splits a range of text into words, numbers and symbols, in one pass.</summary>
internal static class FigureTokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        into.Clear();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var begin = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is ',' or '.' or '\'' or '’' or '\u00A0' or '\u202F' or '\u2009' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                into.Add(new Token(begin, i, TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
                {
                    i++;
                }

                into.Add(new Token(begin, i, TokenKind.Word));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                into.Add(new Token(begin, i, TokenKind.Symbol));
            }
        }
    }
}
