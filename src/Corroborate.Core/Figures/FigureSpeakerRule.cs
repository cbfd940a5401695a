using System.Collections.Frozen;
using Corroborate.Documents;

namespace Corroborate.Figures;

/// <summary>
/// A small local rule for who gave a figure, until the quotes stage can say: when the figure sits inside
/// quotation marks or in a sentence with a speech verb ("said", "told", "according to"), the name next
/// to the verb ("Oskar Brennholt said", "said Joaquín Belaúnde", "Dana Kirrane, the minister, said"),
/// or, for "he", "she" and "the mayor", the nearest person named earlier in the paragraph.
/// </summary>
/// <remarks>Kept in one class so the lead can swap it for the quotes stage's speakers. Thread-safe.</remarks>
public static class FigureSpeakerRule
{
    // A capitalised phrase ending in one of these is an organisation or a place, not a person.
    private static readonly FrozenSet<string> NotPersonEnds = new[]
    {
        "Authority", "Ministry", "Council", "Office", "Agency", "Department", "Dam", "River", "Valley", "Street", "Road", "Lane",
        "Bridge", "Polytechnic", "University", "College", "School", "Hospital", "Regiment", "Company", "Hydro", "Radio", "News",
        "Gazette", "Chronicle", "Press", "Daily", "Sentinel", "City", "Town", "Park", "Square", "Hall", "Church", "Station",
        "Airport", "Service", "Services", "Police", "Army", "Court", "Group", "Bank", "Inc", "Ltd", "Party", "Government",
        "Commission", "Committee", "Institute", "Centre", "Center", "Union", "Association", "Organisation", "Organization",
        "Exchange", "Campus", "Mountains", "Lake", "Sea", "Bay", "Island", "Islands", "Corporation", "Ministry's",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Lower-case subjects that stand for a person named before: "the mayor said", "she said".
    private static readonly FrozenSet<string> PersonRoles = new[]
    {
        "he", "she", "mayor", "minister", "official", "chief", "spokeswoman", "spokesman", "spokesperson", "director", "professor",
        "engineer", "farmer", "owner", "harbourmaster", "councillor", "governor", "president", "commissioner", "inspector",
        "superintendent", "secretary", "chair", "chairman", "chairwoman", "resident", "witness", "manager", "captain", "officer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The speaker of the figure at <paramref name="figure"/>, or null when the figure is not in an attributed statement.</summary>
    public static string? Find(string text, TextSpan paragraph, TextSpan sentence, TextSpan figure)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = InsideQuote(text, paragraph, figure.Start);
        var tokens = new List<Token>(48);
        FigureTokenizer.Tokenize(text, sentence.Start, sentence.End, tokens);
        var verb = -1;
        var according = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = W(text, tokens[k]);
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && k + 1 < tokens.Count && W(text, tokens[k + 1]).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                verb = k;
                according = true;
                break;
            }

            if (FigureLexicon.Contains(FigureLexicon.SpeechVerbs, word) && verb < 0)
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return quoted ? NameBefore(text, paragraph.Start, sentence.Start) : null;
        }

        if (according)
        {
            return Source(text, tokens, verb + 2);
        }

        // "said Joaquín Belaúnde".
        if (NameFrom(text, tokens, verb + 1, forward: true) is { } after)
        {
            return after;
        }

        var s = verb - 1;
        // "Kirrane also said".
        if (s >= 0 && tokens[s].Kind == TokenKind.Word && W(text, tokens[s]) is var adverb
            && (adverb.Equals("also", StringComparison.OrdinalIgnoreCase) || adverb.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(adverb[0])))
        {
            s--;
        }

        if (s < 0)
        {
            return null;
        }

        if (tokens[s].Kind == TokenKind.Symbol && text[tokens[s].Start] == ',')
        {
            // "Name, apposition, said" or "apposition, Name, said".
            var open = s - 1;
            while (open >= 0 && !(tokens[open].Kind == TokenKind.Symbol && text[tokens[open].Start] == ','))
            {
                open--;
            }

            if (open >= 0 && IsName(text, tokens, open + 1, s) is { } inside)
            {
                return inside;
            }

            return open > 0 ? NameFrom(text, tokens, open - 1, forward: false) : null;
        }

        if (tokens[s].Kind == TokenKind.Word && char.IsUpper(text[tokens[s].Start]))
        {
            return NameFrom(text, tokens, s, forward: false);
        }

        if (tokens[s].Kind == TokenKind.Word && FigureLexicon.Contains(PersonRoles, W(text, tokens[s])))
        {
            return NameBefore(text, paragraph.Start, tokens[s].Start);
        }

