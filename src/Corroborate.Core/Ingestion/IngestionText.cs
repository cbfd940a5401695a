using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Ingestion;

/// <summary>Small text helpers shared by the input readers.</summary>
internal static partial class IngestionText
{
    private const int MaxIdLength = 80;

    /// <summary>True when <paramref name="text"/> holds HTML markup such as <c>&lt;p&gt;</c> or <c>&lt;br/&gt;</c>.</summary>
    public static bool LooksLikeHtml(string text) => text.Contains('<') && HtmlTagRegex().IsMatch(text);

    /// <summary>True when <paramref name="text"/> holds an HTML character reference (<c>&amp;amp;</c>, <c>&amp;#8217;</c>).</summary>
    public static bool HasCharacterReference(string text) => text.Contains('&') && CharacterReferenceRegex().IsMatch(text);

    /// <summary>One line of text from a title-like field: tags removed, references decoded, whitespace collapsed.</summary>
    public static string? CleanInline(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value;
        if (text.Contains('<'))
        {
            text = AnyTagRegex().Replace(text, " ");
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        text = WhitespaceRegex().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Line breaks as <c>\n</c> only.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>A file-name-safe id: letters, digits, '.', '_' and '-'; null when nothing is left.</summary>
    public static string? Slug(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxIdLength));
        foreach (var c in value.Trim())
        {
            if (builder.Length >= MaxIdLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-', '.');
        return slug.Length == 0 ? null : slug;
    }

    /// <summary>A byte count for people: "512 bytes", "4.9 KB", "31.2 MB".</summary>
    public static string FormatSize(long bytes)
    {
        const double Kilo = 1024, Mega = 1024 * 1024;
        return bytes switch
        {
            < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
            < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / Kilo:0.#} KB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / Mega:0.#} MB"),
        };
    }

    [GeneratedRegex(@"<(?:p|div|br|hr|span|a|h[1-6]|ul|ol|li|blockquote|strong|em|b|i|u|figure|figcaption|img|table|tr|td|article|section|iframe|q|cite|small|sup|sub|pre|code)(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTagRegex();

    [GeneratedRegex(@"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")]
    private static partial Regex CharacterReferenceRegex();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex AnyTagRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
