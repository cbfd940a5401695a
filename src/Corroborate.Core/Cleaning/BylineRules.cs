using System.Globalization;
using Corroborate.Text;

namespace Corroborate.Cleaning;

/// <summary>Finds bylines: on their own line, or glued to the start of the first paragraph.</summary>
internal static class BylineRules
{
    private static readonly string[] Dashes = [" — ", " – ", " -- ", " - ", " | ", " ― "];

    /// <summary>
    /// True when <paramref name="line"/> is a byline on its own: "By Jane Doe", "Written by Jane Doe",
    /// "Author: Jane Doe", or, when <paramref name="nameRoleAllowed"/>, "Jane Doe | Staff Writer".
    /// </summary>
    public static bool IsStandalone(ReadOnlySpan<char> line, bool nameRoleAllowed, CleaningOptions options)
    {
        if (line.Length > options.MaxBylineLength || line.IsEmpty)
        {
            return false;
        }

        if (LineText.MatchLead(line, ResiduePatterns.BylineOpenings, PhraseFollow.Anything, out _, out var rest)
            && IsNameList(rest, options))
        {
            return true;
        }

        if (LineText.MatchLead(line, ResiduePatterns.BylineLabels, PhraseFollow.SeparatorOrEnd, out _, out rest)
            && !rest.IsEmpty && IsNameList(rest, options))
        {
            return true;
        }

        return nameRoleAllowed && IsNameWithRole(line);
    }

    /// <summary>
    /// Splits a byline glued to the start of a paragraph ("By Jane Doe, Staff WriterCORRWICK — The river ...").
    /// Returns the length of the byline part, or 0 when the paragraph does not open with one.
    /// </summary>
    public static int GluedBylineLength(string paragraph, CleaningOptions options, out int restStart)
    {
        restStart = 0;
        var span = paragraph.AsSpan();
        if (!LineText.MatchLead(span, ResiduePatterns.BylineOpenings, PhraseFollow.Anything, out var openingEnd, out _))
        {
            return 0;
        }

        var limit = Math.Min(span.Length - 1, openingEnd + options.MaxBylineLength);

        // First choice: a capital that opens a dateline ("CORRWICK —", "WASHINGTON (AP) —") or, glued to the
        // byline, a sentence.
        for (var k = openingEnd + 1; k < limit; k++)
        {
            var c = span[k];
            if (!char.IsUpper(c))
            {
                continue;
            }

            var previous = span[k - 1];
            var glued = char.IsLower(previous) || previous == '.';
            if (!glued && previous != ' ')
            {
                continue;
            }

            var prefix = span[..k].TrimEnd();
            if (!IsNameList(prefix[openingEnd..], options))
            {
                continue;
            }

            if (IsDatelineAt(span, k)
                || (glued && (EndsWithRole(prefix) || IsSentenceStartAt(span, k))))
            {
                restStart = k;
                return prefix.Length;
            }
        }

        // Then: a dash or bar after the names ("By Jane Doe — The river ...").
        foreach (var dash in Dashes)
        {
            var index = span[..limit].IndexOf(dash, StringComparison.Ordinal);
            if (index <= openingEnd)
            {
                continue;
            }

            var after = index + dash.Length;
            if (after < span.Length && (char.IsUpper(span[after]) || LineText.IsQuoteMark(span[after]))
                && IsNameList(span[openingEnd..index], options))
            {
                restStart = after;
                return index;
            }
        }

        return 0;
    }

