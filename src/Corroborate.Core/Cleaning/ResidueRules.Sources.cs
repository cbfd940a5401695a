using Corroborate.Text;

namespace Corroborate.Cleaning;

/// <summary>Line rules for source, URL, domain and date lines.</summary>
internal static partial class ResidueRules
{
    private static readonly string[] SourceNameCuts =
        [" under ", " on ", " and ", " as ", " with ", " at ", " in ", " — ", " – ", " - ", " | ", ", ", "; ", " (", ". "];

    private static readonly string[] SourcePrepositions =
        ["with permission from", "with permission of", "courtesy of", "from", "on", "at", "in", "by", "via", "with"];

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
}
