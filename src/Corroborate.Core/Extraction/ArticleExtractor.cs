using Corroborate.Documents;
using Corroborate.Html;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>The article found in an HTML page.</summary>
/// <param name="Paragraphs">Body paragraphs, in order, without headline, captions or page chrome.</param>
/// <param name="Metadata">Title, authors, dates, URL, site name read from the page.</param>
/// <param name="Removed">Text inside the article's container that was left out, with the reason.</param>
/// <param name="Method">Which strategy produced the body (for diagnostics): <c>dom</c>, <c>json-ld</c> or <c>fallback</c>.</param>
public sealed record ExtractedArticle(
    IReadOnlyList<string> Paragraphs, ArticleMetadata Metadata, IReadOnlyList<RemovedText> Removed, string Method)
{
    /// <summary>The body as plain text, paragraphs separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>Options for <see cref="ArticleExtractor"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Below this many characters a DOM result is considered a failure and fallbacks are tried.</summary>
    public int MinBodyLength { get; init; } = 250;
}

/// <summary>
/// Finds the main article text of an HTML page: scores text blocks and their containers (after
/// Readability), keeps the best container and its article-like siblings, drops page chrome by
/// element, role and class, and filters widget lines. Falls back to the page's JSON-LD
/// <c>articleBody</c>, then to all prose paragraphs, when the container is too small.
/// </summary>
/// <remarks>Thread-safe: one instance can extract many pages concurrently.</remarks>
public sealed class ArticleExtractor
{
    private const int FlagChrome = 1;
    private const int FlagPositive = 2;
    private const int FlagScored = 4;
    private const int FlagSelected = 8;
    private const int FlagHoldsPositive = 16;

    private readonly ExtractionOptions _options;

