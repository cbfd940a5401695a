using System.Text;

namespace Corroborate.Html;

/// <summary>A run of text that a browser would lay out as one block (a paragraph, a list item, a cell).</summary>
/// <param name="Owner">The nearest block-level element holding the text.</param>
/// <param name="Text">The text with whitespace collapsed and trimmed.</param>
/// <param name="LinkChars">How many of its characters are inside links.</param>
public sealed record TextBlock(HtmlNode Owner, string Text, int LinkChars)
{
    /// <summary>Share of the text inside links, 0..1.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>Turns an HTML subtree into <see cref="TextBlock"/>s, the way a browser separates blocks.</summary>
public static class BlockRenderer
{
    /// <summary>Block-level elements: their start and end separate text.</summary>
    public static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "search",
        "document", "article-body", "main-content", "option",
    };

    /// <summary>Elements whose content is never article text.</summary>
    public static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "select", "option", "button", "input", "textarea", "head", "title", "meta", "link", "img",
        "picture", "source", "map", "area", "noembed", "noframes", "datalist", "track", "param",
    };

    /// <summary>True when <paramref name="node"/> is hidden from readers (hidden attribute, aria-hidden, display:none).</summary>
    public static bool IsHidden(HtmlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.GetAttribute("hidden") is not null)
        {
            return true;
        }

        if (node.GetAttribute("aria-hidden") is { } ariaHidden && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (node.GetAttribute("style") is { } style && style.Contains("none", StringComparison.OrdinalIgnoreCase))
        {
            var compact = style.Replace(" ", "", StringComparison.Ordinal);
            return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>Renders the blocks under <paramref name="root"/>.</summary>
    /// <param name="root">Subtree to render.</param>
    /// <param name="skip">Optional predicate: elements for which it returns true are left out with their subtree.</param>
    public static List<TextBlock> Render(HtmlNode root, Func<HtmlNode, bool>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var state = new RenderState(skip);
        state.Walk(root, root);
        state.Flush(root);
        return state.Blocks;
    }

    /// <summary>Renders <paramref name="root"/> to plain text, blocks separated by a blank line.</summary>
    public static string RenderText(HtmlNode root)
    {
        var blocks = Render(root);
        return string.Join("\n\n", blocks.Select(b => b.Text));
    }

    private sealed class RenderState(Func<HtmlNode, bool>? skip)
    {
        private readonly StringBuilder _text = new();
        private int _linkChars;
        private int _linkDepth;
        private bool _pendingSpace;

        public List<TextBlock> Blocks { get; } = [];

        public void Walk(HtmlNode node, HtmlNode owner)
        {
            foreach (var child in node.Children)
            {
                if (child.Type == HtmlNodeType.Text)
                {
                    AppendText(child.Text!);
                    continue;
                }

                var name = child.Name;
                if (SkippedElements.Contains(name) || IsHidden(child) || (skip is not null && skip(child)))
                {
                    continue;
                }

                if (name == "br")
                {
                    Flush(owner);
                    continue;
                }

                if (BlockElements.Contains(name))
                {
                    Flush(owner);
                    Walk(child, child);
                    Flush(child);
                }
                else if (name == "a")
                {
                    _linkDepth++;
                    Walk(child, owner);
                    _linkDepth--;
                }
                else
                {
                    Walk(child, owner);
                }
            }
        }

        private void AppendText(string text)
        {
            var before = _text.Length;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u200b' || c == '\ufeff')
                {
                    _pendingSpace = true;
                    continue;
                }

                if (_pendingSpace && _text.Length > 0)
                {
                    _text.Append(' ');
                }

                _pendingSpace = false;
                _text.Append(c);
            }

            if (_linkDepth > 0)
            {
                _linkChars += _text.Length - before;
            }
        }

        public void Flush(HtmlNode owner)
        {
            _pendingSpace = false;
            if (_text.Length > 0)
            {
                Blocks.Add(new TextBlock(owner, _text.ToString(), Math.Min(_linkChars, _text.Length)));
                _text.Clear();
            }

            _linkChars = 0;
        }
    }
}
