using System.Text;

namespace Corroborate.Evaluation.Copies;

/// <summary>Which quote characters a copy uses.</summary>
public enum QuoteStyle
{
    /// <summary>Straight when the text has curly or angled quotes, curly otherwise.</summary>
    Toggle,

    /// <summary>Straight quotes and apostrophes (<c>"</c>, <c>'</c>).</summary>
    Straight,

    /// <summary>Curly quotes and apostrophes (<c>“ ” ‘ ’</c>).</summary>
    Curly,

    /// <summary>Angle quotes for double quotes (<c>« »</c>), curly single quotes and apostrophes.</summary>
    Guillemets,
}

/// <summary>How a copy's whitespace differs.</summary>
public enum WhitespaceStyle
{
    /// <summary>Some spaces become double spaces, no-break spaces, tabs or line breaks; paragraphs get stray edges.</summary>
    Spaces,

    /// <summary>Paragraph breaks move: neighbouring paragraphs are joined, a lone paragraph is split in two.</summary>
    ParagraphBreaks,
}

/// <summary>How a copy's letter case differs.</summary>
public enum CaseStyle
{
    /// <summary>Everything lower case.</summary>
    Lower,

    /// <summary>The first paragraph (the first sentence of a one-paragraph text) in capitals.</summary>
    UpperLead,
}

/// <summary>How much boilerplate a page carries.</summary>
public enum BoilerplateStrength
{
    /// <summary>One or two lines before or after the body.</summary>
    Light,

    /// <summary>Navigation before, a promo inside, related links, share and copyright lines after.</summary>
    Heavy,
}

/// <summary>
/// The transformations a republished article goes through, on a body given as paragraphs. Each returns a new
/// list and leaves its input alone; the random ones take the generator they draw from.
/// </summary>
public static class CopyTransforms
{
    /// <summary>Paragraph count from which truncation and dropping cut whole paragraphs rather than words.</summary>
    public const int ParagraphTruncationMinimum = 5;

    /// <summary>
    /// Keeps the start of the text: <paramref name="keep"/> of the paragraphs when there are at least
    /// <see cref="ParagraphTruncationMinimum"/>, else that share of the words (the cut paragraph's words joined by
    /// single spaces, optionally followed by an ellipsis). Always keeps something and cuts something.
    /// </summary>
    public static List<string> Truncate(IReadOnlyList<string> paragraphs, double keep, bool ellipsis = false)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (paragraphs.Count >= ParagraphTruncationMinimum)
        {
            var count = Math.Clamp((int)Math.Round(paragraphs.Count * keep, MidpointRounding.AwayFromZero), 1, paragraphs.Count - 1);
            return paragraphs.Take(count).ToList();
        }

        var total = CopyText.CountTokens(paragraphs);
        if (total < 2)
        {
            return paragraphs.ToList();
        }

        var left = Math.Clamp((int)Math.Round(total * keep, MidpointRounding.AwayFromZero), 1, total - 1);
        var kept = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var tokens = CopyText.Tokens(paragraph);
            if (tokens.Length <= left)
            {
                kept.Add(paragraph);
                left -= tokens.Length;
                if (left == 0)
                {
                    break;
                }

                continue;
            }

