using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corroborate.Ingestion;

/// <summary>What an input file holds.</summary>
public enum InputFormat
{
    /// <summary>A whole HTML page (or an HTML fragment saved as a file).</summary>
    Html,

    /// <summary>Plain text: a headline line, then the article.</summary>
    PlainText,

    /// <summary>One JSON value: an article object, an array of them, or an object holding them.</summary>
    Json,

    /// <summary>JSON Lines: one article object per line.</summary>
    Jsonl,

    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed.</summary>
    Feed,
}

/// <summary>Decides a file's <see cref="InputFormat"/> from its content; the file name is only a hint.</summary>
/// <remarks>Thread-safe.</remarks>
public static partial class FormatSniffer
{
    /// <summary>How many leading characters are examined for markup.</summary>
    public const int SniffWindow = 4096;

    // How many non-empty lines may be tried when deciding whether a file is JSON Lines.
    private const int JsonlProbeLines = 5;

    /// <summary>The format of <paramref name="text"/>, with <paramref name="fileName"/>'s extension as a tie-breaker.</summary>
    public static InputFormat Sniff(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var extension = Extension(fileName);
        var start = SkipWhitespace(text, 0);
        if (start == text.Length)
        {
            return FromExtension(extension);
        }

        return text[start] switch
        {
            '{' or '[' => SniffJson(text, start, extension),
            '<' => SniffMarkup(text, start, extension),
            // Text that does not open with markup is HTML when it holds block structure (paragraphs, divs);
            // a .txt whose prose merely mentions a <script> or <b> tag stays text.
            _ => CountMatches(extension == "txt" ? BlockTagRegex() : HtmlTagRegex(), text, start) >= 2
                ? InputFormat.Html
                : FromExtension(extension),
        };
    }

    private static InputFormat SniffMarkup(string text, int start, string extension)
    {
        var window = text.AsSpan(start, Math.Min(text.Length - start, SniffWindow));
        var position = 0;
        var sawXmlDeclaration = false;
        while (true)
        {
            position = SkipWhitespace(window, position);
            var rest = window[position..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                position += end + 3;
            }
            else if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                sawXmlDeclaration |= rest.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
                var end = rest.IndexOf("?>", StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                position += end + 2;
            }
            else if (rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                // <!DOCTYPE html ...> (HTML and XHTML); a feed may carry its own doctype.
                if (rest["<!doctype".Length..].TrimStart().StartsWith("html", StringComparison.OrdinalIgnoreCase))
                {
                    return InputFormat.Html;
                }

                var end = DoctypeEnd(rest);
                if (end < 0)
                {
                    break;
                }

                position += end + 1;
            }
            else
            {
                break;
            }
        }

        var element = ElementName(window[position..]);
        var localName = element[(element.LastIndexOf(':') + 1)..];
        if (localName is "rss" or "feed" or "rdf")
        {
            return InputFormat.Feed;
        }

        if (localName is "html" or "head" or "body" || HtmlElementNames.Contains(localName)
            || CountMatches(HtmlTagRegex(), text, start) >= 2)
        {
            return InputFormat.Html;
        }

        // Other XML (a sitemap, say): the feed reader names the root element it did not expect.
        return sawXmlDeclaration ? InputFormat.Feed : FromExtension(extension);
    }

    private static InputFormat SniffJson(string text, int start, string extension)
    {
        // A complete object on the first line followed by more text can only be JSON Lines; alone, it is one
        // JSON value. Deciding this first avoids parsing a large JSON Lines file as a whole.
        var firstLine = NextLine(text, start, out var afterFirst);
        if (IsJsonObject(firstLine))
        {
            return SkipWhitespace(text, afterFirst) < text.Length ? InputFormat.Jsonl : InputFormat.Json;
        }

        if (IsCompleteJson(text))
        {
            return InputFormat.Json;
        }

        var position = afterFirst;
        for (var tried = 1; tried < JsonlProbeLines && position < text.Length;)
        {
            var line = NextLine(text, position, out position);
            if (line.IsWhiteSpace())
            {
                continue;
            }

            tried++;
            if (IsJsonObject(line))
            {
                return InputFormat.Jsonl;
            }
        }

        // Broken JSON in a .json file is reported as such; a text file may well start with "[Updated]".
        return extension is "json" or "jsonl" or "ndjson" ? FromExtension(extension) : InputFormat.PlainText;
    }

    private static InputFormat FromExtension(string extension) => extension switch
    {
        "html" or "htm" or "xhtml" or "shtml" or "xht" => InputFormat.Html,
        "json" => InputFormat.Json,
        "jsonl" or "ndjson" => InputFormat.Jsonl,
        "xml" or "rss" or "atom" or "rdf" => InputFormat.Feed,
        _ => InputFormat.PlainText,
    };

    private static string Extension(string? fileName)
    {
        var extension = Path.GetExtension(fileName);
        return string.IsNullOrEmpty(extension) ? "" : extension[1..].ToLowerInvariant();
    }

    private static bool IsJsonObject(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '{' || trimmed[^1] != '}')
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(trimmed.ToArray());
        return IsCompleteJson(bytes);
    }

    private static bool IsCompleteJson(string text) => IsCompleteJson(Encoding.UTF8.GetBytes(text));

    private static bool IsCompleteJson(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = JsonArticleReader.MaxDepth,
        });
        try
        {
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0 && reader.CurrentDepth == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ReadOnlySpan<char> NextLine(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        next = end < 0 ? text.Length : end + 1;
        return end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == '\uFEFF'))
        {
            position++;
        }

        return position;
    }

    // The index of the '>' closing a doctype; with an internal subset ("[...]") that is the one after ']'.
    private static int DoctypeEnd(ReadOnlySpan<char> doctype)
    {
        var close = doctype.IndexOf('>');
        var subset = doctype.IndexOf('[');
        if (subset < 0 || (close >= 0 && close < subset))
        {
            return close;
        }

        var subsetEnd = doctype.IndexOf("]>", StringComparison.Ordinal);
        return subsetEnd < 0 ? -1 : subsetEnd + 1;
    }

    private static string ElementName(ReadOnlySpan<char> markup)
    {
        if (markup.Length < 2 || markup[0] != '<')
        {
            return "";
        }

        var end = 1;
        while (end < markup.Length && (char.IsAsciiLetterOrDigit(markup[end]) || markup[end] is ':' or '-' or '_' or '.'))
        {
            end++;
        }

        return markup[1..end].ToString().ToLowerInvariant();
    }

    private static int CountMatches(Regex regex, string text, int start)
    {
        var window = text.AsSpan(start, Math.Min(text.Length - start, SniffWindow));
        var count = 0;
        foreach (var _ in regex.EnumerateMatches(window))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"<(?:p|div|br|hr|article|section|main|h[1-6]|table|ul|ol|li|blockquote|figure|body|html)(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagRegex();

    // Elements that start an HTML fragment saved as a file ("<p>First paragraph</p>...").
    private static readonly HashSet<string> HtmlElementNames = new(StringComparer.Ordinal)
    {
        "p", "div", "article", "section", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
        "blockquote", "figure", "span", "meta", "title", "link", "script", "style", "br", "strong", "em", "b", "i",
        "a", "img", "iframe", "noscript",
    };

    [GeneratedRegex(@"<(?:p|div|body|head|html|br|hr|article|section|main|span|h[1-6]|table|ul|ol|li|a|meta|title|script|style|img|strong|em|b|i|figure|blockquote)(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTagRegex();
}