    /// <summary>The person names in a byline, without "By", roles, agencies or outlets; all-caps names title-cased.</summary>
    public static List<string> Authors(ReadOnlySpan<char> byline)
    {
        byline = byline.Trim();
        if (LineText.MatchLead(byline, ResiduePatterns.BylineOpenings, PhraseFollow.Anything, out _, out var afterOpening)
            || LineText.MatchLead(byline, ResiduePatterns.BylineLabels, PhraseFollow.SeparatorOrEnd, out _, out afterOpening))
        {
            byline = afterOpening;
        }

        var text = byline.ToString();

        // "By Jane Doe for The Courier", "By Jane Doe, Special to The Courier": the outlet goes.
        foreach (var cut in new[] { " for ", ", special to ", " special to ", " (", " in " })
        {
            var index = text.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (index > 0)
            {
                text = text[..index];
            }
        }

        text = StripTails(text);
        var names = new List<string>();
        foreach (var name in Bylines.Split(text))
        {
            var cleaned = StripTails(name);
            if (cleaned.Length < 3 || IsOrganisation(cleaned))
            {
                continue;
            }

            names.Add(LineText.IsAllCaps(cleaned) ? TitleCase(cleaned) : cleaned);
        }

        return names;
    }

    // The names part of a byline: capitalised words, glue words ("and", "of", "van"), roles and agencies;
    // not ending in glue; at least one person or a known agency.
    private static bool IsNameList(ReadOnlySpan<char> text, CleaningOptions options)
    {
        text = text.Trim().TrimEnd(",;:|-–— ");
        if (text.IsEmpty || text.Length > options.MaxBylineLength)
        {
            return false;
        }

        var words = 0;
        var lastWasGlue = false;
        foreach (var range in text.SplitAny(' ', '\t'))
        {
            var word = text[range].Trim(",;.:|()");
            if (word.IsEmpty || word is "-" or "–" or "—" or "|")
            {
                continue;
            }

            words++;
            if (words > 16)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (char.IsDigit(c) || c == '@')
                {
                    return false;
                }
            }

            if (char.IsUpper(word[0]))
            {
                lastWasGlue = false;
                continue;
            }

            if (ResiduePatterns.BylineGlue.Contains(word) || ResiduePatterns.RoleWords.Contains(word))
            {
                lastWasGlue = ResiduePatterns.BylineGlue.Contains(word);
                continue;
            }

            return false;
        }

        if (words == 0 || lastWasGlue)
        {
            return false;
        }