    /// <summary>Creates an extractor.</summary>
    public ArticleExtractor(ExtractionOptions? options = null) => _options = options ?? new ExtractionOptions();

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    public ExtractedArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = HtmlParser.Parse(html);
        return Extract(document);
    }

    /// <summary>Extracts the article from a parsed page. Uses the nodes' scratch fields: one call per tree at a time.</summary>
    public ExtractedArticle Extract(HtmlNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = MetadataExtractor.Extract(document);
        var body = document.FindFirst("body") ?? document;
        var elements = body.Descendants().ToList();
        foreach (var node in elements)
        {
            node.Flags = 0;
            node.Score = 0;
            node.TextChars = node.LinkChars = node.ParagraphChars = 0;
        }

        body.Flags = 0;
        body.Score = 0;
        body.TextChars = body.LinkChars = body.ParagraphChars = 0;

        var blocks = BlockRenderer.Render(body);
        MarkChrome(body, elements, blocks);
        var content = blocks.Where(b => !InChrome(b.Owner, body)).ToList();
        var container = SelectContainer(body, content);
        if (Trace is not null)
        {
            Trace($"container: {Path(container)} score {container?.Score:F1}");
            foreach (var candidate in body.Descendants().Where(n => (n.Flags & FlagScored) != 0).OrderByDescending(n => n.Score).Take(8))
            {
                Trace($"  candidate {candidate.Score,7:F1} {Path(candidate)}");
            }
        }

        var removed = new List<RemovedText>();
        var paragraphs = new List<string>();
        if (container is not null)
        {
            MarkSelected(container);
            Collect(blocks, body, page.Metadata.Title, paragraphs, removed);
        }

        var method = "dom";
        var domLength = paragraphs.Sum(p => p.Length);
        var jsonLd = page.JsonLdBody is { Length: > 0 } ldBody ? SplitJsonLdBody(ldBody) : [];
        var jsonLdLength = jsonLd.Sum(p => p.Length);
        if (domLength < _options.MinBodyLength || (jsonLdLength > 2 * domLength && jsonLdLength > 500))
        {
            if (jsonLdLength >= Math.Max(_options.MinBodyLength, domLength))
            {
                paragraphs = jsonLd;
                method = "json-ld";
            }
            else if (domLength < _options.MinBodyLength)
            {
                var fallback = content
                    .Where(b => b.Text.Length >= 60 && b.LinkDensity < 0.3 && b.Owner.Name is not ("li" or "td" or "th"))
                    .Select(b => b.Text)
                    .ToList();
                if (fallback.Sum(p => p.Length) > domLength)
                {
                    paragraphs = fallback;
                    method = "fallback";
                }
            }
        }

        return new ExtractedArticle(paragraphs, page.Metadata, removed, method);
    }

    /// <summary>Diagnostic sink for the benchmark's explain mode; null in normal use.</summary>
    internal static Action<string>? Trace { get; set; }

    private static string Path(HtmlNode? node)
    {
        var parts = new List<string>();
        for (var current = node; current is not null && current.Type == HtmlNodeType.Element; current = current.Parent)
        {
            parts.Add(current.ToString());
        }

        parts.Reverse();
        return string.Join(" > ", parts.TakeLast(6));
    }

    private static List<string> SplitJsonLdBody(string body)
    {
        // Some sites put HTML in articleBody.
        var text = body.Contains('<', StringComparison.Ordinal) && body.Contains('>', StringComparison.Ordinal)
            ? BlockRenderer.RenderText(HtmlParser.Parse(body))
            : System.Net.WebUtility.HtmlDecode(body);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(MetadataExtractor.Whitespace)
            .Where(p => p.Length > 0)
            .ToList();
    }

    /// <summary>Flags chrome elements (navigation, sharing, related links...) unless they hold most of the prose.</summary>
    private static void MarkChrome(HtmlNode body, List<HtmlNode> all, List<TextBlock> blocks)
    {
        // Text totals per element, for link density and for the "holds most of the prose" guard.
        foreach (var block in blocks)
        {
            var prose = IsProse(block);
            for (var node = block.Owner; node is not null; node = node.Parent)
            {
                node.TextChars += block.Text.Length;
                node.LinkChars += block.LinkChars;
                if (prose)
                {
                    node.ParagraphChars += block.Text.Length;
                }

                if (ReferenceEquals(node, body))
                {
                    break;
                }
            }
        }

        var totalProse = Math.Max(1, body.ParagraphChars);
        foreach (var node in all)
        {
            if (IsPositive(node))
            {
                node.Flags |= FlagPositive;
                for (var ancestor = node.Parent; ancestor is not null && (ancestor.Flags & FlagHoldsPositive) == 0; ancestor = ancestor.Parent)
                {
                    ancestor.Flags |= FlagHoldsPositive;
                }
            }
        }

        foreach (var node in all)
        {
            var chrome = ChromeKind(node);
            if (chrome == Chrome.None || (node.Flags & FlagHoldsPositive) != 0 && node.Name is not ("figure" or "figcaption"))
            {
                continue;
            }

            // A page-level <form>, <header> or landmark that wraps most of the prose is layout, not chrome.
            if (chrome == Chrome.ByElement && node.Name is not ("figure" or "figcaption" or "h1")
                && node.ParagraphChars >= 0.4 * totalProse)
            {
                continue;
            }

            // A generic wrapper whose class happens to hold a chrome word ("widget-container") but that wraps
            // most of the prose is layout; comment threads and footers stay chrome however long they are.
            if (chrome == Chrome.ByClass && node.ParagraphChars >= 0.5 * totalProse
                && (BoilerplatePatterns.Classify(node) & BoilerplatePatterns.ClassVerdict.StrongChrome) == 0)
            {
                continue;
            }

            node.Flags |= FlagChrome;
        }
    }

    private enum Chrome
    {
        None,
        ByElement,
        ByClass,
    }

    private static bool IsProse(TextBlock block) =>
        block.Text.Length >= 80 && block.LinkDensity < 0.3 && block.Owner.Name is not ("li" or "td" or "th" or "a");

    private static bool IsPositive(HtmlNode node)
    {
        if (node.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return (BoilerplatePatterns.Classify(node) & BoilerplatePatterns.ClassVerdict.ArticleBody) != 0;
    }

    private static Chrome ChromeKind(HtmlNode node)
    {
        if (BoilerplatePatterns.ChromeElements.Contains(node.Name))
        {
            return Chrome.ByElement;
        }

        if (node.GetAttribute("role") is { } role && BoilerplatePatterns.ChromeRoles.Contains(role))
        {
            return Chrome.ByElement;
        }

        if (!BlockRenderer.BlockElements.Contains(node.Name) || node.Name is "body" or "html" or "p")
        {
            return Chrome.None;
        }

        var verdict = BoilerplatePatterns.Classify(node);
        return (verdict & BoilerplatePatterns.ClassVerdict.Chrome) != 0
            && (verdict & (BoilerplatePatterns.ClassVerdict.ArticleBody | BoilerplatePatterns.ClassVerdict.MaybeContent)) == 0
            ? Chrome.ByClass
            : Chrome.None;
    }

    private static bool InChrome(HtmlNode node, HtmlNode body)
    {
        for (var current = node; current is not null && !ReferenceEquals(current, body); current = current.Parent)
        {
            if ((current.Flags & FlagChrome) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scores containers by the paragraphs below them and picks the article's container.</summary>
    private static HtmlNode? SelectContainer(HtmlNode body, List<TextBlock> content)
    {
        var candidates = new List<HtmlNode>();
        foreach (var block in content)
        {
            if (block.Text.Length < 25 || block.Owner.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                continue;
            }

            var score = 1.0 + CountCommas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            score *= 1 - block.LinkDensity;
            var level = 0;
            // A block owned by a container-like element (text directly in a <div>) scores that element too.
            var start = block.Owner.Name is "p" or "pre" or "blockquote" or "li" or "dd" or "td" ? block.Owner.Parent : block.Owner;
            for (var node = start; node is not null && level < 5; node = node.Parent, level++)
            {
                if ((node.Flags & FlagScored) == 0)
                {
                    node.Flags |= FlagScored;
                    node.Score = InitialScore(node);
                    candidates.Add(node);
                }

                node.Score += level switch
                {
                    0 => score,
                    1 => score / 2,
                    _ => score / (level * 3),
                };
                if (ReferenceEquals(node, body))
                {
                    break;
                }
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        HtmlNode? top = null;
        var topScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            var density = candidate.TextChars == 0 ? 0 : (double)candidate.LinkChars / candidate.TextChars;
            candidate.Score *= 1 - density;
            if (candidate.Score > topScore)
            {
                topScore = candidate.Score;
                top = candidate;
            }
        }

        // Move up while a parent scores at least as well (the article spans several child containers).
        var best = top!;
        var lastScore = best.Score;
        var threshold = lastScore / 3;
        for (var parent = best.Parent; parent is not null && !ReferenceEquals(parent, body.Parent); parent = parent.Parent)
        {
            if ((parent.Flags & FlagScored) == 0)
            {
                continue;
            }

            if (parent.Score < threshold)
            {
                break;
            }

            if (parent.Score > lastScore)
            {
                best = parent;
                break;
            }

            lastScore = parent.Score;
        }

        // A lone child is the same container as its parent.
        while (best.Parent is { } p && !ReferenceEquals(best, body) && p.Children.Count(c => c.IsElement || (c.Text?.Trim().Length ?? 0) > 0) == 1
               && !ReferenceEquals(p, body) && (p.Flags & FlagChrome) == 0)
        {
            best = p;
        }

        return best;
    }

    private static double InitialScore(HtmlNode node)
    {
        var score = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if ((node.Flags & FlagPositive) != 0)
        {
            score += 25;
        }
        else if ((BoilerplatePatterns.Classify(node) & BoilerplatePatterns.ClassVerdict.Chrome) != 0)
        {
            score -= 25;
        }

        return score;
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Marks the container and its article-like siblings as selected.</summary>
    private static void MarkSelected(HtmlNode container)
    {
        container.Flags |= FlagSelected;
        var parent = container.Parent;
        if (parent is null)
        {
            return;
        }

        var threshold = Math.Max(10, container.Score * 0.2);
        var containerClass = container.GetAttribute("class");
        foreach (var sibling in parent.Children)
        {
            if (ReferenceEquals(sibling, container) || !sibling.IsElement || (sibling.Flags & FlagChrome) != 0)
            {
                continue;
            }

            var bonus = containerClass is not null && sibling.GetAttribute("class") == containerClass ? container.Score * 0.2 : 0;
            var include = (sibling.Flags & FlagScored) != 0 && sibling.Score + bonus >= threshold;
            if (!include && sibling.Name is "p" or "blockquote")
            {
                var length = sibling.TextChars;
                var density = length == 0 ? 1 : (double)sibling.LinkChars / length;
                include = (length > 80 && density < 0.25) || (length is > 0 and <= 80 && density == 0 && sibling.InnerText().TrimEnd().EndsWith('.'));
            }

            if (include)
            {
                sibling.Flags |= FlagSelected;
            }
        }
    }

    private static bool IsSelected(HtmlNode node, HtmlNode body)
    {
        for (var current = node; current is not null && !ReferenceEquals(current, body); current = current.Parent)
        {
            if ((current.Flags & FlagSelected) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(List<TextBlock> blocks, HtmlNode body, string? title, List<string> paragraphs, List<RemovedText> removed)
    {
        var normalizedTitle = title is null ? null : Cleaning.NormalForm.Letters(title);
        foreach (var block in blocks)
        {
            if (!IsSelected(block.Owner, body))
            {
                continue;
            }

            var reason = RemovalReason(block, body, normalizedTitle);
            if (reason is null)
            {
                paragraphs.Add(block.Text);
            }
            else
            {
                removed.Add(new RemovedText(block.Text, reason));
            }
        }
    }

    private static string? RemovalReason(TextBlock block, HtmlNode body, string? normalizedTitle)
    {
        for (var node = block.Owner; node is not null && !ReferenceEquals(node, body); node = node.Parent)
        {
            if ((node.Flags & FlagChrome) != 0)
            {
                return ChromeReason(node);
            }

            if ((node.Flags & FlagSelected) != 0)
            {
                break;
            }
        }

        var text = block.Text;
        if (BoilerplatePatterns.JunkLine().IsMatch(text))
        {
            return RemovalReasons.Widget;
        }

        if (block.LinkDensity > 0.5)
        {
            return RemovalReasons.RelatedLink;
        }

        if (normalizedTitle is not null && text.Length < 300 && Cleaning.NormalForm.Letters(text) == normalizedTitle)
        {
            return RemovalReasons.Headline;
        }

        if (text.Length < 120 && Bylines.LooksLikeByline(text))
        {
            return RemovalReasons.Byline;
        }

        return null;
    }

    private static string ChromeReason(HtmlNode node)
    {
        if (node.Name is "figure" or "figcaption")
        {
            return RemovalReasons.Caption;
        }

        if (node.Name == "h1")
        {
            return RemovalReasons.Headline;
        }

        var classAndId = node.ClassAndId;
        return classAndId switch
        {
            _ when classAndId.Contains("caption", StringComparison.Ordinal) || classAndId.Contains("credit", StringComparison.Ordinal) => RemovalReasons.Caption,
            _ when classAndId.Contains("related", StringComparison.Ordinal) || classAndId.Contains("read", StringComparison.Ordinal) || classAndId.Contains("recirc", StringComparison.Ordinal) => RemovalReasons.RelatedArticles,
            _ when classAndId.Contains("newsletter", StringComparison.Ordinal) || classAndId.Contains("subscri", StringComparison.Ordinal) || classAndId.Contains("promo", StringComparison.Ordinal) => RemovalReasons.Promo,
            _ when classAndId.Contains("byline", StringComparison.Ordinal) || classAndId.Contains("author", StringComparison.Ordinal) => RemovalReasons.Byline,
            _ when node.Name == "nav" || classAndId.Contains("nav", StringComparison.Ordinal) => RemovalReasons.Navigation,
            _ when classAndId.Contains("ad", StringComparison.Ordinal) => RemovalReasons.AdMarker,
            _ => RemovalReasons.Widget,
        };
    }
}
