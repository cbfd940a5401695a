using Corroborate.Documents;
using Corroborate.Text;

namespace Corroborate.Quotes;

/// <summary>
/// Reported speech without quote marks: "X said (that) …", "X told reporters …", "…, X said.",
/// "according to X, …" and "…, according to X."
/// </summary>
internal static class Indirect
{
    public static void Find(string text, ParagraphView para, HashSet<int> usedCues, List<QuoteExtractor.Pending> into)
    {
        var t = para.Tokens;
        foreach (var sentence in para.Sentences(text))
        {
            var s0 = para.TokenAt(sentence.Start);
            var s1 = para.TokenAt(sentence.End);
            var end = s1;
            while (end > s0 && (t[end - 1].Kind == TokenKind.QuoteMark || SourceParser.IsBoundary(text, t[end - 1])))
            {
                end--;
            }

            // "…, the department said Friday." names the speaker of the whole sentence: it comes before any verb inside it.
            var final = -1;
            for (var c = end - 1; c > s0; c--)
            {
                if (IsCue(text, para, t, c, end, usedCues) is var length && length > 0)
                {
                    var found = length == 2 ? According(text, t, s0, c, end) : Verb(text, t, s0, c, end);
                    if (found is { } f && f.Last < c && Add(text, para, t, c, length, found, usedCues, into) is not null)
                    {
                        final = c;
                    }

                    break;
                }
            }

            if (final >= 0)
            {
                continue;
            }

            for (var c = s0; c < end; c++)
            {
                var length = IsCue(text, para, t, c, end, usedCues);
                if (length == 0)
                {
                    continue;
                }

                var found = length == 2 ? According(text, t, s0, c, end) : Verb(text, t, s0, c, end);
                if (Add(text, para, t, c, length, found, usedCues, into) is { } last && last > c)
                {
                    break; // the rest of the sentence is this statement's content
                }
            }
        }
    }

    private static int IsCue(string text, ParagraphView para, List<QuoteToken> t, int c, int end, HashSet<int> usedCues)
    {
        var length = Cues.Match(text, t, c, end);
        if (length == 0 || usedCues.Contains(t[c].Start) || para.IsInRun(c) || Lexicon.Contains(Lexicon.QuoteOnlyCues, t[c].Of(text))
            || SourceParser.IsAttributive(text, t, c, 0))
        {
            return 0;
        }

        return length;
    }

    // Adds the statement of the cue at token c, if it has one; returns its last content token.
    private static int? Add(string text, ParagraphView para, List<QuoteToken> t, int c, int length, (SourcePhrase Source, int First, int Last)? found,
        HashSet<int> usedCues, List<QuoteExtractor.Pending> into)
    {
        if (found is not { } f)
        {
            return null;
        }

        var (source, first, last) = f;
        if (last - first < 2 || HasRun(para, first, last) || t[first].Kind == TokenKind.QuoteMark)
        {
            return null;
        }

        usedCues.Add(t[c].Start);
        into.Add(new QuoteExtractor.Pending
        {
            Kind = QuoteKind.Indirect,
            Parts = [new TextSpan(t[first].Start, t[last].End)],
            Cue = new TextSpan(t[c].Start, t[c + length - 1].End),
            Source = source,
            Paragraph = para.Index,
            LastParagraph = para.Index,
            Order = Math.Min(source.Span.Start, t[first].Start),
            WordCount = QuoteExtractor.CountWords(text, new TextSpan(t[first].Start, t[last].End)),
        });
        return last;
    }

    private static bool HasRun(ParagraphView para, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (para.IsInRun(i))
            {
                return true;
            }
        }