        return Authors(text).Count > 0 || IsAgencyOnly(text);
    }

    private static bool IsAgencyOnly(ReadOnlySpan<char> text)
    {
        var stripped = StripTails(text.ToString());
        return stripped.Length == 0 || ResiduePatterns.Agencies.Contains(text);
    }

    // "Jane Doe | Staff Writer", "Jane Doe, Valley Courier", "JANE DOE — Correspondent".
    private static bool IsNameWithRole(ReadOnlySpan<char> line)
    {
        var split = line.IndexOfAny('|', ',');
        var separatorLength = 1;
        if (split < 0)
        {
            foreach (var dash in Dashes)
            {
                split = line.IndexOf(dash, StringComparison.Ordinal);
                if (split > 0)
                {
                    separatorLength = dash.Length;
                    break;
                }
            }
        }

        if (split <= 0)
        {
            return false;
        }

        var name = line[..split].Trim();
        var role = line[(split + separatorLength)..].Trim().TrimEnd('.');
        var nameWords = LineText.CountWords(name);
        var roleWords = LineText.CountWords(role);
        if (nameWords is < 2 or > 4 || roleWords is < 1 or > 8 || !IsCapitalisedWords(name))
        {
            return false;
        }

        foreach (var range in role.SplitAny(' ', '\t', '/', ','))
        {
            var word = role[range].Trim(".,;:()");
            if (!word.IsEmpty && (ResiduePatterns.RoleWords.Contains(word) || ResiduePatterns.OrganisationWords.Contains(word)))
            {
                return IsCapitalisedWords(role) || LineText.IsAllCaps(role) || HasRoleWord(role);
            }
        }

        return ResiduePatterns.Agencies.Contains(role);
    }

    private static bool HasRoleWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(' ', '\t', '/', ','))
        {
            if (ResiduePatterns.RoleWords.Contains(text[range].Trim(".,;:()")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalisedWords(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(' ', '\t'))
        {
            var word = text[range].Trim(".,;:()'’");
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) && !ResiduePatterns.BylineGlue.Contains(word))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (char.IsDigit(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool EndsWithRole(ReadOnlySpan<char> prefix)
    {
        var lastSpace = prefix.LastIndexOfAny(' ', ',');
        var last = prefix[(lastSpace + 1)..].Trim(",.;:");
        return ResiduePatterns.RoleWords.Contains(last) || ResiduePatterns.Agencies.Contains(last)
            || ResiduePatterns.OrganisationWords.Contains(last);
    }

    private static bool IsSentenceStartAt(ReadOnlySpan<char> text, int index)
    {
        var word = text[index..];
        var end = 0;
        while (end < word.Length && (char.IsLetter(word[end]) || LineText.IsApostrophe(word[end])))
        {
            end++;
        }

        return end < word.Length && word[end] is ' ' or ',' && ResiduePatterns.SentenceStarters.Contains(word[..end]);
    }

    /// <summary>
    /// True when a dateline opens at <paramref name="index"/>: capitalised place words ("CORRWICK",
    /// "NEW YORK", "ST. LOUIS"), optionally ", State" and "(Agency)", then a dash.
    /// </summary>
    internal static bool IsDatelineAt(ReadOnlySpan<char> text, int index)
    {
        var i = index;
        var capsLetters = 0;
        var wordsInRun = 0;
        while (i < text.Length)
        {
            var wordStart = i;
            while (i < text.Length && (char.IsUpper(text[i]) || text[i] is '.' or '\'' or '’' or '-'))
            {
                if (char.IsLetter(text[i]))
                {
                    capsLetters++;
                }

                i++;
            }

            if (i == wordStart || (i < text.Length && char.IsLower(text[i])))
            {
                return false;
            }

            wordsInRun++;
            if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]) && (i + 2 >= text.Length || !char.IsLower(text[i + 2])))
            {
                i++;
                continue;
            }

            break;
        }

        if (capsLetters < 2 || wordsInRun > 5)
        {
            return false;
        }

        // Optional ", State" or ", Feb. 20" (capitalised words, digits and abbreviations only).
        var j = i;
        if (j < text.Length && text[j] == ',')
        {
            j++;
            var tokens = 0;
            while (j < text.Length && tokens < 5)
            {
                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }

                if (j >= text.Length || !(char.IsUpper(text[j]) || char.IsDigit(text[j])))
                {
                    break;
                }

                while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('(' or '—' or '–'))
                {
                    j++;
                }

                tokens++;
            }
        }

        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var hadAgency = false;
        if (j < text.Length && text[j] == '(')
        {
            var close = text[j..].IndexOf(')');
            if (close < 0 || close > 40)
            {
                return false;
            }

            j += close + 1;
            hadAgency = true;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }
        }

        if (j < text.Length && text[j] is '—' or '–' or '-' or '―' or ':')
        {
            return true;
        }

        return hadAgency && j < text.Length && char.IsUpper(text[j]);
    }

    private static string StripTails(string text)
    {
        var result = text.Trim().TrimEnd(',', ';', '.', '|', '-', '–', '—', ' ');
        var changed = true;
        while (changed && result.Length > 0)
        {
            changed = false;
            foreach (var tail in ResiduePatterns.BylineTails)
            {
                if (result.Length > tail.Length && result.EndsWith(tail, StringComparison.OrdinalIgnoreCase)
                    && !char.IsLetterOrDigit(result[^(tail.Length + 1)]))
                {
                    result = result[..^tail.Length].TrimEnd(',', ';', '.', '|', '-', '–', '—', ' ');
                    changed = true;
                    break;
                }

                if (result.Equals(tail, StringComparison.OrdinalIgnoreCase))
                {
                    return "";
                }
            }
        }

        return result;
    }

    private static bool IsOrganisation(string name)
    {
        if (name.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ResiduePatterns.OrganisationWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static string TitleCase(string name)
    {
        var chars = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '\'' or '’' or '.')
            {
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
            }
        }

        return new string(chars);
    }
}
