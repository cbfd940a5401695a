using Corroborate.Documents;
using Corroborate.Text;

namespace Corroborate.Cleaning;

/// <summary>What one line says about the article, when it is a source, URL or domain line.</summary>
internal struct LineFacts
{
    /// <summary>A site name or domain named by the line.</summary>
    public string? Site;

    /// <summary>A URL named by the line.</summary>
    public string? Url;
}

/// <summary>
/// Line rules of <see cref="ScrapedTextCleaner"/>: each says whether one paragraph, on its own, is residue
/// of a given kind. Context (position, neighbours) is the caller's business.
/// </summary>
internal static class ResidueRules
{
    private static readonly string[] SourceNameCuts =
        [" under ", " on ", " and ", " as ", " with ", " at ", " in ", " — ", " – ", " - ", " | ", ", ", "; ", " (", ". "];

    private static readonly string[] SourcePrepositions =
        ["with permission from", "with permission of", "courtesy of", "from", "on", "at", "in", "by", "via", "with"];

    private static readonly string[] LooseCreditOpenings = ["courtesy of", "provided by", "supplied by", "image from", "photo from"];

    private static readonly string[] TrailingCreditLeads = ["Photo: ", "Photograph: ", "Photo by ", "Picture: ", "Image: ", "Credit: ", "Photos: "];

    private static readonly string[] GluedNavigationLabels = ["previous article", "next article", "previous post", "next post", "previous story", "next story"];

    private static readonly string[] FollowVerbs = ["follow", "like", "join", "find", "we're on", "we are on", "catch us on", "watch us on"];

    private static readonly string[] RelaxedLinkLeads = ["read", "more", "watch", "listen", "related", "trending", "popular", "recommended"];

    /// <summary>
    /// The reason for a paragraph that is residue wherever it stands, or null. <paramref name="isHeader"/> is
    /// set for a related-articles header (whose following headlines are residue too).
    /// </summary>
    public static string? Classify(string paragraph, bool nameRoleBylineAllowed, CleaningOptions options, ref LineFacts facts, out bool isHeader)
    {
        isHeader = false;
        var line = paragraph.AsSpan().Trim();
        if (line.IsEmpty || LineText.OpensSpeech(line))
        {
            return null;
        }

        var core = LineText.SkipDecoration(line);
        if (core.IsEmpty)
        {
            return null;
        }

        Span<char> keyBuffer = stackalloc char[LineText.MaxKeyLength];
        if (LineText.TryKey(line, keyBuffer, out var keyLength) && keyLength > 0)
        {
            var key = keyBuffer[..keyLength];
            if (ResiduePatterns.AdMarkers.ContainsKey(key))
            {
                return RemovalReasons.AdMarker;
            }

            // "Read more »" with an arrow is a link; alone it heads a list.
            if (ResiduePatterns.RelatedHeaders.ContainsKey(key) && !EndsWithPeriod(line) && line[^1] is not ('»' or '›' or '→'))
            {
                isHeader = true;
                return RemovalReasons.RelatedArticles;
            }

            if (ResiduePatterns.CreditKeys.ContainsKey(key))
            {
                return RemovalReasons.PhotoCredit;
            }

            if (IsWidgetKey(key))
            {
                return RemovalReasons.Widget;
            }

            if (IsAdNotice(key))
            {
                return RemovalReasons.AdMarker;
            }
        }

        if (line.Length <= options.MaxShortLineLength)
        {
            if (core.Length <= 90 && LineText.MatchLead(core, ResiduePatterns.AdContinuations, PhraseFollow.Anything, out _, out _))
            {
                return RemovalReasons.AdMarker;
            }

            if (IsNavigation(core))
            {
                return RemovalReasons.Navigation;
            }

            if (IsRelatedHeaderOpening(core))
            {
                isHeader = true;
                return RemovalReasons.RelatedArticles;
            }

            if (LineText.MatchLead(core, ResiduePatterns.SourceLeads, PhraseFollow.SeparatorOrEnd, out _, out var source)
                && IsSourceName(source))
            {
                NoteSource(source, ref facts);
                return RemovalReasons.SourceLine;
            }

            if (IsViaLine(core, ref facts))
            {
                return RemovalReasons.SourceLine;
            }

            if (IsLink(core))
            {
                return RemovalReasons.RelatedLink;
            }

            if (IsArrowTitle(line))
            {
                return RemovalReasons.Navigation;
            }

            if (IsCredit(core))
            {
                return RemovalReasons.PhotoCredit;
            }

            if (IsCaptionLead(core))
            {
                return RemovalReasons.Caption;
            }

            if (BylineRules.IsStandalone(core, nameRoleBylineAllowed, options) || BylineRules.IsCreditTrailer(core, options)
                || (nameRoleBylineAllowed && BylineRules.IsSignOff(line)))
            {
                return RemovalReasons.Byline;
            }

            // "Jane Doe | The Courier" between paragraphs credits a picture.
            if (!nameRoleBylineAllowed && (BylineRules.IsNameWithRole(core) || BylineRules.IsNameForOutlet(core)))
            {
                return RemovalReasons.PhotoCredit;
            }

            if (IsUrl(line) && !IsDomain(line, out _))
            {
                return RemovalReasons.RelatedLink;
            }
        }

        if (line.Length <= options.MaxPromptLength)
        {
            if (IsPrompt(core) || IsFollowLine(core) || IsLegal(line) || IsAppeal(line, core))
            {
                return RemovalReasons.Promo;
            }

            if (LineText.MatchLead(core, ResiduePatterns.BoilerplateOpenings, PhraseFollow.Anything, out _, out _))
            {
                return IsCommentOrCookieWidget(core) ? RemovalReasons.Widget : RemovalReasons.Promo;
            }
        }

        if (line.Length <= 2 * options.MaxShortLineLength && IsSourceStatement(core, ref facts))
        {
            return RemovalReasons.SourceLine;
        }

        return null;
    }

