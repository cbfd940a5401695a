using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Corroborate.Quotes;

/// <summary>A person (or an unnamed, described source) met in one article.</summary>
internal sealed class Person
{
    public Person(string name, bool isDescription)
    {
        Name = name;
        IsDescription = isDescription;
    }

    /// <summary>The fullest name seen, or the description.</summary>
    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            Key = ArticlePeople.Fold(value);
        }
    }

    private string _name = "";

    /// <summary>The folded name: what names are compared by.</summary>
    public string Key { get; private set; } = "";

    public bool IsDescription { get; }

    /// <summary>True once the article gives evidence this is a person: a role, a title, an age, a statement.</summary>
    public bool Strong { get; set; }

    public string? Role { get; private set; }

    public HashSet<string> RoleWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int FemaleVotes { get; set; }

    public int MaleVotes { get; set; }

    /// <summary>'f', 'm' or '\0' (unknown).</summary>
    public char Gender => FemaleVotes > MaleVotes ? 'f' : MaleVotes > FemaleVotes ? 'm' : '\0';

    public void AddRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return;
        }

        Role ??= role;
        foreach (var word in Words(role))
        {
            if (Lexicon.Contains(Lexicon.FemaleWords, word))
            {
                FemaleVotes += 3;
            }
            else if (Lexicon.Contains(Lexicon.MaleWords, word))
            {
                MaleVotes += 3;
            }

            if (!Lexicon.Contains(Lexicon.Stop, word) && !Lexicon.Contains(Lexicon.Determiners, word) && !Lexicon.Contains(Lexicon.InnerPrepositions, word))
            {
                RoleWords.Add(ArticlePeople.NormaliseRoleWord(word));
            }
        }
    }

    public Speaker ToSpeaker() => new(Name, IsDescription ? null : Role, IsDescription);

    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '-' or '.'));
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].TrimEnd('.');
                start = -1;
            }
        }
    }
}

