using Corroborate.Documents;

namespace Corroborate.Quotes;

/// <summary>What a source phrase is.</summary>
internal enum SourceKind : byte
{
    Name,
    Organisation,
    Pronoun,
    Description,
}

/// <summary>A parsed source phrase: the span as written and its parts.</summary>
/// <param name="Span">The whole phrase, apposition included.</param>
/// <param name="Kind">Name, organisation, pronoun or description.</param>
/// <param name="Name">The name without title or honorific (for names and organisations).</param>
/// <param name="Role">The title, apposition or description that goes with the name.</param>
/// <param name="Honorific">"Ms", "Mr"… when the name carried one.</param>
/// <param name="Head">For descriptions: the head noun, lower case ("minister", "official").</param>
/// <param name="Definite">For descriptions: "the minister", "the authority's director" (may refer back) rather
/// than "a senior official" (new).</param>
internal sealed record SourcePhrase(TextSpan Span, SourceKind Kind, string? Name, string? Role, string? Honorific, string? Head, bool Definite)
{
    /// <summary>The head phrase alone, without apposition or relative clause.</summary>
    public TextSpan Core { get; init; } = Span;

    public string Text(string text) => text[Span.Start..Span.End];
}

/// <summary>
/// Reads source phrases around a cue: leftwards ("Dana Kirrane, the region's minister, said"), rightwards
/// ("said Helena Stroud, a spokeswoman for the company") and on their own (an apposition's name).
/// </summary>
internal static class SourceParser
{
    private const int MaxPhrase = 9;
    private const int MaxApposition = 22;

    /// <summary>The source ending just before token <paramref name="cue"/>, not reaching before <paramref name="lo"/>.</summary>
    public static SourcePhrase? Left(string text, List<QuoteToken> t, int cue, int lo)
    {
        var j = cue - 1;
        while (j >= lo && t[j].Kind == TokenKind.Word && Lexicon.Contains(Lexicon.Auxiliaries, t[j].Of(text)))
        {
            j--;
        }

        if (j < lo)
        {
            return null;
        }

        if (j - 2 >= lo && t[j].Kind == TokenKind.Word && t[j].Of(text) is "who" && IsPunct(text, t[j - 1], ','))
        {
            return HeadLeft(text, t, j - 2, lo); // "…, former Vice President Joe Biden, who called …": the one the clause is about
        }

        if (IsPunct(text, t[j], ','))
        {
            // "Name, apposition, said" or "description, Name, said" or "description, who …, said".
            var k = j - 1;
            var limit = Math.Max(lo, j - MaxApposition);
            while (k >= limit && !IsPunct(text, t[k], ',') && !IsBoundary(text, t[k]))
            {
                k--;
            }

            if (k < limit || !IsPunct(text, t[k], ',') || k == j - 1)
            {
                return null;
            }

            var head = HeadLeft(text, t, k - 1, lo);
            if (head is null)
            {
                return null;
            }

            var apposition = IsRelative(text, t[k + 1]) ? null : Segment(text, t, k + 1, j - 1);
            return Combine(text, head, apposition, new TextSpan(head.Span.Start, t[j - 1].End));
        }

        return HeadLeft(text, t, j, lo);
    }

