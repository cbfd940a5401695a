using Corroborate.Documents;
using Corroborate.Text;

namespace Corroborate.Figures;

/// <summary>
/// Finds the figures of an article: numbers in digits and words, with scales, ranges, qualifiers,
/// percentages, money and units, what they count, who gave them and when. Dates, clock times, years,
/// ordinals and names with numbers in them ("RH-45", "R62", "7th Regiment") are not figures; ages are
/// kept but marked.
/// </summary>
/// <remarks>
/// A hand-written scanner over tokens of each sentence; the text is never copied per token. Thread-safe:
/// every call works on its own state.
/// </remarks>
public static class FigureExtractor
{
    /// <summary>Extracts the figures of <paramref name="doc"/>'s cleaned text; the language in its metadata picks the separators.</summary>
    public static List<Figure> Extract(NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return Extract(doc.Text, doc.Paragraphs, doc.Metadata.Language);
    }

    /// <summary>Extracts the figures of <paramref name="text"/>, paragraph by paragraph.</summary>
    /// <param name="text">The cleaned text.</param>
    /// <param name="paragraphs">Paragraph spans into the text; the whole text is one paragraph when empty.</param>
    /// <param name="language">Language code: German (<c>de</c>) reads "35.000" as thirty-five thousand and "1,5" as one and a half.</param>
    public static List<Figure> Extract(string text, IReadOnlyList<TextSpan> paragraphs, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var scanner = new FigureScanner(text, IsGerman(language));
        var figures = new List<Figure>();
        if (paragraphs.Count == 0)
        {
            scanner.ScanParagraph(new TextSpan(0, text.Length), 0, figures);
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            scanner.ScanParagraph(paragraphs[p], p, figures);
        }

        return figures;
    }

    /// <summary>Extracts the figures of one piece of text (a sentence, a headline).</summary>
    public static List<Figure> Extract(string text, string? language = null) =>
        Extract(text, [new TextSpan(0, text?.Length ?? 0)], language);

    private static bool IsGerman(string? language) =>
        language is { Length: >= 2 } && (language[0] is 'd' or 'D') && (language[1] is 'e' or 'E') && (language.Length == 2 || language[2] is '-' or '_');
}

/// <summary>The scanner's state for one document: the text, the tokens of the current sentence.</summary>
internal sealed class FigureScanner
{
    private readonly string _text;
    private readonly bool _german;
    private readonly List<Token> _tokens = new(64);
    private TextSpan _sentence;
    private int _paragraphIndex;

    public FigureScanner(string text, bool german)
    {
        _text = text;
        _german = german;
    }

    public void ScanParagraph(TextSpan paragraph, int index, List<Figure> into)
    {
        _paragraphIndex = index;
        foreach (var sentence in SentenceSplitter.Split(_text, paragraph))
        {
            _sentence = sentence;
            FigureTokenizer.Tokenize(_text, sentence.Start, sentence.End, _tokens);
            ScanSentence(into);
        }
    }

