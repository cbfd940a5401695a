namespace Corroborate.Cleaning;

/// <summary>Line rules for photo credits and captions.</summary>
internal static partial class ResidueRules
{
    private static readonly string[] LooseCreditOpenings = ["courtesy of", "provided by", "supplied by", "image from", "photo from"];

    private static readonly string[] TrailingCreditLeads = ["Photo: ", "Photograph: ", "Photo by ", "Picture: ", "Image: ", "Credit: ", "Photos: "];

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
}
