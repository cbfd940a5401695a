namespace Corroborate.Cleaning;

/// <summary>Line rules for newsletter and follow prompts, appeals, legal boilerplate, ad notices and widgets.</summary>
internal static partial class ResidueRules
{
    private static readonly string[] FollowVerbs = ["follow", "like", "join", "find", "we're on", "we are on", "catch us on", "watch us on"];

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

    /// <summary>True when <paramref name="line"/> is a prompt to follow someone on a social network ("Follow Dana Reyes on Twitter @dreyes").</summary>
    public static bool IsFollowPrompt(ReadOnlySpan<char> line) => IsFollowLine(LineText.SkipDecoration(line.Trim()));

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
}