    private ReadOnlySpan<char> T(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool Is(int i, string word) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && T(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, char c) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Symbol && _text[_tokens[i].Start] == c;

    private bool IsDash(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Symbol && _text[_tokens[i].Start] is '-' or '–' or '—' or '‑';

    private bool Adjacent(int a, int b) => a >= 0 && b < _tokens.Count && _tokens[a].End == _tokens[b].Start;

    private bool IsKind(int i, TokenKind kind) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == kind;

    private bool IsLowerWord(int i) => IsKind(i, TokenKind.Word) && char.IsLower(_text[_tokens[i].Start]);

    private bool IsCapitalWord(int i) => IsKind(i, TokenKind.Word) && char.IsUpper(_text[_tokens[i].Start]);

    private void ScanSentence(List<Figure> into)
    {
        var i = 0;
        while (i < _tokens.Count)
        {
            var token = _tokens[i];
            var candidate = token.Kind switch
            {
                TokenKind.Number => true,
                TokenKind.Word => IsNumberWordStart(i) || FigureUnits.CurrencySymbol(T(i)) is not null && i + 1 < _tokens.Count,
                _ => FigureUnits.CurrencySymbol(T(i)) is not null || _text[token.Start] is '½' or '¼' or '¾' or '⅓' or '-' or '−',
            };
            if (!candidate)
            {
                i++;
                continue;
            }

            var before = into.Count;
            var next = TryFigure(i, into, conversion: false);
            if (next <= i)
            {
                i++;
                continue;
            }

            for (var f = before; f < into.Count; f++)
            {
                into[f] = Complete(into[f]);
            }

            i = next;
        }
    }

    private bool IsNumberWordStart(int i)
    {
        if (!IsKind(i, TokenKind.Word))
        {
            return false;
        }

        var word = T(i);
        if (FigureLexicon.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
        {
            return true;
        }

        if (FigureLexicon.VaguePlurals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || word.Equals("tens", StringComparison.OrdinalIgnoreCase))
        {
            return Is(i + 1, "of");
        }

        return (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            && IsKind(i + 1, TokenKind.Word) && T(i + 1) is var n
            && (n.Equals("hundred", StringComparison.OrdinalIgnoreCase) || n.Equals("thousand", StringComparison.OrdinalIgnoreCase)
                || n.Equals("million", StringComparison.OrdinalIgnoreCase) || n.Equals("billion", StringComparison.OrdinalIgnoreCase)
                || n.Equals("dozen", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The parts of one number as read: value, where it ends, and what it looked like.</summary>
    private struct NumberRead
    {
        public double Value;
        public double Upper;     // vague plurals: top of the range
        public int Next;         // first token after the number (and its scale)
        public bool Words;       // written in words
        public bool Integer;
        public bool Separators;  // thousands separators or a decimal point
        public int Digits;       // digits of a plain integer
        public bool Scaled;      // million, bn, k ...
        public bool Vague;       // hundreds of
        public bool Reject;      // not a figure: skip to Next
    }

    /// <summary>Reads a figure starting at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/> when there is none.</summary>
    private int TryFigure(int i, List<Figure> into, bool conversion)
    {
        var start = i;
        FigureUnit? currency = null;
        var negative = false;
        // Currency before the number: "$", "€", "US$", "EUR 5".
        if (_tokens[i].Kind == TokenKind.Word && i + 2 < _tokens.Count && IsSymbol(i + 1, '$') && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2)
            && FigureUnits.CurrencySymbol(_text.AsSpan(_tokens[i].Start, _tokens[i + 1].End - _tokens[i].Start)) is { } combined)
        {
            currency = combined;
            i += 2;
        }
        else if (FigureUnits.CurrencySymbol(T(i)) is { } sign && i + 1 < _tokens.Count && (_tokens[i + 1].Kind == TokenKind.Number || IsNumberWordStart(i + 1)))
        {
            if (_tokens[i].Kind == TokenKind.Word && IsKind(i - 1, TokenKind.Word) && Adjacent(i - 1, i))
            {
                return start;
            }

            currency = sign;
            i++;
        }

        if (IsKind(i, TokenKind.Symbol) && _text[_tokens[i].Start] is '-' or '−' && IsKind(i + 1, TokenKind.Number) && Adjacent(i, i + 1)
            && (i == 0 || !Adjacent(i - 1, i) || IsSymbol(i - 1, '(') || IsSymbol(i - 1, '$')))
        {
            negative = true;
            i++;
        }

        if (i >= _tokens.Count)
        {
            return start;
        }

        var number = ReadNumber(i, currency is not null);
        if (number.Reject)
        {
            return Math.Max(number.Next, start + 1);
        }

        if (number.Next <= i)
        {
            return start;
        }

        if (negative)
        {
            number.Value = -number.Value;
        }

        var p = number.Next;
        var value = number.Value;
        double? upper = number.Vague ? number.Upper : null;
        var qualifier = number.Vague ? FigureQualifier.Several : FigureQualifier.Exact;
        var kind = FigureKind.Count;
        var isAge = false;
        var hyphenated = false;
        // The whole span of the figure's text, in token indices [first, last).
        var first = start;

        // Glued currency after the number: "15€".
        if (currency is null && IsKind(p, TokenKind.Symbol) && Adjacent(p - 1, p) && FigureUnits.CurrencySymbol(T(p)) is { } after)
        {
            currency = after;
            p++;
        }

        FigureUnit? unit = currency;
        if (unit is null)
        {
            var u = ReadUnit(p, number, out var unitNext, out hyphenated, out isAge);
            if (u is not null)
            {
                unit = u;
                p = unitNext;
            }
        }
        else if (FigureUnits.CurrencyWord(IsKind(p, TokenKind.Word) ? T(p) : default) is not null)
        {
            p++; // "$5 dollars": the word repeats the sign
        }

        // Ranges: "10-15", "10 to 15", "between 10 and 15", "8- to 16-meter", "€2m-€3m".
        var between = Is(start - 1, "between") || Is(start - 1, "zwischen");
        var fromChange = Is(start - 1, "from") && (FigureLexicon.Contains(FigureLexicon.ChangeVerbs, PreviousWord(start - 1)) || Is(start - 2, "up") || Is(start - 2, "down"));
        if (!number.Vague && !fromChange && !conversion)
        {
            var r = p;
            var connector = false;
            var to = false;
            if (IsDash(r) && Is(r + 1, "to"))
            {
                r += 2;
                connector = to = true;
            }
            else if (IsDash(r) && (IsKind(r + 1, TokenKind.Number) || (IsKind(r + 1, TokenKind.Symbol) && currency is not null)) && (!hyphenated || unit is null))
            {
                r += 1;
                connector = true;
            }
            else if (Is(r, "to") || Is(r, "bis"))
            {
                r += 1;
                connector = to = true;
            }
            else if (between && (Is(r, "and") || Is(r, "und")))
            {
                r += 1;
                connector = true;
            }

            if (connector && r < _tokens.Count)
            {
                var r0 = r;
                if (currency is not null && FigureUnits.CurrencySymbol(T(r)) is not null)
                {
                    r++;
                }

                var secondNegative = false;
                if (IsKind(r, TokenKind.Symbol) && _text[_tokens[r].Start] is '-' or '−' && IsKind(r + 1, TokenKind.Number) && Adjacent(r, r + 1))
                {
                    secondNegative = true;
                    r++;
                }

                var second = r < _tokens.Count && (_tokens[r].Kind == TokenKind.Number || IsNumberWordStart(r)) ? ReadNumber(r, currency is not null) : default;
                if (r < _tokens.Count && !second.Reject && second.Next > r && !second.Vague && r0 <= r)
                {
                    if (secondNegative)
                    {
                        second.Value = -second.Value;
                    }

                    var q = second.Next;
                    FigureUnit? secondUnit = null;
                    var secondHyphen = false;
                    var secondAge = false;
                    if (currency is null)
                    {
                        secondUnit = ReadUnit(q, second, out var secondUnitNext, out secondHyphen, out secondAge);
                        if (secondUnit is not null)
                        {
                            q = secondUnitNext;
                        }
                    }

                    var compatible = unit is null || secondUnit is null || unit.Dimension == secondUnit.Dimension;
                    if (compatible)
                    {
                        // "2 to 3 million": the scale of the second applies to the first.
                        if (second.Scaled && !number.Scaled && number.Value < second.Value && second.Value / number.Value >= 10)
                        {
                            var scale = second.Value / ReadNumber(r, currency is not null, scaleless: true).Value;
                            value *= scale;
                        }

                        var bothCounts = (unit ?? secondUnit) is null;
                        if (to && !between && bothCounts && number.Integer && second.Integer && number.Value > second.Value)
                        {
                            qualifier = FigureQualifier.Score;
                        }
                        else if (to && !between && bothCounts && Is(start - 1, "from"))
                        {
                            // "from 7 to 10" without a verb of change reads as a range.
                            qualifier = FigureQualifier.Range;
                        }
                        else
                        {
                            qualifier = FigureQualifier.Range;
                        }

                        upper = second.Value;
                        unit ??= secondUnit;
                        hyphenated = hyphenated || secondHyphen;
                        isAge = isAge || secondAge;
                        p = q;
                        if (between)
                        {
                            first = start - 1;
                        }
                    }
                }
            }
        }

        // Votes: "by 27 votes to 14".
        if (unit is null && qualifier == FigureQualifier.Exact && IsKind(p, TokenKind.Word) && (Is(p, "votes") || Is(p, "seats")) && Is(p + 1, "to")
            && IsKind(p + 2, TokenKind.Number))
        {
            var second = ReadNumber(p + 2, false);
            if (!second.Reject && second.Integer)
            {
                qualifier = FigureQualifier.Score;
                upper = second.Value;
                var countedStart = p;
                p = second.Next;
                unit ??= FigureUnit.Count;
                into.Add(Build(first, p, value, upper, unit, qualifier, FigureKind.Count, countedStart, countedStart + 1, conversion, false));
                return p;
            }
        }

        // Suffixed qualifiers: "12,000-plus", "40,000+", "or more", "or so", "-odd".
        if (IsDash(p) && Adjacent(p - 1, p) && (Is(p + 1, "plus") || Is(p + 1, "odd")) && qualifier == FigureQualifier.Exact)
        {
            qualifier = Is(p + 1, "plus") ? FigureQualifier.AtLeast : FigureQualifier.About;
            p += 2;
        }
        else if (IsSymbol(p, '+') && Adjacent(p - 1, p) && qualifier == FigureQualifier.Exact)
        {
            qualifier = FigureQualifier.AtLeast;
            p++;
        }
        else if (Is(p, "or") && (Is(p + 1, "more") || Is(p + 1, "so")) && qualifier == FigureQualifier.Exact)
        {
            qualifier = Is(p + 1, "more") ? FigureQualifier.AtLeast : FigureQualifier.About;
            p += 2;
        }

        // "a 900-strong crew": what is counted follows.
        var strong = false;
        if (unit is null && IsDash(p) && Adjacent(p - 1, p) && Is(p + 1, "strong"))
        {
            strong = true;
            p += 2;
        }

        // Qualifier words before the number.
        if (qualifier is FigureQualifier.Exact or FigureQualifier.Range && !between)
        {
            var (q, length) = QualifierBefore(start);
            if (length > 0)
            {
                if (qualifier == FigureQualifier.Exact)
                {
                    qualifier = q;
                }

                first = start - length;
            }
        }

        unit ??= FigureUnit.Count;
        if (isAge || IsAge(start, p, number, unit))
        {
            kind = FigureKind.Age;
        }
        else if (unit == FigureUnits.Percent || unit == FigureUnits.PercentagePoint)
        {
            kind = FigureKind.Percentage;
        }
        else if (FigureUnits.IsCurrency(unit))
        {
            kind = FigureKind.Money;
        }
        else if (unit != FigureUnit.Count)
        {
            kind = FigureKind.Measurement;
        }

        // A bare "one" or "zero" is a pronoun or a word, not a figure; so is a lone "a dozen" of nothing.
        if (kind == FigureKind.Count && number.Words && !number.Scaled && qualifier is not (FigureQualifier.Range or FigureQualifier.Score) && value is 1 or 0)
        {
            return number.Next;
        }

        if (conversion)
        {
            into.Add(Build(first, p, value, upper, unit, qualifier, kind, -1, -1, true, fromChange));
            return p;
        }

        // A bracketed conversion right after: "2,000-kilometre (1,240-mile) pipeline".
        var conversionIndex = -1;
        if (kind == FigureKind.Measurement && IsSymbol(p, '(') && p + 1 < _tokens.Count)
        {
            var mark = into.Count;
            var bracketEnd = TryFigure(p + 1, into, conversion: true);
            if (bracketEnd > p + 1 && into.Count == mark + 1 && into[mark].Unit.Dimension == unit.Dimension && IsSymbol(bracketEnd, ')'))
            {
                conversionIndex = mark;
                p = bracketEnd + 1;
            }
            else
            {
                into.RemoveRange(mark, into.Count - mark);
            }
        }

        var (countedFirst, countedEnd) = kind == FigureKind.Age ? (-1, -1) : CountedNoun(p, kind, number.Vague || strong || IsDozen(number, start), hyphenated || strong);
        var figure = Build(first, p, value, upper, unit, qualifier, kind, countedFirst, countedEnd, false, fromChange);
        if (conversionIndex >= 0)
        {
            var converted = into[conversionIndex] with { Counted = figure.Counted, CountedSpan = figure.CountedSpan };
            into.RemoveAt(conversionIndex);
            into.Add(figure);
            into.Add(converted);
        }
        else
        {
            into.Add(figure);
        }

        return Math.Max(p, countedFirst >= 0 && strong ? countedEnd : p);
    }

    private bool IsDozen(NumberRead number, int start) => number.Words && (Is(number.Next - 1, "dozen") || Is(start, "dozen"));

    private ReadOnlySpan<char> PreviousWord(int i) => IsKind(i - 1, TokenKind.Word) ? T(i - 1) : default;

    /// <summary>Reads a number in digits or words at <paramref name="i"/>, with its scale; marks dates, times, ordinals and names as rejected.</summary>
    private NumberRead ReadNumber(int i, bool money, bool scaleless = false)
    {
        var read = new NumberRead { Next = i };
        var token = _tokens[i];
        if (token.Kind == TokenKind.Word)
        {
            return ReadWords(i, scaleless);
        }

        if (token.Kind == TokenKind.Symbol)
        {
            var fraction = Fraction(_text[token.Start]);
            if (fraction > 0 && !(IsKind(i - 1, TokenKind.Number) && Adjacent(i - 1, i)))
            {
                read.Value = fraction;
                read.Next = i + 1;
                return read;
            }

            return read;
        }

        // Glued to a word before: "A320", "R62", "J1149.5"; or a code "RH-45", "F-16", "COVID-19".
        if (IsKind(i - 1, TokenKind.Word) && Adjacent(i - 1, i) || IsDash(i - 1) && Adjacent(i - 1, i) && IsKind(i - 2, TokenKind.Word) && Adjacent(i - 2, i - 1)
            && (char.IsUpper(_text[_tokens[i - 2].Start]) || IsKind(i - 3, TokenKind.Symbol) && Adjacent(i - 3, i - 2))
            || IsKind(i - 1, TokenKind.Symbol) && Adjacent(i - 1, i) && _text[_tokens[i - 1].Start] is '#' or '/' or ':' or '.' or '@' or '_' or '№'
            || IsKind(i - 1, TokenKind.Number) && Adjacent(i - 1, i))
        {
            return Rejected(i);
        }

        var digits = T(i);
        if (!ParseDigits(digits, _german, out var value, out var integer, out var separators))
        {
            return Rejected(i);
        }

        read.Value = value;
        read.Integer = integer;
        read.Separators = separators;
        read.Digits = separators ? 0 : digits.Length;
        var next = i + 1;

        // Clock times "11:40", dates "20/02/2026", "2026-02-20"; fractions "1/4", "2 1/2".
        if (IsSymbol(next, ':') && Adjacent(i, next) && IsKind(next + 1, TokenKind.Number) && Adjacent(next, next + 1))
        {
            return Rejected(next + 1);
        }

        if (IsSymbol(next, '/') && Adjacent(i, next) && IsKind(next + 1, TokenKind.Number) && Adjacent(next, next + 1))
        {
            if (integer && !separators && ParseDigits(T(next + 1), _german, out var denominator, out var denominatorInteger, out _) && denominatorInteger
                && value < denominator && denominator > 0 && !(IsSymbol(next + 2, '/') && Adjacent(next + 1, next + 2)))
            {
                read.Value = value / denominator;
                read.Integer = false;
                read.Separators = true;
                read.Next = next + 2;
                return read;
            }

            return Rejected(next + 1);
        }

        if (integer && !separators && IsKind(next, TokenKind.Number) && next + 1 < _tokens.Count && IsSymbol(next + 1, '/') && Adjacent(next, next + 1)
            && _tokens[next].Start == token.End + 1 && ParseDigits(T(next), _german, out var numerator, out _, out _)
            && IsKind(next + 2, TokenKind.Number) && Adjacent(next + 1, next + 2) && ParseDigits(T(next + 2), _german, out var denom, out _, out _)
            && numerator < denom && denom > 0)
        {
            read.Value = value + numerator / denom;
            read.Integer = false;
            read.Separators = true;
            next += 3;
        }
        else if (IsKind(next, TokenKind.Symbol) && Adjacent(i, next) && Fraction(_text[_tokens[next].Start]) is var f and > 0)
        {
            read.Value = value + f;
            read.Integer = false;
            read.Separators = true;
            next++;
        }
        else if (integer && !separators && digits.Length <= 3 && IsKind(next, TokenKind.Number) && _tokens[next].Start == token.End + 1
                 && _text[token.End] is ' ' or '\u00A0' && _tokens[next].Length == 3 && !Is(next + 1, "and") && !IsDash(next + 1))
        {
            // "10 000": a space as the thousands separator (only a plain three-digit group follows).
            while (IsKind(next, TokenKind.Number) && _tokens[next].Length == 3 && _tokens[next].Start == _tokens[next - 1].End + 1
                   && ParseDigits(T(next), false, out var group, out var groupInteger, out var groupSeparators) && groupInteger && !groupSeparators)
            {
                read.Value = read.Value * 1000 + group;
                read.Separators = true;
                next++;
            }
        }

        // Dates: "20 February 2026", "Feb. 16", "16th of March".
        if (IsMonth(i - 1) || IsSymbol(i - 1, '.') && IsMonth(i - 2) || IsMonth(next) || Is(next, "of") && IsMonth(next + 1))
        {
            return Rejected(next);
        }

        // Glued word after: ordinal, decade, scale, unit, time; anything else makes a code ("06F6", "860BOX").
        if (IsKind(next, TokenKind.Word) && Adjacent(next - 1, next))
        {
            var suffix = T(next);
            if (suffix is "st" or "nd" or "rd" or "th" or "s" or "er" or "ST" or "ND" or "RD" or "TH" || suffix.Equals("am", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase) && (read.Integer || read.Digits == 0 && TwoDecimals(digits)))
            {
                return Rejected(next + 1);
            }

            var scale = FigureUnits.Scale(suffix);
            if (suffix is "m" or "M" or "B" or "T" && money)
            {
                scale = suffix is "m" or "M" ? 1e6 : suffix is "B" ? 1e9 : 1e12;
            }

            if (scale > 0)
            {
                read.Value *= scale;
                read.Scaled = true;
                read.Next = next + 1;
                return read;
            }

            if (!IsGluedUnit(next))
            {
                return Rejected(next + 1);
            }
        }

        // "11 a.m.", "3 p.m.", "2 pm", "3 o'clock", "14 Uhr".
        if (IsClock(next, read))
        {
            return Rejected(next + 1);
        }

        // Years and decades: "in 1968", "the 2015 accord", "2013-14".
        if (read.Integer && !read.Separators && digits.Length == 4 && value is >= 1000 and <= 2100 && !money && IsYear(i, next))
        {
            var end = next;
            while (IsDash(end) && IsKind(end + 1, TokenKind.Number) && Adjacent(end, end + 1))
            {
                end += 2;
            }

            return Rejected(end);
        }

        // "Voyager 2", "Route 66", "English 101": a name with a number.
        if (read.Integer && !read.Separators && !money && IsCapitalWord(i - 1) && !Adjacent(i - 1, i) && IsNameWord(i - 1) && !StartsUnit(next))
        {
            return Rejected(next);
        }

        // "No. 10".
        if (IsSymbol(i - 1, '.') && (Is(i - 2, "No") || Is(i - 2, "Nr")))
        {
            return Rejected(next);
        }

        read.Next = next;
        // Scale words: "1.5 million", "2 billion", "40 thousand", "3,2 Milliarden", "2 Mio.".
        if (!scaleless && IsKind(next, TokenKind.Word) && FigureUnits.Scale(T(next)) is var s and > 0 && T(next).Length > 1 && !T(next).Equals("k", StringComparison.OrdinalIgnoreCase))
        {
            read.Value *= s;
            read.Scaled = true;
            read.Next = next + 1 + (IsSymbol(next + 1, '.') && Adjacent(next, next + 1) && (Is(next, "Mio") || Is(next, "Mrd")) ? 1 : 0);
        }

        return read;
    }

    private static bool TwoDecimals(ReadOnlySpan<char> digits)
    {
        var dot = digits.IndexOf('.');
        return dot >= 0 && digits.Length - dot - 1 == 2;
    }

    private NumberRead Rejected(int next) => new() { Reject = true, Next = Math.Min(next, _tokens.Count) };

    private bool IsMonth(int i) => IsCapitalWord(i) && FigureLexicon.Contains(FigureLexicon.Months, T(i));

    private bool IsNameWord(int i)
    {
        var word = T(i);
        if (FigureLexicon.Contains(FigureLexicon.NotNames, word) || FigureLexicon.Contains(FigureLexicon.Months, word)
            || FigureLexicon.Contains(FigureLexicon.Weekdays, word) || FigureLexicon.Contains(FigureLexicon.Titles, word))
        {
            return false;
        }

        foreach (var (words, _) in FigureLexicon.Qualifiers)
        {
            if (word.Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return !FigureLexicon.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) && FigureUnits.CurrencySymbol(word) is null;
    }

    private bool StartsUnit(int i) =>
        i < _tokens.Count && (IsSymbol(i, '%') || IsDash(i) && IsKind(i + 1, TokenKind.Word) && UnitAt(i + 1, out _) is not null
            || IsKind(i, TokenKind.Word) && (UnitAt(i, out _) is not null || FigureUnits.Scale(T(i)) > 0 || FigureUnits.CurrencyWord(T(i)) is not null));

    private bool IsYear(int i, int next)
    {
        if (IsMonth(i - 1) || IsKind(i - 1, TokenKind.Word) && FigureLexicon.Contains(FigureLexicon.YearLeads, T(i - 1)))
        {
            return true;
        }

        if (IsSymbol(next, '\'') || IsSymbol(next, '’'))
        {
            return true;
        }

        // Followed by a lower-case word that is not a conjunction: "2000 people" is a count.
        if (IsLowerWord(next) && !Is(next, "and") && !Is(next, "to") && !Is(next, "or") && !Is(next, "when") && !Is(next, "as") && !Is(next, "in")
            && !Is(next, "was") && !Is(next, "is") && !Is(next, "the") && !Is(next, "at") && !Is(next, "after") && !Is(next, "before"))
        {
            return false;
        }

        return true;
    }

    private bool IsClock(int next, NumberRead read)
    {
        if (IsKind(next, TokenKind.Word))
        {
            var w = T(next);
            if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("p", StringComparison.OrdinalIgnoreCase)) && IsSymbol(next + 1, '.') && Is(next + 2, "m"))
            {
                return true;
            }

            if ((w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase)) && (read.Integer || TwoDecimals(T(next - 1))))
            {
                return true;
            }

            if (w.Equals("o'clock", StringComparison.OrdinalIgnoreCase) || w.Equals("o’clock", StringComparison.OrdinalIgnoreCase) || w is "Uhr" or "GMT" or "UTC" or "BST" or "CET" or "ET" or "EST" or "PST")
            {
                return true;
            }

            if (read.Words && w.Equals("in", StringComparison.OrdinalIgnoreCase) && Is(next + 1, "the") && (Is(next + 2, "morning") || Is(next + 2, "afternoon") || Is(next + 2, "evening")))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGluedUnit(int next)
    {
        var unit = UnitAt(next, out _);
        return unit is not null || FigureUnits.CurrencyWord(T(next)) is not null;
    }

    /// <summary>Reads a number written in words: "seven thousand", "a hundred and two", "twenty-one", "hundreds of", "two and a half".</summary>
    private NumberRead ReadWords(int i, bool scaleless)
    {
        var read = new NumberRead { Next = i, Words = true, Integer = true };
        var first = T(i);
        var vague = FigureLexicon.VaguePlurals.GetAlternateLookup<ReadOnlySpan<char>>();
        if (first.Equals("tens", StringComparison.OrdinalIgnoreCase) && Is(i + 1, "of") && IsKind(i + 2, TokenKind.Word) && vague.TryGetValue(T(i + 2), out var tens))
        {
            read.Value = tens.Low * 5;
            read.Upper = tens.Low * 50 - 1;
            read.Vague = true;
            read.Next = Is(i + 3, "of") ? i + 4 : i + 3;
            return read;
        }

        if (vague.TryGetValue(first, out var range))
        {
            if (!Is(i + 1, "of"))
            {
                return read;
            }

            read.Value = range.Low;
            read.Upper = range.High;
            read.Vague = true;
            // "hundreds of thousands of"
            if (IsKind(i + 2, TokenKind.Word) && vague.TryGetValue(T(i + 2), out var times) && Is(i + 3, "of"))
            {
                read.Value = range.Low * times.Low / 2;
                read.Upper = (range.High + 1) * (times.High + 1) / 2 - 1;
                read.Next = i + 4;
                return read;
            }

            read.Next = i + 2;
            return read;
        }

        var words = FigureLexicon.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        double total = 0;
        double current = 0;
        var any = false;
        var j = i;
        if (Is(j, "a") || Is(j, "an"))
        {
            current = 1;
            j++;
        }

        while (j < _tokens.Count)
        {
            if (_tokens[j].Kind == TokenKind.Word && words.TryGetValue(T(j), out var n))
            {
                if (n == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else if (n >= 1000)
                {
                    if (scaleless && any)
                    {
                        break;
                    }

                    total += (current == 0 ? 1 : current) * n;
                    current = 0;
                    read.Scaled = true;
                }
                else if (n == 12 && Is(j, "dozen"))
                {
                    current = (current == 0 ? 1 : current) * 12;
                }
                else
                {
                    if (any && current % 100 != 0 && !(current % 10 == 0 && current % 100 >= 20 && n < 10))
                    {
                        break; // "two three": two numbers, not one
                    }

                    if (any && current % 100 == 0 && current > 0 && !Is(j - 1, "and") && !IsSymbol(j - 1, '&') && !IsDash(j - 1) && current < 100)
                    {
                        break;
                    }

                    current += n;
                }

                any = true;
                j++;
                // "twenty-one", "a hundred and two", "three million, two hundred & forty"
                if ((IsDash(j) && Adjacent(j - 1, j) || Is(j, "and") || IsSymbol(j, '&') || IsSymbol(j, ',') && total > 0 && current == 0)
                    && IsKind(j + 1, TokenKind.Word) && words.TryGetValue(T(j + 1), out var following) && following < 1000 && !Is(j + 1, "dozen")
                    && !(Is(j, "and") && current == 0 && total == 0))
                {
                    if (Is(j, "and") && current % 100 != 0 && current >= 0 && !(current >= 100))
                    {
                        break; // "two and three" are two numbers
                    }

                    j++;
                }

                continue;
            }

            break;
        }

        if (!any)
        {
            return read;
        }

        read.Value = total + current;
        read.Next = j;
        // "two and a half"
        if (Is(j, "and") && Is(j + 1, "a") && Is(j + 2, "half"))
        {
            read.Value += 0.5;
            read.Integer = false;
            read.Next = j + 3;
        }

        // "1 million" in words after digits never reaches here; "two million" is read above.
        if (!scaleless && IsKind(read.Next, TokenKind.Word) && FigureUnits.Scale(T(read.Next)) is var s and > 0 && T(read.Next).Length > 2 && !read.Scaled)
        {
            read.Value *= s;
            read.Scaled = true;
            read.Next++;
        }

        if (IsClock(read.Next, read))
        {
            return Rejected(read.Next + 1);
        }

        return read;
    }

    private static double Fraction(char c) => c switch
    {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '⅛' => 0.125,
        _ => 0,
    };

    /// <summary>
    /// Parses digits with separators: "35,000", "1.5", "2,000.45"; German "35.000" and "1,5". False for
    /// anything that is not one number ("1.2.3", "1,5" in English).
    /// </summary>
    internal static bool ParseDigits(ReadOnlySpan<char> s, bool german, out double value, out bool integer, out bool separators)
    {
        value = 0;
        integer = true;
        separators = false;
        var thousands = german ? '.' : ',';
        var decimalPoint = german ? ',' : '.';
        var thousandGroups = 0;
        var decimals = -1;
        var groupLength = 0;
        var firstGroup = -1;
        double fraction = 0;
        double scale = 1;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                if (decimals >= 0)
                {
                    scale /= 10;
                    fraction += (c - '0') * scale;
                    decimals++;
                }
                else
                {
                    value = value * 10 + (c - '0');
                    groupLength++;
                }

                continue;
            }

            separators = true;
            if (c == decimalPoint && decimals < 0)
            {
                if (thousandGroups > 0 && groupLength != 3)
                {
                    return false;
                }

                decimals = 0;
                integer = false;
                continue;
            }

            if ((c == thousands || c is '\'' or '’' or '\u00A0' or '\u202F' or '\u2009') && decimals < 0)
            {
                if (thousandGroups == 0)
                {
                    firstGroup = groupLength;
                    if (groupLength > 3)
                    {
                        return false;
                    }
                }
                else if (groupLength != 3)
                {
                    return false;
                }

                thousandGroups++;
                groupLength = 0;
                continue;
            }

            // A German thousands dot in English text, or a second decimal point: not one number.
            if (c == decimalPoint && decimals >= 0 && german is false)
            {
                return false;
            }

            return false;
        }

        if (thousandGroups > 0 && decimals < 0 && groupLength != 3)
        {
            // "1,5" in English or "1.5" in German: in German a single dot with not three digits after is still a decimal point.
            if (german && thousandGroups == 1 && s.IndexOf('.') >= 0 && s.IndexOf(',') < 0)
            {
                value = 0;
                integer = false;
                var dot = s.IndexOf('.');
                return ParseDigits(s[..dot], false, out var whole, out _, out _) & ParseDigits(s[(dot + 1)..], false, out var part, out _, out _)
                    && Assign(out value, whole + part / Math.Pow(10, s.Length - dot - 1));
            }

            return false;
        }

        _ = firstGroup;
        value += fraction;
        return true;
    }

    private static bool Assign(out double target, double value)
    {
        target = value;
        return true;
    }

    /// <summary>Reads a unit at <paramref name="p"/>: "%", "km", "-kilometre", "square miles", "°C", "per cent", with "per hour" rates.</summary>
    private FigureUnit? ReadUnit(int p, NumberRead number, out int next, out bool hyphenated, out bool age)
    {
        next = p;
        hyphenated = false;
        age = false;
        if (p >= _tokens.Count)
        {
            return null;
        }

        var glued = Adjacent(p - 1, p);
        FigureUnit? unit = null;
        if (IsSymbol(p, '%'))
        {
            unit = FigureUnits.Percent;
            next = p + 1;
        }
        else if (IsSymbol(p, '°') || IsSymbol(p, '℃') || IsSymbol(p, '℉'))
        {
            if (IsKind(p + 1, TokenKind.Word) && Adjacent(p, p + 1) && T(p + 1) is "C" or "F")
            {
                unit = FigureUnits.Abbreviation(_text.AsSpan(_tokens[p].Start, _tokens[p + 1].End - _tokens[p].Start));
                next = p + 2;
            }
            else if (Is(p + 1, "Celsius") || Is(p + 1, "Fahrenheit"))
            {
                unit = FigureUnits.Word(Is(p + 1, "Celsius") ? "degrees Celsius" : "degrees Fahrenheit");
                next = p + 2;
            }
            else
            {
                unit = FigureUnits.Abbreviation(T(p));
                next = p + 1;
            }
        }
        else if (IsSymbol(p, '"') && glued && number.Integer && !number.Separators)
        {
            // 9" (inches) only when nothing but a space or punctuation follows: else it closes a quotation.
            return null;
        }
        else if (IsDash(p) && glued && IsKind(p + 1, TokenKind.Word) && Adjacent(p, p + 1))
        {
            // "12-kilometre", "67-year-old", "two-year".
            unit = UnitAt(p + 1, out var end);
            if (unit is not null)
            {
                hyphenated = true;
                next = end;
                if (unit.Dimension == "duration" && unit.Name == "year" && IsDash(end) && Is(end + 1, "old"))
                {
                    age = true;
                    next = end + 2;
                }
            }
        }
        else if (IsKind(p, TokenKind.Word))
        {
            unit = UnitAt(p, out var end);
            if (unit is not null)
            {
                var word = T(p);
                // Short abbreviations that are also words or initials need the number glued or a clear context.
                if (word.Length <= 2 && end < _tokens.Count && Adjacent(end - 1, end) && (IsDash(end) || IsKind(end, TokenKind.Number) && !(T(end) is "2" or "3")))
                {
                    unit = null; // "F-16", "M6": a name, not a unit
                }
                else if (word is "in" && (!number.Integer && !number.Separators || !(end >= _tokens.Count || IsKind(end, TokenKind.Symbol) || Is(end, "thick") || Is(end, "long") || Is(end, "wide") || Is(end, "tall") || Is(end, "deep") || Is(end, "high"))))
                {
                    unit = null;
                }
                else if (word.Length == 1 && !glued && word is not ("m" or "t" or "g" or "C" or "F" or "L" or "l") && !(IsKind(end, TokenKind.Symbol) || end >= _tokens.Count))
                {
                    unit = null;
                }
                else if (word is "C" or "F" or "J" or "W" or "L" && !glued && IsCapitalWord(end))
                {
                    unit = null;
                }
                else
                {
                    next = end;
                    if (unit.Name == "year" && Is(end, "old"))
                    {
                        age = true;
                        next = end + 1;
                    }
                }
            }
            else if (FigureUnits.CurrencyWord(T(p)) is { } money)
            {
                unit = money;
                next = p + 1;
                if (Is(p + 1, "sterling"))
                {
                    next++;
                }
            }
            else if ((Is(p, "pounds") || Is(p, "pound")) && number.Scaled)
            {
                unit = FigureUnits.CurrencySymbol("£");
                next = p + 1;
            }
        }
        else if (IsKind(p, TokenKind.Symbol) && FigureUnits.Abbreviation(T(p)) is { } symbol && glued && _text[_tokens[p].Start] != '"')
        {
            unit = symbol;
            next = p + 1;
        }

        if (unit is null)
        {
            return null;
        }

        // "pounds" after a scaled number is money: "20 million pounds".
        if (unit.Name == "pound" && number.Scaled)
        {
            unit = FigureUnits.CurrencySymbol("£")!;
        }

        // Squared and cubed: "km2", "km^2", "4 km squared".
        if (unit.Dimension == "length")
        {
            var power = 0;
            if (IsKind(next, TokenKind.Number) && Adjacent(next - 1, next) && T(next) is "2" or "3")
            {
                power = T(next)[0] - '0';
                next++;
            }
            else if (IsSymbol(next, '^') && Adjacent(next - 1, next) && IsKind(next + 1, TokenKind.Number) && T(next + 1) is "2" or "3")
            {
                power = T(next + 1)[0] - '0';
                next += 2;
            }
            else if (IsSymbol(next, '²') || IsSymbol(next, '³'))
            {
                power = _text[_tokens[next].Start] == '²' ? 2 : 3;
                next++;
            }
            else if (Is(next, "squared") || Is(next, "cubed"))
            {
                power = Is(next, "squared") ? 2 : 3;
                next++;
            }

            if (power > 0)
            {
                unit = FigureUnits.Word((power == 2 ? "square " : "cubic ") + unit.Name) ?? unit;
            }
        }

        // Rates: "$15.4/hour", "$350 per kg", "10 l/km", "20 J/m^2 per year".
        if ((Is(next, "per") || IsSymbol(next, '/') && Adjacent(next - 1, next)) && next + 1 < _tokens.Count && IsKind(next + 1, TokenKind.Word))
        {
            var denominator = UnitAt(next + 1, out var denominatorEnd);
            if (denominator is not null && denominator.Dimension != "percent" && denominator.Dimension != unit.Dimension)
            {
                unit = new FigureUnit(unit.Name + " per " + denominator.Name, unit.Dimension + "/" + denominator.Dimension, unit.Factor / denominator.Factor,
                    unit.Symbol + "/" + denominator.Symbol);
                next = denominatorEnd;
            }
        }

        return unit;
    }

    /// <summary>The unit written at token <paramref name="p"/>, longest phrase first ("square kilometres", "per cent", "km").</summary>
    private FigureUnit? UnitAt(int p, out int end)
    {
        end = p;
        if (!IsKind(p, TokenKind.Word))
        {
            return null;
        }

        // Phrases of up to three words separated by single spaces.
        for (var length = 3; length >= 2; length--)
        {
            var last = p + length - 1;
            if (last >= _tokens.Count || !IsKind(last, TokenKind.Word))
            {
                continue;
            }

            var ok = true;
            for (var k = p + 1; k <= last; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Start != _tokens[k - 1].End + 1 || _text[_tokens[k - 1].End] != ' ')
                {
                    ok = false;
                    break;
                }
            }

            if (!ok)
            {
                continue;
            }

            var phrase = _text.AsSpan(_tokens[p].Start, _tokens[last].End - _tokens[p].Start);
            if ((FigureUnits.Word(phrase) ?? FigureUnits.Abbreviation(phrase)) is { } found)
            {
                end = last + 1;
                return found;
            }
        }

        var word = T(p);
        // "km/h", "m/s": an abbreviation with a slash.
        if (IsSymbol(p + 1, '/') && Adjacent(p, p + 1) && IsKind(p + 2, TokenKind.Word) && Adjacent(p + 1, p + 2)
            && FigureUnits.Abbreviation(_text.AsSpan(_tokens[p].Start, _tokens[p + 2].End - _tokens[p].Start)) is { } rate)
        {
            end = p + 3;
            return rate;
        }

        var unit = FigureUnits.Abbreviation(word) ?? FigureUnits.Word(word);
        if (unit is not null)
        {
            end = p + 1;
            // "km2", "m²" written glued.
            if (IsKind(p + 1, TokenKind.Number) && Adjacent(p, p + 1) && T(p + 1) is "2" or "3" && unit.Dimension == "length")
            {
                return unit;
            }
        }

        return unit;
    }

    /// <summary>A qualifier phrase right before token <paramref name="start"/>: its kind and its length in tokens.</summary>
    private (FigureQualifier Qualifier, int Length) QualifierBefore(int start)
    {
        foreach (var (words, qualifier) in FigureLexicon.Qualifiers)
        {
            var k = start - words.Length;
            if (k < 0)
            {
                continue;
            }

            var match = true;
            for (var w = 0; w < words.Length; w++)
            {
                if (!Is(k + w, words[w]))
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                // "over" after a verb of motion ("spread over 12 km") is still a bound; "from over" too. Keep it simple.
                return (qualifier, words.Length);
            }
        }

        if (IsSymbol(start - 1, '~') || IsSymbol(start - 1, '≈'))
        {
            return (FigureQualifier.About, 1);
        }

        return (FigureQualifier.Exact, 0);
    }

    /// <summary>Ages: "Renée Olivárez, 54,", "(67)", "aged 67", "a 67-year-old", "54 years old".</summary>
    private bool IsAge(int start, int end, NumberRead number, FigureUnit unit)
    {
        if (!number.Integer || number.Value is < 1 or > 120 || number.Separators || unit != FigureUnit.Count)
        {
            return false;
        }

        if (Is(start - 1, "aged") || Is(start - 1, "age") || Is(start - 1, "alter"))
        {
            return true;
        }

        // "Name, 54," or "Name, 54, who".
        if (IsSymbol(start - 1, ',') && IsCapitalWord(start - 2) && (IsSymbol(end, ',') || IsSymbol(end, ')') || end >= _tokens.Count || IsSymbol(end, '.')))
        {
            return true;
        }

        // "a man (67)", "Olivárez (54)".
        return IsSymbol(start - 1, '(') && IsSymbol(end, ')') && IsKind(start - 2, TokenKind.Word);
    }

    /// <summary>
    /// What is counted: the words after the figure, up to three, until a function word or punctuation
    /// ("residents", "rescue workers", "stretch"); "of" may lead for money, percentages and vague plurals.
    /// </summary>
    private (int First, int End) CountedNoun(int p, FigureKind kind, bool ofLeads, bool capitals)
    {
        if (Is(p, "of") && (ofLeads || kind is FigureKind.Percentage or FigureKind.Measurement))
        {
            p++;
            if (Is(p, "the") || Is(p, "a") || Is(p, "its") || Is(p, "their"))
            {
                p++;
            }
        }
        else if (kind == FigureKind.Money && (Is(p, "in") || Is(p, "for") || Is(p, "of") || Is(p, "worth")))
        {
            p++;
        }

        // "two more substations", "three other dams".
        while (Is(p, "more") || Is(p, "other") || Is(p, "further") || Is(p, "additional") || Is(p, "extra") || Is(p, "new"))
        {
            p++;
        }

        var first = p;
        var end = p;
        var words = 0;
        while (end < _tokens.Count && words < 3)
        {
            if (!IsKind(end, TokenKind.Word))
            {
                // "high-water": a hyphen inside a compound continues the word.
                if (IsDash(end) && end > first && Adjacent(end - 1, end) && IsKind(end + 1, TokenKind.Word) && Adjacent(end, end + 1))
                {
                    end += 2;
                    continue;
                }

                break;
            }

            var word = T(end);
            if (FigureLexicon.Contains(FigureLexicon.StopWords, word) || IsNumberWordStart(end) || IsMonth(end)
                || FigureLexicon.Contains(FigureLexicon.Weekdays, word)
                || char.IsUpper(word[0]) && !capitals
                || word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal)
                || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && words > 0 && !word.EndsWith("eed", StringComparison.Ordinal) && !word.EndsWith("hed", StringComparison.Ordinal))
            {
                break;
            }

            // "people died": an -ed verb after a noun ends it; as the first word it is what happened ("40,000 evacuated").
            if (words == 0 && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && !word.EndsWith("hed", StringComparison.Ordinal))
            {
                break;
            }

            words++;
            end++;
        }

        // "pipeline crosses three provinces", "crew reached the bank": the last word was a verb taking an object.
        if (words >= 2 && IsKind(end - 1, TokenKind.Word) && (IsNumberWordStart(end) || IsKind(end, TokenKind.Number) || Is(end, "the") || Is(end, "a") || Is(end, "an")
            || Is(end, "its") || Is(end, "their") || Is(end, "his") || Is(end, "her")))
        {
            end--;
        }

        return end > first ? (first, end) : (-1, -1);
    }

    private Figure Build(int first, int end, double value, double? upper, FigureUnit unit, FigureQualifier qualifier, FigureKind kind,
        int countedFirst, int countedEnd, bool conversion, bool earlier)
    {
        var start = _tokens[first].Start;
        var stop = _tokens[Math.Min(end, _tokens.Count) - 1].End;
        var counted = countedFirst >= 0 ? new TextSpan(_tokens[countedFirst].Start, _tokens[countedEnd - 1].End) : default;
        return new Figure
        {
            Value = value,
            UpperValue = upper,
            Unit = unit,
            Qualifier = qualifier,
            Kind = kind,
            Span = new TextSpan(start, stop),
            Counted = countedFirst >= 0 ? counted.Slice(_text).ToString() : "",
            CountedSpan = counted,
            Sentence = _sentence,
            Paragraph = _paragraphIndex,
            IsConversion = conversion,
            IsEarlier = earlier,
        };
    }

    /// <summary>Adds what needs the whole sentence: time reference, whether the value is an older one, and the speaker.</summary>
    private Figure Complete(Figure figure)
    {
        var (time, earlier) = FigureTime.Find(_text, _tokens, figure.Span);
        return figure with
        {
            TimeReference = time,
            IsEarlier = figure.IsEarlier || earlier,
        };
    }
}
