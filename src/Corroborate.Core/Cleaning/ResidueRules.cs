using Corroborate.Documents;

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
internal static partial class ResidueRules
{
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

            // A full sentence of reporting ("Related: the regulator had warned in 2019 ...") only opens like a
            // link or a prompt; it is the article's own text. Checked last: it is the costlier test.
            if (IsLink(core) && !ReadsAsReporting(core))
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
            if ((IsPrompt(core) || IsFollowLine(core) || IsLegal(line) || IsAppeal(line, core)) && !ReadsAsReporting(core))
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

    /// <summary>
    /// A sentence of ten words or more, ended, that attributes ("she added") or narrates in the past
    /// without addressing the reader ("was slow", not "get the stories that were read most").
    /// </summary>
    private static bool ReadsAsReporting(ReadOnlySpan<char> core) =>
        LineText.CountWords(core) >= 10 && LineText.EndsWithTerminal(core)
        && (HasAttribution(core) || (HasPastNarration(core) && !AddressesReader(core)));

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