/// <summary>
/// The people an article mentions, where it mentions them, and how a source phrase resolves to one of
/// them: names by full name or surname, pronouns by gender to the nearest compatible person, definite
/// descriptions ("the minister") by the roles and titles the article gave its people. An indefinite
/// description ("a senior official") stays a description and is never guessed into a name.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly List<Person> _people = [];
    private readonly List<(int Position, Person Person)> _mentions = [];

    public IReadOnlyList<Person> People => _people;

    /// <summary>Records that <paramref name="person"/> is mentioned at <paramref name="position"/>.</summary>
    public void Mention(int position, Person person)
    {
        var i = _mentions.Count;
        while (i > 0 && _mentions[i - 1].Position > position)
        {
            i--;
        }

        _mentions.Insert(i, (position, person));
    }

    /// <summary>A vote for the gender of the person mentioned last before <paramref name="position"/>.</summary>
    public void VoteGender(int position, char gender, int window)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var (at, person) = _mentions[i];
            if (at >= position)
            {
                continue;
            }

            if (!person.Strong)
            {
                continue;
            }

            if (position - at <= window && !person.IsDescription)
            {
                if (gender == 'f')
                {
                    person.FemaleVotes++;
                }
                else
                {
                    person.MaleVotes++;
                }
            }

            return;
        }
    }

    /// <summary>The person a name refers to, adding one when the name is new.</summary>
    public Person Named(string name, string? role, string? honorific, bool strong = true)
    {
        var leading = name.AsSpan().Count(' ') >= 2 ? Leading(name) : null; // a full name and more: three words at least
        var person = leading ?? Find(name);
        if (person is null)
        {
            person = new Person(name, isDescription: false);
            _people.Add(person);
        }
        else if (leading is null && name.Count(c => c == ' ') > person.Name.Count(c => c == ' '))
        {
            person.Name = name; // "Kirrane" then "Dana Kirrane": keep the fuller name
        }

        Index(person);

        person.AddRole(role);
        person.Strong |= strong || role is not null || honorific is not null;
        if (honorific is not null)
        {
            if (Lexicon.Contains(Lexicon.FemaleWords, honorific))
            {
                person.FemaleVotes += 5;
            }
            else if (Lexicon.Contains(Lexicon.MaleWords, honorific))
            {
                person.MaleVotes += 5;
            }
        }

        return person;
    }

    /// <summary>
    /// A known person whose full name (two words or more) opens a longer capitalised run, as a title-case headline
    /// gives it ("Kellyanne Conway Lashes Out"); null when there is none.
    /// </summary>
    private Person? Leading(string name)
    {
        var key = Fold(name);
        Person? found = null;
        foreach (var person in _people)
        {
            if (!person.IsDescription && person.Strong && person.Key.Contains(' ', StringComparison.Ordinal) && key.Length > person.Key.Length
                && person.Key.Length - person.Key.LastIndexOf(' ') > 2 // not "Oscar P" before "Oscar P. Quintana"
                && key.StartsWith(person.Key, StringComparison.Ordinal) && key[person.Key.Length] == ' '
                && (found is null || person.Key.Length > found.Key.Length))
            {
                found = person;
            }
        }

        return found;
    }

    /// <summary>A known person by full name, surname or first name; null when none (or several) match.</summary>
    public Person? Find(string name)
    {
        var key = Fold(name);
        if (_byKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        return FindPartial(key);
    }

    private readonly Dictionary<string, Person> _byKey = new(StringComparer.Ordinal);

    private void Index(Person person) => _byKey.TryAdd(person.Key, person);

    private Person? FindPartial(string key)
    {
        Person? partial = null;
        var partials = 0;
        foreach (var person in _people)
        {
            if (person.IsDescription)
            {
                continue;
            }

            var known = person.Key;
            if (known == key)
            {
                return person;
            }

            if (SharesSurname(known, key))
            {
                partial = person;
                partials++;
            }
        }

        return partials == 1 ? partial : null;
    }

    private static bool SharesSurname(string a, string b)
    {
        var aLast = a.LastIndexOf(' ');
        var bLast = b.LastIndexOf(' ');
        if (aLast < 0 || bLast < 0)
        {
            var single = aLast < 0 ? a : b;
            var other = aLast < 0 ? b : a;
            var otherLast = aLast < 0 ? bLast : aLast;
            return otherLast >= 0 && other.AsSpan(otherLast + 1).SequenceEqual(single);
        }

        // "Dana Kirrane" and "D. Kirrane" or "Dana M. Kirrane".
        return a.AsSpan(aLast + 1).SequenceEqual(b.AsSpan(bLast + 1)) && a[0] == b[0];
    }

    /// <summary>Resolves a source phrase found at its position to a speaker (null when it cannot be).</summary>
    public Speaker? Resolve(SourcePhrase phrase, string text)
    {
        var position = phrase.Span.Start;
        switch (phrase.Kind)
        {
            case SourceKind.Organisation:
                return new Speaker(phrase.Name!, null, false, IsOrganisation: true);
            case SourceKind.Name:
            {
                var person = Named(phrase.Name!, phrase.Role, phrase.Honorific);
                Mention(position, person);
                return person.ToSpeaker();
            }

            case SourceKind.Pronoun:
            {
                var gender = phrase.Head is "she" ? 'f' : phrase.Head is "he" ? 'm' : '\0';
                if (gender == '\0')
                {
                    return null;
                }

                var person = Nearest(position, p => !p.IsDescription && p.Strong && (p.Gender == gender || p.Gender == '\0'), p => p.Gender == gender)
                    ?? Nearest(position, p => p.IsDescription, _ => true);
                if (person is null)
                {
                    return null;
                }

                Mention(position, person);
                return person.ToSpeaker();
            }

            default:
            {
                var head = NormaliseRoleWord(phrase.Head ?? "");
                if (!IsDescriptionHead(head))
                {
                    return null; // "who", "that", "his", "Wednesday", "38%": no one to name or describe
                }

                var described = text[phrase.Core.Start..phrase.Core.End];
                if (phrase.Definite)
                {
                    var person = Nearest(position, p => p.RoleWords.Contains(head), _ => true)
                        ?? _people.FirstOrDefault(p => p.RoleWords.Contains(head));
                    if (person is not null)
                    {
                        Mention(position, person);
                        return person.ToSpeaker();
                    }

                    // "the New York Democrat", "the Kentucky Republican": an epithet for the person just named.
                    if (Lexicon.Contains(Lexicon.PartyWords, head) && !head.EndsWith('s')
                        && Nearest(position, p => !p.IsDescription && p.Strong, _ => true) is { } epithet)
                    {
                        Mention(position, epithet);
                        return epithet.ToSpeaker();
                    }
                }

                if (phrase.Definite && Lexicon.Contains(InstitutionHeads, head)
                    && LowerArticle(described).Equals("the " + head, StringComparison.OrdinalIgnoreCase)
                    && NamedInstitution(text, position, head) is { } institution)
                {
                    return new Speaker(institution, null, false, IsOrganisation: true); // "the authority" after "the Westreach Dam Safety Authority"
                }

                var description = new Person(LowerArticle(described), isDescription: true);
                description.RoleWords.Add(head);
                _people.Add(description);
                Mention(position, description);
                return description.ToSpeaker();
            }
        }
    }

    /// <summary>
    /// The person mentioned last before <paramref name="position"/> that <paramref name="allowed"/> accepts,
    /// preferring one <paramref name="preferred"/> accepts when both are within the last few mentions.
    /// </summary>
    private Person? Nearest(int position, Func<Person, bool> allowed, Func<Person, bool> preferred)
    {
        Person? fallback = null;
        var seen = 0;
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var (at, person) = _mentions[i];
            if (at >= position || !allowed(person))
            {
                continue;
            }

            if (preferred(person))
            {
                return person;
            }

            fallback ??= person;
            if (++seen > 6)
            {
                break;
            }
        }

        return fallback;
    }

    /// <summary>Nouns that head an institution's name ("… Safety Authority", "Ministry of …"): "the authority" can mean it.</summary>
    private static readonly WordSet InstitutionHeads = new(new[]
    {
        "authority", "agency", "ministry", "department", "council", "commission", "committee", "company", "corporation",
        "bureau", "board", "office", "institute", "foundation", "association", "union", "court", "university", "service", "regulator",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The name of the institution the article named last before <paramref name="position"/> whose name has
    /// <paramref name="head"/> as its last word ("Westreach Dam Safety Authority") or before "of" ("Ministry of Health");
    /// null when there is none.
    /// </summary>
    private static string? NamedInstitution(string text, int position, string head)
    {
        var word = string.Concat(head[..1].ToUpperInvariant(), head[1..]);
        for (var at = text.LastIndexOf(word, Math.Max(0, position - 1), StringComparison.Ordinal); at > 0; at = text.LastIndexOf(word, at - 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (char.IsLetter(text[at - 1]) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }

            var words = new List<string> { word };
            var start = at;
            while (PreviousCapitalised(text, start) is { } previous && !previous.Word.Equals("The", StringComparison.Ordinal))
            {
                words.Insert(0, previous.Word);
                start = previous.Start;
            }

            // "Ministry of Health": "of" and capitalised words after the head.
            var rest = text.AsSpan(end);
            if (rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" for ", StringComparison.Ordinal))
            {
                var connector = rest.StartsWith(" of ", StringComparison.Ordinal) ? "of" : "for";
                var i = end + connector.Length + 2;
                var after = new List<string>();
                while (i < text.Length && char.IsUpper(text[i]))
                {
                    var j = i;
                    while (j < text.Length && (char.IsLetter(text[j]) || text[j] is '-' or '\''))
                    {
                        j++;
                    }

                    after.Add(text[i..j]);
                    if (j >= text.Length || text[j] != ' ' || j + 1 >= text.Length || !char.IsUpper(text[j + 1]))
                    {
                        break;
                    }

                    i = j + 1;
                }

                if (after.Count > 0)
                {
                    words.Add(connector);
                    words.AddRange(after);
                }
            }
            else if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
            {
                continue; // "City Council": the head is not the name's last word
            }

            if (words.Count >= 2)
            {
                return string.Join(' ', words);
            }
        }

        return null;

        static (string Word, int Start)? PreviousCapitalised(string text, int start)
        {
            if (start < 2 || text[start - 1] != ' ')
            {
                return null;
            }

            var e = start - 1;
            var b = e;
            while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '\''))
            {
                b--;
            }

            return b < e && char.IsUpper(text[b]) ? (text[b..e], b) : null;
        }
    }

    private static bool IsDescriptionHead(string head) =>
        head.Length > 1 && char.IsLetter(head[0]) && !Lexicon.Contains(Lexicon.Stop, head) && !Lexicon.Contains(Lexicon.NotNames, head)
        && !Lexicon.Contains(Lexicon.Determiners, head) && !Lexicon.Contains(Lexicon.Pronouns, head) && !head.EndsWith("’s", StringComparison.Ordinal)
        && !head.EndsWith("'s", StringComparison.Ordinal);

    private static string LowerArticle(string description)
    {
        foreach (var article in new[] { "The ", "A ", "An ", "Its ", "His ", "Her ", "Their " })
        {
            if (description.StartsWith(article, StringComparison.Ordinal))
            {
                return char.ToLowerInvariant(description[0]) + description[1..];
            }
        }

        return description;
    }

    /// <summary>Spokeswoman, spokesman and spokesperson are one role word; so are chair and chairman.</summary>
    public static string NormaliseRoleWord(string word)
    {
        var w = word.ToLowerInvariant();
        return w switch
        {
            "spokeswoman" or "spokesman" or "spokesperson" => "spokesperson",
            "chairman" or "chairwoman" or "chairperson" or "chair" => "chair",
            "councilor" or "councillor" or "cllr" => "councillor",
            "prof" or "prof." => "professor",
            "harbormaster" => "harbourmaster",
            _ => w,
        };
    }

    /// <summary>Lower case without diacritics, single spaces: the key names are compared by.</summary>
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '-')
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
