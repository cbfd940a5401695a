using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Documents;
using Corroborate.Html;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>Metadata read from a page, plus the JSON-LD article body when the page declares one.</summary>
/// <param name="Metadata">Title, authors, dates, URL, site name, language.</param>
/// <param name="JsonLdBody">The <c>articleBody</c> of the page's JSON-LD article, if any.</param>
/// <param name="Modified">The modified date, kept apart so it is never taken for the published date.</param>
public sealed record PageMetadata(ArticleMetadata Metadata, string? JsonLdBody, DateTimeOffset? Modified);

/// <summary>
/// Reads an article's metadata from a parsed page: JSON-LD, Open Graph and other meta tags, the
/// canonical link, <c>&lt;time&gt;</c> elements, bylines and URL date patterns.
/// </summary>
public static partial class MetadataExtractor
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
        "BackgroundNewsArticle", "Report", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting",
        "WebPage", "Review",
    };

    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "article:published", "datepublished", "publishdate",
        "publish-date", "publish_date", "pubdate", "pub_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
        "originalpublicationdate", "cxenseparse:recs:publishtime", "release_date", "datecreated", "dc.created",
        "published_time", "og:article:published_time", "displaydate",
    ];

    private static readonly string[] ModifiedMetaNames =
    [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "lastmod",
        "article.updated", "og:article:modified_time",
    ];

    /// <summary>Reads the metadata of a parsed page.</summary>
    public static PageMetadata Extract(HtmlNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? titleTag = null;
        string? canonical = null;
        string? language = null;
        var jsonLd = new List<string>();
        HtmlNode? firstH1 = null;
        var times = new List<HtmlNode>();
        var bylineNodes = new List<HtmlNode>();
        var dateNodes = new List<HtmlNode>();

        foreach (var node in document.Descendants())
        {
            switch (node.Name)
            {
                case "meta":
                    var key = node.GetAttribute("property") ?? node.GetAttribute("name") ?? node.GetAttribute("itemprop")
                        ?? node.GetAttribute("http-equiv");
                    var content = node.GetAttribute("content") ?? node.GetAttribute("datetime");
                    if (key is not null && !string.IsNullOrWhiteSpace(content))
                    {
                        meta.TryAdd(key.Trim(), content.Trim());
                    }

                    break;
                case "title":
                    titleTag ??= node.InnerText().Trim();
                    break;
                case "link":
                    if (node.GetAttribute("rel") is { } rel && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase))
                    {
                        canonical ??= node.GetAttribute("href");
                    }

                    break;
                case "html":
                    language ??= node.GetAttribute("lang");
                    break;
                case "script":
                    if (node.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        jsonLd.Add(node.InnerText());
                    }

                    break;
                case "h1":
                    firstH1 ??= node;
                    break;
                case "time":
                    times.Add(node);
                    break;
            }

            if (node.IsElement && IsBylineNode(node))
            {
                bylineNodes.Add(node);
            }

            if (dateNodes.Count < 20 && node.IsElement && IsDateNode(node))
            {
                dateNodes.Add(node);
            }
        }

        var ld = new JsonLdArticle();
        foreach (var script in jsonLd)
        {
            ld.Read(script);
        }

        var url = Absolute(FirstNonEmpty(canonical, meta.GetValueOrDefault("og:url"), ld.Url));
        var title = CleanTitle(FirstNonEmpty(
            ld.Headline, meta.GetValueOrDefault("og:title"), meta.GetValueOrDefault("twitter:title"),
            firstH1 is null ? null : Whitespace(firstH1.InnerText()), titleTag));
        var site = FirstNonEmpty(meta.GetValueOrDefault("og:site_name"), ld.Publisher,
            meta.GetValueOrDefault("application-name"), meta.GetValueOrDefault("twitter:site")?.TrimStart('@'));

        var authors = ld.Authors.Count > 0 ? ld.Authors : [];
        if (authors.Count == 0)
        {
            var metaAuthor = FirstNonEmpty(meta.GetValueOrDefault("author"), meta.GetValueOrDefault("article:author"),
                meta.GetValueOrDefault("dc.creator"), meta.GetValueOrDefault("byl"), meta.GetValueOrDefault("parsely-author"),
                meta.GetValueOrDefault("sailthru.author"));
            if (metaAuthor is not null && !metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                authors = Bylines.Split(metaAuthor);
            }
        }

        if (authors.Count == 0)
        {
            foreach (var node in bylineNodes)
            {
                var text = Whitespace(node.InnerText());
                if (text.Length is > 2 and < 120)
                {
                    authors = Bylines.Split(text);
                    if (authors.Count > 0)
                    {
                        break;
                    }
                }
            }
        }

        var published = Text.DateParsing.Parse(ld.DatePublished);
        foreach (var name in PublishedMetaNames)
        {
            if (published is not null)
            {
                break;
            }

            published = Text.DateParsing.Parse(meta.GetValueOrDefault(name));
        }

        var modified = Text.DateParsing.Parse(ld.DateModified);
        foreach (var name in ModifiedMetaNames)
        {
            modified ??= Text.DateParsing.Parse(meta.GetValueOrDefault(name));
        }

        if (published is null)
        {
            published = FromTimeElements(times);
        }

        // A dateline written in the page ("Published Feb. 20, 2026"), in an element marked as a date.
        if (published is null)
        {
            foreach (var node in dateNodes)
            {
                var text = node.InnerText();
                if (text.Length < 120 && Text.DateParsing.FindInText(text) is { } date)
                {
                    published = date;
                    break;
                }
            }
        }

        published ??= Text.DateParsing.FromUrl(url);
        if (published is null && modified is not null)
        {
            // Only when no published date exists anywhere.
            published = modified;
        }

        var metadata = new ArticleMetadata
        {
            Title = title,
            Authors = authors,
            Published = published,
            Url = url,
            SiteName = site is null ? null : Whitespace(site),
            Language = FirstNonEmpty(language, meta.GetValueOrDefault("content-language"), meta.GetValueOrDefault("og:locale"))
                ?.Split('-', '_')[0].ToLowerInvariant(),
        };
        return new PageMetadata(metadata, ld.ArticleBody, modified);
    }

    private static DateTimeOffset? FromTimeElements(List<HtmlNode> times)
    {
        // Prefer a <time> marked as the publication date, then the first one that is not "updated".
        foreach (var time in times)
        {
            var marker = (time.GetAttribute("itemprop") ?? "") + " " + time.ClassAndId + " " + (time.GetAttribute("pubdate") is null ? "" : "pubdate");
            if (marker.Contains("publish", StringComparison.OrdinalIgnoreCase) || marker.Contains("pubdate", StringComparison.OrdinalIgnoreCase))
            {
                if (Text.DateParsing.Parse(time.GetAttribute("datetime") ?? time.InnerText()) is { } date)
                {
                    return date;
                }
            }
        }

        foreach (var time in times)
        {
            var marker = (time.GetAttribute("itemprop") ?? "") + " " + time.ClassAndId + " " + (time.Parent?.ClassAndId ?? "");
            if (marker.Contains("modif", StringComparison.OrdinalIgnoreCase) || marker.Contains("updat", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Text.DateParsing.Parse(time.GetAttribute("datetime") ?? time.InnerText()) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static bool IsBylineNode(HtmlNode node)
    {
        if (node.GetAttribute("rel") is { } rel && rel.Equals("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (node.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return HasBylineWord(node.GetAttribute("class")) || HasBylineWord(node.GetAttribute("id"));
    }

    private static bool IsDateNode(HtmlNode node)
    {
        var marker = node.GetAttribute("class") ?? node.GetAttribute("id");
        if (marker is null)
        {
            return false;
        }

        return (marker.Contains("date", StringComparison.OrdinalIgnoreCase) || marker.Contains("publish", StringComparison.OrdinalIgnoreCase)
                || marker.Contains("posted", StringComparison.OrdinalIgnoreCase) || marker.Contains("timestamp", StringComparison.OrdinalIgnoreCase))
            && !marker.Contains("updat", StringComparison.OrdinalIgnoreCase) && !marker.Contains("modif", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasBylineWord(string? value) =>
        value is not null && (value.Contains("byline", StringComparison.OrdinalIgnoreCase)
            || value.Contains("author-name", StringComparison.OrdinalIgnoreCase));

    /// <summary>Trims a site suffix off a <c>&lt;title&gt;</c> ("Headline | Site", "Headline - Site").</summary>
    private static string? CleanTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        title = Whitespace(title);
        foreach (var separator in new[] { " | ", " – ", " — ", " - ", " :: ", " « ", " » " })
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > 20 && title.Length - index < 40)
            {
                return title[..index].Trim();
            }
        }

        return title.Length == 0 ? null : title;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.ToString()
            : null;

    private static string? FirstNonEmpty(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>Collapses whitespace runs to one space and trims.</summary>
    internal static string Whitespace(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    /// <summary>Collects the fields of the first article object in a page's JSON-LD blocks.</summary>
    private sealed class JsonLdArticle
    {
        private static readonly JsonDocumentOptions Options = new()
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        };

        private bool _found;
        private bool _foundArticle;

        public string? Headline { get; private set; }
        public string? DatePublished { get; private set; }
        public string? DateModified { get; private set; }
        public string? Url { get; private set; }
        public string? Publisher { get; private set; }
        public string? ArticleBody { get; private set; }
        public List<string> Authors { get; private set; } = [];

        public void Read(string script)
        {
            if (_foundArticle || string.IsNullOrWhiteSpace(script))
            {
                return;
            }

            try
            {
                using var json = JsonDocument.Parse(script.Trim().TrimEnd(';'), Options);
                Visit(json.RootElement, 0);
            }
            catch (Exception exception) when (exception is JsonException or ArgumentException)
            {
                // Broken JSON-LD (or text the parser refuses, such as unpaired surrogates) is common on
                // real pages; the other metadata sources still apply.
            }
        }

        private void Visit(JsonElement element, int depth)
        {
            if (depth > 8 || _foundArticle)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, depth + 1);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                Visit(graph, depth + 1);
            }

            if (!element.TryGetProperty("@type", out var type) || !IsArticleType(type))
            {
                return;
            }

            var isWebPage = TypeNames(type).All(t => t.Equals("WebPage", StringComparison.OrdinalIgnoreCase));
            if (isWebPage && _found)
            {
                return;
            }

            if (!isWebPage)
            {
                // A real article object replaces fields read from a WebPage object.
                _foundArticle = true;
                if (_found)
                {
                    Headline = DatePublished = DateModified = Url = Publisher = ArticleBody = null;
                    Authors = [];
                }
            }

            _found = true;
            Headline ??= String(element, "headline") ?? String(element, "name");
            DatePublished ??= String(element, "datePublished") ?? String(element, "dateCreated");
            DateModified ??= String(element, "dateModified");
            Url ??= String(element, "url") ?? (element.TryGetProperty("mainEntityOfPage", out var main)
                ? (main.ValueKind == JsonValueKind.String ? main.GetString() : String(main, "@id")) : null);
            ArticleBody ??= String(element, "articleBody");
            if (element.TryGetProperty("publisher", out var publisher))
            {
                Publisher ??= publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : String(First(publisher), "name");
            }

            if (Authors.Count == 0 && element.TryGetProperty("author", out var author))
            {
                Authors = ReadAuthors(author);
            }
        }

        private static List<string> ReadAuthors(JsonElement author)
        {
            var names = new List<string>();
            var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
            foreach (var item in items)
            {
                var name = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object => String(item, "name"),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(name) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    names.AddRange(Bylines.Split(name));
                }
            }

            return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        private static JsonElement First(JsonElement element) =>
            element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0 ? element[0] : element;

        private static string? String(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            {
                return null;
            }

            value = First(value);
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Object => String(value, "@value") ?? String(value, "name"),
                _ => null,
            };
        }

        private static IEnumerable<string> TypeNames(JsonElement type) =>
            type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? "")
                : type.ValueKind == JsonValueKind.String ? [type.GetString() ?? ""] : [];

        private static bool IsArticleType(JsonElement type) => TypeNames(type).Any(ArticleTypes.Contains);
    }
}
