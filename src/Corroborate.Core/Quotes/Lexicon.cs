using System.Collections.Frozen;

namespace Corroborate.Quotes;

/// <summary>Closed word classes the attribution rules lean on (function words, titles, cue verbs).</summary>
internal static class Lexicon
{
    /// <summary>A case-insensitive set of the space-separated <paramref name="words"/>.</summary>
    public static WordSet Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Verbs (every form) that report speech; "called" and "described" only with quoted words.</summary>
    public static readonly WordSet CueVerbs = Set(
        "said says say saying told tells telling added adds warned warns insisted insists explained explains argued argues "
        + "claimed claims stressed stresses noted notes wrote writes announced announces admitted admits acknowledged acknowledges "
        + "denied denies accused accuses replied replies conceded concedes suggested suggests urged urges predicted predicts "
        + "confirmed confirms vowed vows promised promises declared declares complained complains cautioned cautions maintained maintains "
        + "remarked observed reported reports recalled recalls asked asks continued agreed agrees believes believed "
        + "thinks thought contended contends countered counters alleged alleges assured assures estimated estimates "
        + "tweeted posted stated states emphasised emphasized emphasises emphasizes repeated reiterated testified "
        + "called calls described describes dismissed dismisses");

    /// <summary>Cue verbs that take quoted words but not a reported clause.</summary>
    public static readonly WordSet QuoteOnlyCues = Set("called calls described describes dismissed dismisses");

    /// <summary>Verbs of saying in every form, for telling a statement from a belief or an act (no "thinks", "believes").</summary>
    public static readonly WordSet SpeechVerbs = Set(
        "say says said saying tell tells told telling add adds added adding warn warns warned warning insist insists insisted "
        + "explain explains explained argue argues argued arguing claim claims claimed stress stresses stressed note notes noted "
        + "write writes wrote written announce announces announced admit admits admitted acknowledge acknowledges acknowledged "
        + "deny denies denied accuse accuses accused reply replies replied concede concedes conceded suggest suggests suggested "
        + "urge urges urged predict predicts predicted confirm confirms confirmed vow vows vowed promise promises promised "
        + "declare declares declared complain complains complained caution cautions cautioned maintain maintains maintained "
        + "remark remarks remarked observe observes observed report reports reported recall recalls recalled ask asks asked "
        + "contend contends contended counter counters countered allege alleges alleged assure assures assured "
        + "tweet tweets tweeted post posts posted state states stated emphasise emphasises emphasised emphasize emphasizes emphasized "
        + "repeat repeats repeated reiterate reiterates reiterated testify testifies testified demand demands demanded "
        + "insisting warning arguing explaining adding noting claiming denying announcing telling "
        + "describe describes described call calls called dismiss dismisses dismissed boast boasts boasted "
        + "respond responds responded promising vowing");

    /// <summary>Verbs that give a name or a title, not words spoken ("a report titled ‘…’", "a group dubbed ‘…’").</summary>
    public static readonly WordSet NamingVerbs = Set("titled entitled headlined captioned dubbed nicknamed named");

    /// <summary>Cues whose object (reporters, a broadcaster) comes before the reported clause.</summary>
    public static readonly WordSet ObjectCues = Set("told tells telling assured assures warned warns urged urges asked asks reminded");

    public static readonly WordSet Determiners = Set("the a an its his her their our my your this that these those one another some no each any");

    public static readonly WordSet Definite = Set("the this that these those its his her their our");

    public static readonly WordSet Pronouns = Set("he she they it we i you");

    public static readonly WordSet Female = Set("she her hers herself");

    public static readonly WordSet Male = Set("he him his himself");

    /// <summary>Words that end a noun phrase when met while reading leftwards or rightwards.</summary>
    public static readonly WordSet Stop = Set(
        "and or but nor that which who whom whose when where while as after before because if than so to in on with by into onto "
        + "upon about over under not is was are were be been being has have had do does did will would can could may might must "
        + "should shall it there here also then later again once already still just now yesterday today tonight tomorrow "
        + "however although though since until unless whether what how why why also too very even only never ever "
        + "speaking asked according during outside inside across through against between among per via amid despite "
        + "reportedly publicly privately earlier recently previously last next");

    /// <summary>Prepositions that may sit inside a description ("a spokeswoman for the company").</summary>
    public static readonly WordSet InnerPrepositions = Set("of at for from");

    /// <summary>
    /// Words that make "claims" a noun: "jobless claims", "insurance claims", "asylum claims" are filings, not someone
    /// claiming something.
    /// </summary>
    public static readonly WordSet ClaimKinds = Set(
        "jobless unemployment benefit benefits insurance damage damages injury disability expense expenses tax refund fraud patent "
        + "asylum territorial sovereignty land warranty compensation pension medical liability initial continuing");

