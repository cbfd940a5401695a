using System.Collections.Frozen;
using Corroborate.Documents;
using Corroborate.Quotes.Model;
using Corroborate.Text;

namespace Corroborate.Quotes;

/// <summary>
/// Finds every attributed statement in an article (direct quotes in any quote style, partial quotes,
/// indirect speech) and resolves each one's speaker to a person the article names, or keeps an unnamed
/// source as its description.
/// </summary>
/// <remarks>Thread-safe: holds no state between calls.</remarks>
public sealed class QuoteExtractor
{
    private readonly AttributionTagger? _tagger;
    private readonly bool _useDefaultTagger;

    /// <summary>An extractor that uses the embedded attribution model when the build has one.</summary>
    public QuoteExtractor()
    {
        _useDefaultTagger = true;
    }

    /// <summary>An extractor with this tagger (null: rules only).</summary>
    internal QuoteExtractor(AttributionTagger? tagger)
    {
        _tagger = tagger;
    }

    /// <summary>A shared instance.</summary>
    public static QuoteExtractor Default { get; } = new();

    private AttributionTagger? Tagger => _useDefaultTagger ? AttributionTagger.Default : _tagger;

    /// <summary>The statements of <paramref name="document"/>, in text order.</summary>
    public List<Quote> Extract(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document.Text, document.Paragraphs);
    }

    /// <summary>The statements of a text whose paragraphs are <paramref name="paragraphs"/>, in text order.</summary>
    public List<Quote> Extract(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var paras = new List<ParagraphView>(paragraphs.Count);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            paras.Add(ParagraphView.Create(text, paragraphs[p], p));
        }

        var people = new ArticlePeople();
        PeopleFinder.Collect(text, paras, people);

        var notSpeech = new List<TextSpan>();
        var logical = LogicalRuns(text, paras, notSpeech);
        var pending = new List<Pending>();
        var usedCues = new HashSet<int>();
        foreach (var run in logical)
        {
            pending.Add(Attribute(text, paras, run, usedCues));
        }

        MergeSplitQuotes(text, paras, pending);
        foreach (var para in paras)
        {
            Indirect.Find(text, para, usedCues, pending);
        }

        var tagger = Tagger;
        if (tagger is not null)
        {
            LearnedAttributions.Apply(text, paras, tagger, pending, notSpeech);
        }

        // Resolve speakers in text order, so pronouns and "the minister" see what came before them.
        pending.Sort((a, b) => a.Order.CompareTo(b.Order));
        Pending? previous = null;
        var quotes = new List<Quote>(pending.Count);
        foreach (var item in pending)
        {
            if (item.Dropped || (item.Kind != QuoteKind.Indirect && item.Clause is null && IsTitle(text, item.Parts)))
            {
                continue;
            }

            if (item.Kind == QuoteKind.Indirect && item.Cue is { } claims && Cues.IsClaimNoun(text, claims))
            {
                continue; // "jobless claims rose": filings, not a claim anyone made
            }

            if (item.Kind == QuoteKind.Indirect && item.Source is { } before && item.Cue is { } after && Cues.IsClauseBetween(text, before.Span.End, after.Start))
            {
                continue; // "the court allowed a law that requires doctors to … and describe …": the cue is another clause's verb
            }

            if (item.Kind != QuoteKind.Indirect && item.Cue is { } naming && Cues.IsNaming(text, naming))
            {
                continue; // a report "titled ‘…’", a plan "dubbed ‘…’": a name, not words anyone said
            }

            Speaker? speaker = null;
            if (item.Source is { } source)
            {
                speaker = people.Resolve(source, text);
            }
            else if (item.Kind != QuoteKind.Indirect && previous is not null && previous.Kind != QuoteKind.Indirect
                     && (tagger is null || item.ModelContent) && item.Paragraph - previous.LastParagraph <= 1 && (item.Paragraph == previous.LastParagraph || item.StartsParagraph))
            {
                // A quote with no attribution of its own that follows on from the previous one.
                speaker = previous.Speaker;
            }
            else if (item.WordCount < 6 || (tagger is not null && !item.ModelContent))
            {
                continue; // scare quotes, titles: not statements (by length, or by the model when there is one)
            }

            if (speaker is null && item.Source is null && item.Kind != QuoteKind.Indirect && tagger is not null)
            {
                continue; // quoted words nobody is said to have said
            }

            if (speaker is null && item.Source is null && item.Kind == QuoteKind.Indirect && item.Cue is { } cue && !Cues.IsSpeech(text, cue))
            {
                continue; // a belief, a reluctance, an act with no one named to hold it: not a statement to report
            }

            if (item.Kind == QuoteKind.Indirect && DatelineEnd(text, item.Parts[0]) is { } bodyStart)
            {
                item.Parts = [new TextSpan(bodyStart, item.Parts[0].End), .. item.Parts.Skip(1)]; // "CORRWICK, Westreach (TPA) — Part of …"
            }

            item.Speaker = speaker;
            previous = item;
            quotes.Add(new Quote
            {
                Kind = item.Kind,
                Parts = item.Parts,
                Cue = item.Cue,
                Source = item.Source?.Span,
                Speaker = speaker,
                Paragraph = item.Paragraph,
                Clause = item.Kind == QuoteKind.Indirect ? item.Clause : WriterClause(text, paras[item.Paragraph], item) ?? item.Clause,
            });
        }

        quotes.Sort((a, b) => a.Parts[0].Start.CompareTo(b.Parts[0].Start));
        return quotes;
    }

    /// <summary>
    /// The writer's clause around quoted words that go on from the writer's own words, or null when the quote
    /// stands on its own. Quoted words that start in lower case right after a word that is not their cue
    /// (the candidate has “always run a lean campaign”), or after a comma that no cue comes before
    /// (With thousands of systems, “there is no single point of failure,” he said), continue a reported
    /// clause: that clause runs from just after a cue earlier in the sentence, or from the sentence's
    /// start, to the quote's end or the model's clause end.
    /// </summary>
    private static TextSpan? WriterClause(string text, ParagraphView para, Pending item)
    {
        var part = item.Parts[0];
        var open = part.Start - 1;
        if (item.Parts.Count != 1 || open < para.Span.Start || part.Start >= text.Length || !QuoteTokenizer.IsQuoteMark(text[open]))
        {
            return null;
        }

        if (open > para.Span.Start && text[open - 1] == '\'' && text[open] == '\'')
        {
            open--; // ''doubled apostrophes''
        }

        if (item.Clause is { } found && found.Start < open)
        {
            return null; // the model found the clause
        }

        var i = open - 1;
        while (i >= para.Span.Start && text[i] == ' ')
        {
            i--;
        }

        if (i < para.Span.Start || i == open - 1)
        {
            return null; // the paragraph starts with it, or no space before the mark
        }

        var cue = item.Cue;
        var cueBefore = cue is { } c && c.End <= open;
        var lower = char.IsLower(text[part.Start]);
        var continues = char.IsLetterOrDigit(text[i])
            ? lower && !(cueBefore && cue!.Value.End == i + 1) // not "called it “reckless”"
            : text[i] == ',' && ((lower && !cueBefore && cue is not null) || Lexicon.Contains(Lexicon.ClauseOpeners, Lexicon.WordBefore(text, i, para.Span.Start))); // not "said, “we …”"
        if (!continues)
        {
            return null;
        }

        var sentence = para.Sentences(text).FirstOrDefault(s => s.Start <= open && open < s.End);
        if (sentence.End == 0)
        {
            return null;
        }

        var start = cueBefore && cue!.Value.Start >= sentence.Start ? cue.Value.End : sentence.Start;
        for (var j = open - 1; j > start; j--)
        {
            if (QuoteTokenizer.IsQuoteMark(text[j]) && !char.IsLetter(text[j + 1]))
            {
                start = j + 1; // never over another quote: “A,” and “b”
                break;
            }
        }

        while (start < open && text[start] is ' ' or ',')
        {
            start++;
        }

        if (start >= open)
        {
            return null;
        }

        var end = part.End;
        while (end < para.Span.End && text[end] is ',' or '.' or '?' or '!')
        {
            end++;
        }

        while (end < para.Span.End && end < part.End + 4 && QuoteTokenizer.IsQuoteMark(text[end]))
        {
            end++;
        }

        if (item.Clause is { } model && model.End > end)
        {
            end = model.End;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// Where the words start after a dateline that opens <paramref name="part"/> ("CORRWICK, Westreach (TPA) — ",
    /// "SALTMARCH — "): a place in capitals, perhaps a region and an agency in brackets, then a dash; null when there is none.
    /// </summary>
    internal static int? DatelineEnd(string text, TextSpan part)
    {
        var i = part.Start;
        var capitals = 0;
        while (i < part.End && (char.IsUpper(text[i]) || (capitals > 0 && text[i] is ' ' or '.' or '-' && i + 1 < part.End && char.IsUpper(text[i + 1]))))
        {
            capitals += char.IsUpper(text[i]) ? 1 : 0;
            i++;
        }

        if (capitals < 3 || (i < part.End && char.IsLetter(text[i])))
        {
            return null; // not a word in capitals ("CORRWICK"), or one that goes on in lower case ("NATO's")
        }

        var limit = Math.Min(part.End, part.Start + 80);
        for (; i + 2 < limit; i++)
        {
            var c = text[i];
            if (c is '—' or '–' || (c == '-' && text[i - 1] == ' '))
            {
                var j = i + 1;
                while (j < part.End && (text[j] is '-' or ' '))
                {
                    j++;
                }

                return text[i - 1] == ' ' && j < part.End && j > i + 1 ? j : null;
            }

            if (c is '.' or '!' or '?' or '"' or '“' || (char.IsLower(c) && text[i - 1] is ' ' or '('))
            {
                return null; // a sentence, not a place and an agency: "NATO said the alliance — …"
            }
        }

        return null;
    }

    /// <summary>Runs joined across paragraphs: a paragraph that leaves a quote open and a next one that reopens it with the same mark.</summary>
    private static List<List<(ParagraphView Para, QuoteRun Run)>> LogicalRuns(string text, List<ParagraphView> paras, List<TextSpan> notSpeech)
    {
        var result = new List<List<(ParagraphView, QuoteRun)>>();
        List<(ParagraphView, QuoteRun)>? open = null;
        foreach (var para in paras)
        {
            for (var r = 0; r < para.Runs.Count; r++)
            {
                var run = para.Runs[r];
                if (IsNotSpeech(text, run))
                {
                    open = null; // "(CROSSTALK)", "Follow Dana Reyes on Twitter": neither a quote nor part of the one before
                    notSpeech.Add(new TextSpan(run.Open, run.After));
                    continue;
                }

                if (open is not null && r == 0 && FirstNonSpace(text, para.Span) == run.Open && text[run.Open] == text[open[0].Item2.Open]
                    && SpeakerLabel(text, para, new TextSpan(run.InnerStart, run.InnerEnd)) is null)
                {
                    open.Add((para, run));
                }
                else
                {
                    open = [(para, run)];
                    result.Add(open);
                }

                if (run.IsClosed)
                {
                    open = null;
                }
            }

            if (para.Runs.Count == 0)
            {
                open = null;
            }
        }

        return result;
    }

    /// <summary>
    /// Quoted words that are no statement whatever is around them: a stage or transcript marker wholly in brackets
    /// ("(CROSSTALK)", "[applause]") or a prompt to follow someone on a social network.
    /// </summary>
    internal static bool IsNotSpeech(string text, QuoteRun run)
    {
        var inner = text.AsSpan(run.InnerStart, run.InnerEnd - run.InnerStart).TrimEnd(".,;:!? \"'“”‘’»");
        if (inner.Length >= 2 && ((inner[0] == '(' && inner[^1] == ')') || (inner[0] == '[' && inner[^1] == ']'))
            && inner[1..^1].IndexOfAny('(', '[') < 0)
        {
            return true;
        }

        return Cleaning.ResidueRules.IsFollowPrompt(inner);
    }

    private static int FirstNonSpace(string text, TextSpan span)
    {
        var i = span.Start;
        while (i < span.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static Pending Attribute(string text, List<ParagraphView> paras, List<(ParagraphView Para, QuoteRun Run)> pieces, HashSet<int> usedCues)
    {
        var (firstPara, firstRun) = pieces[0];
        var (lastPara, lastRun) = pieces[^1];
        var parts = pieces.Select(p => new TextSpan(p.Run.InnerStart, TrimClosingPunctuation(text, p.Run))).ToList();
        var item = new Pending
        {
            Kind = QuoteKind.Direct,
            Parts = parts,
            Paragraph = firstPara.Index,
            LastParagraph = lastPara.Index,
            Order = firstRun.Open,
            StartsParagraph = FirstNonSpace(text, firstPara.Span) == firstRun.Open,
            WordCount = parts.Sum(p => CountWords(text, p)),
            EndsWithComma = EndsClause(text, lastRun),
        };

        if (SpeakerLabel(text, firstPara, parts[0]) is { } label)
        {
            // A transcript inside quote marks: "WALLACE: Let's start …" — the label is the speaker, the colon the cue.
            item.Source = label.Source;
            item.Cue = label.Cue;
            parts[0] = new TextSpan(label.ContentStart, parts[0].End);
            item.WordCount = parts.Sum(p => CountWords(text, p));
            return item;
        }

        if (DashSignature(text, lastPara, lastRun) is { } signature)
        {
            // “We can build a wall around the river.” ― Steve Quinlan: a reader's or a poster's words, signed.
            item.Source = signature.Source;
            item.Cue = signature.Cue;
            return item;
        }

        var t = lastPara.Tokens;
        // After the quote: ", he said", "said Helena Stroud, a spokeswoman", "the mayor told reporters".
        var after = lastPara.TokenAt(lastRun.After);
        var postEnd = lastPara.NextRunToken(lastRun.After);
        var a = after;
        while (a < postEnd && t[a].Kind == TokenKind.Punct && text[t[a].Start] is ',' or '—' or '–' or '-')
        {
            a++;
        }

        var bound = SentenceBound(text, t, a, postEnd);

        (SourcePhrase Source, int Cue, int CueEnd)? post = null;
        if (a < bound && (item.EndsWithComma || a > after || item.StartsSentence(text, firstPara, firstRun)))
        {
            post = PostAttribution(text, t, a, bound);
        }

        // Before the quote, in the same sentence: "X said:", "X called the plan ‘…’", "told the Sentinel that the council had ‘…’".
        var open = firstPara.TokenAt(firstRun.Open);
        var fpColon = open > 0 && SourceParser.IsPunct(text, firstPara.Tokens[open - 1], ':');
        var lo = fpColon ? open - 1 : open;
        var fp = firstPara.Tokens;
        while (lo > 0 && !SourceParser.IsBoundary(text, fp[lo - 1]) && !firstPara.IsInRun(lo - 1))
        {
            lo--;
        }

        var preWords = 0;
        var cues = new List<(int Cue, int End)>();
        for (var i = lo; i < open; i++)
        {
            if (fp[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                preWords++;
            }

            var length = Cues.Match(text, fp, i, open);
            if (length > 0)
            {
                cues.Add((i, i + length));
            }
        }

        if (post is { } p && (item.EndsWithComma || preWords == 0 || cues.Count == 0))
        {
            item.Source = p.Source;
            item.Cue = new TextSpan(t[p.Cue].Start, t[p.CueEnd - 1].End);
            usedCues.Add(t[p.Cue].Start);
            item.Kind = preWords >= 2 ? QuoteKind.Partial : QuoteKind.Direct;
            item.AttributionEnd = bound < t.Count ? t[bound].End : lastPara.Span.End;
            item.AttributionEndsSentence = bound < t.Count && text[t[bound].Start] is '.' or '!' or '?';
            return item;
        }

        for (var ci = cues.Count - 1; ci >= 0; ci--)
        {
            var (cue, cueEnd) = cues[ci];
            // After "called" or "told" comes who was named or told, not who spoke: "who called Trump supporters “…”".
            var objectFollows = Lexicon.Contains(Lexicon.QuoteOnlyCues, fp[cueEnd - 1].Of(text)) || Lexicon.Contains(Lexicon.ObjectCues, fp[cueEnd - 1].Of(text));
            var source = SourceParser.Left(text, fp, cue, lo) ?? (objectFollows ? null : SourceParser.Right(text, fp, cueEnd, open));
            if (source is not null)
            {
                item.Source = source;
                item.Cue = new TextSpan(fp[cue].Start, fp[cueEnd - 1].End);
                usedCues.Add(fp[cue].Start);
                // "X said:" or "X said, …" introduce a whole quote; anything else embeds quoted words in a sentence.
                var between = open - cueEnd;
                var introduced = between <= 5 && open > 0 && fp[open - 1].Kind == TokenKind.Punct && text[fp[open - 1].Start] is ':' or ',';
                item.Kind = introduced ? QuoteKind.Direct : QuoteKind.Partial;
                return item;
            }
        }

        if (preWords == 0 && pieces.Count == 1 && !IsTitle(text, parts) && ContinuedBySentence(text, lastPara, lastRun) is { } continued)
        {
            // “You squeezed the suppliers” to lift the share price, she said: the quoted words open a sentence that goes on.
            item.Kind = QuoteKind.Partial;
            item.Clause = new TextSpan(firstRun.Open, continued.End);
            if (continued.Attribution is { } at)
            {
                item.Source = at.Source;
                item.Cue = new TextSpan(t[at.Cue].Start, t[at.CueEnd - 1].End);
                usedCues.Add(t[at.Cue].Start);
            }

            return item;
        }

        item.Kind = preWords >= 1 && !item.StartsSentence(text, firstPara, firstRun) ? QuoteKind.Partial : QuoteKind.Direct;
        return item;
    }

    /// <summary>
    /// A closed quote that opens a sentence and is not finished when its marks close: the lower-case words after it
    /// (not a cue) carry the sentence on to its end or to an attribution after a comma. Returns where those words end
    /// and the attribution, if any; null when the quote stands alone.
    /// </summary>
    private static (int End, (SourcePhrase Source, int Cue, int CueEnd)? Attribution)? ContinuedBySentence(string text, ParagraphView para, QuoteRun run)
    {
        var last = run.InnerEnd - 1;
        while (last > run.InnerStart && QuoteTokenizer.IsQuoteMark(text[last]))
        {
            last--; // ‘… the comeback of the decade,’” : the nested quote's punctuation counts
        }

        if (!run.IsClosed || text[last] is '.' or ',' or '!' or '?' or ';' or ':' or '—' or '–' or '-' or '…'
            || run.After + 1 >= para.Span.End || text[run.After] != ' ')
        {
            return null;
        }

        var t = para.Tokens;
        var first = para.TokenAt(run.After);
        if (first >= t.Count || t[first].Start != run.After + 1 || t[first].Kind != TokenKind.Word || !char.IsLower(text[t[first].Start])
            || Cues.Match(text, t, first, t.Count) > 0 || PostAttribution(text, t, first, SentenceBound(text, t, first)) is not null)
        {
            return null; // “…” the report said: an attribution, not more of the sentence
        }

        for (var k = first + 1; k < t.Count && k < first + 40; k++)
        {
            var token = t[k];
            if (token.Kind == TokenKind.QuoteMark)
            {
                return null; // more quoted words: leave the sentence to the other rules
            }

            if (token.Kind != TokenKind.Punct)
            {
                continue;
            }

            var c = text[token.Start];
            if (c is '!' or '?' or ';' or ':' || (c == '.' && !SourceParser.IsAbbreviationDot(text, t, k)))
            {
                return (t[k - 1].End, null);
            }

            if (c == ',')
            {
                var bound = SentenceBound(text, t, k + 1);
                if (k + 1 < bound && PostAttribution(text, t, k + 1, bound) is { } attribution)
                {
                    return (t[k - 1].End, attribution);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// “…” ― Oscar P. Quintero: a closed quote followed by a dash and a name (one to five capitalised words or
    /// initials) that ends its line or paragraph.
    /// </summary>
    private static (SourcePhrase Source, TextSpan Cue)? DashSignature(string text, ParagraphView para, QuoteRun run)
    {
        if (!run.IsClosed)
        {
            return null;
        }

        var end = para.Span.End;
        var i = run.After;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        if (i >= end || text[i] is not ('―' or '—' or '–'))
        {
            return null;
        }

        var dash = i++;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        var nameStart = i;
        var nameEnd = i;
        var words = 0;
        while (i < end && char.IsUpper(text[i]) && words < 5)
        {
            var j = i + 1;
            while (j < end && (char.IsLetter(text[j]) || text[j] is '-' or '\'' or '’'))
            {
                j++;
            }

            if (j < end && text[j] == '.' && j - i == 1)
            {
                j++; // an initial: "Oscar P. Quintero"
            }

            words++;
            nameEnd = j;
            i = j;
            if (i < end && text[i] == ' ' && i + 1 < end && char.IsUpper(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        while (i < end && text[i] is '.' or ' ')
        {
            i++;
        }

        if (words == 0 || (i < end && text[i] != '\n'))
        {
            return null;
        }

        var name = text[nameStart..nameEnd];
        var source = new SourcePhrase(new TextSpan(nameStart, nameEnd), SourceKind.Name, name, null, null, null, false);
        return (source, new TextSpan(dash, dash + 1));
    }

    /// <summary>"WALLACE: …", "PENCE: …": one to three upper-case words and a colon opening a quote.</summary>
    private static (SourcePhrase Source, TextSpan Cue, int ContentStart)? SpeakerLabel(string text, ParagraphView para, TextSpan part)
    {
        var t = para.Tokens;
        var i = para.TokenAt(part.Start);
        var first = i;
        while (i < t.Count && i - first < 3 && t[i].Kind == TokenKind.Word && t[i].Length >= 2 && IsUpper(t[i].Of(text)))
        {
            i++;
        }

        if (i == first || i >= t.Count || !SourceParser.IsPunct(text, t[i], ':') || i + 1 >= t.Count || t[i + 1].Start >= part.End)
        {
            return null;
        }

        var name = string.Join(' ', t.Skip(first).Take(i - first).Select(w => TitleCase(w.Of(text))));
        var span = new TextSpan(t[first].Start, t[i - 1].End);
        return (new SourcePhrase(span, SourceKind.Name, name, null, null, null, false), new TextSpan(t[i].Start, t[i].End), t[i + 1].Start);

        static bool IsUpper(ReadOnlySpan<char> w)
        {
            foreach (var c in w)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        static string TitleCase(ReadOnlySpan<char> w) => string.Concat(w[..1], w[1..].ToString().ToLowerInvariant());
    }

    private static (SourcePhrase Source, int Cue, int CueEnd)? PostAttribution(string text, List<QuoteToken> t, int a, int bound)
    {
        var length = Cues.Match(text, t, a, bound);
        if (length > 0 && !t[a].Of(text).EndsWith("ing", StringComparison.Ordinal))
        {
            var source = SourceParser.Right(text, t, a + length, bound);
            if (source is not null)
            {
                return (source, a, a + length);
            }
        }

        for (var c = a + 1; c < bound && c < a + 24; c++)
        {
            length = Cues.Match(text, t, c, bound);
            if (length == 0 || SourceParser.IsAttributive(text, t, c, a))
            {
                continue;
            }

            var source = SourceParser.Left(text, t, c, a);
            if (source is not null && source.Span.Start == t[a].Start)
            {
                return (source, c, c + length);
            }

            // "Sen. Dana Kirrane, D-Westreach, the committee's ranking member, said": a name and more than one aside.
            if (SourceParser.IsPunct(text, t[c - 1], ',') && SourceParser.Right(text, t, a, c) is { Kind: SourceKind.Name } named && OnlyAsides(text, t, named.Span.End, c - 1))
            {
                return (named with { Span = new TextSpan(named.Span.Start, t[c - 2].End) }, c, c + length);
            }

            break;
        }

        return null;
    }

    // Between a name and its cue: asides between commas, with no verb or relative word in them.
    private static bool OnlyAsides(string text, List<QuoteToken> t, int from, int comma)
    {
        for (var i = comma - 1; i >= 0 && t[i].Start >= from; i--)
        {
            var w = t[i].Of(text);
            if (t[i].Kind == TokenKind.QuoteMark || SourceParser.IsSentenceBoundary(text, t, i)
                || (t[i].Kind == TokenKind.Word && (w is "who" or "which" or "that" or "and" or "but" || Lexicon.Contains(Lexicon.CueVerbs, w) || Lexicon.Contains(Lexicon.Auxiliaries, w))))
            {
                return false;
            }
        }

        return true;
    }

    // The first boundary token (sentence end, colon, bracket) at or after i, passing over abbreviation dots ("Mr.", "Rep.").
    private static int SentenceBound(string text, List<QuoteToken> t, int i) => SentenceBound(text, t, i, t.Count);

    // As SentenceBound, stopping at limit at the latest.
    private static int SentenceBound(string text, List<QuoteToken> t, int i, int limit)
    {
        while (i < limit && !SourceParser.IsSentenceBoundary(text, t, i))
        {
            i++;
        }

        return i;
    }

    /// <summary>"‘A,’ he said. ‘B.’": the second run, with no attribution of its own, is the same quote's second part.</summary>
    private static void MergeSplitQuotes(string text, List<ParagraphView> paras, List<Pending> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var first = items[i];
            var j = i + 1;
            while (j < items.Count && first.AttributionEnd > 0)
            {
                var next = items[j];
                if (next.Source is not null || next.Paragraph != first.LastParagraph || next.Kind == QuoteKind.Partial)
                {
                    break;
                }

                var gap = text.AsSpan(first.AttributionEnd, Math.Max(0, next.Order - first.AttributionEnd));
                if (gap.Trim().Length > 0)
                {
                    break;
                }

                var parts = first.Parts.ToList();
                parts.AddRange(next.Parts);
                first.Parts = parts;
                first.WordCount += next.WordCount;
                first.LastParagraph = next.LastParagraph;
                next.Dropped = true;
                first.AttributionEnd = next.Parts[^1].End + 1;
                j++;
            }
        }
    }

    private static bool EndsClause(string text, QuoteRun run)
    {
        var i = run.InnerEnd - 1;
        if (i >= 0 && text[i] is ',' or '?' or '!' or '—' or '–')
        {
            return true;
        }

        return run.IsClosed && run.Close + 1 < text.Length && text[run.Close + 1] == ',';
    }

    // The words without a trailing comma (‘It’s too early,’ → It’s too early); a full stop stays.
    private static int TrimClosingPunctuation(string text, QuoteRun run)
    {
        var end = run.InnerEnd;
        while (end > run.InnerStart + 1 && text[end - 1] is ',' or ' ' or '—' or '–')
        {
            end--;
        }

        return end;
    }

    /// <summary>Quoted words that read as a title or a name ("Morning Joe", ‘Coal Isn’t the Villain’), not a statement.</summary>
    internal static bool IsTitle(string text, IReadOnlyList<TextSpan> parts)
    {
        if (parts.Count != 1)
        {
            return false;
        }

        var tokens = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, parts[0].Start, parts[0].End, tokens);
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var w = token.Of(text);
            words++;
            if (words > 6 || (!Lexicon.IsCapitalised(w) && !Lexicon.Contains(TitleWords, w)))
            {
                return false;
            }
        }

        return words >= 2;
    }

    private static readonly WordSet TitleWords = new(new[] { "of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with", "is", "isn't", "isn’t", "are", "or", "it" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    internal static int CountWords(string text, TextSpan span)
    {
        var count = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>A statement being assembled; its speaker is resolved at the end, in text order.</summary>
    internal sealed class Pending
    {
        public QuoteKind Kind { get; set; }

        public required List<TextSpan> Parts { get; set; }

        public TextSpan? Cue { get; set; }

        public SourcePhrase? Source { get; set; }

        public Speaker? Speaker { get; set; }

        public int Paragraph { get; init; }

        public int LastParagraph { get; set; }

        public int Order { get; init; }

        public bool StartsParagraph { get; init; }

        public int WordCount { get; set; }

        public bool EndsWithComma { get; init; }

        public int AttributionEnd { get; set; }

        public bool AttributionEndsSentence { get; set; }

        public bool Dropped { get; set; }

        /// <summary>For a partial quote: the reported clause around it, from the model.</summary>
        public TextSpan? Clause { get; set; }

        /// <summary>True when the model tagged content here.</summary>
        public bool ModelContent { get; set; }

        public bool StartsSentence(string text, ParagraphView para, QuoteRun run)
        {
            var i = run.Open - 1;
            while (i >= para.Span.Start && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            return i < para.Span.Start || text[i] is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '»';
        }
    }
}

/// <summary>One paragraph's tokens and quoted runs.</summary>
internal sealed class ParagraphView
{
    private ParagraphView(TextSpan span, int index, List<QuoteToken> tokens, List<QuoteRun> runs)
    {
        Span = span;
        Index = index;
        Tokens = tokens;
        Runs = runs;
    }

    public TextSpan Span { get; }

    public int Index { get; }

    public List<QuoteToken> Tokens { get; }

    public List<QuoteRun> Runs { get; }

    private List<TextSpan>? _sentences;

    /// <summary>The paragraph's sentences (split once; <paramref name="text"/> is the text the view was made from).</summary>
    public IReadOnlyList<TextSpan> Sentences(string text) => _sentences ??= SentenceSplitter.Split(text, Span);

    public static ParagraphView Create(string text, TextSpan span, int index)
    {
        var tokens = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, span.Start, span.End, tokens);
        return new ParagraphView(span, index, tokens, QuoteMarks.Find(text, span.Start, span.End));
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/>.</summary>
    public int TokenAt(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The token index where the next run after <paramref name="position"/> opens (or the token count).</summary>
    public int NextRunToken(int position)
    {
        foreach (var run in Runs)
        {
            if (run.Open >= position)
            {
                return TokenAt(run.Open);
            }
        }

        return Tokens.Count;
    }

    /// <summary>True when token <paramref name="i"/> lies inside a quoted run (its marks included).</summary>
    public bool IsInRun(int i)
    {
        if (Runs.Count == 0)
        {
            return false;
        }

        if (_inRun is null)
        {
            _inRun = new bool[Tokens.Count];
            for (var k = 0; k < Tokens.Count; k++)
            {
                var start = Tokens[k].Start;
                foreach (var run in Runs)
                {
                    if (start >= run.Open && start < run.After)
                    {
                        _inRun[k] = true;
                        break;
                    }
                }
            }
        }

        return _inRun[i];
    }

    private bool[]? _inRun;
}

/// <summary>Attribution cues: a reporting verb, "according to", "in the words of".</summary>
internal static class Cues
{
    /// <summary>Number of tokens of the cue starting at token <paramref name="i"/>, or 0.</summary>
    public static int Match(string text, List<QuoteToken> t, int i, int end)
    {
        if (t[i].Kind != TokenKind.Word)
        {
            return 0;
        }

        var w = t[i].Of(text);
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < end && t[i + 1].Of(text).Equals("to", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        }

        if (w.Equals("in", StringComparison.OrdinalIgnoreCase) && i + 3 < end && t[i + 1].Of(text) is "the" && t[i + 2].Of(text) is "words" && t[i + 3].Of(text) is "of")
        {
            return 4;
        }

        return Lexicon.Contains(Lexicon.CueVerbs, w) && !Lexicon.IsCapitalised(w) ? 1 : 0;
    }

    /// <summary>True when the cue is "claims" used as a noun after the kind of claim ("jobless claims", "insurance claims").</summary>
    public static bool IsClaimNoun(string text, TextSpan cue)
    {
        var word = text.AsSpan(cue.Start, cue.End - cue.Start);
        if (!word.Equals("claims", StringComparison.OrdinalIgnoreCase) && !word.Equals("claim", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var e = cue.Start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        var b = e;
        while (b > 0 && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return b < e && Lexicon.Contains(Lexicon.ClaimKinds, text.AsSpan(b, e - b));
    }

    /// <summary>
    /// True when the cue is a verb in its plain form ("describe") and the words between it and the source, leaving out
    /// asides between commas, hold a clause of their own ("to", "that", "which", "and"…): the source is not the subject
    /// of the cue's verb.
    /// </summary>
    public static bool IsClauseBetween(string text, int sourceEnd, int cueStart)
    {
        if (cueStart <= sourceEnd || !IsBaseForm(text, cueStart))
        {
            return false;
        }

        var tokens = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, sourceEnd, cueStart, tokens);
        var aside = false;
        foreach (var token in tokens)
        {
            if (SourceParser.IsPunct(text, token, ','))
            {
                aside = !aside;
                continue;
            }

            if (!aside && token.Kind == TokenKind.Word && token.Of(text) is "to" or "that" or "which" or "and" or "or" or "but")
            {
                return true;
            }
        }

        return false;
    }

    // "describe", "tell", "say": a verb in its plain form, which a far-off subject cannot be saying.
    private static bool IsBaseForm(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var w = text.AsSpan(start, end - start);
        return w.Length > 2 && char.IsLower(w[0]) && !w.EndsWith("s") && !w.EndsWith("ed") && !w.EndsWith("ing")
            && w is not ("said" or "told" or "wrote" or "thought" or "spoke" or "gave" or "took" or "made" or "put" or "read" or "set");
    }

    /// <summary>True when the cue ends with a verb that gives a name or title ("titled", "a video dubbed").</summary>
    public static bool IsNaming(string text, TextSpan cue)
    {
        var i = cue.End;
        while (i > cue.Start && !char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var end = i;
        while (i > cue.Start && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return end > i && Lexicon.Contains(Lexicon.NamingVerbs, text.AsSpan(i, end - i));
    }

    /// <summary>
    /// True when the cue reports speech: a verb of saying in any form ("said", "warn", "told"), "according to" or a
    /// colon; not a belief ("thinks"), an act ("voted to") or a finding ("shows").
    /// </summary>
    public static bool IsReportedSpeech(string text, TextSpan cue)
    {
        var tokens = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, cue.Start, cue.End, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Of(text);
            if (Lexicon.Contains(Lexicon.SpeechVerbs, w) && (i > 0 ? tokens[i - 1].Of(text) is "to" : Lexicon.WordBefore(text, cue.Start).Equals("to", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // "to tell patients", "plans to announce": not said yet
            }

            if (SourceParser.IsPunct(text, tokens[i], ':') || Lexicon.Contains(Lexicon.SpeechVerbs, w)
                || (w.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Of(text).Equals("to", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a found quote is told as something said: every direct quote, quoted words with no cue of their own or
    /// with a cue of saying (not "confronted", "directed", "for"), reported speech with a cue of saying.
    /// </summary>
    public static bool IsSaid(string text, Quote quote) => quote.Kind switch
    {
        QuoteKind.Direct => true,
        QuoteKind.Partial => quote.Cue is not { } cue || IsReportedSpeech(text, cue),
        _ => quote.Cue is { } cue && IsReportedSpeech(text, cue) && ReadsAsStatement(text, cue, quote.Parts[0]),
    };

    /// <summary>
    /// Reported speech whose words read as a statement, not a topic, a request or an act: not "asked about the call",
    /// "writes like an originalist", "when asked if …", "is said to have …", "asked Trump to respond", "conceded the race"
    /// or "confirmed Barr as attorney general" (a verb that reports speech only with a clause after it).
    /// </summary>
    internal static bool ReadsAsStatement(string text, TextSpan cue, TextSpan content)
    {
        var tokens = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, cue.Start, cue.End, tokens);
        var verb = tokens.FindLastIndex(t => Lexicon.Contains(Lexicon.SpeechVerbs, t.Of(text)));
        var word = verb < 0 ? "" : tokens[verb].Of(text);
        var (first, beforeNumber) = content.Start < text.Length ? FirstWord(text, content) : ("", false);
        if ((content.Start >= cue.End || (first.Length > 0 && char.IsLower(first[0]))) && Lexicon.Contains(Prepositions, first) && !beforeNumber
            && !(first.Equals("to", StringComparison.OrdinalIgnoreCase) && Lexicon.Contains(Commissives, word)))
        {
            return false; // "asked about the call", "writes like an originalist", "according to X" then "to complications of …"
        }

        if (verb < 0)
        {
            return true; // "according to", a colon
        }

        var before = verb > 0 ? tokens[verb - 1].Of(text) : Lexicon.WordBefore(text, cue.Start);
        if (Lexicon.Contains(PassiveMarkers, before) && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word is "told" or "said" or "Told" or "Said"))
        {
            return false; // "When asked if …", "he was told …", "is said to have …": said to, not by, the source
        }

        var after = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, cue.End, Math.Min(text.Length, Math.Max(content.End, cue.End)), after);
        var words = after.Where(t => char.IsLetterOrDigit(text[t.Start])).Take(8).Select(t => t.Of(text).ToString()).ToList();
        if (word.StartsWith("ask", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var w in words)
            {
                if (Lexicon.Contains(QuestionWords, w))
                {
                    return true; // "asked Conway if there was anything …"
                }

                if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    return false; // "asked Trump to respond": a request
                }
            }

            return true;
        }

        if (first.Equals("that", StringComparison.OrdinalIgnoreCase) || HasFiniteVerb(text, content))
        {
            return true;
        }

        if (Lexicon.Contains(ClauseOnlyVerbs, word)
            || (word.StartsWith("confirm", StringComparison.OrdinalIgnoreCase) && words.Take(6).Contains("as", StringComparer.OrdinalIgnoreCase))
            || (word.StartsWith("den", StringComparison.OrdinalIgnoreCase) && words.Take(4).Any(w => Lexicon.Contains(Refusable, w))))
        {
            return false; // "conceded the race", "claimed control of …", "confirmed Barr as attorney general", "denies a request"
        }

        return true;
    }

    // The content's first word, and whether a number follows it ("about 1,200 people": an amount, not a preposition).
    private static (string Word, bool BeforeNumber) FirstWord(string text, TextSpan span)
    {
        var i = span.Start;
        while (i < span.End && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        var j = i;
        while (j < span.End && (char.IsLetter(text[j]) || text[j] == '\''))
        {
            j++;
        }

        var k = j;
        while (k < span.End && text[k] == ' ')
        {
            k++;
        }

        return (text[i..j], k < span.End && char.IsDigit(text[k]));
    }

    // A finite verb in the first words: an auxiliary or modal, or a past tense that no determiner makes an adjective.
    private static bool HasFiniteVerb(string text, TextSpan content)
    {
        var tokens = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, content.Start, content.End, tokens);
        for (var i = 0; i < tokens.Count && i < 14; i++)
        {
            var w = tokens[i].Of(text);
            if (Lexicon.Contains(FiniteAuxiliaries, w) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || (i > 0 && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.Contains(Lexicon.Determiners, tokens[i - 1].Of(text))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PassiveMarkers = Lexicon.Set("when if was were is are be been being once");

    private static readonly WordSet Prepositions = Lexicon.Set("about of for on with at from by into after before to like in over against during amid without than as");

    // Verbs whose "to" is what the speaker committed to ("vows to crush", "promised to repeal"): said, not done.
    private static readonly WordSet Commissives = Lexicon.Set("vow vows vowed vowing promise promises promised promising pledge pledges pledged pledging threaten threatens threatened threatening");

    private static readonly WordSet QuestionWords = Lexicon.Set("if whether why what how when where who which whom whose");

    // Verbs that report speech only with a clause after them: with a noun they are acts (claimed victory, conceded the race).
    private static readonly WordSet ClauseOnlyVerbs = Lexicon.Set("concede concedes conceded claim claims claimed maintain maintains maintained accept accepts accepted");

    // What one denies as an act, not a statement: "denies a request", "denied bail".
    private static readonly WordSet Refusable = Lexicon.Set("request requests motion application bail permission access appeal entry petition permit visa visas");

    // Auxiliaries and modals that make a clause finite (not Lexicon.Auxiliaries, the words between a source and its cue).
    private static readonly WordSet FiniteAuxiliaries = Lexicon.Set("is are was were will would had has have could should can did does do may might must shall am 're 'll ’re ’ll");

    /// <summary>True when the cue span holds a reporting verb, "according to" or a colon.</summary>
    public static bool IsSpeech(string text, TextSpan cue)
    {
        var tokens = new List<QuoteToken>();
        QuoteTokenizer.Tokenize(text, cue.Start, cue.End, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Match(text, tokens, i, tokens.Count) > 0 || SourceParser.IsPunct(text, tokens[i], ':'))
            {
                return true;
            }
        }

        return false;
    }
}
