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

        // "By Jane Doe · 4 min read", "By Jane Doe | Published Feb 3, 2026": a byline, then page metadata.
        foreach (var separator in (ReadOnlySpan<string>)[" · ", " | ", " • ", " — "])
        {
            var index = line.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0 && IsPageMetadata(line[(index + separator.Length)..])
                && LineText.MatchLead(line[..index], ResiduePatterns.BylineOpenings, PhraseFollow.Anything, out _, out rest)
                && IsNameList(rest, options))
            {
                return true;
            }
        }

        return nameRoleAllowed && (IsNameWithRole(line) || IsNameForOutlet(line));
    }

    /// <summary>True for a sign-off under an article: "— Jane Doe, The Courier".</summary>
    public static bool IsSignOff(ReadOnlySpan<char> line)
    {
        if (line.Length < 6 || line[0] is not ('—' or '–' or '-') || line.Length > 90)
        {
            return false;
        }

        var rest = line.TrimStart("—–- ");
        var comma = rest.IndexOf(',');
        var name = comma > 0 ? rest[..comma] : rest;
        var words = LineText.CountWords(name);
        return words is >= 2 and <= 4 && IsCapitalisedWords(name) && !LineText.EndsWithTerminal(rest)
            && (comma < 0 || IsCapitalisedWords(rest[(comma + 1)..]));
    }

    // "4 min read", "Published Feb 3, 2026", "Updated 10:42": what a byline line may carry after a separator.
    private static bool IsPageMetadata(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || LineText.CountWords(text) > 8)
        {
            return false;
        }

        return text.IndexOfAnyInRange('0', '9') >= 0
            || LineText.MatchLead(text, ResiduePatterns.DateLeads, PhraseFollow.Anything, out _, out _)
            || LineText.MatchLead(text, ResiduePatterns.ModifiedDateLeads, PhraseFollow.Anything, out _, out _)
            || ResiduePatterns.RoleWords.Contains(text);
    }

    /// <summary>True for a wire trailer: "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by ...".</summary>
    public static bool IsCreditTrailer(ReadOnlySpan<char> line, CleaningOptions options)
    {
        if (line.Length > 2 * options.MaxBylineLength)
        {
            return false;
        }

        // "Contact Jane Doe at jane@courier.example."
        var contact = LineText.MatchPhrase(line, "contact");
        if (contact > 0 && line.Length <= 120 && line.IndexOf('@') > contact)
        {
            var at = line.IndexOf(" at ", StringComparison.OrdinalIgnoreCase);
            return at > contact && IsNameList(line[contact..at], options);
        }

        var any = false;
        foreach (var range in line.SplitAny(';', '·'))
        {
            var part = line[range].Trim().TrimEnd(".)");
            if (part.IsEmpty)
            {
                continue;
            }

            if (!LineText.MatchLead(part, ResiduePatterns.CreditTrailers, PhraseFollow.Anything, out _, out var rest))
            {
                return false;
            }

            // "Additional reporting by Jane Doe in Lagos": the place goes with the name.
            var at = rest.IndexOf(" in ", StringComparison.Ordinal);
            if (at > 0)
            {
                rest = rest[..at];
            }

            if (!rest.IsEmpty && !IsNameList(rest, options))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True for "Jane Doe for The Valley Courier" (the outlet opens with "The" or holds an outlet word).</summary>
    public static bool IsNameForOutlet(ReadOnlySpan<char> line)
    {
        var index = line.IndexOf(" for ", StringComparison.Ordinal);
        if (index <= 0 || line.Length > 90)
        {
            return false;
        }

        var name = line[..index].Trim();
        var outlet = line[(index + 5)..].Trim().TrimEnd('.');
        var nameWords = LineText.CountWords(name);
        if (nameWords is < 2 or > 3 || !IsCapitalisedWords(name) || HasOrganisationWord(name)
            || LineText.CountWords(outlet) is < 1 or > 6 || !IsCapitalisedWords(outlet) || LineText.EndsWithTerminal(line))
        {
            return false;
        }

        return outlet.StartsWith("The ", StringComparison.Ordinal) || HasOrganisationWord(outlet);
    }

    private static bool HasOrganisationWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(' ', '\t'))
        {
            if (ResiduePatterns.OrganisationWords.Contains(text[range].Trim(".,;:()")))
            {
                return true;
            }
        }

        return false;
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
            if (!glued && !char.IsWhiteSpace(previous))
            {
                continue;
            }

            var prefix = span[..k].TrimEnd();
            if (!IsNameList(prefix[openingEnd..], options))
            {
                continue;
            }

            if (IsDatelineAt(span, k)
                || (glued && (EndsWithRole(prefix) || IsSentenceStartAt(span, k) || IsGluedProse(span, k))))
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

        // "Jane Doe · 4 min read", "Jane Doe | Published Feb 3": page metadata after the names goes.
        foreach (var separator in (ReadOnlySpan<string>)[" · ", " • ", " | ", " — "])
        {
            var index = byline.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0 && IsPageMetadata(byline[(index + separator.Length)..]))
            {
                byline = byline[..index];
            }
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

            // Digits, handles, domains and bracketed asides ("Doe(CNSNews.com)") are not part of a name.
            for (var c = 0; c < word.Length; c++)
            {
                if (char.IsDigit(word[c]) || word[c] is '@' or '(' or ')' or '/'
                    || (word[c] == '.' && c + 1 < word.Length && char.IsLetter(word[c + 1]) && c > 1))
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

    /// <summary>True for a name with a role or outlet: "Jane Doe | Staff Writer", "Jane Doe, Valley Courier".</summary>
    public static bool IsNameWithRole(ReadOnlySpan<char> line)
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

        // The role part is a title or an outlet: capitalised words, or role words in any case ("staff writer").
        var hasRole = false;
        foreach (var range in role.SplitAny(' ', '\t', '/', ','))
        {
            var word = role[range].Trim(".,;:()");
            if (word.IsEmpty)
            {
                continue;
            }

            var isRole = ResiduePatterns.RoleWords.Contains(word) || ResiduePatterns.OrganisationWords.Contains(word);
            hasRole |= isRole;
            if (!isRole && !char.IsUpper(word[0]) && !ResiduePatterns.BylineGlue.Contains(word))
            {
                return false;
            }
        }

        if (hasRole)
        {
            return true;
        }

        // "Jane Doe | The Plainsman": an outlet named with "The".
        if (role.StartsWith("The ", StringComparison.Ordinal) && roleWords <= 4 && IsCapitalisedWords(role))
        {
            return true;
        }

        return ResiduePatterns.Agencies.Contains(role);
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

    // "By Chen García-LoboAlibaba is set to ...": a whole surname (not "Mc" of McDonald, not "De" of DeSantis)
    // glued to a capitalised word that lower-case prose follows within three words.
    private static bool IsGluedProse(ReadOnlySpan<char> text, int index)
    {
        var tokenStart = index;
        while (tokenStart > 0 && char.IsLetter(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        if (index - tokenStart < 4)
        {
            return false;
        }

        var words = 0;
        var position = index;
        while (position < text.Length && words < 4)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (start == position)
            {
                break;
            }

            var word = text[start..position].Trim(",.;:");
            if (words > 0 && !word.IsEmpty && char.IsLower(word[0]) && !ResiduePatterns.BylineGlue.Contains(word))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    /// <summary>
    /// True when a dateline opens at <paramref name="index"/>: capitalised place words ("CORRWICK",
    /// "NEW YORK", "ST. LOUIS"), optionally ", State" and "(Agency)", then a dash.
    /// </summary>
    internal static bool IsDatelineAt(ReadOnlySpan<char> text, int index)
    {
        if (IsMixedCaseDatelineAt(text, index))
        {
            return true;
        }

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

        // "STAFF REPORTER CAPE TOWN —": a role in capitals belongs to the byline, so the dateline starts later.
        foreach (var range in text[index..i].Split(' '))
        {
            if (ResiduePatterns.RoleWords.Contains(text[index..i][range]))
            {
                return false;
            }
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

                var tokenStart = j;
                while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('(' or '—' or '–'))
                {
                    j++;
                }

                // "D.C.", "UK", "Feb", "20" may follow the place; a run of long capitalised words is a
                // byline's role ("SMITH, STAFF REPORTER"), not a dateline.
                var token = text[tokenStart..j].TrimEnd(',');
                if (token.Length >= 4 && LineText.IsAllCaps(token) && token.IndexOf('.') < 0)
                {
                    return false;
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
            if (close < 0 || close > 60)
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

    // "Washington (CNN)": up to three capitalised place words, then an agency in capitals in brackets.
    private static bool IsMixedCaseDatelineAt(ReadOnlySpan<char> text, int index)
    {
        var open = text[index..].IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || open > 40)
        {
            return false;
        }

        var place = text.Slice(index, open);
        if (LineText.CountWords(place) > 3)
        {
            return false;
        }

        // Place names in proper case: "Washington", "New York", "Rio de Janeiro".
        foreach (var range in place.Split(' '))
        {
            var word = place[range];
            if (word.IsEmpty || (!char.IsUpper(word[0]) && !ResiduePatterns.BylineGlue.Contains(word)))
            {
                return false;
            }

            foreach (var c in word[1..])
            {
                if (!char.IsLower(c) && c is not ('-' or '\'' or '’' or '.'))
                {
                    return false;
                }
            }
        }

        var afterOpen = index + open + 2;
        var close = text[afterOpen..].IndexOf(')');
        if (close is <= 0 or > 12)
        {
            return false;
        }

        var agency = text.Slice(afterOpen, close);
        return LineText.IsAllCaps(agency) || ResiduePatterns.Agencies.Contains(agency);
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
