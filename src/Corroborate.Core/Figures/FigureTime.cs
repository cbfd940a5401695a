using Corroborate.Documents;

namespace Corroborate.Figures;

/// <summary>
/// The time reference of a figure, from the words around it: "an earlier estimate of 9,000" (an older
/// value), "on Friday morning", "by Sunday", "now", "still".
/// </summary>
internal static class FigureTime
{
    private static readonly string[] EstimateNouns = ["estimate", "estimates", "figure", "figures", "count", "report", "reports", "toll", "tally", "forecast", "reading"];

    public static (string? Time, bool Earlier) Find(string text, List<Token> tokens, TextSpan figure)
    {
        var first = 0;
        while (first < tokens.Count && tokens[first].End <= figure.Start)
        {
            first++;
        }

        var last = first;
        while (last < tokens.Count && tokens[last].Start < figure.End)
        {
            last++;
        }

        // Before the figure: "an earlier estimate of", "up from", "rose from", "initially".
        for (var k = first - 1; k >= Math.Max(0, first - 6); k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                if (text[tokens[k].Start] is ',' or ';' or ':' or '(' or '"' or '“' or '«')
                {
                    break;
                }

                continue;
            }

            var word = Word(text, tokens[k]);
            if (word.Equals("earlier", StringComparison.OrdinalIgnoreCase) || word.Equals("initially", StringComparison.OrdinalIgnoreCase)
                || word.Equals("originally", StringComparison.OrdinalIgnoreCase) || word.Equals("previously", StringComparison.OrdinalIgnoreCase)
                || (FigureLexicon.Contains(FigureLexicon.EarlierCues, word) && k + 1 < first && IsEstimate(text, tokens[k + 1])))
            {
                var end = k + 1 < first && IsEstimate(text, tokens[k + 1]) ? tokens[k + 1].End : tokens[k].End;
                return (text[tokens[k].Start..end], true);
            }

            if (word.Equals("from", StringComparison.OrdinalIgnoreCase) && k > 0 && tokens[k - 1].Kind == TokenKind.Word
                && FigureLexicon.Contains(FigureLexicon.ChangeVerbs, Word(text, tokens[k - 1])))
            {
                return (text[tokens[k - 1].Start..tokens[k].End], true);
            }
        }

        // Around the figure: a weekday with its preposition and part of day, or a word for "now".
        string? current = null;
        var from = Math.Max(0, first - 8);
        var to = Math.Min(tokens.Count, last + 10);
        for (var k = last; k < to; k++)
        {
            if (TimeAt(text, tokens, k, ref current) is { } found)
            {
                return (found, false);
            }
        }

        for (var k = first - 1; k >= from; k--)
        {
            if (TimeAt(text, tokens, k, ref current) is { } found)
            {
                return (found, false);
            }
        }

        return (current, false);
    }

    private static string? TimeAt(string text, List<Token> tokens, int k, ref string? current)
    {
        if (tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        var word = Word(text, tokens[k]);
        if (FigureLexicon.Contains(FigureLexicon.Weekdays, word))
        {
            var start = k > 0 && tokens[k - 1].Kind == TokenKind.Word && Word(text, tokens[k - 1]) is var before
                && (before.Equals("on", StringComparison.OrdinalIgnoreCase) || before.Equals("by", StringComparison.OrdinalIgnoreCase)
                    || before.Equals("since", StringComparison.OrdinalIgnoreCase) || before.Equals("until", StringComparison.OrdinalIgnoreCase)
                    || before.Equals("late", StringComparison.OrdinalIgnoreCase) || before.Equals("early", StringComparison.OrdinalIgnoreCase))
                ? tokens[k - 1].Start : tokens[k].Start;
            var end = k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && Word(text, tokens[k + 1]) is var after
                && (after.Equals("morning", StringComparison.OrdinalIgnoreCase) || after.Equals("afternoon", StringComparison.OrdinalIgnoreCase)
                    || after.Equals("evening", StringComparison.OrdinalIgnoreCase) || after.Equals("night", StringComparison.OrdinalIgnoreCase))
                ? tokens[k + 1].End : tokens[k].End;
            return text[start..end];
        }

        if (current is null)
        {
            if (word.Equals("last", StringComparison.OrdinalIgnoreCase) && k + 1 < tokens.Count && Word(text, tokens[k + 1]).Equals("night", StringComparison.OrdinalIgnoreCase))
            {
                current = "last night";
            }
            else if (FigureLexicon.Contains(FigureLexicon.CurrentCues, word))
            {
                current = word.ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool IsEstimate(string text, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = Word(text, token);
        foreach (var noun in EstimateNouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
