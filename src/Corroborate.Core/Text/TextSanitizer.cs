namespace Corroborate.Text;

/// <summary>Makes text safe to carry through every stage and every output format.</summary>
public static class TextSanitizer
{
    /// <summary>
    /// Replaces unpaired UTF-16 surrogates (which JSON output and UTF-8 encoders refuse) and control
    /// characters other than tab, line feed and carriage return (NUL, ESC and the C1 block, which could
    /// drive a reader's terminal) with U+FFFD. Returns <paramref name="text"/> itself when there is
    /// nothing to replace.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            var c = chars[i];
            if (IsUnsafeControl(c))
            {
                // Page breaks and the like are spacing; NUL, ESC and the rest are damage.
                chars[i] = c is '\f' or '\v' or '\u0085' ? ' ' : '\uFFFD';
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else
                {
                    chars[i] = '\uFFFD';
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary><see cref="Clean(string)"/> for an optional value.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static bool IsUnsafeControl(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    // Control characters other than tab, line feed and carriage return, DEL and the C1 block.
    private static readonly System.Buffers.SearchValues<char> Suspects = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015"
        + "\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087"
        + "\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099"
        + "\u009A\u009B\u009C\u009D\u009E\u009F");

    private static int FirstInvalid(string text)
    {
        // Vectorised pre-checks: most text has no control character and no surrogate at all.
        var control = text.AsSpan().IndexOfAny(Suspects);
        var surrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate < 0)
        {
            return control;
        }

        var start = control < 0 ? surrogate : Math.Min(control, surrogate);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafeControl(c) || char.IsLowSurrogate(c))
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }
}
