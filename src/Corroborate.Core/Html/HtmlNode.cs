namespace Corroborate.Html;

/// <summary>The kind of an <see cref="HtmlNode"/>.</summary>
public enum HtmlNodeType
{
    /// <summary>The root of a parsed page.</summary>
    Document,
    /// <summary>An element such as <c>&lt;p&gt;</c>.</summary>
    Element,
    /// <summary>Character data, entities decoded.</summary>
    Text,
}

/// <summary>A node of the light DOM built by <see cref="HtmlParser"/>.</summary>
/// <remarks>
/// Tag and attribute names are lower case. Text is entity-decoded but whitespace is kept as in the
/// source. The tree is mutable so extraction can detach subtrees.
/// </remarks>
public sealed class HtmlNode
{
    private static readonly List<HtmlNode> NoChildren = [];
    private List<HtmlNode>? _children;
    private KeyValuePair<string, string>[]? _attributes;

    internal HtmlNode(HtmlNodeType type, string name, string? text = null)
    {
        Type = type;
        Name = name;
        Text = text;
    }

    /// <summary>Node kind.</summary>
    public HtmlNodeType Type { get; }

    /// <summary>Lower-case tag name for elements; empty for text and the document.</summary>
    public string Name { get; }

    /// <summary>Decoded character data of a text node (or raw content of script/style).</summary>
    public string? Text { get; }

    /// <summary>The parent, or null for the document and for detached nodes.</summary>
    public HtmlNode? Parent { get; private set; }

    /// <summary>The children in document order.</summary>
    public IReadOnlyList<HtmlNode> Children => _children ?? NoChildren;

    /// <summary>True for element nodes.</summary>
    public bool IsElement => Type == HtmlNodeType.Element;

    /// <summary>Attributes in source order; names lower case, values decoded.</summary>
    public ReadOnlySpan<KeyValuePair<string, string>> Attributes => _attributes;

    /// <summary>The value of attribute <paramref name="name"/> (lower case), or null.</summary>
    public string? GetAttribute(string name)
    {
        if (_attributes is null)
        {
            return null;
        }

        foreach (var attribute in _attributes)
        {
            if (attribute.Key == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>Id and class attributes joined by a space, lower case; empty when neither is set.</summary>
    public string ClassAndId
    {
        get
        {
            var cls = GetAttribute("class");
            var id = GetAttribute("id");
            if (cls is null)
            {
                return id?.ToLowerInvariant() ?? "";
            }

            return id is null ? cls.ToLowerInvariant() : string.Concat(cls, " ", id).ToLowerInvariant();
        }
    }

    /// <summary>Scratch space for one tree walk at a time (extraction scores); not part of the DOM.</summary>
    internal double Score;

    /// <summary>Scratch flags for one tree walk at a time.</summary>
    internal int Flags;

    /// <summary>Scratch: characters of block text below this node.</summary>
    internal int TextChars;

    /// <summary>Scratch: characters of link text below this node.</summary>
    internal int LinkChars;

    /// <summary>Scratch: characters of paragraph-like text below this node.</summary>
    internal int ParagraphChars;

    internal void SetAttributes(KeyValuePair<string, string>[]? attributes) => _attributes = attributes;

    internal void AppendChild(HtmlNode child)
    {
        _children ??= [];
        child.Parent = this;
        _children.Add(child);
    }

    /// <summary>Removes this node from its parent.</summary>
    public void Detach()
    {
        if (Parent?._children is { } siblings)
        {
            siblings.Remove(this);
        }

        Parent = null;
    }

    /// <summary>All descendant elements, depth first, in document order.</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        var stack = new Stack<(HtmlNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            if (index >= node.Children.Count)
            {
                continue;
            }

            stack.Push((node, index + 1));
            var child = node.Children[index];
            if (child.IsElement)
            {
                yield return child;
                stack.Push((child, 0));
            }
        }
    }

    /// <summary>The first descendant element named <paramref name="name"/>, or null.</summary>
    public HtmlNode? FindFirst(string name)
    {
        foreach (var node in Descendants())
        {
            if (node.Name == name)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>Concatenated text of all descendant text nodes (script and style excluded).</summary>
    public string InnerText()
    {
        var builder = new System.Text.StringBuilder();
        AppendText(this, builder);
        return builder.ToString();
    }

    private static void AppendText(HtmlNode node, System.Text.StringBuilder builder)
    {
        foreach (var child in node.Children)
        {
            if (child.Type == HtmlNodeType.Text)
            {
                builder.Append(child.Text);
            }
            else if (child.Name is not ("script" or "style" or "template"))
            {
                AppendText(child, builder);
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Type switch
    {
        HtmlNodeType.Text => $"#text {Text}",
        HtmlNodeType.Document => "#document",
        _ => $"<{Name}{(ClassAndId.Length > 0 ? " " + ClassAndId : "")}>",
    };
}