        return null;
    }

    // "according to Joaquín Belaúnde, director of ..." → the name; "according to the Westreach emergency services
    // ministry" → the organisation as written; a source in lower case ("the regional government") → null.
    private static string? Source(string text, List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Word && W(text, tokens[k]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start]))
        {
            return null;
        }

        var end = k;
        while (end + 1 < tokens.Count && end - k < 6 && tokens[end + 1].Kind == TokenKind.Word && !FigureLexicon.Contains(FigureLexicon.StopWords, W(text, tokens[end + 1])))
        {
            end++;
        }

        if (end > k && char.IsLower(text[tokens[end].Start]))
        {
            return text[tokens[k].Start..tokens[end].End];
        }

        return NameFrom(text, tokens, k, forward: true);
    }

    /// <summary>Whether <paramref name="position"/> is inside quotation marks opened in its paragraph.</summary>
    internal static bool InsideQuote(string text, TextSpan paragraph, int position)
    {
        var straight = false;
        var curly = false;
        var guillemet = false;
        var single = false;
        for (var i = paragraph.Start; i < position && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    straight = !straight;
                    break;
                case '“' or '„':
                    curly = true;
                    break;
                case '”':
                    curly = false;
                    break;
                case '«':
                    guillemet = true;
                    break;
                case '»':
                    guillemet = false;
                    break;
                case '‘':
                    single = true;
                    break;
                case '’' when i + 1 >= text.Length || !char.IsLetter(text[i + 1]):
                    single = false;
                    break;
            }
        }

        return straight || curly || guillemet || single;
    }

    // A capitalised name starting (forward) or ending (backward) at token k, titles removed; null when none.
    private static string? NameFrom(string text, List<Token> tokens, int k, bool forward)
    {
        if (k < 0 || k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start]))
        {
            return null;
        }

        var a = k;
        var b = k;
        if (forward)
        {
            while (b + 1 < tokens.Count && IsNamePart(text, tokens, b + 1) && Joined(text, tokens, b, b + 1))
            {
                b++;
            }
        }
        else
        {
            while (a - 1 >= 0 && IsNamePart(text, tokens, a - 1) && Joined(text, tokens, a - 1, a))
            {
                a--;
            }
        }

        return Clean(text, tokens, a, b);
    }

    private static bool IsNamePart(string text, List<Token> tokens, int k) =>
        tokens[k].Kind == TokenKind.Word && (char.IsUpper(text[tokens[k].Start]) || W(text, tokens[k]) is "de" or "van" or "von" or "da" or "del" or "la" or "bin")
        || tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == '-' && k > 0 && k + 1 < tokens.Count
            && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start;

    // Name words follow each other with one space, or a hyphen inside a double name.
    private static bool Joined(string text, List<Token> tokens, int a, int b) =>
        tokens[b].Start - tokens[a].End <= 1 && (tokens[b].Start == tokens[a].End || text[tokens[a].End] == ' ');

    private static string? IsName(string text, List<Token> tokens, int from, int to)
    {
        if (from >= to)
        {
            return null;
        }

        for (var k = from; k < to; k++)
        {
            if (!IsNamePart(text, tokens, k))
            {
                return null;
            }
        }

        return Clean(text, tokens, from, to - 1);
    }

    private static string? Clean(string text, List<Token> tokens, int a, int b)
    {
        while (a <= b && tokens[a].Kind == TokenKind.Word && (FigureLexicon.Contains(FigureLexicon.Titles, W(text, tokens[a])) || FigureLexicon.Contains(FigureLexicon.NotNames, W(text, tokens[a]))))
        {
            a++;
        }

        while (b >= a && tokens[b].Kind != TokenKind.Word)
        {
            b--;
        }

        if (a > b || tokens[a].Kind != TokenKind.Word || !char.IsUpper(text[tokens[a].Start]) || FigureLexicon.Contains(NotPersonEnds, W(text, tokens[b]))
            || FigureLexicon.Contains(FigureLexicon.Months, W(text, tokens[b])) || FigureLexicon.Contains(FigureLexicon.Weekdays, W(text, tokens[b])))
        {
            return null;
        }

        var name = text[tokens[a].Start..tokens[b].End];
        // A possessive ("Westreach's") is a place or an organisation before a role, not a speaker.
        return name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? null : name;
    }

    /// <summary>The last person named in the paragraph before <paramref name="before"/>: two or more capitalised words (or a title and a surname) not led by a place word.</summary>
    private static string? NameBefore(string text, int paragraphStart, int before)
    {
        var tokens = new List<Token>(64);
        FigureTokenizer.Tokenize(text, paragraphStart, before, tokens);
        string? best = null;
        var k = 0;
        while (k < tokens.Count)
        {
            if (!(tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start])))
            {
                k++;
                continue;
            }

            var end = k;
            while (end + 1 < tokens.Count && IsNamePart(text, tokens, end + 1) && Joined(text, tokens, end, end + 1))
            {
                end++;
            }

            var titled = FigureLexicon.Contains(FigureLexicon.Titles, W(text, tokens[k]));
            var words = 0;
            for (var w = k; w <= end; w++)
            {
                words += tokens[w].Kind == TokenKind.Word && !FigureLexicon.Contains(FigureLexicon.Titles, W(text, tokens[w])) ? 1 : 0;
            }

            var place = k > 0 && tokens[k - 1].Kind == TokenKind.Word && FigureLexicon.Contains(FigureLexicon.PlacePrepositions, W(text, tokens[k - 1]));
            if (!place && (words >= 2 || titled && words >= 1) && Clean(text, tokens, k, end) is { } name)
            {
                best = name;
            }

            k = end + 1;
        }

        return best;
    }

    private static ReadOnlySpan<char> W(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
