using System.Collections.Frozen;

namespace Corroborate.Figures;

/// <summary>The word lists the figure stages read: number words, qualifiers, months, function words, families of counted things.</summary>
/// <remarks>Data only, apart from logic (style.md R6). Lookups take spans.</remarks>
internal static class FigureLexicon
{
    /// <summary>Number words and their values; "hundred" and the scales are handled apart.</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague plurals before "of": "hundreds of" is at least 200 and under 1,000.</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> VaguePlurals = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = (24, 99), ["scores"] = (40, 199), ["hundreds"] = (200, 999), ["thousands"] = (2000, 9999),
        ["millions"] = (2e6, 9.99e8), ["billions"] = (2e9, 9.99e11),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Qualifier phrases before a number, as lower-case words, longest first.</summary>
    public static readonly (string[] Words, FigureQualifier Qualifier)[] Qualifiers =
    [
        (["in", "excess", "of"], FigureQualifier.AtLeast), (["no", "more", "than"], FigureQualifier.UpTo),
        (["no", "fewer", "than"], FigureQualifier.AtLeast), (["no", "less", "than"], FigureQualifier.AtLeast),
        (["as", "many", "as"], FigureQualifier.UpTo), (["as", "much", "as"], FigureQualifier.UpTo),
        (["as", "few", "as"], FigureQualifier.Nearly), (["a", "maximum", "of"], FigureQualifier.UpTo),
        (["a", "minimum", "of"], FigureQualifier.AtLeast), (["close", "to"], FigureQualifier.Nearly),
        (["at", "least"], FigureQualifier.AtLeast), (["more", "than"], FigureQualifier.AtLeast), (["upwards", "of"], FigureQualifier.AtLeast),
        (["well", "over"], FigureQualifier.AtLeast), (["just", "over"], FigureQualifier.AtLeast), (["just", "under"], FigureQualifier.Nearly),
        (["up", "to"], FigureQualifier.UpTo), (["at", "most"], FigureQualifier.UpTo),
        (["fewer", "than"], FigureQualifier.LessThan), (["less", "than"], FigureQualifier.LessThan),
        (["an", "estimated"], FigureQualifier.About), (["mehr", "als"], FigureQualifier.AtLeast), (["bis", "zu"], FigureQualifier.UpTo),
        (["over"], FigureQualifier.AtLeast), (["above"], FigureQualifier.AtLeast), (["exceeding"], FigureQualifier.AtLeast),
        (["about"], FigureQualifier.About), (["some"], FigureQualifier.About), (["around"], FigureQualifier.About),
        (["roughly"], FigureQualifier.About), (["approximately"], FigureQualifier.About), (["approx"], FigureQualifier.About),
        (["circa"], FigureQualifier.About), (["estimated"], FigureQualifier.About), (["nearly"], FigureQualifier.Nearly),
        (["almost"], FigureQualifier.Nearly), (["under"], FigureQualifier.LessThan), (["below"], FigureQualifier.LessThan),
        (["rund"], FigureQualifier.About), (["etwa"], FigureQualifier.About), (["ungefähr"], FigureQualifier.About),
        (["fast"], FigureQualifier.Nearly), (["knapp"], FigureQualifier.Nearly), (["mindestens"], FigureQualifier.AtLeast),
        (["über"], FigureQualifier.AtLeast),
    ];

