namespace Corroborate.Cleaning;

/// <summary>Line rules for read-more links, post navigation and related-articles headers.</summary>
internal static partial class ResidueRules
{
    private static readonly string[] GluedNavigationLabels = ["previous article", "next article", "previous post", "next post", "previous story", "next story"];

    private static readonly string[] RelaxedLinkLeads = ["read", "more", "watch", "listen", "related", "trending", "popular", "recommended"];

    /// <summary>True when the paragraph is a related-articles header ("Related stories", "More from The Courier").</summary>
    public static bool IsRelatedHeader(string paragraph)
    {
        var line = paragraph.AsSpan().Trim();
        var core = LineText.SkipDecoration(line);
        return (ResiduePatterns.RelatedHeaders.Contains(line) && !EndsWithPeriod(line)) || IsRelatedHeaderOpening(core);
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
}
