namespace Corroborate.Evaluation.Copies;

/// <summary>One transformation at one strength.</summary>
/// <param name="Transformation">Its name (<c>truncation</c>, <c>edits</c>, ...).</param>
/// <param name="Strength">Its strength (<c>70%</c>, <c>heavy</c>, ...).</param>
public sealed record CopyVariant(string Transformation, string Strength);

/// <summary>The catalogue of copy transformations and strengths the generators draw from.</summary>
public static class CopyVariants
{
    /// <summary>Boilerplate lines added to the copy.</summary>
    public const string BoilerplateAdded = "boilerplate-added";

    /// <summary>The original carries boilerplate lines, the copy does not.</summary>
    public const string BoilerplateRemoved = "boilerplate-removed";

    /// <summary>The copy keeps the start of the original.</summary>
    public const string Truncation = "truncation";

    /// <summary>Paragraphs in another order.</summary>
    public const string Reorder = "reorder";

    /// <summary>Sentences in another order (one-paragraph originals).</summary>
    public const string ReorderSentences = "reorder-sentences";

    /// <summary>Some paragraphs dropped.</summary>
    public const string Drop = "drop";

    /// <summary>Some sentences dropped (originals with fewer than three paragraphs).</summary>
    public const string DropSentences = "drop-sentences";

    /// <summary>A different headline, the same body.</summary>
    public const string Headline = "headline";

    /// <summary>Some words substituted, deleted or inserted.</summary>
    public const string Edits = "edits";

    /// <summary>Other quote characters.</summary>
    public const string Quotes = "quotes";

    /// <summary>Other whitespace.</summary>
    public const string Whitespace = "whitespace";

    /// <summary>Other letter case.</summary>
    public const string Case = "case";

    /// <summary>Several transformations in a row; the strength names them.</summary>
    public const string Combination = "combination";

    /// <summary>Every variant, from light to heavy within a transformation.</summary>
    public static IReadOnlyList<CopyVariant> Catalog { get; } =
    [
        new(BoilerplateAdded, "light"),
        new(BoilerplateAdded, "heavy"),
        new(BoilerplateRemoved, "light"),
        new(BoilerplateRemoved, "heavy"),
        new(Truncation, "90%"),
        new(Truncation, "70%"),
        new(Truncation, "50%"),
        new(Truncation, "30%"),
        new(Reorder, "shuffle"),
        new(Drop, "10%"),
        new(Drop, "30%"),
        new(Drop, "50%"),
        new(Headline, "rewritten"),
        new(Edits, "5%"),
        new(Edits, "10%"),
        new(Edits, "20%"),
        new(Quotes, "toggled"),
        new(Quotes, "guillemets"),
        new(Whitespace, "spaces"),
        new(Whitespace, "breaks"),
        new(Case, "lower"),
        new(Case, "upper-lead"),
        new(Combination, "boilerplate+edits 10%+truncation 70%"),
        new(Combination, "headline+quotes+edits 5%"),
        new(Combination, "drop 30%+reorder"),
        new(Combination, "truncation 90%+whitespace+lower"),
    ];

