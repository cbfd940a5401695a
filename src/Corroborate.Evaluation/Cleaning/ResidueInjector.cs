using System.Globalization;
using System.Text;
using Corroborate.Documents;

namespace Corroborate.Evaluation.Cleaning;

/// <summary>The kinds of residue <see cref="ResidueInjector"/> inserts (per-kind results are reported under these names).</summary>
public static class ResidueKinds
{
    /// <summary>The headline repeated as the first line.</summary>
    public const string Headline = "headline";
    /// <summary>A date line or URL line under the headline.</summary>
    public const string DumpHeader = "dump-header";
    /// <summary>A byline glued to the first paragraph.</summary>
    public const string GluedByline = "glued-byline";
    /// <summary>A byline on its own line (top or bottom).</summary>
    public const string Byline = "byline";
    /// <summary>An ad placeholder.</summary>
    public const string AdMarker = "ad-marker";
    /// <summary>A "Read more: ..." link line.</summary>
    public const string RelatedLink = "related-link";
    /// <summary>A "Source: ..." or "originally published" line.</summary>
    public const string SourceLine = "source-line";
    /// <summary>Previous/next-post navigation.</summary>
    public const string Navigation = "navigation";
    /// <summary>A related-articles header or one of the headlines under it.</summary>
    public const string RelatedArticles = "related-articles";
    /// <summary>A teaser sentence under a related headline (hard by design).</summary>
    public const string RelatedTeaser = "related-teaser";
    /// <summary>A newsletter, follow or download prompt.</summary>
    public const string Promo = "promo";
    /// <summary>Subscription offers, copyright and comment-policy text after the article.</summary>
    public const string TailPromo = "tail-promo";
    /// <summary>A photo credit line.</summary>
    public const string PhotoCredit = "photo-credit";
    /// <summary>A caption beside a credit, or with a "Pictured:" lead, or with its credit inline.</summary>
    public const string Caption = "caption";
    /// <summary>The first copy of a caption printed twice.</summary>
    public const string DoubledCaption = "doubled-caption";
    /// <summary>The second copy of a caption printed twice.</summary>
    public const string RepeatedCaption = "repeated-caption";
    /// <summary>A second copy of a real paragraph.</summary>
    public const string RepeatedParagraph = "repeated-paragraph";
    /// <summary>Share, print and comment widget text.</summary>
    public const string Widget = "widget";
    /// <summary>The outlet's domain alone at the end.</summary>
    public const string DomainLine = "domain-line";

    /// <summary>The removal reasons that count as right for each kind.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ExpectedReasons = new Dictionary<string, string[]>
    {
        [Headline] = [RemovalReasons.Headline],
        [DumpHeader] = [RemovalReasons.DumpHeader],
        [GluedByline] = [RemovalReasons.Byline],
        [Byline] = [RemovalReasons.Byline],
        [AdMarker] = [RemovalReasons.AdMarker],
        [RelatedLink] = [RemovalReasons.RelatedLink],
        [SourceLine] = [RemovalReasons.SourceLine],
        [Navigation] = [RemovalReasons.Navigation],
        [RelatedArticles] = [RemovalReasons.RelatedArticles],
        [RelatedTeaser] = [RemovalReasons.RelatedArticles],
        [Promo] = [RemovalReasons.Promo],
        [TailPromo] = [RemovalReasons.Promo],
        [PhotoCredit] = [RemovalReasons.PhotoCredit],
        [Caption] = [RemovalReasons.Caption, RemovalReasons.PhotoCredit],
        [DoubledCaption] = [RemovalReasons.Caption],
        [RepeatedCaption] = [RemovalReasons.RepeatedParagraph],
        [RepeatedParagraph] = [RemovalReasons.RepeatedParagraph],
        [Widget] = [RemovalReasons.Widget],
        [DomainLine] = [RemovalReasons.DomainLine],
    };
}

