using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Corroborate.Documents;
using Corroborate.Text;

namespace Corroborate.Ingestion;

/// <summary>Streams articles out of RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one per item or entry.</summary>
/// <remarks>
/// Uses a forward-only <see cref="XmlReader"/> with DTDs ignored and no resolver, so external entities are
/// never fetched (XXE-safe), entities are never expanded (no billion laughs; a feed that uses its own is refused)
/// and memory does not grow with the number of items. When the XML breaks part-way,
/// the items read so far are kept and the line of the break is reported.
/// </remarks>
internal static partial class FeedReader
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    private enum FeedKind
    {
        Unknown,
        Rss,
        Rdf,
        Atom,
    }

    public static IEnumerable<Article> Read(string text, FileReadContext context)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            // Feeds often carry stray control characters; they are not worth losing the feed over.
            CheckCharacters = false,
        };
        using var reader = XmlReader.Create(new StringReader(DeclareHtmlEntities(text)), settings);
        var feed = new FeedState();
        while (true)
        {
            FeedItem? item;
            try
            {
                item = NextItem(reader, feed, context);
            }
            catch (XmlException exception)
            {
                context.Error(context.AtLine(exception.LineNumber), IsAboutDtd(exception, text)
                    ? $"feed declares a DTD or custom entities, which are not supported ({Describe(exception)})"
                    : $"malformed XML ({Describe(exception)})");
                yield break;
            }

            if (item is null)
            {
                if (feed.Items == 0 && feed.Kind != FeedKind.Unknown)
                {
                    context.Error(context.File, feed.Kind == FeedKind.Atom ? "feed has no entries" : "feed has no items");
                }

                yield break;
            }

            if (item.Number > context.Options.MaxItemsPerFile)
            {
                context.TooManyRecords(feed.Kind == FeedKind.Atom ? "entries" : "items");
                yield break;
            }

            if (ToArticle(item, feed, context) is { } article)
            {
                yield return article;
            }
        }
    }

    // Advances to the next item or entry and reads it whole; null at the end of the feed.
    private static FeedItem? NextItem(XmlReader reader, FeedState feed, FileReadContext context)
    {
        while (true)
        {
            // Reading an element whole leaves the reader on the node after it, which must not be skipped:
            // in a minified feed that node is the next <item>.
            if (feed.Positioned)
            {
                feed.Positioned = false;
            }
            else if (!reader.Read())
            {
                return null;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (feed.Kind == FeedKind.Unknown)
            {
                feed.Kind = reader.LocalName switch
                {
                    "rss" => FeedKind.Rss,
                    "RDF" => FeedKind.Rdf,
                    "feed" => FeedKind.Atom,
                    _ => FeedKind.Unknown,
                };
                if (feed.Kind == FeedKind.Unknown)
                {
                    context.Error(context.File, $"not an RSS or Atom feed (the root element is <{reader.Name}>)");
                    return null;
                }

                continue;
            }

            var name = reader.LocalName;
            if (name == (feed.Kind == FeedKind.Atom ? "entry" : "item"))
            {
                feed.Positioned = true;
                return ReadItem(reader, ++feed.Items, feed.Kind == FeedKind.Atom);
            }

            if (reader.Depth == 1)
            {
                feed.Section = name;
            }

            // Channel-level fields: rss/channel/title, rdf:RDF/channel/title, feed/title.
            var atFeedLevel = feed.Kind == FeedKind.Atom
                ? reader.Depth == 1
                : reader.Depth == 2 && feed.Section == "channel";
            if (atFeedLevel && name == "title" && feed.SiteName is null)
            {
                feed.SiteName = IngestionText.CleanInline(ReadContent(reader).Text);
                feed.Positioned = true;
            }
            else if (atFeedLevel && name == "language" && feed.Language is null)
            {
                feed.Language = IngestionText.CleanInline(ReadContent(reader).Text);
                feed.Positioned = true;
            }
        }
    }

    private static FeedItem ReadItem(XmlReader reader, int number, bool atom)
    {
        var item = new FeedItem(number, reader.NamespaceURI, reader.XmlLang, atom);
        ForEachChild(reader, child => ReadItemField(child, item));
        return item;
    }

    private static void ReadItemField(XmlReader reader, FeedItem item)
    {
        var ns = reader.NamespaceURI;
        var name = reader.LocalName;
        if (ns == DublinCore && name == "creator")
        {
            item.Authors.Add(ReadContent(reader).Text);
        }
        else if (ns == DublinCore && name == "date")
        {
            item.DcDate ??= ReadContent(reader).Text;
        }
        else if (ns == ContentModule && name == "encoded")
        {
            item.Content ??= ReadContent(reader);
        }
        else if (ns != item.Namespace)
        {
            // media:description, atom:link inside RSS and other extensions.
            reader.Skip();
        }
        else
        {
            ReadCoreField(reader, item, name);
        }
    }

    private static void ReadCoreField(XmlReader reader, FeedItem item, string name)
    {
        switch (name)
        {
            case "title":
                item.Title ??= ReadContent(reader).Text;
                break;
            case "link" when reader.GetAttribute("href") is { } href:
                // Atom: the alternate link, or a link without rel, is the article.
                var rel = reader.GetAttribute("rel");
                if (item.Link is null && (rel is null || rel == "alternate"))
                {
                    item.Link = href;
                }

                reader.Skip();
                break;
            case "link":
                item.Link ??= NullIfBlank(ReadContent(reader).Text);
                break;
            case "guid":
                var permaLink = reader.GetAttribute("isPermaLink");
                var guid = ReadContent(reader).Text.Trim();
                if (!string.Equals(permaLink, "false", StringComparison.OrdinalIgnoreCase)
                    && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    item.PermaLink ??= guid;
                }

                break;
            case "pubDate":
                item.PubDate ??= ReadContent(reader).Text;
                break;
            case "published" or "issued":
                item.Published ??= ReadContent(reader).Text;
                break;
            case "updated" or "modified":
                item.Updated ??= ReadContent(reader).Text;
                break;
            case "author" or "contributor" when item.IsAtom:
                ForEachChild(reader, person =>
                {
                    if (person.LocalName == "name")
                    {
                        item.Authors.Add(ReadContent(person).Text);
                    }
                    else
                    {
                        person.Skip();
                    }
                });
                break;
            case "author":
                item.Authors.Add(AuthorFromRss(ReadContent(reader).Text));
                break;
            case "content":
                item.Content ??= ReadContent(reader);
                break;
            case "description" or "summary":
                item.Summary ??= ReadContent(reader);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private static Article? ToArticle(FeedItem item, FeedState feed, FileReadContext context)
    {
        var atom = feed.Kind == FeedKind.Atom;
        var body = HasText(item.Content) ? item.Content : HasText(item.Summary) ? item.Summary : null;
        var location = context.AtItem(item.Number);
        if (body is null)
        {
            context.Error(location, atom
                ? "entry has no text (no content or summary)"
                : "item has no text (no content:encoded or description)");
            return null;
        }

        var html = body.Markup || (atom
            ? body.Type switch
            {
                null => IngestionText.LooksLikeHtml(body.Text),
                "text" => false,
                _ => body.Type.Contains("html", StringComparison.OrdinalIgnoreCase),
            }
            // RSS bodies are HTML by definition: escaped tags or character references mean markup.
            : IngestionText.LooksLikeHtml(body.Text) || IngestionText.HasCharacterReference(body.Text));
        var content = html ? body.Text.Trim() : IngestionText.NormalizeLineEndings(body.Text).Trim();
        var metadata = new ArticleMetadata
        {
            Title = IngestionText.CleanInline(item.Title),
            Url = NullIfBlank(item.Link) ?? item.PermaLink,
            Published = DateParsing.Parse(item.PubDate) ?? DateParsing.Parse(item.DcDate)
                ?? DateParsing.Parse(item.Published) ?? DateParsing.Parse(item.Updated),
            Authors = Authors(item.Authors),
            SiteName = feed.SiteName,
            Language = NullIfBlank(item.Language) ?? feed.Language,
        };
        var kind = html ? ContentKind.HtmlFragment : ContentKind.PlainText;
        return new Article($"{context.Stem}-{item.Number}", location, kind, content, metadata);
    }

    private static bool HasText(FeedText? text) => text is not null && !string.IsNullOrWhiteSpace(text.Text);

    // Calls read for each child element of the current element; leaves the reader after the element.
    // read must consume the child it is given and leave the reader after it.
    private static void ForEachChild(XmlReader reader, Action<XmlReader> read)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                read(reader);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
    }

    // The text of the current element, or, when it holds child elements (XHTML content, raw HTML in a
    // description), that markup re-serialised. Leaves the reader after the element.
    private static FeedText ReadContent(XmlReader reader)
    {
        var type = reader.GetAttribute("type");
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new FeedText("", Markup: false, type);
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        StringBuilder? markup = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    markup ??= AppendEscaped(new StringBuilder(), text.ToString());
                    AppendStartTag(markup, reader);
                    break;
                case XmlNodeType.EndElement:
                    markup?.Append("</").Append(reader.LocalName).Append('>');
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    text.Append(reader.Value);
                    if (markup is not null)
                    {
                        AppendEscaped(markup, reader.Value);
                    }

                    break;
            }

            reader.Read();
        }

        reader.Read();
        return markup is null ? new FeedText(text.ToString(), Markup: false, type) : new FeedText(markup.ToString(), Markup: true, type);
    }

    private static void AppendStartTag(StringBuilder markup, XmlReader reader)
    {
        markup.Append('<').Append(reader.LocalName);
        var empty = reader.IsEmptyElement;
        while (reader.MoveToNextAttribute())
        {
            if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
            {
                continue;
            }

            markup.Append(' ').Append(reader.LocalName).Append("=\"");
            AppendEscaped(markup, reader.Value).Append('"');
        }

        reader.MoveToElement();
        markup.Append(empty ? "/>" : ">");
    }

    private static StringBuilder AppendEscaped(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }

    // RSS <author> is "jo@example.com (Jo Doe)"; the name is in the brackets.
    private static string AuthorFromRss(string value)
    {
        var match = EmailWithNameRegex().Match(value);
        return match.Success ? match.Groups[1].Value : value;
    }

    private static List<string> Authors(List<string> bylines)
    {
        var names = new List<string>();
        foreach (var byline in bylines)
        {
            if (IngestionText.CleanInline(byline) is { } text)
            {
                names.AddRange(Bylines.Split(text));
            }
        }

        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Feeds are full of HTML entities (&nbsp;, &eacute;) that XML does not define, and with DTDs ignored each
    // one would end the feed. Known HTML names become numeric references; unknown ones still fail, on their line.
    private static string DeclareHtmlEntities(string text)
    {
        if (!text.Contains('&'))
        {
            return text;
        }

        return NamedReferenceRegex().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                return match.Value;
            }

            var decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded == match.Value || !Rune.TryGetRuneAt(decoded, 0, out var rune) || rune.Utf16SequenceLength != decoded.Length)
            {
                return match.Value;
            }

            return string.Create(CultureInfo.InvariantCulture, $"&#{rune.Value};");
        });
    }

    // DTDs are ignored (no entity is ever expanded or fetched), so a feed that relies on one fails at its first
    // entity. The reader offers no error code, so the message is looked at, and only when the feed has a doctype.
    private static bool IsAboutDtd(XmlException exception, string text) =>
        exception.Message.Contains("DTD", StringComparison.Ordinal)
        || (exception.Message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase) && HasDoctype(text));

    // True when a <!DOCTYPE ...> comes before the root element (after the XML declaration, comments and PIs).
    private static bool HasDoctype(string text)
    {
        var position = 0;
        while (true)
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == '\uFEFF'))
            {
                position++;
            }

            var rest = text.AsSpan(position);
            if (rest.StartsWith("<!DOCTYPE", StringComparison.Ordinal))
            {
                return true;
            }

            var close = rest.StartsWith("<?", StringComparison.Ordinal) ? rest.IndexOf("?>", StringComparison.Ordinal)
                : rest.StartsWith("<!--", StringComparison.Ordinal) ? rest.IndexOf("-->", StringComparison.Ordinal)
                : -1;
            if (close < 0)
            {
                return false;
            }

            position += close + 2;
        }
    }

    // The exception's message without its trailing "Line 12, position 5." (the line goes in the location).
    private static string Describe(XmlException exception) =>
        LinePositionRegex().Replace(exception.Message, "").Trim().TrimEnd('.');

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedReferenceRegex();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex LinePositionRegex();

    [GeneratedRegex(@"^\s*\S+@\S+\s*\(([^()]+)\)\s*$")]
    private static partial Regex EmailWithNameRegex();

    private sealed class FeedState
    {
        public FeedKind Kind { get; set; }

        // True when the reader already stands on the next node to look at.
        public bool Positioned { get; set; }

        public int Items { get; set; }

        // The name of the most recent element directly under the root (channel, image, textinput...).
        public string? Section { get; set; }

        public string? SiteName { get; set; }

        public string? Language { get; set; }
    }

    private sealed record FeedText(string Text, bool Markup, string? Type);

    private sealed class FeedItem(int number, string ns, string language, bool atom)
    {
        public int Number { get; } = number;

        // Core fields share the item's namespace (none for RSS 2.0, RSS 1.0's, Atom's).
        public string Namespace { get; } = ns;

        public string Language { get; } = language;

        public string? Title { get; set; }

        public string? Link { get; set; }

        public string? PermaLink { get; set; }

        public string? PubDate { get; set; }

        public string? DcDate { get; set; }

        public string? Published { get; set; }

        public string? Updated { get; set; }

        public List<string> Authors { get; } = [];

        public FeedText? Content { get; set; }

        public FeedText? Summary { get; set; }

        // Atom persons have a <name> child; RSS <author> is text.
        public bool IsAtom { get; } = atom;
    }
}