    /// <summary>
    /// Sort key of a transformation and strength in catalogue order; sentence-level variants sort right after
    /// their paragraph-level ones, unknown names last.
    /// </summary>
    public static int Order(string transformation, string strength)
    {
        var sentences = transformation is ReorderSentences or DropSentences;
        var name = transformation switch
        {
            ReorderSentences => Reorder,
            DropSentences => Drop,
            _ => transformation,
        };
        for (var i = 0; i < Catalog.Count; i++)
        {
            if (Catalog[i].Transformation == name && Catalog[i].Strength == strength)
            {
                return (i * 2) + (sentences ? 1 : 0);
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Applies <paramref name="variant"/> to a body (not <see cref="BoilerplateRemoved"/>, which changes the
    /// original: see the generator). Null when the variant does not apply (too few paragraphs or sentences to
    /// reorder or drop, no quote character to change).
    /// </summary>
    internal static CopyDraft? Apply(CopyVariant variant, IReadOnlyList<string> paragraphs, string? title, CopyMaterial material, Random random)
    {
        var name = variant.Transformation;
        List<string>? result;
        switch (variant.Transformation)
        {
            case BoilerplateAdded:
                result = CopyTransforms.AddBoilerplate(paragraphs, Boilerplate(variant.Strength), material.Headlines, random);
                break;
            case Truncation:
                result = CopyTransforms.Truncate(paragraphs, Percent(variant.Strength), random.Next(2) == 0);
                break;
            case Reorder:
                result = ReorderAny(paragraphs, random, ref name);
                break;
            case Drop:
                result = DropAny(paragraphs, Percent(variant.Strength), random, ref name);
                break;
            case Headline:
                return new CopyDraft(paragraphs.ToList(), material.OtherHeadline(title, random), name);
            case Edits:
                result = CopyTransforms.Edit(paragraphs, Percent(variant.Strength), material.Vocabulary, random);
                break;
            case Quotes:
                result = HasQuotes(paragraphs)
                    ? CopyTransforms.ChangeQuotes(paragraphs, variant.Strength == "guillemets" ? QuoteStyle.Guillemets : QuoteStyle.Toggle)
                    : null;
                break;
            case Whitespace:
                result = CopyTransforms.ChangeWhitespace(paragraphs, variant.Strength == "breaks" ? WhitespaceStyle.ParagraphBreaks : WhitespaceStyle.Spaces, random);
                break;
            case Case:
                result = CopyTransforms.ChangeCase(paragraphs, variant.Strength == "lower" ? CaseStyle.Lower : CaseStyle.UpperLead);
                break;
            case Combination:
                var combined = Combine(variant.Strength, paragraphs, title, material, random);
                return combined is null || combined.Paragraphs.SequenceEqual(paragraphs, StringComparer.Ordinal) ? null : combined;
            default:
                return null;
        }

        // A transformation that changed nothing (no quote to change, a lead already in capitals) does not apply.
        return result is null || result.SequenceEqual(paragraphs, StringComparer.Ordinal) ? null : new CopyDraft(result, title, name);
    }

    /// <summary>
    /// Whether dropping <paramref name="share"/> of <paramref name="units"/> paragraphs or sentences can come within
    /// ten points of that share (one of three paragraphs is not a 10% drop).
    /// </summary>
    public static bool DropFits(int units, double share)
    {
        if (units < 2)
        {
            return false;
        }

        var dropped = Math.Clamp((int)Math.Round(units * share, MidpointRounding.AwayFromZero), 1, units - 1);
        return Math.Abs(((double)dropped / units) - share) <= 0.1 + 1e-9;
    }

    private static CopyDraft? Combine(string recipe, IReadOnlyList<string> paragraphs, string? title, CopyMaterial material, Random random)
    {
        switch (recipe)
        {
            case "boilerplate+edits 10%+truncation 70%":
            {
                var cut = CopyTransforms.Truncate(paragraphs, 0.7, random.Next(2) == 0);
                var edited = CopyTransforms.Edit(cut, 0.1, material.Vocabulary, random);
                return new CopyDraft(CopyTransforms.AddBoilerplate(edited, BoilerplateStrength.Light, material.Headlines, random), title, Combination);
            }

            case "headline+quotes+edits 5%":
            {
                var edited = CopyTransforms.Edit(paragraphs, 0.05, material.Vocabulary, random);
                return new CopyDraft(CopyTransforms.ChangeQuotes(edited, QuoteStyle.Toggle), material.OtherHeadline(title, random), Combination);
            }

            case "drop 30%+reorder":
            {
                var name = Drop;
                var dropped = DropAny(paragraphs, 0.3, random, ref name);
                if (dropped is null)
                {
                    return null;
                }

                var reordered = name == Drop ? CopyTransforms.Reorder(dropped, random) : CopyTransforms.ReorderSentences(dropped, random);
                return new CopyDraft(reordered, title, Combination);
            }

            case "truncation 90%+whitespace+lower":
            {
                var cut = CopyTransforms.Truncate(paragraphs, 0.9);
                var spaced = CopyTransforms.ChangeWhitespace(cut, WhitespaceStyle.Spaces, random);
                return new CopyDraft(CopyTransforms.ChangeCase(spaced, CaseStyle.Lower), title, Combination);
            }

            default:
                return null;
        }
    }

    // Paragraphs when there are two or more, else the sentences of the one paragraph.
    private static List<string>? ReorderAny(IReadOnlyList<string> paragraphs, Random random, ref string name)
    {
        if (paragraphs.Count >= 2)
        {
            name = Reorder;
            return CopyTransforms.Reorder(paragraphs, random);
        }

        if (paragraphs.Sum(p => CopyText.Sentences(p).Count) >= 2)
        {
            name = ReorderSentences;
            return CopyTransforms.ReorderSentences(paragraphs, random);
        }

        return null;
    }

    // Paragraphs when there are three or more and the share fits them, else sentences when the share fits those.
    private static List<string>? DropAny(IReadOnlyList<string> paragraphs, double share, Random random, ref string name)
    {
        if (paragraphs.Count >= 3 && DropFits(paragraphs.Count, share))
        {
            name = Drop;
            return CopyTransforms.Drop(paragraphs, share, random);
        }

        if (DropFits(paragraphs.Sum(p => CopyText.Sentences(p).Count), share))
        {
            name = DropSentences;
            return CopyTransforms.DropSentences(paragraphs, share, random);
        }

        return null;
    }

    internal static BoilerplateStrength Boilerplate(string strength) =>
        strength == "heavy" ? BoilerplateStrength.Heavy : BoilerplateStrength.Light;

    private static bool HasQuotes(IReadOnlyList<string> paragraphs) =>
        paragraphs.Any(p => p.AsSpan().IndexOfAny(CopyText.QuoteCharacters) >= 0);

    private static double Percent(string strength) =>
        double.Parse(strength.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) / 100;
}

/// <summary>A transformed body and title, with the transformation's resolved name.</summary>
internal sealed record CopyDraft(List<string> Paragraphs, string? Title, string Transformation);

/// <summary>What transformations draw from: the corpus vocabulary (with repeats, so draws follow word frequency) and headlines.</summary>
internal sealed class CopyMaterial
{
    public CopyMaterial(IReadOnlyList<CopySource> sources)
    {
        var vocabulary = new List<string>();
        var headlines = new List<string>();
        foreach (var source in sources)
        {
            foreach (var word in CopyText.Words(source.Paragraphs))
            {
                if (word.Length >= 2 && word.All(char.IsLetter))
                {
                    vocabulary.Add(word);
                }
            }

            if (!string.IsNullOrWhiteSpace(source.Title))
            {
                headlines.Add(source.Title);
            }
        }

        Vocabulary = vocabulary.Count > 0 ? vocabulary : ["news"];
        Headlines = headlines;
    }

    public IReadOnlyList<string> Vocabulary { get; }

    public IReadOnlyList<string> Headlines { get; }

    // A headline unlike the current one (another article's); a made-up one when the corpus has none.
    public string OtherHeadline(string? current, Random random)
    {
        for (var attempt = 0; attempt < 8 && Headlines.Count > 0; attempt++)
        {
            var headline = Headlines[random.Next(Headlines.Count)];
            if (!string.Equals(headline, current, StringComparison.Ordinal))
            {
                return headline;
            }
        }

        return "Update " + random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + ": what we know so far";
    }
}