    /// <summary>The source starting at token <paramref name="start"/>, not reaching <paramref name="hi"/> (exclusive).</summary>
    public static SourcePhrase? Right(string text, List<QuoteToken> t, int start, int hi)
    {
        if (start >= hi || t[start].Kind != TokenKind.Word)
        {
            return null;
        }

        var word = t[start].Of(text);
        if (Lexicon.Contains(Lexicon.Pronouns, word))
        {
            return Classify(text, t, start, start);
        }

        var i = start;
        if (Lexicon.Contains(Lexicon.Determiners, word))
        {
            i++;
        }
        else if (!Lexicon.IsCapitalised(word) && !Lexicon.Contains(Lexicon.Titles, word))
        {
            return null;
        }

        var last = -1;
        while (i < hi && i - start < MaxPhrase)
        {
            var tok = t[i];
            var w = tok.Of(text);
            if (tok.Kind == TokenKind.Punct && (w[0] is '-' or '‐' || (i + 1 < hi && IsAbbreviationDot(text, t, i))))
            {
                i++;
                continue;
            }

            if (tok.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            var inner = Lexicon.Contains(Lexicon.InnerPrepositions, w);
            if (!inner && (Lexicon.Contains(Lexicon.Stop, w) || (Lexicon.Contains(Lexicon.CueVerbs, w) && !IsAttributive(text, t, i, start)) || (w.EndsWith("ing") && !Lexicon.IsCapitalised(w))))
            {
                break;
            }

            if (!inner)
            {
                last = i;
            }

            i++;
        }

        if (last < 0)
        {
            return null;
        }

        var head = Classify(text, t, start, last);
        if (head is null)
        {
            return null;
        }

        // ", apposition" up to the next comma or the end of the clause; an age ("54") is skipped.
        var next = last + 1;
        if (next < hi && IsPunct(text, t[next], ','))
        {
            var s = next + 1;
            if (s < hi && t[s].Kind == TokenKind.Number && s + 1 < hi && IsPunct(text, t[s + 1], ','))
            {
                s += 2;
            }

            var e = s;
            while (e < hi && e - s < MaxApposition && !IsPunct(text, t[e], ',') && !IsSentenceBoundary(text, t, e) && t[e].Kind != TokenKind.QuoteMark)
            {
                e++;
            }

            if (e > s && !IsRelative(text, t[s]) && !Lexicon.Contains(Lexicon.Stop, t[s].Of(text)) && !HasVerb(text, t, s, e))
            {
                var apposition = Segment(text, t, s, e - 1);
                if (apposition is not null && (apposition.Kind == SourceKind.Name || StartsDescription(text, t[s])))
                {
                    return Combine(text, head, apposition, new TextSpan(head.Span.Start, t[e - 1].End));
                }
            }
        }

        return head;
    }

    /// <summary>A noun phrase ending at token <paramref name="j"/>, read leftwards.</summary>
    public static SourcePhrase? HeadLeft(string text, List<QuoteToken> t, int j, int lo)
    {
        if (j < lo || t[j].Kind != TokenKind.Word)
        {
            return null;
        }

        var last = t[j].Of(text);
        if (Lexicon.Contains(Lexicon.Pronouns, last))
        {
            return Classify(text, t, j, j);
        }

        if (Lexicon.Contains(Lexicon.Stop, last) || Lexicon.Contains(Lexicon.CueVerbs, last) || Lexicon.Contains(Lexicon.InnerPrepositions, last))
        {
            return null;
        }

        var i = j;
        var first = j;
        while (i >= lo && j - i < MaxPhrase)
        {
            var tok = t[i];
            var w = tok.Of(text);
            if (tok.Kind == TokenKind.Punct && (w[0] is '-' or '‐' || IsAbbreviationDot(text, t, i)) && i > lo && i < j)
            {
                i--;
                continue;
            }

            if (tok.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            if (Lexicon.Contains(Lexicon.Determiners, w))
            {
                first = i;
                // "engineers at the dam": a description may go on before its inner preposition.
                if (i - 2 >= lo && (Lexicon.Contains(Lexicon.InnerPrepositions, t[i - 1].Of(text)) || (t[i - 1].Of(text) is "in" && IsNounBeforeIn(text, t[i - 2])))
                    && t[i - 2].Kind == TokenKind.Word
                    && !Lexicon.Contains(Lexicon.Stop, t[i - 2].Of(text)) && !Lexicon.Contains(Lexicon.CueVerbs, t[i - 2].Of(text)) && j - i < MaxPhrase - 2)
                {
                    i -= 2;
                    first = i;
                    continue;
                }

                break;
            }

            // "a memo rebutting Republican claims": a verb in -ing after a noun ends the phrase ("the ranking member" does not).
            if (i < j && w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(w[0]) && i > lo && t[i - 1].Kind == TokenKind.Word
                && char.IsLower(t[i - 1].Of(text)[0]) && !Lexicon.Contains(Lexicon.Determiners, t[i - 1].Of(text)) && !Lexicon.Contains(Lexicon.Stop, t[i - 1].Of(text))
                && !t[i - 1].Of(text).EndsWith("ly", StringComparison.Ordinal) && !HasPossessive(text, t, i - 1, i - 1))
            {
                break;
            }

            // "the ferry coalition in Westreach": a description goes on before "in" and a place.
            if (w is "in" && i > lo && i < j && first == i + 1 && IsNounBeforeIn(text, t[i - 1]) && j - i < MaxPhrase - 2)
            {
                i--;
                continue;
            }

            if (Lexicon.Contains(Lexicon.Pronouns, w) || Lexicon.Contains(Lexicon.Stop, w) || (Lexicon.Contains(Lexicon.CueVerbs, w) && !IsAttributive(text, t, i, lo)))
            {
                break;
            }

            // Sentence-initial capitalised function words ("In", "When") are stop words too.
            first = i;
            i--;
        }

        while (first < j && Lexicon.Contains(Lexicon.InnerPrepositions, t[first].Of(text)))
        {
            first++;
        }

        return Classify(text, t, first, j);
    }

    /// <summary>An apposition or bracketed phrase on its own: a name or a description.</summary>
    public static SourcePhrase? Segment(string text, List<QuoteToken> t, int first, int last)
    {
        if (last < first)
        {
            return null;
        }

        return Classify(text, t, first, last);
    }

    /// <summary>Joins a head phrase and its apposition: whichever holds the name is the name, the other the role.</summary>
    private static SourcePhrase Combine(string text, SourcePhrase head, SourcePhrase? apposition, TextSpan span)
    {
        if (apposition is null)
        {
            return head with { Span = span, Core = head.Core };
        }

        if (head.Kind is SourceKind.Name or SourceKind.Organisation)
        {
            var role = head.Role ?? (apposition.Kind == SourceKind.Description ? RoleText(apposition.Text(text)) : null);
            return head with { Span = span, Role = role, Core = head.Core };
        }

        if (apposition.Kind is SourceKind.Name or SourceKind.Organisation && head.Kind == SourceKind.Description)
        {
            return apposition with { Span = span, Role = apposition.Role ?? RoleText(head.Text(text)), Core = apposition.Core };
        }

        return head with { Span = span, Core = head.Core };
    }

    /// <summary>Decides what the tokens <paramref name="first"/>..<paramref name="last"/> are.</summary>
    internal static SourcePhrase? Classify(string text, List<QuoteToken> t, int first, int last)
    {
        var span = new TextSpan(t[first].Start, t[last].End);
        if (first == last && Lexicon.Contains(Lexicon.Pronouns, t[first].Of(text)))
        {
            return new SourcePhrase(span, SourceKind.Pronoun, null, null, null, t[first].Of(text).ToString().ToLowerInvariant(), true);
        }

        // The name is the run of capitalised words that ends the phrase, after any title words.
        var nameEnd = last;
        while (nameEnd >= first && t[nameEnd].Kind == TokenKind.Punct)
        {
            nameEnd--;
        }

        var nameStart = nameEnd + 1;
        for (var i = nameEnd; i >= first; i--)
        {
            var w = t[i].Of(text);
            if (t[i].Kind == TokenKind.Word && Lexicon.IsCapitalised(w) && !Lexicon.Contains(Lexicon.Titles, w)
                && !Lexicon.Contains(Lexicon.Honorifics, w) && (!Lexicon.Contains(Lexicon.NotNames, w) || (w is "New" && i < nameEnd)) && !Lexicon.Contains(Lexicon.PartyWords, w))
            {
                nameStart = i; // "New" only inside a name: "The New York Times", not "New rules"
                continue;
            }

            if (t[i].Kind == TokenKind.Word && IsParticle(w) && i > first && i < nameEnd)
            {
                continue;
            }

            if (i > first && i < nameEnd && IsAbbreviationDot(text, t, i) && Lexicon.IsCapitalised(t[i - 1].Of(text))
                && !Lexicon.Contains(Lexicon.Honorifics, t[i - 1].Of(text)) && !Lexicon.Contains(Lexicon.Titles, t[i - 1].Of(text)))
            {
                continue; // "John F. Kennedy"
            }

            break;
        }

        if (nameStart <= nameEnd && IsAbbreviationDot(text, t, nameStart))
        {
            nameStart++;
        }

        // "the Department of Education", "the House of Representatives": capitalised words joined by "of" are one name.
        while (nameStart <= nameEnd && nameStart - 2 >= first && t[nameStart - 1].Of(text) is "of" or "for" && IsNameWord(text, t[nameStart - 2])
               && (Lexicon.Contains(Lexicon.OrganisationWords, t[nameStart - 2].Of(text)) || t[nameStart - 2].Of(text) is "House" or "Houses"))
        {
            nameStart -= 2;
            while (nameStart - 1 >= first && IsNameWord(text, t[nameStart - 1]))
            {
                nameStart--;
            }
        }

        // "the coalition in Iraq", "a spokesman for Orvale", "respondents to the Harbour Poll": a name after a preposition
        // is where the speaker is or whom they speak for, not the speaker; the phrase is a description of its head noun.
        var preposition = nameStart - 1;
        if (preposition >= first && Lexicon.Contains(Lexicon.Determiners, t[preposition].Of(text)))
        {
            preposition--;
        }

        if (nameStart <= nameEnd && nameEnd == last && preposition > first && t[preposition].Kind == TokenKind.Word
            && t[preposition].Of(text) is "in" or "of" or "at" or "for" or "from" or "to" or "on" or "with" or "by"
            && t[preposition - 1].Kind == TokenKind.Word && !Lexicon.Contains(Lexicon.Stop, t[preposition - 1].Of(text))
            && !Lexicon.Contains(Lexicon.NotNames, t[preposition - 1].Of(text))
            && !(Lexicon.IsCapitalised(t[preposition - 1].Of(text)) && Lexicon.Contains(Lexicon.Titles, t[preposition - 1].Of(text))))
        {
            // (A capitalised title, "Minister of Finance Hans Keller", is read as before.)
            // "Gov. Dana Kirrane of Westreach": the name before the preposition is the speaker.
            return IsNameWord(text, t[preposition - 1])
                ? Classify(text, t, first, preposition - 1) is { } named ? named with { Span = span } : null
                : Describe(text, t, first, preposition - 1, span);
        }

        // "60 Percent", "300 Workers" (a headline's capitals): a count of people, not a name.
        var counted = nameStart == nameEnd && nameStart > 0 && t[nameStart - 1].Kind == TokenKind.Number;
        if (nameStart <= nameEnd && nameEnd == last && !counted)
        {
            var name = text[t[nameStart].Start..t[nameEnd].End];
            string? honorific = null;
            var roleEnd = nameStart - 1;
            if (roleEnd > first && IsAbbreviationDot(text, t, roleEnd))
            {
                roleEnd--; // "Mr. Trump", "Sen. Ron Wyden"
            }

            if (roleEnd >= first && Lexicon.Contains(Lexicon.Honorifics, t[roleEnd].Of(text)))
            {
                honorific = t[roleEnd].Of(text).ToString();
                roleEnd--;
            }

            // Words before a name that are only articles or function words ("the Labor Department", "In Virginia") are no role.
            var roleStart = first;
            while (roleStart <= roleEnd && (t[roleStart].Kind != TokenKind.Word || Lexicon.Contains(Lexicon.Determiners, t[roleStart].Of(text))
                   || Lexicon.Contains(Lexicon.Stop, t[roleStart].Of(text)) || Lexicon.Contains(Lexicon.NotNames, t[roleStart].Of(text))))
            {
                roleStart++;
            }

            var role = roleStart <= roleEnd ? RoleText(text[t[roleStart].Start..t[roleEnd].End]) : null;
            var organisation = false;
            for (var i = nameStart; i <= nameEnd; i++)
            {
                organisation |= Lexicon.Contains(Lexicon.OrganisationWords, t[i].Of(text));
            }

            if (organisation && role is null)
            {
                return new SourcePhrase(span, SourceKind.Organisation, name, null, null, null, false);
            }

            if (!organisation)
            {
                return new SourcePhrase(span, SourceKind.Name, name, role, honorific, null, false);
            }
        }

        // A description: its head noun is the last word before an inner preposition.
        var headIndex = last;
        for (var i = first + 1; i <= last; i++)
        {
            if (Lexicon.Contains(Lexicon.InnerPrepositions, t[i].Of(text)))
            {
                headIndex = i - 1;
                break;
            }
        }

        return Describe(text, t, first, headIndex, span);
    }

    private static SourcePhrase? Describe(string text, List<QuoteToken> t, int first, int headIndex, TextSpan span)
    {
        if (t[headIndex].Kind != TokenKind.Word)
        {
            return null;
        }

        var head = t[headIndex].Of(text).ToString().ToLowerInvariant();
        var firstWord = t[first].Of(text);
        var definite = Lexicon.Contains(Lexicon.Definite, firstWord) || HasPossessive(text, t, first, headIndex);
        return new SourcePhrase(span, SourceKind.Description, null, null, null, head, definite);
    }

    // A common noun that a description can end in before "in" ("coalition", "officials"), not a verb, adverb or function word.
    private static bool IsNounBeforeIn(string text, QuoteToken token)
    {
        var w = token.Of(text);
        return token.Kind == TokenKind.Word && w.Length > 2 && (char.IsLower(w[0]) || Lexicon.Contains(Lexicon.PartyWords, w)) && !Lexicon.Contains(Lexicon.Stop, w) && !Lexicon.Contains(Lexicon.NotNames, w)
            && !Lexicon.Contains(Lexicon.CueVerbs, w) && !Lexicon.Contains(Lexicon.Auxiliaries, w) && !w.EndsWith("ing", StringComparison.Ordinal)
            && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool IsNameWord(string text, QuoteToken token)
    {
        var w = token.Of(text);
        return token.Kind == TokenKind.Word && Lexicon.IsCapitalised(w) && !Lexicon.Contains(Lexicon.Titles, w)
            && !Lexicon.Contains(Lexicon.Honorifics, w) && !Lexicon.Contains(Lexicon.NotNames, w) && !Lexicon.Contains(Lexicon.PartyWords, w);
    }

    private static bool HasPossessive(string text, List<QuoteToken> t, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var w = t[i].Of(text);
            if (w.Length == 2 && QuoteTokenizer.IsApostrophe(w[0]) && w[1] is 's' or 'S')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVerb(string text, List<QuoteToken> t, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (t[i].Of(text) is "would" or "will" or "is" or "was" or "were" or "are" or "had" or "has" or "have" or "could" or "should"
                or "can" or "may" or "might" or "must")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A cue word used as an adjective inside the source phrase: after an article, or an article and an adverb
    /// ("the newly confirmed secretary said", "a reported deal"), not a verb of saying.
    /// </summary>
    internal static bool IsAttributive(string text, List<QuoteToken> t, int c, int lo)
    {
        var before = c - 1;
        if (before >= lo && t[before].Kind == TokenKind.Word && t[before].Of(text).EndsWith("ly", StringComparison.Ordinal) && t[before].Of(text).Length > 3)
        {
            before--;
        }

        return before >= lo && before < c && t[before].Kind == TokenKind.Word && t[before].Of(text) is "the" or "The" or "a" or "A" or "an" or "An"
            && c + 1 < t.Count && t[c + 1].Kind == TokenKind.Word && t[c].Of(text).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>The full stop of an abbreviation inside a phrase: "Mr. Trump", "U.S. officials", "John F. Kennedy".</summary>
    /// <summary>A boundary token (<see cref="IsBoundary"/>) that is not the dot of an abbreviation ("Sen.", "Gov.").</summary>
    internal static bool IsSentenceBoundary(string text, List<QuoteToken> t, int i) => IsBoundary(text, t[i]) && !IsAbbreviationDot(text, t, i);

    internal static bool IsAbbreviationDot(string text, List<QuoteToken> t, int i)
    {
        if (i <= 0 || i + 1 >= t.Count || !IsPunct(text, t[i], '.') || t[i - 1].End != t[i].Start || t[i - 1].Kind != TokenKind.Word || t[i + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t[i - 1].Of(text);
        return Lexicon.Contains(Lexicon.Honorifics, w) || (Lexicon.IsCapitalised(w) && w is "Sen" or "Rep" or "Gov" or "Gen" or "Dr" or "Prof" or "Lt" or "Col" or "Sgt" or "Capt" or "Supt" or "Rev" or "Adm" or "Cmdr" or "Maj" or "St" or "Jr")
            || (w.Length == 1 && char.IsUpper(w[0])) || (w.Contains('.') && w.Length <= 6 && char.IsUpper(w[0]));
    }

    private static bool IsParticle(ReadOnlySpan<char> w) =>
        w is "de" or "van" or "von" or "der" or "da" or "del" or "di" or "la" or "le" or "bin" or "al" or "ibn" or "du" or "dos";

    /// <summary>A role as shown: without a leading article or possessive pronoun.</summary>
    public static string RoleText(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        role = role.Trim().TrimEnd(',');
        foreach (var article in RoleDeterminers)
        {
            if (role.Length > article.Length && role.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return role[article.Length..]; // "the mayor", "Its director" → "mayor", "director": a pronoun means nothing out of its sentence
            }
        }

        return role;
    }

    private static readonly string[] RoleDeterminers = ["the ", "a ", "an ", "its ", "his ", "her ", "their ", "our ", "my ", "your "];

    private static bool StartsDescription(string text, QuoteToken token)
    {
        var w = token.Of(text);
        return token.Kind == TokenKind.Word && (Lexicon.Contains(Lexicon.Determiners, w) || !Lexicon.IsCapitalised(w) || Lexicon.Contains(Lexicon.Titles, w));
    }

    private static bool IsRelative(string text, QuoteToken token) =>
        token.Kind == TokenKind.Word && token.Of(text) is "who" or "which" or "whose" or "whom" or "where" or "speaking";

    public static bool IsPunct(string text, QuoteToken token, char c) => token.Kind == TokenKind.Punct && text[token.Start] == c;

    /// <summary>Sentence-ending punctuation, a colon or a semicolon.</summary>
    public static bool IsBoundary(string text, QuoteToken token) =>
        token.Kind == TokenKind.Punct && text[token.Start] is '.' or '!' or '?' or ';' or ':' or '(' or ')';
}