    /// <summary>True when the paragraph is a related-articles header ("Related stories", "More from The Courier").</summary>
    public static bool IsRelatedHeader(string paragraph)
    {
        var line = paragraph.AsSpan().Trim();
        var core = LineText.SkipDecoration(line);
        return (ResiduePatterns.RelatedHeaders.Contains(line) && !EndsWithPeriod(line)) || IsRelatedHeaderOpening(core);
    }

    /// <summary>True when a trailing paragraph is promo or boilerplate: an appeal with promo cues, or legal text.</summary>
    public static bool IsTailPromo(string paragraph, CleaningOptions options)
    {
        var line = paragraph.AsSpan().Trim();
        if (line.Length > options.MaxTailPromoLength || line.IsEmpty || LineText.OpensSpeech(line) || HasAttribution(line))
        {
            return false;
        }

        var core = LineText.SkipDecoration(line);
        if (IsLegal(line) || LineText.MatchLead(core, ResiduePatterns.TailOnlyBoilerplate, PhraseFollow.Anything, out _, out _))
        {
            return true;
        }

        var cues = 0;
        foreach (var cue in ResiduePatterns.PromoCues)
        {
            if (line.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                cues++;
            }
        }

        return cues >= options.MinTailPromoCues + 1
            || (cues >= options.MinTailPromoCues && (AddressesReader(line) || OpensWithImperative(core)));
    }

    /// <summary>True for a wire or agency credit standing alone in brackets at the end: "(Tollbridge Press Agency)".</summary>
    public static bool IsBracketedCredit(string paragraph)
    {
        var line = paragraph.AsSpan().Trim();
        if (line.Length is < 4 or > 60 || line[0] is not ('(' or '[') || line[^1] is not (')' or ']'))
        {
            return false;
        }

        var inner = line[1..^1].Trim();
        var words = LineText.CountWords(inner);
        return words is >= 1 and <= 6 && !LineText.EndsWithTerminal(inner) && StartsEveryWordUpper(inner);
    }

    /// <summary>True for a URL alone on a line.</summary>
    public static bool IsUrl(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 8 or > 2000 || line.IndexOfAny(' ', '\t') >= 0)
        {
            return false;
        }

