using System.Globalization;
using System.Text;

namespace Corroborate.Ingestion;

/// <summary>
/// Makes untrusted text (file names, messages quoting them) safe to print as one line on a terminal: control
/// characters become visible escapes, so a name cannot break a line or send an escape sequence to the terminal.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class PrintableText
{
    /// <summary>
    /// <paramref name="text"/> with <c>\n</c>, <c>\r</c> and <c>\t</c> written as those two characters, other C0
    /// controls, DEL and C1 controls as <c>\xNN</c>, and the Unicode line and paragraph separators as
    /// <c>\u2028</c> and <c>\u2029</c>. Other text, backslashes included, is unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnprintable(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\u2028' or '\u2029' => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ when IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static int IndexOfUnprintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]) || text[i] is '\u2028' or '\u2029')
            {
                return i;
            }
        }

        return -1;
    }

    // C0, DEL and C1.
    private static bool IsControl(char c) => c < '\u0020' || c is >= '\u007F' and <= '\u009F';
}
