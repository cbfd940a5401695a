using Corroborate.Documents;
using Corroborate.Quotes.Model;

namespace Corroborate.Quotes;

/// <summary>
/// Combines the learned tagger with the rules. Quoted runs stay with the rules (their marks make them
/// precise); the tagger's content spans give partial quotes their whole reported clause, decide whether an
/// unattributed quoted run is a statement at all, and bring in reported speech with any cue, not only the
/// verbs of a fixed list. Each tagged content span takes the nearest tagged cue of its paragraph, and that
/// cue the nearest tagged source; the source is parsed like a rule-found one so speaker resolution works.
/// </summary>
internal static class LearnedAttributions
{
    private const int MaxCueGap = 40;
    private const int MinWordsWithoutSpeechCue = 4;

    public static void Apply(string text, List<ParagraphView> paras, AttributionTagger tagger, List<QuoteExtractor.Pending> pending, List<TextSpan> notSpeech)
    {
        // A rule-found quote belongs to every paragraph it runs over.
        var byParagraph = pending
            .SelectMany(p => Enumerable.Range(p.Paragraph, Math.Max(1, p.LastParagraph - p.Paragraph + 1)).Select(i => (Index: i, Item: p)))
            .GroupBy(x => x.Index)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Item).ToList());
        foreach (var para in paras)
        {
            var (tokens, features) = TaggerFeatures.Extract(text, para, tagger.Lexicon);
            var tags = tagger.Decode(features, tokens.Count);
            var spans = Spans(tags);
            var rules = byParagraph.GetValueOrDefault(para.Index) ?? [];
            foreach (var (part, first, last) in spans)
            {
                if (part != AttributionPart.Content)
                {
                    continue;
                }

                var start = tokens[first].Start;
                var end = tokens[last].End;
                // A doubled-apostrophe mark is two tokens: never cut one in half.
                if (start > para.Span.Start && text[start] == '\'' && text[start - 1] == '\'')
                {
                    start--;
                }

                if (end < para.Span.End && text[end - 1] == '\'' && text[end] == '\'')
                {
                    end++;
                }

                var covered = rules.Where(r => Math.Min(r.Order, r.Parts[0].Start) < end && start < r.Parts[^1].End).ToList();
                // A quoted run the tagged content lies in ends the content for the cue's sake: "“A. B,” X said" holds its cue even when the tagger stops at A.
                var contentLast = last;
                if (covered.Count > 0)
                {
                    var runEnd = covered.Max(r => r.Parts[^1].End);
                    while (contentLast + 1 < tokens.Count && tokens[contentLast + 1].Start < runEnd)
                    {
                        contentLast++;
                    }
                }

                var (cue, source) = Attribution(text, tokens, spans, first, last, contentLast);
                if (covered.Count == 0 && cue is { } tagged && rules.Exists(r => r.Kind != QuoteKind.Partial && r.Cue is { } ruled && ruled.Start == tagged.Start))
                {
                    continue; // the rules gave this cue its statement ("…, his office said on Monday on the eve of …"): one cue, one statement
                }

                if (covered.Any(r => r.Kind == QuoteKind.Indirect))
                {
                    foreach (var rule in covered)
                    {
                        PreferTaggedExtent(rule, source);
                    }

                    continue; // the rules found this reported speech: they keep it
                }

                if (covered.Count > 0)
                {
                    foreach (var rule in covered)
                    {
                        rule.ModelContent = true;
                        PreferTaggedExtent(rule, source);
                    }

                    var wordsBefore = WordsOutside(text, tokens, first, last, covered);
                    if (covered.All(r => r.Kind == QuoteKind.Partial) || wordsBefore)
                    {
                        // One reported clause with quoted words in it: each quoted piece keeps its place, all share the clause.
                        // But quoted words that are the object of a cue before them (repeatedly says, “Don't do it,” until …)
                        // are all that was said: the words after the closing mark are the writer's.
                        var quoteIsObject = !wordsBefore && covered.Count == 1 && (covered[0].Cue ?? cue) is { } c && c.End <= covered[0].Order
                            && EndsUtterance(text, covered[0]) && HasWordsAfter(text, covered[0], end);
                        var introduced = wordsBefore && covered.Count == 1 && covered[0].Kind == QuoteKind.Direct && IntroducedByComma(text, covered[0].Order, end, covered[0]);
                        foreach (var rule in covered)
                        {
                            if (!quoteIsObject && !introduced)
                            {
                                rule.Clause ??= new TextSpan(start, end);
                            }

                            if (rule.Source is null && source is not null)
                            {
                                rule.Source = source;
                                rule.Cue = cue;
                            }
                        }
                    }
                    else
                    {
                        foreach (var rule in covered.Where(r => r.Source is null && source is not null))
                        {
                            rule.Source = source;
                            rule.Cue = cue;
                        }
                    }

                    continue;
                }

                if (notSpeech.Exists(n => n.Start < end && start < n.End))
                {
                    continue; // quoted words the rules know to be no statement (a transcript marker, a follow prompt)
                }

                var words = QuoteExtractor.CountWords(text, new TextSpan(start, end));
                if (words == 0 || (words < MinWordsWithoutSpeechCue && !IsSpeechCue(text, tokens, cue) && !IsClause(tokens[first].Of(text))))
                {
                    continue; // "employers shrugged off global trade conflicts": a short object of any verb is no statement
                }

                pending.Add(new QuoteExtractor.Pending
                {
                    Kind = QuoteKind.Indirect,
                    Parts = [new TextSpan(start, end)],
                    Cue = cue,
                    Source = source,
                    Paragraph = para.Index,
                    LastParagraph = para.Index,
                    Order = Math.Min(source?.Span.Start ?? start, start),
                    WordCount = words,
                    ModelContent = true,
                });
            }
        }
    }

    // A whole quote (a capital first) the sentence hands over with a comma or colon ("…, of Clinton, “If she …”", "As for
    // cost, ''Broadening …''") is what was said on its own, unless a conjunction makes it part of a clause ("that, “…”").
    private static bool IntroducedByComma(string text, int open, int end, QuoteExtractor.Pending rule)
    {
        var i = open - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var first = rule.Parts[0].Start;
        if (i < 1 || text[i] is not (',' or ':') || HasWordsAfter(text, rule, end) || first >= text.Length || !char.IsUpper(text[first]))
        {
            return false; // “the current system works …” after a comma goes on with the writer's sentence
        }

        return !Lexicon.Contains(Lexicon.Conjunctions, Lexicon.WordBefore(text, i));
    }

    // Are there words between the end of the quoted words and the end of the tagged content?
    private static bool HasWordsAfter(string text, QuoteExtractor.Pending rule, int end)
    {
        for (var i = rule.Parts[^1].End; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Quoted words that end as an utterance does ("Don't do it," "What curfew?"), not a phrase the sentence goes on from ("budget reforms").
    private static bool EndsUtterance(string text, QuoteExtractor.Pending rule)
    {
        var i = rule.Parts[^1].End;
        while (i < text.Length && text[i] is ' ' && i < rule.Parts[^1].End + 1)
        {
            i++;
        }

        return (rule.Parts[^1].End > 0 && text[rule.Parts[^1].End - 1] is '.' or '!' or '?' or ',') || (i < text.Length && text[i] is ',' or '.' or '!' or '?');
    }

    // Does the tagged content start with words before the quoted runs it covers ("that Clinton “is …”")?
    private static bool WordsOutside(string text, List<QuoteToken> tokens, int first, int last, List<QuoteExtractor.Pending> covered)
    {
        var open = covered.Min(r => r.Order);
        for (var i = first; i <= last && tokens[i].Start < open; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private static List<(AttributionPart Part, int First, int Last)> Spans(AttributionTag[] tags)
    {
        var result = new List<(AttributionPart, int, int)>();
        var i = 0;
        while (i < tags.Length)
        {
            var tag = tags[i];
            if (tag is AttributionTag.SourceBegin or AttributionTag.CueBegin or AttributionTag.ContentBegin)
            {
                var j = i + 1;
                while (j < tags.Length && tags[j] == tag + 1)
                {
                    j++;
                }

                var part = tag == AttributionTag.SourceBegin ? AttributionPart.Source : tag == AttributionTag.CueBegin ? AttributionPart.Cue : AttributionPart.Content;
                result.Add((part, i, j - 1));
                i = j;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    // The cue nearest the content, before it ("…,” said X. “…”) or after it in the same sentence, then the source nearest that cue.
    private static (TextSpan? Cue, SourcePhrase? Source) Attribution(string text, List<QuoteToken> tokens, List<(AttributionPart Part, int First, int Last)> spans, int first, int last, int contentLast)
    {
        (int First, int Last)? cue = null;
        var best = MaxCueGap + 1;
        foreach (var (part, f, l) in spans)
        {
            if (part != AttributionPart.Cue)
            {
                continue;
            }

            var gap = l < first ? first - l : f > last ? f - last : 0;
            if (gap < best && (f <= last || !PlainSentenceEndBetween(text, tokens, Math.Max(last, contentLast), f)))
            {
                best = gap;
                cue = (f, l);
            }
        }

        if (cue is not { } c)
        {
            return (null, null);
        }

        (int First, int Last)? source = null;
        best = MaxCueGap + 1;
        foreach (var (part, f, l) in spans)
        {
            if (part != AttributionPart.Source)
            {
                continue;
            }

            var gap = l < c.First ? c.First - l : f > c.Last ? f - c.Last : 0;
            if (gap < best && !CrossesSentence(text, tokens, l < c.First ? l : c.Last, l < c.First ? c.First : f))
            {
                best = gap;
                source = (f, l);
            }
        }

        var cueSpan = new TextSpan(tokens[c.First].Start, tokens[c.Last].End);
        return (cueSpan, source is { } s ? Phrase(text, tokens, s.First, s.Last) : null);
    }

    // Is there a sentence end strictly between tokens a and b? A source, its cue and its content share a sentence:
    // "The department reported …. There is a widespread view that …" gives the view no speaker.
    private static bool CrossesSentence(string text, List<QuoteToken> tokens, int a, int b)
    {
        for (var i = a + 1; i < b; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] is '.' or '!' or '?' && !SourceParser.IsAbbreviationDot(text, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    // A full stop, question or exclamation mark strictly between tokens a and b that surely ends a sentence: after a
    // lower-case word and before a capital, perhaps after an opening quote mark ("… is very thoughtful. Several weeks
    // ago …", "… could save. “I’ll open …"), not after a title or initials ("Rep.", "(R-Ore.)", "p.m.").
    private static bool PlainSentenceEndBetween(string text, List<QuoteToken> tokens, int a, int b)
    {
        for (var i = a + 1; i < b; i++)
        {
            if (tokens[i].Kind != TokenKind.Punct || text[tokens[i].Start] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var word = tokens[i - 1].Of(text);
            var next = i + 1;
            while (next < b && tokens[next].Kind == TokenKind.QuoteMark)
            {
                next++; // … could save. “I’ll open again,” she said.
            }

            if (tokens[i - 1].Kind == TokenKind.Word && word.Length >= 2 && char.IsLower(word[0]) && !word.Contains('.')
                && next < b && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Start]))
            {
                return true;
            }
        }

        return false;
    }

    // Where the rules and the tagger found the same source, the tagger's extent (it learned PolNeAR's: "Dana Kirrane,
    // the region's minister" or just "Kirrane") with the rules' reading of it, so the resolved speaker stays the rules'.
    private static void PreferTaggedExtent(QuoteExtractor.Pending rule, SourcePhrase? tagged)
    {
        if (rule.Source is { } found && tagged is not null && found.Span != tagged.Span && found.Span.Start < tagged.Span.End && tagged.Span.Start < found.Span.End)
        {
            rule.Source = found with { Span = tagged.Span };
        }
    }

    // "that …", "to …", "whether …": a clause, not the bare object of a verb.
    private static bool IsClause(ReadOnlySpan<char> first) =>
        first is "that" or "to" or "whether" or "if" or "how" or "why" or "what" or "when" or "who";

    // A cue the rules know ("said", "according to", "told") or a colon.
    private static bool IsSpeechCue(string text, List<QuoteToken> tokens, TextSpan? cue)
    {
        if (cue is not { } c)
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < c.Start)
            {
                continue;
            }

            if (tokens[i].Start >= c.End)
            {
                break;
            }

            if (Cues.Match(text, tokens, i, tokens.Count) > 0 || SourceParser.IsPunct(text, tokens[i], ':'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A tagged source as a source phrase: parsed like the rules parse one, with the tagged span.</summary>
    private static SourcePhrase Phrase(string text, List<QuoteToken> tokens, int first, int last)
    {
        var span = new TextSpan(tokens[first].Start, tokens[last].End);
        var phrase = SourceParser.Right(text, tokens, first, last + 1) ?? SourceParser.Classify(text, tokens, first, last);
        if (phrase is not null)
        {
            return phrase with { Span = span };
        }

        var head = tokens[last].Of(text).ToString().ToLowerInvariant();
        return new SourcePhrase(span, SourceKind.Description, null, null, null, head, false);
    }
}