    /// <summary>Month names and abbreviations (capitalised in text): a number next to one is a date.</summary>
    public static readonly FrozenSet<string> Months = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a four-digit number that make it a year: "in 1968", "since 1971", "the 2015 accord".</summary>
    public static readonly FrozenSet<string> YearLeads = new[]
    {
        "in", "since", "until", "till", "by", "from", "of", "the", "before", "after", "during", "circa", "early", "late", "mid",
        "between", "to", "and", "or", "around", "year", "spring", "summer", "autumn", "fall", "winter", "its", "their", "his", "her",
        "this", "that", "a", "an", "im", "seit", "bis", "vor", "nach", "ab", "jahr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words: they end a counted noun phrase and never name what is counted.</summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into",
        "onto", "over", "under", "above", "below", "across", "along", "through", "between", "among", "around", "about", "after",
        "before", "since", "until", "during", "within", "near", "per", "as", "than", "like", "off", "out", "up", "down", "upstream",
        "downstream", "away", "ago", "back",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "it", "its", "they", "them", "their", "he", "she", "his", "her",
        "we", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "that", "this", "these", "those", "there",
        "here", "what", "when", "where", "why", "how", "not", "no", "so", "too", "very", "also", "still", "now", "just", "only",
        "more", "less", "most", "least", "each", "every", "all", "both", "either", "neither", "some", "any", "other", "others",
        "such", "same", "own", "then", "than", "if", "while", "because", "though", "although", "yet", "already", "again", "ever",
        "said", "says", "say", "told", "tell", "tells", "according", "reported", "remain", "remained", "remains", "went", "came",
        "got", "get", "gets", "made", "make", "took", "take", "set", "put", "left", "run", "runs", "ran", "times", "time",
        "today", "yesterday", "tonight", "overnight", "last", "next", "first", "later", "earlier", "ago", "plus", "strong", "or",
        "more", "so", "apiece", "each", "total", "altogether", "respectively", "alone", "full",
        "brought", "took", "went", "fell", "rose", "spent", "came", "gave", "kept", "held", "lost", "found", "saw", "fled", "began",
        "became", "stood", "led", "sent", "won", "paid", "built", "drove", "flew", "grew", "knew", "thought", "hit", "died", "fled", "said",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for people: counts of them measure the same kind of thing.</summary>
    public static readonly FrozenSet<string> PersonNouns = new[]
    {
        "person", "people", "resident", "inhabitant", "civilian", "villager", "citizen", "man", "woman", "child", "adult",
        "local", "passenger", "tourist", "individual", "victim", "evacuee", "death", "fatality", "casualty", "survivor",
        "homeowner", "householder", "dead", "injured", "missing", "persons", "folk",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Families of counted things: a word (lower case, lemma or form) in the figure's clause that names
    /// what happened to what is counted. Phrases are matched word by word.
    /// </summary>
    public static readonly (string[] Words, string Family)[] Families =
    [
        (["evacuated"], "evacuated"), (["evacuation"], "evacuated"), (["evacuate"], "evacuated"), (["evacuees"], "evacuated"),
        (["evacuee"], "evacuated"), (["ordered", "out"], "evacuated"), (["ordered", "to", "leave"], "evacuated"),
        (["left", "their", "homes"], "evacuated"), (["from", "their", "homes"], "evacuated"), (["out", "of", "their", "homes"], "evacuated"),
        (["forced", "from"], "evacuated"), (["forces"], "evacuated"), (["fled"], "evacuated"), (["flee"], "evacuated"), (["displaced"], "evacuated"),
        (["from", "homes"], "evacuated"), (["evakuiert"], "evacuated"),
        (["dead"], "dead"), (["died"], "dead"), (["die"], "dead"), (["deaths"], "dead"), (["death"], "dead"), (["killed"], "dead"),
        (["fatalities"], "dead"), (["lives"], "dead"), (["bodies"], "dead"), (["toll"], "dead"), (["tote"], "dead"), (["getötet"], "dead"),
        (["missing"], "missing"), (["unaccounted"], "missing"), (["vermisst"], "missing"),
        (["injured"], "injured"), (["wounded"], "injured"), (["hurt"], "injured"), (["injuries"], "injured"), (["hospitalised"], "injured"),
        (["hospitalized"], "injured"), (["verletzt"], "injured"),
        (["without", "power"], "without power"), (["without", "electricity"], "without power"), (["power"], "without power"),
        (["electricity"], "without power"), (["blackout"], "without power"),
        (["shelters"], "in shelters"), (["shelter"], "in shelters"),
        (["rescued"], "rescued"), (["winched"], "rescued"), (["airlifted"], "rescued"), (["lifted"], "rescued"),
        (["arrested"], "arrested"), (["detained"], "arrested"), (["arrests"], "arrested"),
    ];

    /// <summary>Words that introduce or carry reported speech.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces", "estimated", "estimates", "added",
        "adds", "reported", "confirmed", "confirms", "insisted", "warned", "explained", "noted", "wrote", "sagte", "erklärte",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles in front of a name that are not part of it: "Mayor Oskar Brennholt".</summary>
    public static readonly FrozenSet<string> Titles = new[]
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Mayor", "Minister", "President", "Chief", "Fire", "Officer",
        "Councillor", "Councilor", "Cllr", "Sen", "Senator", "Gov", "Governor", "Rep", "Gen", "General", "Col", "Capt", "Captain",
        "Sgt", "Inspector", "Superintendent", "Commissioner", "Director", "Spokeswoman", "Spokesman", "Spokesperson", "Judge",
        "Sir", "Dame", "Lord", "Lady", "Prime", "Regional", "Deputy", "Police", "Emergency", "Services", "Secretary", "Chair",
        "Chairman", "Chairwoman", "Herr", "Frau",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that start a sentence or phrase but never a name.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here", "Some",
        "About", "Around", "Roughly", "Nearly", "Almost", "More", "Over", "Up", "At", "Between", "In", "On", "By", "From", "Of",
        "For", "With", "After", "Before", "Since", "Until", "As", "And", "But", "Or", "If", "When", "While", "Only", "Just",
        "All", "Both", "Each", "Every", "No", "Not", "Its", "Their", "His", "Her", "Our", "My", "Your", "Asked", "According",
        "Speaking", "Emergency", "Officials", "Police", "Power", "Schools", "Sirens", "Engineers", "Operators", "Forecasters",
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "One", "Some", "Many", "Most", "Several", "Under",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Regional", "Independent", "Floodwater",
        "Tonight", "Today", "Yesterday", "Nobody", "Everyone", "Everybody", "People", "Traders", "Shopkeepers", "Councillors",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words in front of a capitalised phrase that make it a place, not a speaker: "near Fennick Bridge".</summary>
    public static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "in", "near", "at", "from", "to", "on", "of", "across", "along", "into", "through", "around", "outside", "inside",
        "toward", "towards", "the", "below", "above", "by", "via", "between", "and",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Weekdays, for time references.</summary>
    /// <summary>Words that name a measured quantity rather than counted things ("the unemployment rate fell to 3.5%").</summary>
    public static readonly FrozenSet<string> MeasureHeads = new[]
    {
        "rate", "rates", "index", "inflation", "unemployment", "turnout", "growth", "earnings", "wages", "price", "prices",
        "yield", "yields", "share", "majority", "approval", "deficit", "debt", "gdp", "output", "revenue", "sales",
        "profit", "profits", "budget", "spending", "level", "temperature", "capacity", "support", "margin",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Weekdays = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that mark a figure as current ("now", "still") in a time reference.</summary>
    public static readonly FrozenSet<string> CurrentCues = new[]
    {
        "now", "still", "currently", "remained", "remain", "remains", "latest", "so far", "yesterday", "today", "tonight", "overnight",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that mark a figure as an older value: "an earlier estimate of 9,000", "initially".</summary>
    public static readonly FrozenSet<string> EarlierCues = new[]
    {
        "earlier", "initially", "originally", "previously", "previous", "initial", "original", "first", "former",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of change before "from X to Y" or "to Y": the figure after "from" is the older value.</summary>
    public static readonly FrozenSet<string> ChangeVerbs = new[]
    {
        "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "decreased", "climbed", "jumped", "dropped",
        "grew", "grown", "revised", "raised", "lowered", "reduced", "cut", "up", "down", "soared", "surged", "declined", "doubled",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lookup helper over spans.</summary>
    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