        return false;
    }

    private static (SourcePhrase Source, int First, int Last)? According(string text, List<QuoteToken> t, int s0, int c, int end)
    {
        var source = SourceParser.Right(text, t, c + 2, end);
        if (source is null)
        {
            return null;
        }

        if (c == s0 || (c == s0 + 1 && t[s0].Of(text) is "But" or "And" or "Yet"))
        {
            var k = c + 2;
            while (k < end && t[k].Start < source.Span.End)
            {
                k++;
            }

            if (k < end && SourceParser.IsPunct(text, t[k], ','))
            {
                return (source, k + 1, end - 1);
            }

            return null;
        }

        if (c > s0 + 2 && SourceParser.IsPunct(text, t[c - 1], ','))
        {
            return (source, s0, c - 2);
        }

        return null;
    }

    private static (SourcePhrase Source, int First, int Last)? Verb(string text, List<QuoteToken> t, int s0, int c, int end)
    {
        // "…, said Dana Kirrane, the county engineer." (the statement first, the speaker after the verb).
        if (c > s0 + 2 && SourceParser.IsPunct(text, t[c - 1], ',') && SourceParser.Right(text, t, c + 1, end) is { } after)
        {
            var rest = c + 1;
            while (rest < end && t[rest].Start < after.Span.End)
            {
                rest++;
            }

            while (rest < end && t[rest].Kind == TokenKind.Word && IsTimeWord(t[rest].Of(text)))
            {
                rest++;
            }

            if (rest >= end)
            {
                return (after, s0, c - 2);
            }
        }

        var source = SourceParser.Left(text, t, c, s0);
        if (source is null)
        {
            return null;
        }

        var sourceFirst = c - 1;
        while (sourceFirst > s0 && t[sourceFirst - 1].Start >= source.Span.Start)
        {
            sourceFirst--;
        }

        // "…, X said." (the statement comes first).
        var k = c + 1;
        while (k < end && t[k].Kind == TokenKind.Word && IsTimeWord(t[k].Of(text)))
        {
            k++;
        }

        if (k >= end)
        {
            if (sourceFirst - 1 > s0 + 2 && SourceParser.IsPunct(text, t[sourceFirst - 1], ','))
            {
                return (source, s0, sourceFirst - 2);
            }

            return null;
        }

        // "…, his office said on Monday on the eve of the summit.": after a comma, a cue followed by a phrase of time or
        // place (no "that") ends the statement that came before it.
        if (sourceFirst - 1 > s0 + 2 && SourceParser.IsPunct(text, t[sourceFirst - 1], ',') && c + 1 < end
            && t[c + 1].Of(text) is "on" or "in" or "at" or "during" or "after" or "before" or "late" or "earlier" or "while" && !HasThat(text, t, c + 1, end))
        {
            return (source, s0, sourceFirst - 2);
        }

        if (source.Span.Start < t[s0].Start)
        {
            return null;
        }

        // "X said (on Friday) (that) …", "X told reporters (that) …".
        k = c + 1;
        var that = -1;
        for (var j = k; j < end && j < k + 7; j++)
        {
            if (t[j].Kind != TokenKind.Word)
            {
                break;
            }

            if (t[j].Of(text) is "that")
            {
                that = j;
                break;
            }
        }

        if (that >= 0)
        {
            k = that + 1;
        }
        else if (Lexicon.Contains(Lexicon.ObjectCues, t[c].Of(text)))
        {
            var obj = SourceParser.Right(text, t, k, end);
            if (t[k].Of(text) is "reporters" or "journalists" or "me" or "us" or "them" or "him" or "her")
            {
                k++;
            }
            else if (obj is not null)
            {
                while (k < end && t[k].Start < obj.Span.End)
                {
                    k++;
                }
            }
            else
            {
                return null;
            }
        }

        // "said Thursday it will …": the day the words were said is not part of them.
        while (k + 1 < end && t[k].Kind == TokenKind.Word && IsDayWord(t[k].Of(text)) && t[k + 1].Kind == TokenKind.Word)
        {
            k++;
        }

        if (k >= end || t[k].Kind is not (TokenKind.Word or TokenKind.Number) || SourceParser.IsPunct(text, t[k], ','))
        {
            return null;
        }

        return (source, k, end - 1);
    }

    private static bool HasThat(string text, List<QuoteToken> t, int from, int end)
    {
        for (var j = from; j < end && j < from + 8; j++)
        {
            if (t[j].Of(text) is "that")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDayWord(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "yesterday" or "today" or "tonight";

    private static bool IsTimeWord(ReadOnlySpan<char> w) =>
        w is "on" or "in" or "at" or "late" or "earlier" or "later" or "yesterday" or "today" or "tonight" or "a" or "statement"
            or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "morning" or "afternoon"
            or "evening" or "night" or "last" or "week" or "this" or "the" or "interview" or "briefing" or "news" or "conference";
}
