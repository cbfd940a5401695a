using System.Net;

namespace Corroborate.Html;

/// <summary>
/// A forgiving, allocation-light HTML parser that builds an <see cref="HtmlNode"/> tree.
/// </summary>
/// <remarks>
/// It is not a full HTML5 tree builder: it implements what article extraction needs — void
/// elements, raw-text elements (script, style), implied end tags for paragraphs, list items and
/// table cells, and recovery from unmatched end tags — in one linear pass over the text. Nesting is
/// capped (<see cref="MaxDepth"/>) so hostile input cannot blow the stack of later tree walks.
/// Thread-safe: all state is local to <see cref="Parse"/>.
/// </remarks>
public static class HtmlParser
{
    /// <summary>Elements deeper than this are attached as siblings instead of children.</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote",
        "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data",
        "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
        "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li",
        "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noembed", "noframes", "noscript",
        "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress",
        "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source",
        "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "math", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video",
        "wbr", "xmp", "amp-img", "path", "g", "use", "symbol", "defs", "circle", "rect", "polygon", "line",
        "article-body", "main-content",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameLookup =
        KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "frame",
    };

    // Opening one of these closes an open <p> (HTML "close a p element" rule).
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li",
        "dd", "dt", "search", "xmp", "plaintext",
    };

    // Boundaries that stop the search for an element to implicitly close.
    private static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "html", "body", "table", "td", "th", "caption", "button", "object", "template", "marquee", "applet", "svg",
        "math",
    };

    /// <summary>Parses <paramref name="html"/> into a tree rooted at a document node.</summary>
    public static HtmlNode Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var builder = new TreeBuilder();
        var span = html.AsSpan();
        var pos = 0;
        var textStart = 0;
        while (pos < span.Length)
        {
            var lt = span[pos..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            pos += lt;
            if (pos + 1 >= span.Length)
            {
                break;
            }

            var next = span[pos + 1];
            if (next == '!')
            {
                builder.AddText(html, textStart, pos);
                pos = SkipMarkupDeclaration(html, pos, builder);
                textStart = pos;
            }
            else if (next == '/')
            {
                var nameStart = pos + 2;
                var nameEnd = ScanName(span, nameStart);
                if (nameEnd == nameStart)
                {
                    // "</>" or "</ 3" — a bogus comment in HTML; skip to '>'.
                    builder.AddText(html, textStart, pos);
                    pos = SkipPast(span, pos, '>');
                    textStart = pos;
                    continue;
                }

                builder.AddText(html, textStart, pos);
                var name = InternName(span[nameStart..nameEnd]);
                pos = SkipPast(span, nameEnd, '>');
                textStart = pos;
                builder.CloseElement(name);
            }
            else if (next == '?')
            {
                // Processing instruction or XML declaration.
                builder.AddText(html, textStart, pos);
                pos = SkipPast(span, pos, '>');
                textStart = pos;
            }
            else if (char.IsAsciiLetter(next))
            {
                builder.AddText(html, textStart, pos);
                var nameEnd = ScanName(span, pos + 1);
                var name = InternName(span[(pos + 1)..nameEnd]);
                pos = ParseAttributes(html, nameEnd, out var attributes, out var selfClosing);
                textStart = pos;
                var element = builder.OpenElement(name, attributes, selfClosing || VoidElements.Contains(name));
                if (element is not null && IsRawText(name))
                {
                    var end = FindRawTextEnd(span, pos, name);
                    var raw = html.AsSpan(pos, end - pos);
                    if (name is "script" or "title" or "textarea")
                    {
                        if (!raw.IsWhiteSpace())
                        {
                            var content = name == "script" ? raw.ToString() : Decode(raw);
                            element.AppendChild(new HtmlNode(HtmlNodeType.Text, "", content));
                        }
                    }

                    builder.CloseElement(name);
                    pos = end < span.Length ? SkipPast(span, end, '>') : end;
                    textStart = pos;
                }
            }
            else
            {
                // A literal '<' in text.
                pos++;
            }
        }

        builder.AddText(html, textStart, span.Length);
        return builder.Document;
    }

    private static bool IsRawText(string name) =>
        name is "script" or "style" or "textarea" or "title" or "xmp" or "iframe" or "noembed" or "noframes"
            or "plaintext" or "template";

    private static int ScanName(ReadOnlySpan<char> span, int start)
    {
        var i = start;
        while (i < span.Length)
        {
            var c = span[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>')
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static int SkipPast(ReadOnlySpan<char> span, int start, char c)
    {
        var index = span[start..].IndexOf(c);
        return index < 0 ? span.Length : start + index + 1;
    }

    private static string InternName(ReadOnlySpan<char> name)
    {
        if (NameLookup.TryGetValue(name, out var known))
        {
            return known;
        }

        return name.ToString().ToLowerInvariant();
    }

    private static int SkipMarkupDeclaration(string html, int pos, TreeBuilder builder)
    {
        var span = html.AsSpan();
        if (span[pos..].StartsWith("<!--"))
        {
            var end = span[(pos + 4)..].IndexOf("-->");
            return end < 0 ? span.Length : pos + 4 + end + 3;
        }

        if (span[pos..].StartsWith("<![CDATA["))
        {
            var end = span[(pos + 9)..].IndexOf("]]>");
            var stop = end < 0 ? span.Length : pos + 9 + end;
            builder.AddRawText(html.Substring(pos + 9, stop - pos - 9));
            return end < 0 ? span.Length : stop + 3;
        }

        return SkipPast(span, pos, '>');
    }

    private static int FindRawTextEnd(ReadOnlySpan<char> span, int start, string name)
    {
        var i = start;
        while (i < span.Length)
        {
            var index = span[i..].IndexOf("</");
            if (index < 0)
            {
                return span.Length;
            }

            i += index;
            var nameStart = i + 2;
            if (nameStart + name.Length <= span.Length
                && span.Slice(nameStart, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameStart + name.Length == span.Length
                    || span[nameStart + name.Length] is ' ' or '>' or '/' or '\t' or '\n' or '\r' or '\f'))
            {
                return i;
            }

            i += 2;
        }

        return span.Length;
    }

    private static int ParseAttributes(
        string html, int pos, out KeyValuePair<string, string>[]? attributes, out bool selfClosing)
    {
        var span = html.AsSpan();
        attributes = null;
        selfClosing = false;
        List<KeyValuePair<string, string>>? list = null;
        while (pos < span.Length)
        {
            var c = span[pos];
            if (c == '>')
            {
                pos++;
                break;
            }

            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pos++;
                continue;
            }

            if (c == '/')
            {
                pos++;
                if (pos < span.Length && span[pos] == '>')
                {
                    selfClosing = true;
                    pos++;
                    break;
                }

                continue;
            }

            if (c == '<')
            {
                // A new tag started before this one closed ("<div <p>"): stop here.
                break;
            }

            var nameStart = pos;
            while (pos < span.Length && span[pos] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '='))
            {
                pos++;
            }

            var nameSpan = span[nameStart..pos];
            while (pos < span.Length && span[pos] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pos++;
            }

            var value = "";
            if (pos < span.Length && span[pos] == '=')
            {
                pos++;
                while (pos < span.Length && span[pos] is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    pos++;
                }

                if (pos < span.Length && span[pos] is '"' or '\'')
                {
                    var quote = span[pos];
                    var close = span[(pos + 1)..].IndexOf(quote);
                    var end = close < 0 ? span.Length : pos + 1 + close;
                    value = DecodeAttribute(span[(pos + 1)..end]);
                    pos = close < 0 ? span.Length : end + 1;
                }
                else
                {
                    var valueStart = pos;
                    while (pos < span.Length && span[pos] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>'))
                    {
                        pos++;
                    }

                    value = DecodeAttribute(span[valueStart..pos]);
                }
            }

            if (nameSpan.Length > 0 && nameSpan.Length < 64)
            {
                list ??= new List<KeyValuePair<string, string>>(4);
                list.Add(new(InternAttributeName(nameSpan), value));
            }
        }

        if (list is not null)
        {
            attributes = [.. list];
        }

        return pos;
    }

    private static string InternAttributeName(ReadOnlySpan<char> name) => name switch
    {
        _ when name.Equals("class", StringComparison.OrdinalIgnoreCase) => "class",
        _ when name.Equals("id", StringComparison.OrdinalIgnoreCase) => "id",
        _ when name.Equals("href", StringComparison.OrdinalIgnoreCase) => "href",
        _ when name.Equals("content", StringComparison.OrdinalIgnoreCase) => "content",
        _ when name.Equals("name", StringComparison.OrdinalIgnoreCase) => "name",
        _ when name.Equals("property", StringComparison.OrdinalIgnoreCase) => "property",
        _ when name.Equals("itemprop", StringComparison.OrdinalIgnoreCase) => "itemprop",
        _ when name.Equals("rel", StringComparison.OrdinalIgnoreCase) => "rel",
        _ when name.Equals("type", StringComparison.OrdinalIgnoreCase) => "type",
        _ when name.Equals("style", StringComparison.OrdinalIgnoreCase) => "style",
        _ when name.Equals("src", StringComparison.OrdinalIgnoreCase) => "src",
        _ when name.Equals("datetime", StringComparison.OrdinalIgnoreCase) => "datetime",
        _ when name.Equals("role", StringComparison.OrdinalIgnoreCase) => "role",
        _ when name.Equals("hidden", StringComparison.OrdinalIgnoreCase) => "hidden",
        _ when name.Equals("lang", StringComparison.OrdinalIgnoreCase) => "lang",
        _ when name.Equals("charset", StringComparison.OrdinalIgnoreCase) => "charset",
        _ when name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase) => "http-equiv",
        _ => name.ToString().ToLowerInvariant(),
    };

    private static string DecodeAttribute(ReadOnlySpan<char> value) =>
        value.IsEmpty ? "" : value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();

    /// <summary>Decodes character references in <paramref name="text"/>.</summary>
    public static string Decode(ReadOnlySpan<char> text) =>
        text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()) : text.ToString();

    private sealed class TreeBuilder
    {
        private readonly List<HtmlNode> _open = [];
        private bool _sawBody;

        public TreeBuilder()
        {
            Document = new HtmlNode(HtmlNodeType.Document, "");
            _open.Add(Document);
        }

        public HtmlNode Document { get; }

        private HtmlNode Current => _open[^1];

        public void AddText(string html, int start, int end)
        {
            if (end <= start)
            {
                return;
            }

            var raw = html.AsSpan(start, end - start);
            if (raw.IsWhiteSpace())
            {
                // Whitespace-only runs matter only as separators; keep one space.
                if (Current.Children.Count > 0)
                {
                    Current.AppendChild(new HtmlNode(HtmlNodeType.Text, "", " "));
                }

                return;
            }

            Current.AppendChild(new HtmlNode(HtmlNodeType.Text, "", Decode(raw)));
        }

        public void AddRawText(string text)
        {
            if (text.Length > 0)
            {
                Current.AppendChild(new HtmlNode(HtmlNodeType.Text, "", text));
            }
        }

        public HtmlNode? OpenElement(string name, KeyValuePair<string, string>[]? attributes, bool isVoid)
        {
            if (name is "html" or "head" && HasOpen(name))
            {
                return null;
            }

            if (name == "body")
            {
                if (_sawBody)
                {
                    return null;
                }

                _sawBody = true;
                // Leave <head> if it is still open.
                var headIndex = IndexOfOpen("head");
                if (headIndex > 0)
                {
                    _open.RemoveRange(headIndex, _open.Count - headIndex);
                }
            }

            ApplyImpliedEndTags(name);
            var element = new HtmlNode(HtmlNodeType.Element, name);
            element.SetAttributes(attributes);
            Current.AppendChild(element);
            if (!isVoid && _open.Count < MaxDepth)
            {
                _open.Add(element);
            }

            return element;
        }

        private void ApplyImpliedEndTags(string name)
        {
            if (ClosesParagraph.Contains(name))
            {
                CloseInScope("p");
            }

            switch (name)
            {
                case "li":
                    CloseInScope("li", "ul", "ol");
                    break;
                case "dt" or "dd":
                    CloseInScope("dt", "dl");
                    CloseInScope("dd", "dl");
                    break;
                case "option":
                    if (Current.Name == "option")
                    {
                        _open.RemoveAt(_open.Count - 1);
                    }

                    break;
                case "tr":
                    CloseInScope("td", "table");
                    CloseInScope("th", "table");
                    CloseInScope("tr", "table");
                    break;
                case "td" or "th":
                    CloseInScope("td", "tr", "table");
                    CloseInScope("th", "tr", "table");
                    break;
                case "thead" or "tbody" or "tfoot":
                    CloseInScope("td", "table");
                    CloseInScope("th", "table");
                    CloseInScope("tr", "table");
                    CloseInScope("thead", "table");
                    CloseInScope("tbody", "table");
                    CloseInScope("tfoot", "table");
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    if (Current.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                    {
                        _open.RemoveAt(_open.Count - 1);
                    }

                    break;
                case "a":
                    // Nested anchors are not allowed: an unclosed <a> ends at the next one.
                    CloseInScope("a");
                    break;
            }
        }

        private void CloseInScope(string name, string? boundary1 = null, string? boundary2 = null)
        {
            for (var i = _open.Count - 1; i > 0; i--)
            {
                var open = _open[i].Name;
                if (open == name)
                {
                    _open.RemoveRange(i, _open.Count - i);
                    return;
                }

                if (open == boundary1 || open == boundary2 || ScopeBoundaries.Contains(open))
                {
                    return;
                }
            }
        }

        public void CloseElement(string name)
        {
            if (name == "br")
            {
                // "</br>" is treated as "<br>" by browsers.
                Current.AppendChild(new HtmlNode(HtmlNodeType.Element, "br"));
                return;
            }

            if (name is "body" or "html")
            {
                // Content after </body> still belongs to the body; keep it open.
                return;
            }

            var index = IndexOfOpen(name);
            if (index > 0)
            {
                _open.RemoveRange(index, _open.Count - index);
            }
        }

        private bool HasOpen(string name) => IndexOfOpen(name) > 0;

        private int IndexOfOpen(string name)
        {
            for (var i = _open.Count - 1; i > 0; i--)
            {
                if (ReferenceEquals(_open[i].Name, name) || _open[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
