namespace Corroborate.Quotes;

/// <summary>
/// The first pass over an article: every person it names (outside quotes), with the titles and
/// appositions that give their roles ("Health Minister Ana Ruiz", "Ana Ruiz, the health minister",
/// "the minister, Ana Ruiz"), and the pronouns that tell their gender.
/// </summary>
internal static class PeopleFinder
{
    private const int GenderWindow = 400;

    public static void Collect(string text, List<ParagraphView> paras, ArticlePeople people)
    {
        foreach (var para in paras)
        {
            var t = para.Tokens;
            var i = 0;
            while (i < t.Count)
            {
                var tok = t[i];
                var w = tok.Of(text);
                if (tok.Kind == TokenKind.Word && !Lexicon.IsCapitalised(w) && (Lexicon.Contains(Lexicon.Female, w) || Lexicon.Contains(Lexicon.Male, w)) && !para.IsInRun(i))
                {
                    people.VoteGender(tok.Start, Lexicon.Contains(Lexicon.Female, w) || w is "She" ? 'f' : 'm', GenderWindow);
                    i++;
                    continue;
                }

                if (tok.Kind == TokenKind.Word && w is "She" or "He" or "Her" or "His" && !para.IsInRun(i))
                {
                    people.VoteGender(tok.Start, w is "She" or "Her" ? 'f' : 'm', GenderWindow);
                    i++;
                    continue;
                }

                if (tok.Kind != TokenKind.Word || !Lexicon.IsCapitalised(w) || para.IsInRun(i))
                {
                    i++;
                    continue;
                }

                var last = i;
                while (last + 1 < t.Count && t[last + 1].Kind == TokenKind.Word && (Lexicon.IsCapitalised(t[last + 1].Of(text)) || IsParticle(text, t, last + 1)))
                {
                    last++;
                }

                while (last > i && !Lexicon.IsCapitalised(t[last].Of(text)))
                {
                    last--;
                }

                // Lower-case role words right before the name: "spokeswoman Helena Stroud", "cafe owner Renée Olivárez".
                var first = i;
                if (i > 0 && t[i - 1].Kind == TokenKind.Word && LooksLikeRoleNoun(t[i - 1].Of(text)))
                {
                    first = i - 1;
                    while (first > 0 && first > i - 5 && t[first - 1].Kind == TokenKind.Word
                           && !Lexicon.Contains(Lexicon.Stop, t[first - 1].Of(text)) && !Lexicon.Contains(Lexicon.Determiners, t[first - 1].Of(text))
                           && !Lexicon.Contains(Lexicon.CueVerbs, t[first - 1].Of(text)) && !Lexicon.Contains(Lexicon.InnerPrepositions, t[first - 1].Of(text)))
                    {
                        first--;
                    }
                }

                var phrase = SourceParser.Classify(text, t, first, last);
                if (phrase is { Kind: SourceKind.Name, Name: { } name })
                {
                    var evidence = phrase.Role is not null || phrase.Honorific is not null;
                    string? role = phrase.Role;
                    // ", apposition," after the name; ", 54," (an age); ", who …".
                    if (last + 2 < t.Count && SourceParser.IsPunct(text, t[last + 1], ','))
                    {
                        var s = last + 2;
                        if (t[s].Kind == TokenKind.Number)
                        {
                            evidence = true;
                            s = s + 1 < t.Count && SourceParser.IsPunct(text, t[s + 1], ',') ? s + 2 : t.Count;
                        }

                        if (s < t.Count && t[s].Of(text) is "who" or "whose")
                        {
                            evidence = true;
                        }
                        else if (s < t.Count && t[s].Kind == TokenKind.Word && (Lexicon.Contains(Lexicon.Determiners, t[s].Of(text)) || !Lexicon.IsCapitalised(t[s].Of(text))))
                        {
                            var e = s;
                            while (e < t.Count && e - s < 14 && !SourceParser.IsPunct(text, t[e], ',') && !SourceParser.IsBoundary(text, t[e]) && t[e].Kind != TokenKind.QuoteMark
                                   && !Lexicon.Contains(Lexicon.CueVerbs, t[e].Of(text)) && t[e].Of(text) is not ("who" or "which" or "whose"))
                            {
                                e++;
                            }

                            // "…to Westreach, his office said": a phrase followed by its verb is a new clause's subject, not an apposition.
                            var subject = e < t.Count && Lexicon.Contains(Lexicon.CueVerbs, t[e].Of(text));
                            if (e > s && !subject && !Lexicon.Contains(Lexicon.Stop, t[s].Of(text)) && !Lexicon.Contains(Lexicon.Pronouns, t[s].Of(text)))
                            {
                                role ??= SourceParser.RoleText(text[t[s].Start..t[e - 1].End]);
                                evidence = true;
                            }
                        }
                    }

                    // "the harbourmaster, Íñigo Sáenz-Baptiste", "Corrwick's mayor, Oskar Brennholt".
                    if (first >= 2 && SourceParser.IsPunct(text, t[first - 1], ','))
                    {
                        var before = SourceParser.HeadLeft(text, t, first - 2, 0);
                        if (before is { Kind: SourceKind.Description, Definite: true })
                        {
                            role ??= SourceParser.RoleText(before.Text(text));
                            evidence = true;
                        }
                    }

                    if (last + 1 < t.Count && Cues.Match(text, t, last + 1, t.Count) > 0)
                    {
                        evidence = true;
                    }

                    var single = last == i || name.IndexOf(' ', StringComparison.Ordinal) < 0;
                    var known = people.Find(name);
                    if (known is not null || evidence || !single)
                    {
                        var person = people.Named(name, role, phrase.Honorific, evidence || (known?.Strong ?? false));
                        people.Mention(t[first].Start, person);
                    }
                }

                i = last + 1;
            }
        }
    }

    private static bool IsParticle(string text, List<QuoteToken> t, int i) =>
        i + 1 < t.Count && Lexicon.IsCapitalised(t[i + 1].Of(text)) && t[i].Of(text) is "de" or "van" or "von" or "der" or "da" or "del" or "di" or "bin" or "al";

    private static bool LooksLikeRoleNoun(ReadOnlySpan<char> w)
    {
        if (Lexicon.IsCapitalised(w) || Lexicon.Contains(Lexicon.Stop, w) || Lexicon.Contains(Lexicon.CueVerbs, w) || Lexicon.Contains(Lexicon.Determiners, w))
        {
            return false;
        }

        return Lexicon.Contains(Lexicon.Titles, w) || w.EndsWith("er") || w.EndsWith("or") || w.EndsWith("ist") || w.EndsWith("man")
            || w.EndsWith("woman") || w.EndsWith("ant") || w.EndsWith("ent") || w.EndsWith("ian") || w.EndsWith("ee");
    }
}
