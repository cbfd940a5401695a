using System.Text;
using Corroborate.Cleaning;
using Corroborate.Documents;

namespace Corroborate.Evaluation.Cleaning;

/// <summary>Counts for one residue kind.</summary>
public sealed class KindScore
{
    /// <summary>Residue units of this kind inserted.</summary>
    public int Injected { get; set; }

    /// <summary>Units no longer present in the kept text.</summary>
    public int Removed { get; set; }

    /// <summary>Removed units whose removal carried an expected reason.</summary>
    public int RightReason { get; set; }

    /// <summary>Characters of residue inserted.</summary>
    public long Characters { get; set; }

    /// <summary>Characters of residue no longer present.</summary>
    public long CharactersRemoved { get; set; }

    /// <summary>Share of units removed.</summary>
    public double RemovedShare => Injected == 0 ? 1 : (double)Removed / Injected;

    /// <summary>Share of removed units with an expected reason.</summary>
    public double RightReasonShare => Removed == 0 ? 1 : (double)RightReason / Removed;
}

/// <summary>A removal, or a survivor, worth showing.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Text">The text.</param>
/// <param name="Label">The removal reason, or the residue kind of a survivor.</param>
public sealed record ScoredLine(string ArticleId, string Text, string Label);

/// <summary>
/// Accumulates the cleaning benchmark's measures over articles: residue removed (units and characters, per
/// kind), real text kept (word tokens, as a multiset, so a removed real paragraph counts), the same on
/// pristine bodies, and metadata recovered from residue.
/// </summary>
public sealed class CleaningScore
{
    private static readonly char[] BylineSeparators = [',', ';', '|', '-', '–', '—', ' ', '\u00a0'];

    private readonly Dictionary<string, KindScore> _kinds = new(StringComparer.Ordinal);

    /// <summary>Per-kind counts.</summary>
    public IReadOnlyDictionary<string, KindScore> Kinds => _kinds;

    /// <summary>Articles scored with residue.</summary>
    public int Articles { get; private set; }

    /// <summary>Word tokens of the real bodies (injected runs).</summary>
    public long RealTokens { get; private set; }

    /// <summary>Real word tokens still in the kept text (injected runs).</summary>
    public long RealTokensKept { get; private set; }

    /// <summary>Articles scored without residue.</summary>
    public int PristineArticles { get; private set; }

    /// <summary>Word tokens of the pristine bodies.</summary>
    public long PristineTokens { get; private set; }

    /// <summary>Pristine word tokens still in the kept text.</summary>
    public long PristineTokensKept { get; private set; }

    /// <summary>Removed text that is not residue (injected runs).</summary>
    public List<ScoredLine> FalseRemovals { get; } = [];

    /// <summary>Everything removed from pristine bodies.</summary>
    public List<ScoredLine> PristineRemovals { get; } = [];

    /// <summary>Residue left in the kept text.</summary>
    public List<ScoredLine> Survivors { get; } = [];

    /// <summary>Metadata checks: field → (checked, right).</summary>
    public Dictionary<string, (int Checked, int Right)> MetadataChecks { get; } = new(StringComparer.Ordinal);

    /// <summary>Share of injected residue units removed.</summary>
    public double ResidueRemovedShare
    {
        get
        {
            var injected = _kinds.Values.Sum(k => k.Injected);
            return injected == 0 ? 1 : (double)_kinds.Values.Sum(k => k.Removed) / injected;
        }
    }

    /// <summary>Share of injected residue characters removed.</summary>
    public double ResidueCharactersRemovedShare
    {
        get
        {
            var characters = _kinds.Values.Sum(k => k.Characters);
            return characters == 0 ? 1 : (double)_kinds.Values.Sum(k => k.CharactersRemoved) / characters;
        }
    }

    /// <summary>Share of real word tokens kept (injected runs).</summary>
    public double RealKeptShare => RealTokens == 0 ? 1 : (double)RealTokensKept / RealTokens;

    /// <summary>Share of real word tokens kept on pristine bodies.</summary>
    public double PristineKeptShare => PristineTokens == 0 ? 1 : (double)PristineTokensKept / PristineTokens;

