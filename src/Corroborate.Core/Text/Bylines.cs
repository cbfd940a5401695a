using System.Text.RegularExpressions;

namespace Corroborate.Text;

/// <summary>Turns byline text ("By Jane Doe and John Roe, Staff Writers") into author names.</summary>
public static partial class Bylines
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "staff writer", "staff writers", "reporter", "correspondent", "editor", "contributor", "updated",
        "published", "associated press", "reuters", "afp", "the associated press", "news desk", "newsroom", "admin",
        "editorial staff", "wire", "wires", "guest", "author", "follow", "email", "twitter", "share",
    };

    /// <summary>Longer strings are not bylines.</summary>
    public const int MaxBylineLength = 300;

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "press", "news", "newswire", "service", "wire", "wires", "media", "radio", "television", "tv", "times",
        "post", "herald", "gazette", "chronicle", "sentinel", "daily", "journal", "tribune", "courier", "staff", "desk",
        "newsroom", "reports", "report", "online", "network", "group", "bureau",
    };

    /// <summary>Splits a byline into names. Returns an empty list when nothing name-like is found.</summary>
    public static List<string> Split(string byline)
    {
        ArgumentNullException.ThrowIfNull(byline);
        if (byline.Length > MaxBylineLength)
        {
            // A field this long is not a byline (and must not cost the regexes time).
            return [];
        }

        var text = Whitespace().Replace(byline, " ").Trim();
        text = LeadingBy().Replace(text, "");
        // Cut trailing dates, times, "| Updated", emails, handles.
        text = TrailingNoise().Replace(text, "");
        var names = new List<string>();
        foreach (var raw in Separators().Split(text))
        {
            var part = raw.Trim(' ', ',', ';', '|', '-', '–', '—', '.', ':');
            part = RoleSuffix().Replace(part, "").Trim(' ', ',', '.');
            if (part.Length is < 3 or > 60 || NotNames.Contains(part) || part.Any(char.IsDigit) || part.Contains('@'))
            {
                continue;
            }

            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && OrganisationWords.Contains(words[^1]))
            {
                // "Tollbridge Press Agency", "Valley Courier": the outlet, not a person.
                continue;
            }

            if (words.Length is < 1 or > 5 || !words.All(w => char.IsUpper(w[0]) || IsParticle(w)))
            {
                continue;
            }

            names.Add(part);
        }

        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>True when <paramref name="line"/> looks like a byline ("By Jane Doe", "By JANE DOE, Staff Writer").</summary>
    public static bool LooksLikeByline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length < 120 && LeadingBy().IsMatch(line) && Split(line).Count > 0;
    }

    private static bool IsParticle(string word) =>
        word is "de" or "da" or "van" or "von" or "der" or "den" or "del" or "la" or "le" or "bin" or "al" or "di" or "du" or "y" or "e";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:(?:written|reported|posted|story|text|words|photos?)\s+)?(?:by|von|por|par|di|door|av)\s*[:\-]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"(?:\s*[|•·]\s*|\s+)(?:updated|published|posted|last updated|on)\b.*$|\s*[^\s@]+@\S+.*$|\s*@\w+.*$|\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\bund\b|\by\b|\bet\b|\|)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+(?:is|was)\s+(?:a|an|the)\s+.*$|\s*(?:staff writers?|senior writer|reporters?|correspondents?|contributors?|editors?)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleSuffix();
}
