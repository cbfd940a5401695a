using System.Collections.Frozen;
using Corroborate.Documents;

namespace Corroborate.Figures;

/// <summary>
/// Groups a story's figures that measure the same quantity (same dimension, same family of counted
/// thing: "evacuated residents" and "people ordered out of their homes"; for measurements, the same
/// counted noun or an overlapping sentence), normalises their values, and decides whether they agree,
/// conflict, or change over time with the text explaining it.
/// </summary>
/// <remarks>
/// Values agree when their ranges overlap after rounding (2%, or the last written digit when the units
/// differ, as a bracketed conversion is rounded) and qualifiers ("more than 40,000" covers 40,000 up to
/// half as much again; "about" ±5%). A difference is an explained change when an article reports both
/// values or marks one as earlier ("up from an earlier estimate of 9,000") and the older value is not
/// reported after the newer one. Thread-safe.
/// </remarks>
public static class FigureGrouper
{
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["full"] = "capacity", ["level"] = "capacity", ["household"] = "home", ["house"] = "home", ["property"] = "home",
        ["fund"] = "fund", ["funding"] = "fund", ["aid"] = "fund", ["rescuer"] = "rescue worker", ["firefighter"] = "firefighter",
        ["line"] = "branch", ["extension"] = "branch", ["route"] = "branch", ["vote"] = "vote", ["seat"] = "vote",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// When each article's text was first published, for <see cref="Group"/>: a copy counts as published when its
    /// original was (the first id of its origin group), so republished old text does not look like a newer report.
    /// </summary>
    /// <param name="documents">The articles the origin groups name (at least the originals).</param>
    /// <param name="origins">Origin groups, each led by its origin, as copy detection gives them.</param>
    public static Func<NewsDocument, DateTimeOffset?> FirstPublished(IEnumerable<NewsDocument> documents, IReadOnlyList<IReadOnlyList<string>> origins)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(origins);
        var byId = new Dictionary<string, NewsDocument>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            byId.TryAdd(doc.Id, doc);
        }

        var originOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in origins)
        {
            foreach (var id in group)
            {
                originOf.TryAdd(id, group[0]);
            }
        }

        return doc =>
            originOf.TryGetValue(doc.Id, out var origin) && byId.TryGetValue(origin, out var original) && original.Metadata.Published is { } date
                ? date
                : doc.Metadata.Published;
    }

    /// <summary>Groups the figures of <paramref name="articles"/>.</summary>
    /// <param name="articles">The story's articles, with their figures extracted.</param>
    /// <param name="publishedOf">
    /// When each article's text was first published (for a copy, its original's date); defaults to the
    /// article's own date. Orders values over time.
    /// </param>
    public static IReadOnlyList<FigureGroup> Group(IReadOnlyList<NewsDocument> articles, Func<NewsDocument, DateTimeOffset?>? publishedOf = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        publishedOf ??= doc => doc.Metadata.Published;
        var keyed = new Dictionary<(string Dimension, string Key), Builder>();
        var order = new List<Builder>();
        var loose = new List<(FigureMention Mention, HashSet<string> Context)>();
        foreach (var doc in articles)
        {
            foreach (var figure in doc.Figures)
            {
                if (figure.Kind == FigureKind.Age)
                {
                    continue;
                }

                var mention = new FigureMention(doc, figure);
                var (key, family, noun) = KeyOf(doc.Text, figure);
                if (key is null && figure.Kind != FigureKind.Count && SubjectOf(doc.Text, figure) is { } subject)
                {
                    // "The S&P 500 slid 5.9%", "the unemployment rate fell to 3.5%": what the figure measures is named
                    // before it, not after.
                    (key, noun) = ("subject:" + subject.ToLowerInvariant(), subject);
                }

                if (key is null)
                {
                    if (figure.Kind != FigureKind.Count || figure.IsEarlier)
                    {
                        loose.Add((mention, Context(doc.Text, figure.Sentence)));
                    }

                    continue;
                }

                if (!keyed.TryGetValue((figure.Unit.Dimension, key), out var builder))
                {
                    builder = new Builder(figure.Unit.Dimension, family, noun);
                    keyed[(figure.Unit.Dimension, key)] = builder;
                    order.Add(builder);
                }

                builder.Add(mention, Context(doc.Text, figure.Sentence));
            }
        }

        // Figures that name nothing: an older value ("up from an earlier estimate of 9,000") joins the figure it is
        // compared with in its sentence; others join the group of the same dimension with a sentence much like
        // theirs, but only where their values agree and not in their own article unless the text dates the value:
        // without knowing what a figure counts, two different values are two things, never a conflict.
        foreach (var (mention, context) in loose)
        {
            var best = order.FirstOrDefault(b => b.Dimension == mention.Figure.Unit.Dimension && mention.Figure.IsEarlier && b.HasSentence(mention))
                ?? order.FirstOrDefault(b => b.Dimension == mention.Figure.Unit.Dimension && mention.Figure.Kind != FigureKind.Count && b.HasSameValue(mention.Figure));
            var bestScore = 0.25;
            foreach (var builder in best is null ? order : [])
            {
                // A value the text dates ("had fallen to 81 percent by Sunday") may be the same thing later.
                var dated = mention.Figure.TimeReference is not null || mention.Figure.IsEarlier;
                if (builder.Dimension != mention.Figure.Unit.Dimension || (!dated && (builder.HasArticle(mention) || !builder.AgreesWith(mention.Figure))))
                {
                    continue;
                }

                var score = builder.Similarity(context);
                if (score >= bestScore)
                {
                    best = builder;
                    bestScore = score;
                }
            }

            if (best is null)
            {
                best = new Builder(mention.Figure.Unit.Dimension, null, null);
                order.Add(best);
            }

            best.Add(mention, context);
        }

        return order.Select(b => b.Build(publishedOf)).ToList();
    }

    /// <summary>
    /// The quantity key of a figure: for counts, the family of what happened (from the counted noun or
    /// its clause: "evacuated", "dead", "missing") with the kind of thing counted; for other figures the
    /// counted noun. Null when the text names nothing.
    /// </summary>
    internal static (string? Key, string? Family, string? Noun) KeyOf(string text, Figure figure)
    {
        var noun = figure.Counted.Length > 0 ? Lemma(LastWord(figure.Counted)) : null;
        if (noun is not null && Synonyms.TryGetValue(noun, out var synonym))
        {
            noun = synonym;
        }

        if (figure.Qualifier == FigureQualifier.Score)
        {
            return ("vote", "vote", "vote");
        }

        if (figure.Kind != FigureKind.Count)
        {
            return (noun, null, noun);
        }

        var family = FamilyOf(figure.Counted) ?? FamilyInClause(text, figure);
        var person = noun is null || FigureLexicon.PersonNouns.Contains(noun);
        if (family is not null)
        {
            return (family + "|" + (person ? "person" : noun), family, person ? "person" : noun);
        }

        return (person && noun is not null ? "person" : noun, null, noun);
    }

    private static string? FamilyOf(string counted)
    {
        if (counted.Length == 0)
        {
            return null;
        }

        foreach (var (words, family) in FigureLexicon.Families)
        {
            if (words.Length == 1 && counted.Contains(words[0], StringComparison.OrdinalIgnoreCase)
                && counted.Split(' ').Any(w => w.Equals(words[0], StringComparison.OrdinalIgnoreCase)))
            {
                return family;
            }
        }

        return null;
    }

    // The clause of the figure: words from the last clause break before it to the next one after it.
    private static string? FamilyInClause(string text, Figure figure)
    {
        var tokens = new List<Token>(48);
        FigureTokenizer.Tokenize(text, figure.Sentence.Start, figure.Sentence.End, tokens);
        var first = 0;
        while (first < tokens.Count && tokens[first].End <= figure.Span.Start)
        {
            first++;
        }

        var last = first;
        while (last < tokens.Count && tokens[last].Start < figure.Span.End)
        {
            last++;
        }

        var end = last;
        while (end < tokens.Count && !IsBreak(text, tokens[end], after: true))
        {
            end++;
        }

        var start = first;
        while (start > 0 && !IsBreak(text, tokens[start - 1], after: false))
        {
            start--;
        }

        // Nearest after the figure first, then before it.
        string? before = null;
        var beforeAt = -1;
        foreach (var (words, family) in FigureLexicon.Families)
        {
            for (var k = start; k + words.Length <= end; k++)
            {
                if (k >= first && k < last)
                {
                    continue;
                }

                var match = true;
                for (var w = 0; w < words.Length; w++)
                {
                    if (tokens[k + w].Kind != TokenKind.Word || !text.AsSpan(tokens[k + w].Start, tokens[k + w].Length).Equals(words[w], StringComparison.OrdinalIgnoreCase))
                    {
                        match = false;
                        break;
                    }
                }

                if (!match)
                {
                    continue;
                }

                if (k >= last)
                {
                    return family;
                }

                if (k > beforeAt)
                {
                    before = family;
                    beforeAt = k;
                }
            }
        }

        return before;
    }

    /// <summary>
    /// What a figure that counts nothing measures, named before it in its clause: a measure ("the unemployment
    /// rate", "average hourly earnings", "turnout") or a name ("The S&amp;P 500", "the Dow Jones Industrial
    /// Average"). Null when the clause names neither.
    /// </summary>
    internal static string? SubjectOf(string text, Figure figure)
    {
        var tokens = new List<Token>(48);
        FigureTokenizer.Tokenize(text, figure.Sentence.Start, figure.Span.Start, tokens);
        var start = tokens.Count;
        while (start > 0 && !IsBreak(text, tokens[start - 1], after: false))
        {
            start--;
        }

        // A measure word, with up to two words that qualify it ("unemployment rate", "average hourly earnings").
        for (var k = tokens.Count - 1; k >= start; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && FigureLexicon.Contains(FigureLexicon.MeasureHeads, text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                var first = k;
                while (first > start && k - first < 2 && tokens[first - 1].Kind == TokenKind.Word
                       && !FigureLexicon.Contains(FigureLexicon.StopWords, text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length))
                       && char.IsLower(text[tokens[first - 1].Start]))
                {
                    first--;
                }

                return text[tokens[first].Start..tokens[k].End].ToLowerInvariant();
            }
        }

        // The nearest run of capitalised words (with "&" and a trailing number: "S&P 500"), not the sentence's first word alone.
        for (var k = tokens.Count - 1; k >= start; k--)
        {
            if (!IsNameToken(text, tokens[k]))
            {
                continue;
            }

            var last = k;
            if (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Number && tokens[last + 1].Start == tokens[last].End + 1)
            {
                last++;
            }

            var first = k;
            while (first > start && (IsNameToken(text, tokens[first - 1]) || (text[tokens[first - 1].Start] == '&' && tokens[first - 1].Kind == TokenKind.Symbol)))
            {
                first--;
            }

            var name = text[tokens[first].Start..tokens[last].End];
            var atSentenceStart = tokens[first].Start == figure.Sentence.Start;
            if (atSentenceStart && first == k && last == k)
            {
                return null;
            }

            return name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
        }

        return null;
    }

    private static bool IsNameToken(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsBreak(string text, Token token, bool after)
    {
        if (token.Kind == TokenKind.Symbol)
        {
            return text[token.Start] is ',' or ';' or ':' or '—' or '–' or '(' or ')' or '"' or '“' or '”' or '«' or '»';
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.Length);
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("after", StringComparison.OrdinalIgnoreCase)
            || word.Equals("before", StringComparison.OrdinalIgnoreCase) || word.Equals("when", StringComparison.OrdinalIgnoreCase)
            || word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("whereas", StringComparison.OrdinalIgnoreCase)
            || after && word.Equals("who", StringComparison.OrdinalIgnoreCase);
    }

    private static string LastWord(string phrase)
    {
        var space = phrase.LastIndexOfAny([' ', '-']);
        return space < 0 ? phrase : phrase[(space + 1)..];
    }

    /// <summary>A crude lemma: lower case, regular plurals made singular, a few irregular ones.</summary>
    internal static string Lemma(string word)
    {
        var w = word.ToLowerInvariant();
        return w switch
        {
            "people" => "person",
            "men" => "man",
            "women" => "woman",
            "children" => "child",
            "feet" => "foot",
            "lives" => "life",
            "dead" => "dead",
            _ when w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal) => w[..^3] + "y",
            _ when w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) => w[..^2],
            _ when w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) => w[..^1],
            _ => w,
        };
    }

    // Content words of a sentence, as lemmas: what two figures' sentences share says they talk about one thing.
    private static HashSet<string> Context(string text, TextSpan sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new List<Token>(48);
        FigureTokenizer.Tokenize(text, sentence.Start, sentence.End, tokens);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length < 3)
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            if (FigureLexicon.Contains(FigureLexicon.StopWords, word) || FigureLexicon.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
                || FigureUnits.Word(word) is not null || FigureLexicon.Contains(FigureLexicon.Weekdays, word))
            {
                continue;
            }

            words.Add(Lemma(word.ToString()));
        }

        return words;
    }

    /// <summary>The interval a figure's value stands for, in base units, given what it is compared with.</summary>
    internal static (double Low, double High) Interval(Figure figure, bool otherUnit)
    {
        var v = figure.BaseValue;
        var u = figure.BaseUpperValue ?? v;
        var (low, high) = figure.Qualifier switch
        {
            FigureQualifier.About => (v * 0.95, v * 1.05),
            FigureQualifier.AtLeast => (v, v * 1.5),
            FigureQualifier.Nearly => (v * 0.85, v),
            FigureQualifier.UpTo => (v * 0.5, v),
            FigureQualifier.LessThan => (v * 0.67, v),
            FigureQualifier.Range or FigureQualifier.Several => (Math.Min(v, u) * 0.98, Math.Max(v, u) * 1.02),
            _ => (v * 0.98, v * 1.02),
        };
        if (otherUnit && figure.Qualifier is FigureQualifier.Exact or FigureQualifier.About)
        {
            // A conversion is rounded to its last written digit: "6 miles (10 km)".
            var step = LastDigitStep(figure.Value) / 2 * figure.Unit.Factor;
            var spread = Math.Min(step, Math.Abs(figure.BaseValue) * 0.05);
            low = Math.Min(low, figure.BaseValue - spread);
            high = Math.Max(high, figure.BaseValue + spread);
        }

        return (Math.Min(low, high), Math.Max(low, high));
    }

    private static double LastDigitStep(double value)
    {
        value = Math.Abs(value);
        if (value == 0)
        {
            return 1;
        }

        var step = 1.0;
        if (Math.Abs(value - Math.Round(value)) > 1e-9)
        {
            while (step > 1e-6 && Math.Abs(value / step - Math.Round(value / step)) > 1e-6)
            {
                step /= 10;
            }

            return step;
        }

        while (Math.Round(value / (step * 10)) * step * 10 == value)
        {
            step *= 10;
        }

        return step;
    }

    /// <summary>Whether two figures can report the same value.</summary>
    internal static bool Compatible(Figure a, Figure b)
    {
        if (a.Qualifier == FigureQualifier.Score || b.Qualifier == FigureQualifier.Score)
        {
            return a.Qualifier == b.Qualifier && a.Value == b.Value && a.UpperValue == b.UpperValue;
        }

        var otherUnit = a.Unit.Name != b.Unit.Name;
        var (aLow, aHigh) = Interval(a, otherUnit);
        var (bLow, bHigh) = Interval(b, otherUnit);
        return aLow <= bHigh && bLow <= aHigh;
    }

    private sealed class Builder(string dimension, string? family, string? noun)
    {
        private readonly List<FigureMention> _mentions = [];
        // Distinct sentence contexts only: copies repeat sentences, and similarity is a maximum over them.
        private readonly List<HashSet<string>> _contexts = [];
        private readonly HashSet<string> _contextKeys = new(StringComparer.Ordinal);

        public string Dimension { get; } = dimension;

        public void Add(FigureMention mention, HashSet<string> context)
        {
            _mentions.Add(mention);
            if (_contextKeys.Add(string.Join(' ', context.Order(StringComparer.Ordinal))))
            {
                _contexts.Add(context);
            }
        }

        public bool HasArticle(FigureMention mention) => _mentions.Any(m => ReferenceEquals(m.Article, mention.Article));

        public bool AgreesWith(Figure figure) => _mentions.All(m => Compatible(m.Figure, figure));

        public bool HasSentence(FigureMention mention) =>
            _mentions.Any(m => ReferenceEquals(m.Article, mention.Article) && m.Figure.Sentence == mention.Figure.Sentence);

        // The very same amount in the same unit ("€46 million") in one story: the same quantity, however it is named.
        public bool HasSameValue(Figure figure) =>
            _mentions.Any(m => m.Figure.Unit.Name == figure.Unit.Name && m.Figure.Value == figure.Value && m.Figure.UpperValue == figure.UpperValue && m.Figure.Counted.Length > 0);

        /// <summary>The best Jaccard similarity between <paramref name="context"/> and a member's sentence.</summary>
        public double Similarity(HashSet<string> context)
        {
            var best = 0.0;
            foreach (var other in _contexts)
            {
                var shared = context.Count(other.Contains);
                var union = context.Count + other.Count - shared;
                if (union > 0 && shared >= 3)
                {
                    best = Math.Max(best, (double)shared / union);
                    if (shared == union)
                    {
                        break;
                    }
                }
            }

            return best;
        }

        public FigureGroup Build(Func<NewsDocument, DateTimeOffset?> publishedOf)
        {
            var mentions = _mentions;
            var unit = mentions.Where(m => !m.Figure.IsConversion).Select(m => m.Figure.Unit).DefaultIfEmpty(mentions[0].Figure.Unit)
                .GroupBy(u => u.Name).OrderByDescending(g => g.Count()).First().First();

            // Clusters of mutually reachable compatible values, by union-find over the distinct values (compatibility
            // depends on value, qualifier and unit only, and a value is compatible with itself): quadratic in distinct
            // values, not in mentions, so a story of a thousand articles repeating a figure stays cheap.
            var keyIndex = new Dictionary<(double Value, double? Upper, FigureQualifier Qualifier, FigureUnit Unit), int>();
            var keyOf = new int[mentions.Count];
            var distinct = new List<Figure>();
            var current = new List<bool>(); // the value has a mention not marked as earlier
            for (var i = 0; i < mentions.Count; i++)
            {
                var figure = mentions[i].Figure;
                if (!keyIndex.TryGetValue((figure.Value, figure.UpperValue, figure.Qualifier, figure.Unit), out var k))
                {
                    k = distinct.Count;
                    keyIndex[(figure.Value, figure.UpperValue, figure.Qualifier, figure.Unit)] = k;
                    distinct.Add(figure);
                    current.Add(false);
                }

                keyOf[i] = k;
                current[k] |= !figure.IsEarlier;
            }

            var parent = Enumerable.Range(0, distinct.Count).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            var incompatible = false;
            for (var i = 0; i < distinct.Count; i++)
            {
                for (var j = i + 1; j < distinct.Count; j++)
                {
                    if (Compatible(distinct[i], distinct[j]))
                    {
                        parent[Find(i)] = Find(j);
                    }
                    else if (current[i] && current[j])
                    {
                        incompatible = true;
                    }
                }
            }

            var clusterOf = new Dictionary<int, int>();
            var clusters = new int[mentions.Count];
            for (var i = 0; i < mentions.Count; i++)
            {
                var root = Find(keyOf[i]);
                if (!clusterOf.TryGetValue(root, out var c))
                {
                    c = clusterOf.Count;
                    clusterOf[root] = c;
                }

                clusters[i] = c;
            }

            var agreement = FigureAgreement.Consistent;
            string? explanation = null;
            var anyEarlier = mentions.Any(m => m.Figure.IsEarlier);
            if (clusterOf.Count > 1 && (incompatible || anyEarlier))
            {
                explanation = ExplainChange(mentions, clusters, clusterOf.Count, publishedOf);
                agreement = explanation is not null ? FigureAgreement.ExplainedChange : incompatible ? FigureAgreement.Conflict : FigureAgreement.Consistent;
            }

            var values = mentions
                .Select((m, i) => (Mention: m, Cluster: clusters[i]))
                .GroupBy(x => FigureFormat.Display(x.Mention.Figure), StringComparer.Ordinal)
                .Select(g => new FigureGroupValue(g.Key, g.Select(x => x.Mention).ToList())
                {
                    Value = Middle(g.First().Mention.Figure) / unit.Factor,
                    Qualifier = g.First().Mention.Figure.Qualifier,
                    Cluster = g.First().Cluster,
                })
                .OrderByDescending(v => v.Articles.Count)
                .ThenBy(v => v.Cluster)
                .ToList();
            return new FigureGroup(Label(mentions), Dimension, unit, mentions, values) { Agreement = agreement, Explanation = explanation };
        }

        private static double Middle(Figure figure) => figure.BaseUpperValue is { } upper && figure.Qualifier != FigureQualifier.Score ? (figure.BaseValue + upper) / 2 : figure.BaseValue;

        private string Label(List<FigureMention> mentions)
        {
            var counted = mentions.Select(m => m.Figure.Counted.ToLowerInvariant()).Where(c => c.Length > 0)
                .GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var thing = noun == "person" || noun is null && family is not null ? "people" : counted ?? noun;
            if (family is not null)
            {
                return family switch
                {
                    "vote" => "vote",
                    "dead" => $"{thing} dead",
                    _ => $"{thing} {family}",
                };
            }

            var dimension = Dimension.StartsWith("currency:", StringComparison.Ordinal) ? Dimension["currency:".Length..] : Dimension;
            return thing is null ? $"({dimension})" : Dimension == "count" ? thing : $"{thing} ({dimension})";
        }

        /// <summary>
        /// The explanation of a change over time, or null: an article that reports values of two clusters
        /// (or marks one as earlier) explains the change, provided no article reports the older value after
        /// the first report of the newer one.
        /// </summary>
        private static string? ExplainChange(List<FigureMention> mentions, int[] clusters, int count, Func<NewsDocument, DateTimeOffset?> publishedOf)
        {
            var bridges = mentions.Select((m, i) => (m, i)).GroupBy(x => x.m.Article)
                .Where(g => g.Select(x => clusters[x.i]).Distinct().Count() > 1 || g.Any(x => x.m.Figure.IsEarlier))
                .Select(g => g.Key)
                .ToHashSet();
            if (bridges.Count == 0)
            {
                return null;
            }

            // Order clusters by their first report; each older cluster's last report (bridging articles
            // aside) must come no later than the newer cluster's first.
            var spans = new List<(int Cluster, DateTimeOffset First, DateTimeOffset Last)>();
            for (var c = 0; c < count; c++)
            {
                var dates = mentions.Select((m, i) => (m, i)).Where(x => clusters[x.i] == c && !x.m.Figure.IsEarlier)
                    .Select(x => publishedOf(x.m.Article)).ToList();
                var firstDates = mentions.Select((m, i) => (m, i)).Where(x => clusters[x.i] == c).Select(x => publishedOf(x.m.Article)).ToList();
                if (firstDates.Any(d => d is null))
                {
                    return null;
                }

                var nonBridge = mentions.Select((m, i) => (m, i)).Where(x => clusters[x.i] == c && !bridges.Contains(x.m.Article))
                    .Select(x => publishedOf(x.m.Article)!.Value).ToList();
                var first = firstDates.Min()!.Value;
                var last = nonBridge.Count > 0 ? nonBridge.Max() : first;
                _ = dates;
                spans.Add((c, first, last));
            }

            // A cluster reported only as an earlier value is older than every other.
            var onlyEarlier = Enumerable.Range(0, count).Where(c => mentions.Where((_, i) => clusters[i] == c).All(m => m.Figure.IsEarlier)).ToHashSet();
            spans = spans.OrderBy(s => onlyEarlier.Contains(s.Cluster) ? 0 : 1).ThenBy(s => s.First).ToList();
            for (var k = 1; k < spans.Count; k++)
            {
                var newerFirst = mentions.Select((m, i) => (m, i)).Where(x => clusters[x.i] == spans[k].Cluster && !x.m.Figure.IsEarlier)
                    .Select(x => publishedOf(x.m.Article)!.Value).DefaultIfEmpty(spans[k].First).Min();
                for (var older = 0; older < k; older++)
                {
                    if (spans[older].Last > newerFirst)
                    {
                        return null;
                    }
                }
            }

            var sentences = mentions.Where(m => bridges.Contains(m.Article))
                .Select(m => m.Sentence)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return string.Join(" … ", sentences);
        }
    }
}