    /// <summary>Scores the cleaning of an injected article.</summary>
    public void AddInjected(InjectedArticle article, CleanedText cleaned)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(cleaned);
        Articles++;
        var (total, kept) = TokensKept(article.Source.Paragraphs, cleaned.Paragraphs);
        RealTokens += total;
        RealTokensKept += kept;

        var keptForms = cleaned.Paragraphs.Select(Normalize).ToList();
        var unitForms = article.Units.Select(u => Normalize(u.Text)).ToList();
        var realForms = article.Units.Where(u => u.Kind is null || u.Kind == ResidueKinds.GluedByline)
            .Select(u => Normalize(u.Kind is null ? u.Text : u.Text[u.ResidueText!.Length..]))
            .ToList();
        var unitSet = unitForms.ToHashSet(StringComparer.Ordinal);
        var merged = keptForms.Where(k => !unitSet.Contains(k)).ToList();
        var keptCounts = Count(keptForms);
        var realCounts = Count(article.Units.Where(u => u.Kind is null).Select(u => Normalize(u.Text)));
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var removedForms = cleaned.Removed.Select(r => (Form: Normalize(r.Text), r.Reason)).ToList();

        foreach (var unit in article.Units)
        {
            if (unit.Kind is null)
            {
                continue;
            }

            var residue = Normalize(unit.ResidueText!);
            bool survived;
            if (unit.Kind == ResidueKinds.GluedByline)
            {
                // Removed only when exactly the byline went: a partial split leaves some of it in the text.
                var byline = residue.TrimEnd(BylineSeparators);
                survived = !removedForms.Any(r => r.Form.TrimEnd(BylineSeparators) == byline);
            }
            else
            {
                // Exact survivors: kept paragraphs equal to the unit beyond those the real text accounts for,
                // shared out among residue units with the same text.
                var surplus = keptCounts.GetValueOrDefault(residue) - realCounts.GetValueOrDefault(residue) - used.GetValueOrDefault(residue);
                survived = surplus > 0;
                if (survived)
                {
                    used[residue] = used.GetValueOrDefault(residue) + 1;
                }

                // Residue joined into another paragraph (a layout join, a partial split).
                survived = survived || (merged.Any(m => ContainsBounded(m, residue)) && !realForms.Any(r => ContainsBounded(r, residue)));
            }

            var score = Kind(unit.Kind);
            score.Injected++;
            score.Characters += unit.ResidueText!.Length;
            if (survived)
            {
                Survivors.Add(new ScoredLine(article.Source.Id, unit.ResidueText, unit.Kind));
                continue;
            }

            score.Removed++;
            score.CharactersRemoved += unit.ResidueText.Length;
            var expected = ResidueKinds.ExpectedReasons[unit.Kind];
            if (removedForms.Any(r => (r.Form == residue || ContainsBounded(r.Form, residue) || ContainsBounded(residue, r.Form)) && expected.Contains(r.Reason)))
            {
                score.RightReason++;
            }
        }

        var residueForms = article.Units.Where(u => u.Kind is not null).Select(u => Normalize(u.ResidueText!)).ToList();
        foreach (var (form, reason) in removedForms)
        {
            var isResidue = residueForms.Any(r => r == form || (r.Length >= 12 && ContainsBounded(form, r)) || ContainsBounded(r, form));
            if (!isResidue)
            {
                FalseRemovals.Add(new ScoredLine(article.Source.Id, form, reason));
            }
        }

