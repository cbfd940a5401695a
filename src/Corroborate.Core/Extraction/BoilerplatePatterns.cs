using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// Pattern data for main-text extraction, kept apart from the logic: class/id fragments that mark
/// page chrome, fragments that mark article bodies, and short lines that are never article text.
/// </summary>
internal static partial class BoilerplatePatterns
{
    /// <summary>Class or id fragments of page chrome: navigation, sharing, related links, comments, ads.</summary>
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:ad|ads|adv|advert\w*|advertisement|adslot|adunit|dfp|gpt|banner|breadcrumbs?|comments?|comment-\w+|commentary-list|disqus|community|footer|masthead|menu|navbar|nav|navigation|pagination|pager|popup|modal|overlay|related\w*|recirc\w*|recommend\w*|remark|replies|rss|share\w*|sharing|social\w*|sponsor\w*|promo\w*|newsletter\w*|subscri\w*|signup|sign-up|cookie\w*|consent|gdpr|paywall|outbrain|taboola|zergnet|trending|most-?popular|most-?read|widget\w*|sidebar\w*|aside|toolbar|byline\w*|author-?bio|author-?info|about-?the-?author|tag-?list|caption\w*|credit\w*|figcaption|more-?stories|read-?more|readmore|see-?also|also-?read|next-?article|timestamp|post-?meta|entry-?meta|article-?meta|article-?info|reactions?|visually-?hidden|sr-only|screen-?reader\w*|print-?only|noprint|copyright|survey|poll|donate|donation|call-?to-?action|app-?promo|ticker|right-?rail|left-?rail|prev-?next|previous|next-?prev|tag-?cloud|article-?tags|post-?tags|entry-?tags|site-?header|page-?header|site-?footer|page-?footer|top-?nav|sub-?nav|right-?rail|left-?rail|side-?rail)(?:$|[\s_-])",
        RegexOptions.CultureInvariant)]
    public static partial Regex Chrome();

    /// <summary>Chrome words that stay chrome even when the element holds most of the page's prose.</summary>
    [GeneratedRegex(@"comment|disqus|repl(?:y|ies)|respond|footer|sidebar|related|navigation|navbar|menu|recirc|recommend", RegexOptions.CultureInvariant)]
    public static partial Regex StrongChrome();

    /// <summary>Class or id fragments that mark article text containers; they override <see cref="Chrome"/>.</summary>
    [GeneratedRegex(
        @"article-?body|articlebody|article-?content|article-?text|article__body|article__content|story-?body|storybody|story-?content|story-?text|entry-?content|entry-?body|post-?content|post-?body|post-?text|main-?content|body-?text|bodytext|text-?body|content-?body|article-?main|articletext|rich-?text|field-?body|node-?body|news-?text|news-?body|td-post-content|the-content|single-?content|paywall-?content|article-?section|c-entry-content|l-article|story-?main|article-?page|article-?wrap|content__article-body|itemprop-articlebody",
        RegexOptions.CultureInvariant)]
    public static partial Regex ArticleBody();

    /// <summary>Readability's "maybe a candidate" words: a class holding them is not chrome by its other words alone.</summary>
    [GeneratedRegex(@"article|body|column|content|main|shadow|story|entry|post-?text|text", RegexOptions.CultureInvariant)]
    public static partial Regex MaybeContent();

    /// <summary>What a class or id value says about its element.</summary>
    [Flags]
    public enum ClassVerdict
    {
        /// <summary>Nothing known.</summary>
        None = 0,
        /// <summary>Holds a chrome word (<see cref="Chrome"/>).</summary>
        Chrome = 1,
        /// <summary>Holds an article-body word (<see cref="ArticleBody"/>).</summary>
        ArticleBody = 2,
        /// <summary>Holds a "maybe content" word (<see cref="MaybeContent"/>).</summary>
        MaybeContent = 4,
        /// <summary>Holds a strong chrome word (<see cref="StrongChrome"/>).</summary>
        StrongChrome = 8,
    }

    // Class values repeat across a site's elements and pages: classify each distinct value once.
    private static readonly ConcurrentDictionary<string, ClassVerdict> Verdicts = new(StringComparer.Ordinal);
    private const int MaxCachedVerdicts = 100_000;

    /// <summary>Classifies a class or id attribute value (any case).</summary>
    public static ClassVerdict Classify(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ClassVerdict.None;
        }

        if (Verdicts.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var lower = value.ToLowerInvariant();
        var verdict = ClassVerdict.None;
        if (Chrome().IsMatch(lower))
        {
            verdict |= ClassVerdict.Chrome;
        }

        if (ArticleBody().IsMatch(lower))
        {
            verdict |= ClassVerdict.ArticleBody;
        }

        if (MaybeContent().IsMatch(lower))
        {
            verdict |= ClassVerdict.MaybeContent;
        }

        if (StrongChrome().IsMatch(lower))
        {
            verdict |= ClassVerdict.StrongChrome;
        }

        if (Verdicts.Count < MaxCachedVerdicts)
        {
            Verdicts.TryAdd(value, verdict);
        }

        return verdict;
    }

    /// <summary>Classifies an element by its class and id together.</summary>
    public static ClassVerdict Classify(Html.HtmlNode node) =>
        Classify(node.GetAttribute("class")) | Classify(node.GetAttribute("id"));

    /// <summary>ARIA roles of page chrome.</summary>
    public static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tablist", "alert", "note", "form",
    };

    /// <summary>Elements that are chrome whatever their class.</summary>
    public static readonly HashSet<string> ChromeElements = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "header", "figure", "figcaption", "form", "dialog", "menu", "fieldset", "legend",
        "address", "h1",
    };

    /// <summary>Short lines that are widgets, not prose (matched on the whole line, case-insensitive).</summary>
    [GeneratedRegex(
        @"^(?:advertisement|advertising|ad|sponsored|sponsored content|story continues below|story continues below advertisement|continue reading|continue reading below|read more|read more:?.*|related:?.*|see also:?.*|more:|share|share this|share this article|share this story|share on \w+|tweet|email|print|comments?|\d+ comments?|leave a comment|post a comment|view comments|show comments|subscribe|sign up|log ?in|sign in|close|menu|skip to (?:main )?content|back to top|loading\.*|click here.*|follow us.*|photo:.*|image:.*|photograph:.*|credit:.*|getty images|ap photo.*|reuters|file photo|caption|enlarge this image|toggle caption|hide caption|image source.*|image caption.*|media caption.*|copyright.*|©.*|all rights reserved.*|listen to this article.*|\d+ min(?:ute)? read|reading time.*|updated:?.*|published:?.*|posted:?.*|last (?:updated|modified):?.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex JunkLine();
}