/// <summary>One unit of an injected article: a real paragraph, a residue line, or a real paragraph with a glued byline.</summary>
/// <param name="Text">The unit as inserted.</param>
/// <param name="Kind">The residue kind (<see cref="ResidueKinds"/>), or null for a real paragraph.</param>
/// <param name="ResidueText">The residue part of <paramref name="Text"/> (all of it except for a glued byline); null when real.</param>
public sealed record InjectedUnit(string Text, string? Kind, string? ResidueText);

/// <summary>What the injected residue says about the article, to check the metadata cleaning recovers.</summary>
/// <param name="Published">The dump header's date.</param>
/// <param name="Url">The dump header's URL.</param>
/// <param name="Authors">The names in a head byline.</param>
/// <param name="SiteName">The trailing domain, when no other line names a site.</param>
public sealed record ExpectedMetadata(DateOnly? Published, string? Url, IReadOnlyList<string> Authors, string? SiteName);

/// <summary>An article with residue inserted, and the record of what was inserted where.</summary>
/// <param name="Source">The article the real text comes from.</param>
/// <param name="Text">The rendered text, as a scraper would leave it.</param>
/// <param name="Metadata">What the cleaner is told (a title, sometimes).</param>
/// <param name="Units">Every unit in document order.</param>
/// <param name="Expected">What the residue says about the article.</param>
/// <param name="Format">How the text was laid out: <c>dump</c>, <c>blank</c> or <c>wrapped</c>.</param>
public sealed record InjectedArticle(
    SourceArticle Source, string Text, ArticleMetadata Metadata, IReadOnlyList<InjectedUnit> Units, ExpectedMetadata Expected, string Format);

/// <summary>
/// Inserts a random, seeded mix of scraping residue into real article bodies at realistic positions, and
/// records exactly which lines are residue. Headlines for navigation and related lists come from other
/// articles' first sentences.
/// </summary>
public sealed class ResidueInjector
{
    private readonly IReadOnlyList<(string Id, string Title)> _titles;

    /// <summary>Creates an injector whose navigation and related headlines come from <paramref name="corpus"/>.</summary>
    public ResidueInjector(IReadOnlyList<SourceArticle> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        _titles = corpus.Where(a => a.Paragraphs.Count > 0)
            .Select(a => (a.Id, FirstSentence(a.Paragraphs[0])))
            .Where(t => t.Item2.Length > 20)
            .ToList();
    }

    /// <summary>Injects residue into <paramref name="article"/>; the same seed gives the same result.</summary>
    public InjectedArticle Inject(SourceArticle article, int seed)
    {
        ArgumentNullException.ThrowIfNull(article);
        var rng = new Random(seed);
        var context = new Context(rng, this, article);
        var head = new List<InjectedUnit>();
        var real = article.Paragraphs;
        var slots = new List<InjectedUnit>[real.Count + 1];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = [];
        }

        string? metadataTitle = null;
        DateOnly? published = null;
        string? url = null;
        var authors = new List<string>();
        string? site = null;
        var siteNamed = false;

        // Head: headline, then a dump header and/or a title in the metadata so the headline is knowable.
        if (rng.NextDouble() < 0.35)
        {
            var title = article.Title ?? MakeTitle(FirstSentence(real[0]), rng);
            head.Add(Residue(title, ResidueKinds.Headline));
            var mode = rng.Next(3);
            if (mode != 1)
            {
                var date = new DateOnly(2019 + rng.Next(8), 1 + rng.Next(12), 1 + rng.Next(28));
                published = date;
                url = context.Url(date);
                head.Add(Residue(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), ResidueKinds.DumpHeader));
                head.Add(Residue(url, ResidueKinds.DumpHeader));
            }