        CheckMetadata(article.Expected, cleaned.Metadata);
    }

    /// <summary>Scores the cleaning of a body with no residue added: everything removed is a false removal.</summary>
    public void AddPristine(SourceArticle article, CleanedText cleaned)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(cleaned);
        PristineArticles++;
        var (total, kept) = TokensKept(article.Paragraphs, cleaned.Paragraphs);
        PristineTokens += total;
        PristineTokensKept += kept;
        foreach (var removed in cleaned.Removed)
        {
            PristineRemovals.Add(new ScoredLine(article.Id, removed.Text, removed.Reason));
        }
    }

    /// <summary>Adds another score's counts to this one.</summary>
    public void Add(CleaningScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Articles += other.Articles;
        RealTokens += other.RealTokens;
        RealTokensKept += other.RealTokensKept;
        PristineArticles += other.PristineArticles;
        PristineTokens += other.PristineTokens;
        PristineTokensKept += other.PristineTokensKept;
        foreach (var (name, score) in other._kinds)
        {
            var mine = Kind(name);
            mine.Injected += score.Injected;
            mine.Removed += score.Removed;
            mine.RightReason += score.RightReason;
            mine.Characters += score.Characters;
            mine.CharactersRemoved += score.CharactersRemoved;
        }

        FalseRemovals.AddRange(other.FalseRemovals);
        PristineRemovals.AddRange(other.PristineRemovals);
        Survivors.AddRange(other.Survivors);
        foreach (var (field, (checkedCount, right)) in other.MetadataChecks)
        {
            var mine = MetadataChecks.GetValueOrDefault(field);
            MetadataChecks[field] = (mine.Checked + checkedCount, mine.Right + right);
        }
    }

    /// <summary>Word tokens (runs of letters, digits and underscores) of a text, counted.</summary>
    public static Dictionary<string, int> Tokens(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            var span = text.AsSpan();
            var start = -1;
            for (var i = 0; i <= span.Length; i++)
            {
                var word = i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] == '_' || char.GetUnicodeCategory(span[i]) is System.Globalization.UnicodeCategory.NonSpacingMark);
                if (word && start < 0)
                {
                    start = i;
                }
                else if (!word && start >= 0)
                {
                    var token = span[start..i];
                    lookup[token] = lookup.TryGetValue(token, out var n) ? n + 1 : 1;
                    start = -1;
                }
            }
        }

        return counts;
    }

    private static (long Total, long Kept) TokensKept(IReadOnlyList<string> real, IReadOnlyList<string> kept)
    {
        var realTokens = Tokens(real);
        var keptTokens = Tokens(kept);
        long total = 0;
        long keptCount = 0;
        foreach (var (token, count) in realTokens)
        {
            total += count;
            keptCount += Math.Min(count, keptTokens.GetValueOrDefault(token));
        }

        return (total, keptCount);
    }

    private void CheckMetadata(ExpectedMetadata expected, ArticleMetadata actual)
    {
        if (expected.Published is { } published)
        {
            Check("published", actual.Published is { } p && DateOnly.FromDateTime(p.UtcDateTime) == published);
        }

        if (expected.Url is { } url)
        {
            Check("url", actual.Url == url);
        }

        if (expected.Authors.Count > 0)
        {
            Check("authors", actual.Authors.Count == expected.Authors.Count
                && actual.Authors.Zip(expected.Authors).All(pair => string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase)));
        }

        if (expected.SiteName is { } site)
        {
            Check("site", string.Equals(actual.SiteName, site, StringComparison.OrdinalIgnoreCase));
        }
    }

    private void Check(string field, bool right)
    {
        var (checkedCount, rightCount) = MetadataChecks.GetValueOrDefault(field);
        MetadataChecks[field] = (checkedCount + 1, rightCount + (right ? 1 : 0));
    }

    private KindScore Kind(string name)
    {
        if (!_kinds.TryGetValue(name, out var score))
        {
            score = new KindScore();
            _kinds[name] = score;
        }

        return score;
    }

    private static Dictionary<string, int> Count(IEnumerable<string> forms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            counts[form] = counts.GetValueOrDefault(form) + 1;
        }

        return counts;
    }

    // Whitespace runs become one space; the text is trimmed.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Contains, at word boundaries.
    private static bool ContainsBounded(string text, string part)
    {
        if (part.Length == 0 || part.Length > text.Length)
        {
            return false;
        }

        var from = 0;
        while (from <= text.Length - part.Length)
        {
            var index = text.IndexOf(part, from, StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            var end = index + part.Length;
            var startOk = index == 0 || !char.IsLetterOrDigit(text[index - 1]) || !char.IsLetterOrDigit(part[0]);
            var endOk = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(part[^1]);
            if (startOk && endOk)
            {
                return true;
            }

            from = index + 1;
        }

        return false;
    }
}