            kept.Add(string.Join(' ', tokens, 0, left) + (ellipsis ? "..." : ""));
            break;
        }

        return kept;
    }

    /// <summary>The same paragraphs in another order (never the original order when there are two or more).</summary>
    public static List<string> Reorder(IReadOnlyList<string> paragraphs, Random random)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(random);
        var order = Shuffled(paragraphs.Count, random);
        return order.Select(i => paragraphs[i]).ToList();
    }

    /// <summary>The sentences of each paragraph in another order, joined by single spaces.</summary>
    public static List<string> ReorderSentences(IReadOnlyList<string> paragraphs, Random random)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(random);
        var result = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var sentences = CopyText.Sentences(paragraph);
            result.Add(sentences.Count < 2 ? paragraph : string.Join(' ', Shuffled(sentences.Count, random).Select(i => sentences[i])));
        }

        return result;
    }

    /// <summary>Drops <paramref name="share"/> of the paragraphs (at least one, never all), keeping the order of the rest.</summary>
    public static List<string> Drop(IReadOnlyList<string> paragraphs, double share, Random random)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(random);
        if (paragraphs.Count < 2)
        {
            return paragraphs.ToList();
        }

        var dropped = Pick(paragraphs.Count, Math.Clamp((int)Math.Round(paragraphs.Count * share, MidpointRounding.AwayFromZero), 1, paragraphs.Count - 1), random);
        return paragraphs.Where((_, i) => !dropped.Contains(i)).ToList();
    }

    /// <summary>Drops <paramref name="share"/> of all sentences (at least one, never all); emptied paragraphs disappear.</summary>
    public static List<string> DropSentences(IReadOnlyList<string> paragraphs, double share, Random random)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(random);
        var sentences = paragraphs.Select(CopyText.Sentences).ToList();
        var total = sentences.Sum(s => s.Count);
        if (total < 2)
        {
            return paragraphs.ToList();
        }

        var dropped = Pick(total, Math.Clamp((int)Math.Round(total * share, MidpointRounding.AwayFromZero), 1, total - 1), random);
        var result = new List<string>();
        var index = 0;
        foreach (var paragraph in sentences)
        {
            var kept = new List<string>();
            foreach (var sentence in paragraph)
            {
                if (!dropped.Contains(index++))
                {
                    kept.Add(sentence);
                }
            }

            if (kept.Count > 0)
            {
                result.Add(string.Join(' ', kept));
            }
        }

        return result;
    }

    /// <summary>
    /// Light editing: <paramref name="rate"/> of the word tokens (rounded, at least one) each get one edit — most
    /// are replaced by a word drawn from <paramref name="vocabulary"/> (keeping the token's punctuation and
    /// capital), some are deleted, some get a vocabulary word inserted after them. Tokens of an edited paragraph
    /// are re-joined by single spaces.
    /// </summary>
    public static List<string> Edit(IReadOnlyList<string> paragraphs, double rate, IReadOnlyList<string> vocabulary, Random random)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(random);
        if (vocabulary.Count == 0)
        {
            throw new ArgumentException("The vocabulary is empty.", nameof(vocabulary));
        }

        var tokens = paragraphs.Select(CopyText.Tokens).ToList();
        var total = tokens.Sum(t => t.Length);
        if (total == 0 || rate <= 0)
        {
            return paragraphs.ToList();
        }

        var edits = Math.Clamp((int)Math.Round(total * rate, MidpointRounding.AwayFromZero), 1, total);
        var chosen = Pick(total, edits, random);
        var result = new List<string>(paragraphs.Count);
        var position = 0;
        var builder = new StringBuilder();
        for (var p = 0; p < tokens.Count; p++)
        {
            var paragraph = tokens[p];
            var touched = false;
            for (var i = 0; i < paragraph.Length && !touched; i++)
            {
                touched = chosen.Contains(position + i);
            }

            if (!touched)
            {
                result.Add(paragraphs[p]);
                position += paragraph.Length;
                continue;
            }

            builder.Clear();
            var left = paragraph.Length;
            for (var i = 0; i < paragraph.Length; i++, position++)
            {
                var token = paragraph[i];
                if (!chosen.Contains(position))
                {
                    Append(builder, token);
                    continue;
                }

                var roll = random.NextDouble();
                if (roll < 0.2 && left > 1)
                {
                    left--;
                    continue;
                }

                if (roll < 0.4)
                {
                    Append(builder, token);
                    Append(builder, Draw(vocabulary, random, ""));
                    continue;
                }

                Append(builder, Substitute(token, vocabulary, random));
            }

            result.Add(builder.ToString());
        }

        return result;
    }

    /// <summary>Replaces quote characters only: the result has the same length and differs only where a quote was.</summary>
    public static List<string> ChangeQuotes(IReadOnlyList<string> paragraphs, QuoteStyle style)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (style == QuoteStyle.Toggle)
        {
            var fancy = paragraphs.Any(p => p.AsSpan().IndexOfAny("“”‘’«»‹›„‚") >= 0);
            style = fancy ? QuoteStyle.Straight : QuoteStyle.Curly;
        }

        return paragraphs.Select(p => ChangeQuotes(p, style)).ToList();
    }

    /// <summary>Changes whitespace only: with every whitespace character removed, the text is unchanged.</summary>
    public static List<string> ChangeWhitespace(IReadOnlyList<string> paragraphs, WhitespaceStyle style, Random random)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(random);
        if (style == WhitespaceStyle.ParagraphBreaks)
        {
            if (paragraphs.Count >= 2)
            {
                var joined = new List<string>();
                for (var i = 0; i < paragraphs.Count; i += 2)
                {
                    joined.Add(i + 1 < paragraphs.Count ? paragraphs[i] + " " + paragraphs[i + 1] : paragraphs[i]);
                }

                return joined;
            }

            var single = paragraphs.Count == 1 ? paragraphs[0] : "";
            var sentences = CopyText.Sentences(single);
            if (sentences.Count >= 2)
            {
                var half = sentences.Count / 2;
                return [string.Join(' ', sentences.Take(half)), string.Join(' ', sentences.Skip(half))];
            }

            var tokens = CopyText.Tokens(single);
            return tokens.Length < 2
                ? paragraphs.ToList()
                : [string.Join(' ', tokens.Take(tokens.Length / 2)), string.Join(' ', tokens.Skip(tokens.Length / 2))];
        }

        string[] replacements = ["  ", "\u00a0", "\t", "\n", "   ", " \u00a0"];
        var result = new List<string>(paragraphs.Count);
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            builder.Clear();
            if (random.NextDouble() < 0.25)
            {
                builder.Append(' ');
            }

            foreach (var c in paragraph)
            {
                if (c == ' ' && random.NextDouble() < 0.15)
                {
                    builder.Append(replacements[random.Next(replacements.Length)]);
                }
                else
                {
                    builder.Append(c);
                }
            }

            if (random.NextDouble() < 0.25)
            {
                builder.Append(random.Next(2) == 0 ? " " : "\t");
            }

            result.Add(builder.ToString());
        }

        return result;
    }

    /// <summary>Changes letter case only: compared ignoring case, the text is unchanged.</summary>
    public static List<string> ChangeCase(IReadOnlyList<string> paragraphs, CaseStyle style)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (style == CaseStyle.Lower)
        {
            return paragraphs.Select(p => p.ToLowerInvariant()).ToList();
        }

        var result = paragraphs.ToList();
        if (result.Count == 0)
        {
            return result;
        }

        if (result.Count >= 2)
        {
            result[0] = result[0].ToUpperInvariant();
            return result;
        }

        var sentences = CopyText.Sentences(result[0]);
        var first = sentences.Count > 0 ? sentences[0] : result[0];
        var at = result[0].IndexOf(first, StringComparison.Ordinal);
        result[0] = at < 0
            ? result[0].ToUpperInvariant()
            : result[0][..at] + first.ToUpperInvariant() + result[0][(at + first.Length)..];
        return result;
    }

    /// <summary>
    /// Adds page boilerplate as paragraphs of their own: navigation, promos, related links naming
    /// <paramref name="headlines"/>, share and copyright lines. The body's paragraphs stay, in order.
    /// </summary>
    public static List<string> AddBoilerplate(IReadOnlyList<string> paragraphs, BoilerplateStrength strength, IReadOnlyList<string> headlines, Random random)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(headlines);
        ArgumentNullException.ThrowIfNull(random);
        var result = paragraphs.ToList();
        if (strength == BoilerplateStrength.Light)
        {
            var lines = 1 + random.Next(2);
            for (var i = 0; i < lines; i++)
            {
                switch (random.Next(3))
                {
                    case 0:
                        result.Insert(0, CopyBoilerplate.Navigation(random));
                        break;
                    case 1:
                        result.Add(CopyBoilerplate.Promo(random));
                        break;
                    default:
                        result.Add(CopyBoilerplate.Related(random, Draw(headlines, random)));
                        break;
                }
            }

            return result;
        }

        if (result.Count >= 2)
        {
            result.Insert(1 + random.Next(result.Count - 1), CopyBoilerplate.Promo(random));
        }
        else
        {
            result.Add(CopyBoilerplate.Promo(random));
        }

        result.Insert(0, CopyBoilerplate.Navigation(random));
        if (random.Next(2) == 0)
        {
            result.Insert(0, CopyBoilerplate.Chrome(random));
        }

        result.Add(CopyBoilerplate.Share(random));
        var related = 2 + random.Next(2);
        for (var i = 0; i < related; i++)
        {
            result.Add(CopyBoilerplate.Related(random, Draw(headlines, random)));
        }

        result.Add(CopyBoilerplate.Copyright(random));
        return result;
    }

    private static string ChangeQuotes(string text, QuoteStyle style)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!CopyText.IsQuote(c))
            {
                continue;
            }

            var isDouble = c is '"' or '“' or '”' or '«' or '»' or '„';
            var opens = c is '“' or '‘' or '«' or '‹' or '„' or '‚' || (c is '"' or '\'' && Opens(text, i));

            chars[i] = style switch
            {
                QuoteStyle.Straight => isDouble ? '"' : '\'',
                QuoteStyle.Guillemets when isDouble => opens ? '«' : '»',
                _ => isDouble ? (opens ? '“' : '”') : (opens ? '‘' : '’'),
            };
        }

        return new string(chars);
    }

    // A straight quote opens when it starts the text or follows a space or an opening bracket or dash, and is
    // followed by something that is not a space (so apostrophes inside and after words close).
    private static bool Opens(string text, int at)
    {
        var before = at == 0 ? ' ' : text[at - 1];
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' || CopyText.IsQuote(before)) && !char.IsWhiteSpace(after);
    }

    private static string Substitute(string token, IReadOnlyList<string> vocabulary, Random random)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsLetterOrDigit(token[i]))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return Draw(vocabulary, random, token);
        }

        var core = token[first..(last + 1)];
        var word = Draw(vocabulary, random, core);
        if (core.Length > 1 && core.All(c => !char.IsLetter(c) || char.IsUpper(c)) && core.Any(char.IsLetter))
        {
            word = word.ToUpperInvariant();
        }
        else if (char.IsUpper(core[0]))
        {
            word = CopyText.Capitalize(word);
        }

        return token[..first] + word + token[(last + 1)..];
    }

    // A vocabulary word that differs from the one it replaces (a few tries: the vocabulary may be tiny).
    private static string Draw(IReadOnlyList<string> vocabulary, Random random, string avoid)
    {
        var word = vocabulary[random.Next(vocabulary.Count)];
        for (var attempt = 0; attempt < 8 && word.Equals(avoid, StringComparison.OrdinalIgnoreCase); attempt++)
        {
            word = vocabulary[random.Next(vocabulary.Count)];
        }

        return word;
    }

    private static string Draw(IReadOnlyList<string> items, Random random) =>
        items.Count == 0 ? "More news from the region" : items[random.Next(items.Count)];

    private static void Append(StringBuilder builder, string token)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(token);
    }

    // A random permutation of 0..count-1 that is not the identity when count >= 2.
    private static int[] Shuffled(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        if (count >= 2 && order.Select((value, index) => value == index).All(same => same))
        {
            (order[0], order[1]) = (order[1], order[0]);
        }

        return order;
    }

    // Distinct indices in [0, count): Floyd's sampling, fast for any share.
    private static HashSet<int> Pick(int count, int take, Random random)
    {
        var picked = new HashSet<int>();
        for (var j = count - take; j < count; j++)
        {
            var t = random.Next(j + 1);
            picked.Add(picked.Contains(t) ? j : t);
        }

        return picked;
    }
}