            if (mode != 0)
            {
                metadataTitle = title;
            }
        }
        else if (article.Title is not null && rng.NextDouble() < 0.5)
        {
            metadataTitle = article.Title;
        }

        // Byline: glued to the first paragraph, or on its own line under the header.
        var firstParagraph = real[0];
        InjectedUnit? gluedFirst = null;
        var bylineDraw = rng.NextDouble();
        if (bylineDraw < 0.22)
        {
            var template = Pick(rng, ResidueTemplates.GluedBylines);
            var filled = context.Fill(template);
            var bar = filled.IndexOf('¦', StringComparison.Ordinal);
            var byline = filled[..bar];
            var dateline = filled[(bar + 1)..];
            gluedFirst = new InjectedUnit(byline + dateline + firstParagraph, ResidueKinds.GluedByline, byline);
            authors.AddRange(context.NamesUsed);
        }
        else if (bylineDraw < 0.37)
        {
            head.Add(Residue(context.Fill(Pick(rng, ResidueTemplates.StandaloneBylines)), ResidueKinds.Byline));
            authors.AddRange(context.NamesUsed);
        }

        context.NamesUsed.Clear();

        // Body: residue between paragraphs.
        var insertions = 2 + rng.Next(6);
        for (var k = 0; k < insertions; k++)
        {
            var gap = real.Count == 1 ? 1 : 1 + rng.Next(real.Count - 1);
            var draw = rng.NextDouble() * 11.0;
            switch (draw)
            {
                case < 3.0:
                    slots[gap].Add(Residue(context.Fill(Pick(rng, ResidueTemplates.AdMarkers)), ResidueKinds.AdMarker));
                    break;
                case < 5.0:
                    slots[gap].Add(Residue(context.Fill(Pick(rng, ResidueTemplates.RelatedLinks)), ResidueKinds.RelatedLink));
                    break;
                case < 7.2:
                    // Lead images sit above the first paragraph a quarter of the time.
                    slots[rng.NextDouble() < 0.25 ? 0 : gap].AddRange(context.CaptionGroup());
                    break;
                case < 8.8:
                    slots[gap].Add(Residue(context.Fill(Pick(rng, ResidueTemplates.Prompts)), ResidueKinds.Promo));
                    break;
                case < 9.8:
                    slots[gap].Add(Residue(context.Fill(Pick(rng, ResidueTemplates.Widgets)), ResidueKinds.Widget));
                    break;
                case < 10.5:
                    var index = rng.Next(real.Count);
                    slots[index + 1].Insert(0, Residue(Vary(real[index], rng, allowExact: true), ResidueKinds.RepeatedParagraph));
                    break;
                case < 10.8:
                    slots[gap].AddRange(context.RelatedBlock());
                    break;
                default:
                    slots[gap].Add(Residue(context.Fill(Pick(rng, ResidueTemplates.Navigation)), ResidueKinds.Navigation));
                    break;
            }
        }

        // Tail: what sites append after the article, in a typical order with some swaps.
        var tail = new List<List<InjectedUnit>>();
        if (rng.NextDouble() < 0.1)
        {
            tail.Add([Residue(context.Fill(Pick(rng, ResidueTemplates.TailBylines)), ResidueKinds.Byline)]);
        }

        if (rng.NextDouble() < 0.1)
        {
            tail.Add([Residue(context.Fill(Pick(rng, ResidueTemplates.Widgets)), ResidueKinds.Widget)]);
        }

        var middle = new List<List<InjectedUnit>>();
        if (rng.NextDouble() < 0.2)
        {
            middle.Add([Residue(context.Fill(Pick(rng, ResidueTemplates.Prompts)), ResidueKinds.Promo)]);
        }

        if (rng.NextDouble() < 0.25)
        {
            var navigation = new List<InjectedUnit>
            {
                Residue(context.Fill(Pick(rng, ResidueTemplates.Navigation)), ResidueKinds.Navigation),
            };
            if (rng.NextDouble() < 0.6)
            {
                navigation.Add(Residue(context.Fill(Pick(rng, ResidueTemplates.Navigation)), ResidueKinds.Navigation));
            }

            middle.Add(navigation);
        }

        if (rng.NextDouble() < 0.3)
        {
            middle.Add(context.RelatedBlock());
        }

        if (rng.NextDouble() < 0.3)
        {
            middle.Add([Residue(context.Fill(Pick(rng, ResidueTemplates.TailPromos)), ResidueKinds.TailPromo)]);
        }

        if (middle.Count > 1 && rng.NextDouble() < 0.4)
        {
            var a = rng.Next(middle.Count);
            var b = rng.Next(middle.Count);
            (middle[a], middle[b]) = (middle[b], middle[a]);
        }

        tail.AddRange(middle);
        if (rng.NextDouble() < 0.25)
        {
            tail.Add([Residue(context.Fill(Pick(rng, ResidueTemplates.SourceLines)), ResidueKinds.SourceLine)]);
            siteNamed = true;
        }

        if (rng.NextDouble() < 0.2)
        {
            var domain = rng.Next(4) switch
            {
                0 => "www." + context.Domain,
                1 => "https://www." + context.Domain + "/",
                2 => context.Domain.ToUpperInvariant(),
                _ => context.Domain,
            };
            tail.Add([Residue(domain, ResidueKinds.DomainLine)]);
            site = siteNamed ? null : context.Domain;
        }

        foreach (var group in tail)
        {
            slots[real.Count].AddRange(group);
        }

        // Assemble in document order.
        var units = new List<InjectedUnit>(head);
        units.AddRange(slots[0]);
        for (var i = 0; i < real.Count; i++)
        {
            units.Add(i == 0 && gluedFirst is not null ? gluedFirst : new InjectedUnit(real[i], null, null));
            units.AddRange(slots[i + 1]);
        }

        var (text, format) = Render(head.Count, units, rng);
        var metadata = new ArticleMetadata { Title = metadataTitle };
        var expected = new ExpectedMetadata(published, url, authors, site);
        return new InjectedArticle(article, text, metadata, units, expected, format);
    }

    /// <summary>The first sentence of a paragraph (or its first 160 characters).</summary>
    public static string FirstSentence(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        for (var i = 20; i + 1 < paragraph.Length && i < 300; i++)
        {
            if (paragraph[i] is '.' or '?' or '!' && paragraph[i + 1] == ' ' && !char.IsUpper(paragraph[i - 1]))
            {
                return paragraph[..(i + 1)];
            }
        }

        return paragraph.Length <= 160 ? paragraph : paragraph[..160];
    }

    // A headline made from a sentence: its first words, without final punctuation, sometimes in Title Case.
    private static string MakeTitle(string sentence, Random rng)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = Math.Min(words.Length, 6 + rng.Next(8));
        var title = string.Join(' ', words.Take(take)).TrimEnd('.', ',', ';', ':', '!', '?', '"', '”', '“', ' ');
        title = title.TrimStart('"', '“', '\'', '‘');
        if (title.Length == 0)
        {
            return "Untitled story";
        }

        if (rng.NextDouble() < 0.25)
        {
            title = string.Join(' ', title.Split(' ').Select(w => w.Length > 3 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
        }

        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    // A copy of a caption or paragraph as a second rendering prints it: quotes and apostrophes swapped between
    // straight and curly, dashes changed, case or whitespace changed.
    private static string Vary(string text, Random rng, bool allowExact)
    {
        if (allowExact && rng.NextDouble() < 0.5)
        {
            return text;
        }

        var curly = text.Contains('\'') || text.Contains('"');
        var straight = text.Contains('’') || text.Contains('“') || text.Contains('”');
        if (curly || straight)
        {
            return curly ? Curl(text) : text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        }

        if (text.Contains(" - ", StringComparison.Ordinal))
        {
            return text.Replace(" - ", " — ", StringComparison.Ordinal);
        }

        return rng.Next(3) switch
        {
            0 => text.ToUpperInvariant(),
            1 => text.Replace(" ", "  ", StringComparison.Ordinal).TrimEnd('.') + " ",
            _ => char.ToLowerInvariant(text[0]) + text[1..].Replace(",", " ,", StringComparison.Ordinal),
        };
    }

    private static string Curl(string text)
    {
        var builder = new StringBuilder(text.Length);
        var open = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                builder.Append(i > 0 && char.IsLetterOrDigit(text[i - 1]) ? '’' : '‘');
            }
            else if (c == '"')
            {
                builder.Append(open ? '“' : '”');
                open = !open;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static (string Text, string Format) Render(int headCount, List<InjectedUnit> units, Random rng)
    {
        var draw = rng.NextDouble();
        var format = draw < 0.45 ? "dump" : draw < 0.8 ? "blank" : "wrapped";
        var width = 66 + rng.Next(15);
        var builder = new StringBuilder();
        for (var i = 0; i < units.Count; i++)
        {
            if (i > 0)
            {
                // The dump header stays a block of lines under the headline in every layout.
                builder.Append(format == "dump" || i < headCount ? "\n" : "\n\n");
            }

            builder.Append(format == "wrapped" && i >= headCount ? Wrap(units[i].Text, width) : units[i].Text);
        }

        var text = builder.ToString();
        if (format == "dump" && rng.NextDouble() < 0.1)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return (text, format);
    }

    // Greedy wrapping on spaces, as plain-text exports do.
    private static string Wrap(string text, int width)
    {
        var builder = new StringBuilder(text.Length + text.Length / width + 1);
        var lineLength = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                builder.Append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                builder.Append(' ');
                lineLength++;
            }

            builder.Append(word);
            lineLength += word.Length;
        }

        return builder.ToString();
    }

    private static InjectedUnit Residue(string text, string kind) => new(text, kind, text);

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    // Per-article choices: one outlet and domain, names drawn as templates are filled.
    private sealed class Context(Random rng, ResidueInjector injector, SourceArticle article)
    {
        private readonly string _outlet = Pick(rng, ResidueTemplates.Outlets);

        public string Domain { get; } = Pick(rng, ResidueTemplates.Domains);

        public List<string> NamesUsed { get; } = [];

        public string Url(DateOnly date)
        {
            var slug = string.Join('-', MakeTitle(OtherTitle(), rng).ToLowerInvariant()
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
                .Where(w => w.Length > 0)
                .Take(8));
            return rng.Next(2) == 0
                ? $"https://www.{Domain}/{Pick(rng, ResidueTemplates.Sections)}/{date:yyyy'/'MM'/'dd}/{slug}"
                : $"https://{Domain}/{slug}-{rng.Next(100000, 999999)}";
        }

        public string Fill(string template)
        {
            var builder = new StringBuilder(template.Length + 40);
            var name = "";
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    builder.Append(template[i]);
                    continue;
                }

                var close = template.IndexOf('}', i);
                var key = template[(i + 1)..close];
                i = close;
                switch (key)
                {
                    case "name" or "NAME" or "name2" or "NAME2":
                        name = Name();
                        NamesUsed.Add(name);
                        builder.Append(key is "NAME" or "NAME2" ? name.ToUpperInvariant() : name);
                        break;
                    case "handle":
                        var handle = name.Length > 0 ? name : Name();
                        builder.Append(new string(handle.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray()));
                        break;
                    case "outlet":
                        builder.Append(_outlet);
                        break;
                    case "OUTLET":
                        builder.Append(_outlet.ToUpperInvariant());
                        break;
                    case "domain":
                        builder.Append(Domain);
                        break;
                    case "agency":
                        builder.Append(Pick(rng, ResidueTemplates.Agencies));
                        break;
                    case "AGENCY":
                        builder.Append(Pick(rng, ResidueTemplates.Agencies).ToUpperInvariant());
                        break;
                    case "title":
                        builder.Append(MakeTitle(OtherTitle(), rng));
                        break;
                    case "city":
                        builder.Append(Pick(rng, ResidueTemplates.Cities));
                        break;
                    case "CITY":
                        builder.Append(Pick(rng, ResidueTemplates.Cities).ToUpperInvariant());
                        break;
                    case "day":
                        builder.Append(Pick(rng, ResidueTemplates.Days));
                        break;
                    case "date":
                        var date = new DateTime(2019 + rng.Next(8), 1 + rng.Next(12), 1 + rng.Next(28), 0, 0, 0, DateTimeKind.Unspecified);
                        builder.Append(date.ToString(rng.Next(3) switch { 0 => "MMM d, yyyy", 1 => "d MMMM yyyy", _ => "yyyy-MM-dd" }, CultureInfo.InvariantCulture));
                        break;
                    case "year":
                        builder.Append(2019 + rng.Next(8));
                        break;
                    case "n":
                        builder.Append(2 + rng.Next(11));
                        break;
                    case "topic":
                        builder.Append(Pick(rng, ResidueTemplates.Topics));
                        break;
                    case "org":
                        builder.Append(Pick(rng, ResidueTemplates.Organisations));
                        break;
                    case "place":
                        builder.Append(Pick(rng, ResidueTemplates.Places));
                        break;
                    case "section":
                        builder.Append(Pick(rng, ResidueTemplates.Sections));
                        break;
                    case "role":
                        builder.Append(Pick(rng, ResidueTemplates.Roles));
                        break;
                    case "ROLE":
                        builder.Append(Pick(rng, ResidueTemplates.Roles).ToUpperInvariant());
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown placeholder {{{key}}}.");
                }
            }

            return builder.ToString();
        }

        public List<InjectedUnit> CaptionGroup()
        {
            var caption = Fill(Pick(rng, ResidueTemplates.Captions));
            var credit = Fill(Pick(rng, ResidueTemplates.Credits));
            var draw = rng.NextDouble();
            if (draw < 0.4)
            {
                return [Residue(credit, ResidueKinds.PhotoCredit)];
            }

            if (draw < 0.65)
            {
                return [Residue(caption, ResidueKinds.Caption), Residue(credit, ResidueKinds.PhotoCredit)];
            }

            if (draw < 0.85)
            {
                var copy = Vary(caption, rng, allowExact: false);
                var doubled = new List<InjectedUnit> { Residue(caption, ResidueKinds.DoubledCaption), Residue(copy, ResidueKinds.RepeatedCaption) };
                if (rng.NextDouble() < 0.6)
                {
                    doubled.Add(Residue(credit, ResidueKinds.PhotoCredit));
                }

                return doubled;
            }

            if (draw < 0.95)
            {
                return [Residue(Fill(Pick(rng, ResidueTemplates.CaptionLeads)) + caption, ResidueKinds.Caption)];
            }

            return [Residue($"{caption.TrimEnd('.')}. (Photo: {Name()}/{Pick(rng, ResidueTemplates.Agencies)})", ResidueKinds.Caption)];
        }

        public List<InjectedUnit> RelatedBlock()
        {
            var block = new List<InjectedUnit> { Residue(Fill(Pick(rng, ResidueTemplates.RelatedHeaders)), ResidueKinds.RelatedArticles) };
            var teasers = rng.NextDouble() < 0.1;
            var count = 2 + rng.Next(5);
            var style = Pick(rng, ResidueTemplates.RelatedItemStyles);
            for (var i = 0; i < count; i++)
            {
                block.Add(Residue(Fill(style.Replace("{n}", (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)), ResidueKinds.RelatedArticles));
                if (teasers)
                {
                    block.Add(Residue(OtherTitle(), ResidueKinds.RelatedTeaser));
                }
            }

            return block;
        }

        private string Name() => Pick(rng, ResidueTemplates.FirstNames) + " " + Pick(rng, ResidueTemplates.LastNames);

        private string OtherTitle()
        {
            for (var attempt = 0; attempt < 10; attempt++)
            {
                var (id, title) = Pick(rng, injector._titles);
                if (id != article.Id)
                {
                    return title;
                }
            }

            return "Officials review the plan after a long meeting";
        }
    }
}