    /// <summary>Words between a source and its cue ("has said", "also told").</summary>
    public static readonly WordSet Auxiliaries = Set(
        "has have had will would also then later again once previously reportedly publicly privately quickly repeatedly "
        + "has also had also simply flatly firmly first initially");

    /// <summary>Honorifics: dropped from a name, they give gender.</summary>
    public static readonly WordSet Honorifics = Set("mr mr. mrs mrs. ms ms. miss mister madam sir dame");

    /// <summary>Title words that precede a name and describe the role ("Mayor", "Chief Fire Officer", "Health Minister").</summary>
    public static readonly WordSet Titles = Set(
        "minister mayor president professor prof prof. dr dr. doctor chief officer councillor councilor senator sen sen. governor gov gov. "
        + "secretary director chair chairman chairwoman chairperson spokesman spokeswoman spokesperson judge general gen gen. commissioner "
        + "inspector superintendent supt prime deputy premier chancellor king queen prince princess pope rabbi reverend rev rev. "
        + "captain capt sergeant sgt colonel col lieutenant lt major ambassador attorney justice treasurer speaker leader "
        + "representative rep rep. congressman congresswoman sheriff commander admiral bishop cardinal father sister brother "
        + "coach manager ceo chairwoman harbourmaster harbormaster cllr lord lady baroness baron earl duke duchess emir sheikh");

    /// <summary>Words that make a capitalised name an organisation rather than a person.</summary>
    public static readonly WordSet OrganisationWords = Set(
        "hydro authority office ministry council regiment polytechnic agency company corporation corp inc ltd llc plc group party "
        + "department police service services bank university college school association commission committee court government "
        + "news press times post radio chronicle gazette sentinel institute union federation board centre center foundation bureau "
        + "house senate congress parliament administration campaign network television tv journal daily herald tribune club "
        + "organisation organization fund trust alliance coalition force forces army navy reuters bloomberg cnn bbc fox nbc cbs abc "
        + "white street road lane avenue river valley dam bridge city town county region state province district island "
        + "café cafe hospital church airport station square park hall quay row mountain lake bay sea");

    /// <summary>Capitalised words that are never a person's name.</summary>
    public static readonly WordSet NotNames = Set(
        "the a an in on at by for from with to of and but or so as if when while after before this that these those it its "
        + "he she they we i you his her their our my your monday tuesday wednesday thursday friday saturday sunday "
        + "january february march april may june july august september october november december mon tue wed thu fri sat sun "
        + "jan feb mar apr jun jul aug sep sept oct nov dec there here asked speaking according yesterday today tonight "
        + "meanwhile however still last next new up down back upstream downstream not no yes all some many most one two three "
        + "god christmas easter storm now");

    /// <summary>Party members as a group: capitalised, but a description ("a centrist Democrat"), never a name.</summary>
    public static readonly WordSet PartyWords = Set("democrat democrats republican republicans conservative conservatives liberal liberals tory tories");

    public static readonly WordSet FemaleWords = Set(
        "ms ms. mrs mrs. miss madam dame lady spokeswoman chairwoman businesswoman congresswoman councilwoman queen princess "
        + "mother wife daughter grandmother sister aunt niece widow actress waitress baroness duchess");

    public static readonly WordSet MaleWords = Set(
        "mr mr. mister sir lord spokesman chairman businessman congressman councilman king prince father husband son "
        + "grandfather brother uncle nephew widower actor waiter baron duke");

    /// <summary>Words that open a subordinate clause; before a comma and a quote they make the quote part of it ("that, “…”").</summary>
    public static readonly WordSet ClauseOpeners = Set("that because as if when while since although though whether including");

    /// <summary><see cref="ClauseOpeners"/> and the coordinating "and" and "but".</summary>
    public static readonly WordSet Conjunctions = Set(string.Join(' ', ClauseOpeners.Words) + " and but");

    /// <summary>The word that ends just before <paramref name="end"/>, spaces skipped, not reaching below <paramref name="floor"/>.</summary>
    public static ReadOnlySpan<char> WordBefore(string text, int end, int floor = 0)
    {
        var e = end;
        while (e > floor && text[e - 1] == ' ')
        {
            e--;
        }

        var b = e;
        while (b > floor && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return text.AsSpan(b, e - b);
    }

    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool Contains(WordSet set, ReadOnlySpan<char> word) => set.Contains(word);
}

/// <summary>A case-insensitive set of words, looked up by span without allocating.</summary>
internal sealed class WordSet(FrozenSet<string> words)
{
    public IEnumerable<string> Words => words;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