        return line.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (line.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && line.IndexOf('/') > 4);
    }

    /// <summary>True for a bare domain ("valleycourier.example", "www.example.co.uk"); gives it without "www.".</summary>
    public static bool IsDomain(ReadOnlySpan<char> line, out string host)
    {
        host = "";
        line = line.Trim().TrimEnd('/');
        if (line.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            line = line[8..];
        }
        else if (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            line = line[7..];
        }

        if (line.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            line = line[4..];
        }

        if (line.Length is < 4 or > 253)
        {
            return false;
        }

        var labels = 0;
        var lastLabelStart = 0;
        var labelLength = 0;
        var hasLetter = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '.')
            {
                if (labelLength == 0 || line[i - 1] == '-')
                {
                    return false;
                }

                labels++;
                labelLength = 0;
                lastLabelStart = i + 1;
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || (c == '-' && labelLength > 0)))
            {
                return false;
            }

            hasLetter |= char.IsAsciiLetter(c);
            labelLength++;
        }

        var tld = line[lastLabelStart..];
        if (labels < 1 || tld.Length is < 2 or > 24 || !hasLetter)
        {
            return false;
        }

        foreach (var c in tld)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        host = line.ToString().ToLowerInvariant();
        return true;
    }

    /// <summary>A date line of a dump header: <c>20260220</c>, <c>2026-02-20</c>, "Published: Feb 20, 2026".</summary>
    public static bool IsDateLine(string paragraph, out DateTimeOffset? published)
    {
        published = null;
        var line = paragraph.AsSpan().Trim();
        if (line.Length is < 6 or > 70)
        {
            return false;
        }

        var modified = false;
        var rest = line;
        if (LineText.MatchLead(line, ResiduePatterns.ModifiedDateLeads, PhraseFollow.Anything, out _, out var afterModified))
        {
            modified = true;
            rest = afterModified.TrimStart(":-– ");
        }
        else if (LineText.MatchLead(line, ResiduePatterns.DateLeads, PhraseFollow.Anything, out _, out var afterPublished))
        {
            rest = afterPublished.TrimStart(":-– ");
        }

        if (rest.IsEmpty || rest.IndexOfAnyInRange('0', '9') < 0 || LineText.CountWords(rest) > 8)
        {
            return false;
        }

        var text = rest.ToString();
        var date = DateParsing.Parse(text) ?? (text.Length == 8 ? null : DateParsing.FindInText(text));
        if (date is null)
        {
            return false;
        }

        published = modified ? null : date;
        return true;
    }

    /// <summary>True when the paragraph is headline-shaped: short, several words, not a sentence of prose.</summary>
    public static bool IsHeadlineLike(string paragraph, CleaningOptions options)
    {
        var line = paragraph.AsSpan().Trim();
        if (line.Length > options.MaxHeadlineLength)
        {
            return false;
        }

        var core = StripListMarker(LineText.SkipDecoration(line));
        var words = LineText.CountWords(core);
        if (words < 2 || words > options.MaxHeadlineWords)
        {
            return false;
        }

        var trimmed = LineText.TrimClosers(core);
        if (trimmed.IsEmpty || trimmed[^1] is ':' or ';' or ',')
        {
            return false;
        }

        // A full stop ends prose; so does an ellipsis, which marks a truncated excerpt.
        if (trimmed[^1] == '…' || (trimmed[^1] == '.' && (trimmed.EndsWith("...") || !EndsWithAbbreviation(trimmed))))
        {
            return false;
        }

        return !HasSentenceBreak(core);
    }

    /// <summary>
    /// True when a short paragraph reads like an image caption: no speech, no attribution, one or two sentences.
    /// <paramref name="strict"/> (when the only evidence is a credit line below it) also asks for a full stop at
    /// the end and no past-tense narration, which news paragraphs have and captions rarely do.
    /// </summary>
    public static bool IsCaptionLike(string paragraph, bool strict, CleaningOptions options)
    {
        var line = paragraph.AsSpan().Trim();
        var words = LineText.CountWords(line);
        var maxWords = strict ? Math.Min(options.MaxCaptionWords, 30) : options.MaxCaptionWords;
        if (words < 3 || words > maxWords || line.IndexOfAny(ResiduePatterns.QuoteMarks) >= 0)
        {
            return false;
        }

        if (line[0] is '‘' or '\'' || line.Contains(" ‘", StringComparison.Ordinal) || line[^1] is ':' or '?' || HasAttribution(line))
        {
            return false;
        }

        var closed = LineText.TrimClosers(line);
        if (closed.IsEmpty || HasPastNarration(line) || (strict && closed[^1] != '.'))
        {
            return false;
        }

        return SentenceCount(line) <= 2;
    }

    // "was", "had", "announced", "ruled": narration in the past, the tense of news paragraphs.
    private static bool HasPastNarration(ReadOnlySpan<char> line)
    {
        foreach (var range in line.SplitAny(' ', ',', ';', '.', '(', ')'))
        {
            var word = line[range];
            if (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]))
            {
                return true;
            }

            if (ResiduePatterns.PastNarrationWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds a credit at the end of a paragraph: "(Photo: Jane Doe/AFP)", "... Photo: Jane Doe/Agency".
    /// Returns where it starts, or -1.
    /// </summary>
    public static int TrailingCreditStart(string paragraph)
    {
        var line = paragraph.AsSpan().TrimEnd();
        if (line.Length < 12)
        {
            return -1;
        }

        if (line[^1] == ')')
        {
            var open = line.LastIndexOf('(');
            if (open > 0 && line.Length - open <= 120)
            {
                var inner = line[(open + 1)..^1].Trim();
                if (!inner.IsEmpty && (IsCredit(inner) || (inner.Length > 2 && ResiduePatterns.CreditKeys.Contains(inner) && !ResiduePatterns.Agencies.Contains(inner))))
                {
                    return open;
                }
            }

            return -1;
        }

        // "... the river on Friday. Photo: Jane Doe/Agency"
        var window = Math.Max(0, line.Length - 120);
        foreach (var lead in TrailingCreditLeads)
        {
            var index = line[window..].LastIndexOf(lead, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                continue;
            }

            index += window;
            var before = line[..index].TrimEnd();
            if (before.Length > 0 && before[^1] is '.' or '”' or '"' or ')' or '!' or '?' && IsCredit(line[index..]))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>True for a photo credit line: "Photo: Jane Doe/Agency", "(Photo by X / Agency)", "Jane Doe/AFP".</summary>
    public static bool IsCredit(ReadOnlySpan<char> core)
    {
        core = LineText.SkipDecoration(core.Trim());
        if (core.IsEmpty || core.Length > 200)
        {
            return false;
        }

        if (LineText.MatchLead(core, ResiduePatterns.CreditLeads, PhraseFollow.SeparatorOrEnd, out _, out _))
        {
            return true;
        }

        if (LineText.MatchLead(core, ResiduePatterns.CreditOpenings, PhraseFollow.Anything, out var openingEnd, out var rest))
        {
            // "Courtesy of ..." and "Provided by ..." can open prose, so they get a tighter limit.
            var loose = false;
            foreach (var opening in LooseCreditOpenings)
            {
                loose |= core[..openingEnd].Equals(opening, StringComparison.OrdinalIgnoreCase);
            }

            if (LineText.CountWords(rest) <= (loose ? 8 : 16) && !HasSentenceBreak(rest) && (!loose || !LineText.EndsWithTerminal(rest)))
            {
                return true;
            }
        }

        if (core[0] == '©' && core.Length <= 80 && !core.Contains("rights", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return core.Length <= 100 && LineText.CountWords(core) <= 14 && (EndsWithAgency(core) || IsNameSlashName(core));
    }

    // "« Older headline" and "Newer headline »": a title with an arrow on its own.
    private static bool IsArrowTitle(ReadOnlySpan<char> line)
    {
        if (line.Length > 2 && line[0] is '«' or '‹' or '←' && line[1] == ' ' && line.IndexOfAny('»', '›') < 0)
        {
            return IsTitleRest(line[2..], 26);
        }

        if (line.Length > 2 && line[^1] is '»' or '›' or '→' && line[^2] == ' ' && line.IndexOfAny('«', '‹') < 0)
        {
            return IsTitleRest(line[..^2], 26) && !LineText.EndsWithTerminal(line[..^2]);
        }

        return false;
    }

    private static bool IsNavigation(ReadOnlySpan<char> core)
    {
        // "Previous articleThe headline": the label glued to the title.
        foreach (var label in GluedNavigationLabels)
        {
            var end = GluedEnd(core, label);
            if (end > 0)
            {
                return IsTitleRest(core[end..], 26);
            }
        }

        // "< Back to news".
        if (LineText.MatchPhrase(core, "back to") > 0 && core.Length <= 40 && !LineText.EndsWithTerminal(core))
        {
            return true;
        }

        if (LineText.MatchLead(core, ResiduePatterns.Navigation, PhraseFollow.SeparatorOrEnd, out _, out var rest))
        {
            return rest.IsEmpty || IsTitleRest(rest, 26);
        }

        return IsCapsLead(core, ResiduePatterns.Navigation, out rest) && IsTitleRest(rest, 26);
    }

    // "Previous articleThe ...": the phrase, then straight away a capital.
    private static int GluedEnd(ReadOnlySpan<char> core, string label)
    {
        if (core.Length <= label.Length + 1 || !core.StartsWith(label, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var next = core[label.Length];
        return char.IsUpper(next) && char.IsLower(core[label.Length - 1]) ? label.Length : -1;
    }

    private static bool IsLink(ReadOnlySpan<char> core)
    {
        if (LineText.MatchLead(core, ResiduePatterns.LinkOpenings, PhraseFollow.Anything, out _, out var rest))
        {
            return LineText.CountWords(rest) <= 20;
        }

        if (LineText.MatchLead(core, ResiduePatterns.LinkLeads, PhraseFollow.SeparatorOrEnd, out var end, out rest))
        {
            var lead = core[..end];
            var relaxed = false;
            foreach (var word in RelaxedLinkLeads)
            {
                relaxed |= lead.Equals(word, StringComparison.OrdinalIgnoreCase);
            }

            return rest.IsEmpty || IsTitleRest(rest, relaxed ? 22 : 32);
        }

        return IsCapsLead(core, ResiduePatterns.LinkLeads, out rest) && IsTitleRest(rest, 26);
    }

    // "READ MORE Storm Halvard ..." / "PREVIOUS ARTICLE ...": an all-caps lead with no separator before a title.
    private static bool IsCapsLead(ReadOnlySpan<char> core, string[] phrases, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (!LineText.MatchLead(core, phrases, PhraseFollow.Anything, out var end, out rest))
        {
            return false;
        }

        var lead = core[..end];
        var multiWord = lead.IndexOf(' ') > 0;
        return (multiWord || lead.Length >= 7) && LineText.IsAllCaps(lead) && end < core.Length && core[end] == ' '
            && !rest.IsEmpty && !LineText.IsAllCaps(rest);
    }

    private static bool IsTitleRest(ReadOnlySpan<char> rest, int maxWords) =>
        LineText.CountWords(rest) <= maxWords && !HasSentenceBreak(rest);

    private static bool IsRelatedHeaderOpening(ReadOnlySpan<char> core)
    {
        if (core.Length > 70 || EndsWithPeriod(core) || LineText.CountWords(core) > 9)
        {
            return false;
        }

        if (!LineText.MatchLead(core, ResiduePatterns.RelatedHeaderOpenings, PhraseFollow.Anything, out _, out var rest) || rest.IsEmpty)
        {
            return false;
        }

        // "More from The Courier", or a short section name in any case ("More in sport").
        return StartsEveryWordUpper(rest) || (LineText.CountWords(rest) <= 2 && core.Length <= 40 && !LineText.EndsWithTerminal(rest));
    }

    private static bool IsCaptionLead(ReadOnlySpan<char> core)
    {
        if (LineText.MatchLead(core, ResiduePatterns.CaptionLeads, PhraseFollow.SeparatorOrEnd, out var end, out var rest))
        {
            // "Above: ..." needs a colon; a dash after "Above" may be prose.
            return !rest.IsEmpty && core[end..].TrimStart().StartsWith(':');
        }

        // "In this Feb. 20, 2026 photo, ..." (the AP caption form).
        var opening = LineText.MatchPhrase(core, "in this");
        if (opening < 0 || core.Length > 600)
        {
            return false;
        }

        var searchEnd = Math.Min(core.Length, opening + 90);
        var window = core[opening..searchEnd];
        foreach (var word in ResiduePatterns.CaptionPictureWords)
        {
            var index = window.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && window[(index + word.Length)..].IndexOf(',') >= 0 && LineText.ContainsWord(window, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrompt(ReadOnlySpan<char> core)
    {
        if (LineText.MatchLead(core, ResiduePatterns.PromoOpenings, PhraseFollow.Anything, out _, out _)
            || LineText.MatchLead(core, ResiduePatterns.PromoLabels, PhraseFollow.SeparatorOrEnd, out _, out _))
        {
            return true;
        }

        var question = core.IndexOf('?');
        if (question > 0 && question <= 70 && LineText.MatchLead(core, ResiduePatterns.PromoQuestions, PhraseFollow.Anything, out _, out _))
        {
            return true;
        }

        // "Interested in health? Sign up for ...": a short question, then a prompt.
        if (question > 0 && question <= 60 && LineText.CountWords(core[..question]) <= 8)
        {
            var after = LineText.SkipDecoration(core[(question + 1)..].TrimStart());
            return LineText.MatchLead(after, ResiduePatterns.PromoOpenings, PhraseFollow.Anything, out _, out _);
        }

        return false;
    }

    // A short appeal to the reader naming a subscription, newsletter or app: "Get The Courier in your inbox".
    private static bool IsAppeal(ReadOnlySpan<char> line, ReadOnlySpan<char> core)
    {
        if (line.Length > 220 || HasAttribution(line) || line.IndexOfAny(ResiduePatterns.QuoteMarks) >= 0)
        {
            return false;
        }

        var cues = 0;
        foreach (var cue in ResiduePatterns.StrongPromoCues)
        {
            if (line.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                cues++;
            }
        }

        return (cues >= 1 && OpensWithImperative(core)) || (cues >= 2 && AddressesReader(line));
    }

    private static bool HasAttribution(ReadOnlySpan<char> line)
    {
        foreach (var word in ResiduePatterns.AttributionWords)
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Follow NBC Latino on Facebook", "Like The Courier on Facebook", "Find us on Instagram".
    private static bool IsFollowLine(ReadOnlySpan<char> core)
    {
        var opening = -1;
        foreach (var verb in FollowVerbs)
        {
            opening = Math.Max(opening, LineText.MatchPhrase(core, verb));
        }

        if (opening < 0 || core.Length > 200)
        {
            return false;
        }

        // "We're on Telegram!": the network straight after.
        if (core[..opening].EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            var after = core[opening..].TrimStart();
            foreach (var network in ResiduePatterns.SocialNetworks)
            {
                var end = LineText.MatchPhrase(after, network);
                if (end > 0 && network.Length > 1)
                {
                    return true;
                }
            }

            return false;
        }

        var window = core[..Math.Min(core.Length, 120)];
        foreach (var network in ResiduePatterns.SocialNetworks)
        {
            var on = window.IndexOf(" on " + network, StringComparison.OrdinalIgnoreCase);
            if (on > 0)
            {
                var end = on + 4 + network.Length;
                if (end == window.Length || !char.IsLetterOrDigit(window[end]))
                {
                    return true;
                }
            }
        }

        return window.Contains(" @", StringComparison.Ordinal) && LineText.CountWords(core) <= 12;
    }

    private static bool IsLegal(ReadOnlySpan<char> line)
    {
        if (line.Length > 320)
        {
            return false;
        }

        var core = line.TrimStart();
        if (core.StartsWith("©") || core.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            var after = core[(core[0] == '©' ? 1 : 3)..].TrimStart();
            if (!after.IsEmpty && char.IsDigit(after[0]) || core.Contains("rights", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var copyright = LineText.MatchPhrase(LineText.SkipDecoration(core), "copyright");
        if (copyright > 0)
        {
            var after = LineText.SkipDecoration(core)[copyright..].TrimStart().TrimStart("©(c) ");
            if (!after.IsEmpty && char.IsDigit(after[0]))
            {
                return true;
            }
        }

        // "All content © 2024 The Courier, unless otherwise noted."
        var mark = core.IndexOf('©');
        if (mark > 0 && core.Length <= 160)
        {
            var after = core[(mark + 1)..].TrimStart();
            if (after.Length >= 4 && char.IsDigit(after[0]) && char.IsDigit(after[3]))
            {
                return true;
            }
        }

        foreach (var fragment in ResiduePatterns.LegalFragments)
        {
            if (line.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCommentOrCookieWidget(ReadOnlySpan<char> core) =>
        core.Contains("cookie", StringComparison.OrdinalIgnoreCase)
        || (LineText.CountWords(core) <= 4 && core.Contains("comment", StringComparison.OrdinalIgnoreCase));

    // "This article first appeared on The Courier.", "Originally published at valleycourier.example".
    private static bool IsSourceStatement(ReadOnlySpan<char> core, ref LineFacts facts)
    {
        ReadOnlySpan<char> rest;
        if (!LineText.MatchLead(core, ResiduePatterns.SourceOpenings, PhraseFollow.Anything, out _, out rest)
            && !IsPieceSourceLine(core, out rest)
            && !IsFeedFooter(core, out rest))
        {
            return false;
        }

        if (!IsShortSourceRest(rest))
        {
            return false;
        }

        NoteSource(SourceName(rest), ref facts);
        return true;
    }

    // "This article first appeared on ...", "This story was originally published by ...".
    private static bool IsPieceSourceLine(ReadOnlySpan<char> core, out ReadOnlySpan<char> rest)
    {
        rest = default;
        var opening = LineText.MatchPhrase(core, "this");
        if (opening < 0)
        {
            return false;
        }

        var afterThis = core[opening..].TrimStart();
        foreach (var noun in ResiduePatterns.PieceNouns)
        {
            var nounEnd = LineText.MatchPhrase(afterThis, noun);
            if (nounEnd < 0)
            {
                continue;
            }

            var afterNoun = afterThis[nounEnd..].TrimStart();
            if (LineText.MatchLead(afterNoun, ResiduePatterns.SourceVerbs, PhraseFollow.Anything, out _, out rest))
            {
                return true;
            }
        }

        return false;
    }

    // Feed footers: "The post {title} appeared first on {site}."
    private static bool IsFeedFooter(ReadOnlySpan<char> core, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (LineText.MatchPhrase(core, "the post") < 0)
        {
            return false;
        }

        var index = core.IndexOf(" appeared first on ", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return false;
        }

        rest = core[(index + " appeared first on ".Length)..];
        return true;
    }

    // What follows a source opening is a name or URL, and at most one more source or link sentence
    // ("... under a Creative Commons license. Read the original article.").
    private static bool IsShortSourceRest(ReadOnlySpan<char> rest)
    {
        if (LineText.CountWords(rest) > 30)
        {
            return false;
        }

        for (var i = 1; i + 2 < rest.Length; i++)
        {
            if (rest[i] is '.' or '!' or '?' && rest[i + 1] == ' ' && char.IsUpper(rest[i + 2]) && !IsAbbreviationBefore(rest, i))
            {
                var next = rest[(i + 2)..];
                return LineText.MatchLead(next, ResiduePatterns.SourceOpenings, PhraseFollow.Anything, out _, out _)
                    || LineText.MatchLead(next, ResiduePatterns.LinkLeads, PhraseFollow.SeparatorOrEnd, out _, out _)
                    || LineText.MatchLead(next, ResiduePatterns.LinkOpenings, PhraseFollow.Anything, out _, out _);
            }
        }

        return true;
    }

    private static bool IsAbbreviationBefore(ReadOnlySpan<char> text, int stop)
    {
        var wordStart = text[..stop].LastIndexOf(' ') + 1;
        var word = text[wordStart..stop];
        return word.Length <= 3 || word.Contains('.');
    }

    // The outlet in "on Live Science.", "from The Conversation under a Creative Commons license".
    private static ReadOnlySpan<char> SourceName(ReadOnlySpan<char> rest)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var preposition in SourcePrepositions)
            {
                var end = LineText.MatchPhrase(rest, preposition);
                if (end > 0 && end < rest.Length && char.IsWhiteSpace(rest[end]))
                {
                    rest = rest[end..].TrimStart();
                    changed = true;
                    break;
                }
            }
        }

        var firstWord = rest[..LineText.FirstWordLength(rest)].TrimEnd('.');
        if (IsUrl(firstWord))
        {
            return firstWord;
        }

        foreach (var cut in SourceNameCuts)
        {
            var index = rest.IndexOf(cut, StringComparison.Ordinal);
            if (index > 0)
            {
                rest = rest[..index];
            }
        }

        return rest.Trim().TrimEnd(".!,;:");
    }

    // "Via The Courier", "Story via The Courier": a capitalised name and nothing else.
    private static bool IsViaLine(ReadOnlySpan<char> core, ref LineFacts facts)
    {
        var end = LineText.MatchPhrase(core, "via");
        if (end < 0)
        {
            end = LineText.MatchPhrase(core, "story via");
        }

        if (end < 0 || core.Length > 80 || LineText.EndsWithTerminal(core))
        {
            return false;
        }

        var name = core[end..].Trim();
        if (name.IsEmpty || LineText.CountWords(name) > 6 || !(StartsEveryWordUpper(name) || IsDomain(name, out _)))
        {
            return false;
        }

        NoteSource(name, ref facts);
        return true;
    }

    private static bool IsSourceName(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        var words = LineText.CountWords(rest);
        if (rest.Length > 120 || words > 10 || HasSentenceBreak(rest))
        {
            return false;
        }

        // "Source: Reuters." is fine, "Source: the ministry said twelve people died." is not.
        return !LineText.EndsWithTerminal(rest) || words <= 4 || IsUrl(rest.TrimEnd('.'));
    }

    private static void NoteSource(ReadOnlySpan<char> name, ref LineFacts facts)
    {
        name = name.Trim().TrimEnd(".,;:");
        if (name.IsEmpty)
        {
            return;
        }

        if (IsUrl(name))
        {
            facts.Url ??= name.ToString();
            if (Uri.TryCreate(facts.Url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + facts.Url : facts.Url, UriKind.Absolute, out var uri))
            {
                facts.Site ??= uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            }

            return;
        }

        if (IsDomain(name, out var host))
        {
            facts.Site ??= host;
            return;
        }

        if (LineText.CountWords(name) <= 6 && name.IndexOf(',') < 0 && char.IsUpper(name[0]))
        {
            facts.Site ??= name.ToString();
        }
    }

    // "The story continues after this advertisement": a few words around "advertisement".
    private static bool IsAdNotice(ReadOnlySpan<char> key)
    {
        if (LineText.CountWords(key) > 9)
        {
            return false;
        }

        foreach (var range in key.Split(' '))
        {
            if (key[range] is "advertisement" or "advertisements" or "advert" or "advertising")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWidgetKey(ReadOnlySpan<char> key)
    {
        var anchors = 0;
        var words = 0;
        foreach (var range in key.Split(' '))
        {
            var word = key[range];
            words++;
            if (words > 10)
            {
                return false;
            }

            if (char.IsDigit(word[0]))
            {
                continue;
            }

            if (!ResiduePatterns.WidgetWords.ContainsKey(word))
            {
                return false;
            }

            if (ResiduePatterns.WidgetAnchors.ContainsKey(word))
            {
                anchors++;
            }
        }

        return anchors > 0;
    }

    private static bool EndsWithAgency(ReadOnlySpan<char> core)
    {
        // A credit does not end a sentence: "... photographed by AFP." is prose.
        var closed = LineText.TrimClosers(core);
        var trimmed = LineText.TrimDecoration(core);
        if (trimmed.IsEmpty || closed.IsEmpty || closed[^1] == '.')
        {
            return false;
        }

        var split = trimmed.LastIndexOfAny('/', '|', '(');
        var via = trimmed.LastIndexOf(" via ", StringComparison.OrdinalIgnoreCase);
        ReadOnlySpan<char> tail;
        if (via > split)
        {
            tail = trimmed[(via + 5)..];
        }
        else if (split >= 0)
        {
            tail = trimmed[(split + 1)..];
        }
        else
        {
            return false;
        }

        tail = tail.Trim();
        var head = trimmed[..Math.Max(0, Math.Max(split, via))].Trim();
        return !tail.IsEmpty && ResiduePatterns.Agencies.Contains(tail) && LineText.CountWords(head) <= 9 && !HasSentenceBreak(head);
    }

    // "Bram Oakhurst/Westreach Chronicle": capitalised words either side of one slash.
    private static bool IsNameSlashName(ReadOnlySpan<char> core)
    {
        if (core.Length > 70 || LineText.EndsWithTerminal(core))
        {
            return false;
        }

        var slash = core.IndexOf('/');
        if (slash <= 0 || core[(slash + 1)..].IndexOf('/') >= 0)
        {
            return false;
        }

        var left = core[..slash].Trim();
        var right = core[(slash + 1)..].Trim();
        var leftWords = LineText.CountWords(left);
        var rightWords = LineText.CountWords(right);
        return leftWords is >= 1 and <= 5 && rightWords is >= 1 and <= 5 && (leftWords >= 2 || rightWords >= 2)
            && StartsEveryWordUpper(left) && StartsEveryWordUpper(right);
    }

    private static bool StartsEveryWordUpper(ReadOnlySpan<char> text)
    {
        var any = false;
        foreach (var range in text.SplitAny(' ', '\t'))
        {
            var word = text[range].Trim(".,;:()'’\"");
            if (word.IsEmpty)
            {
                continue;
            }

            foreach (var c in word)
            {
                if (char.IsDigit(c))
                {
                    return false;
                }
            }

            if (!char.IsUpper(word[0]) && !ResiduePatterns.BylineGlue.Contains(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool AddressesReader(ReadOnlySpan<char> line)
    {
        foreach (var range in line.SplitAny(' ', '\t', ',', '.', '!', '?', ':', ';', '(', ')'))
        {
            var word = line[range];
            if (word.Length is >= 2 and <= 8 && ResiduePatterns.ReaderWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithImperative(ReadOnlySpan<char> core)
    {
        var first = core[..LineText.FirstWordLength(core)].TrimEnd(",.!?:");
        return !first.IsEmpty && char.IsUpper(first[0]) && ResiduePatterns.ImperativeOpeners.Contains(first);
    }

    private static ReadOnlySpan<char> StripListMarker(ReadOnlySpan<char> core)
    {
        // "1. Headline", "2) Headline".
        var i = 0;
        while (i < core.Length && i < 3 && char.IsDigit(core[i]))
        {
            i++;
        }

        if (i > 0 && i + 1 < core.Length && core[i] is '.' or ')' && core[i + 1] == ' ')
        {
            return core[(i + 2)..];
        }

        return core;
    }

    private static bool EndsWithPeriod(ReadOnlySpan<char> line)
    {
        var trimmed = LineText.TrimClosers(line);
        return !trimmed.IsEmpty && trimmed[^1] == '.' && !trimmed.EndsWith("...");
    }

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> trimmed)
    {
        // "... to U.S.", "... in Washington, D.C."
        var lastSpace = trimmed.LastIndexOf(' ');
        var word = trimmed[(lastSpace + 1)..];
        return word.Length <= 5 && word.Count('.') >= 2;
    }

    /// <summary>True when a sentence ends inside the text and another begins ("... fell. Officials ...").</summary>
    public static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?') || text[i + 1] != ' ')
            {
                continue;
            }

            var next = text[i + 2];
            if (!char.IsUpper(next) && !LineText.IsQuoteMark(next))
            {
                continue;
            }

            if (c == '.')
            {
                // "Dr. Smith", "U.S. Senate", "Feb. 20": a short or capitalised token before the stop is an abbreviation.
                var wordStart = text[..i].LastIndexOf(' ') + 1;
                var word = text[wordStart..i];
                if (word.Length <= 3 || word.Contains('.'))
                {
                    continue;
                }
            }

            return true;
        }

        return false;
    }

    private static int SentenceCount(ReadOnlySpan<char> text)
    {
        var count = 1;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                count++;
            }
        }

        return count;
    }
}
