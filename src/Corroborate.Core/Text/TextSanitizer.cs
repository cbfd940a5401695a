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

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
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
