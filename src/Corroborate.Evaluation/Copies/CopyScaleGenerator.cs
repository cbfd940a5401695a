using System.Globalization;

namespace Corroborate.Evaluation.Copies;

/// <summary>
/// Builds large sets for speed and memory from the real corpus. Each family starts from a random real body with
/// <see cref="UniqueEditRate"/> of its words edited, so that no two families share more than chance word runs;
/// about half the families are singletons, the rest have one to eight copies made with random catalogue
/// variants (wire stories are republished widely). Each family is its own story. The answer key comes along,
/// so quality at scale can be checked too.
/// </summary>
public sealed class CopyScaleGenerator
{
    /// <summary>Share of a real body's words edited to make a family's unique original.</summary>
    public const double UniqueEditRate = 0.4;

    private static readonly DateTimeOffset FirstDate = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly IReadOnlyList<CopySource> _sources;
    private readonly CopyMaterial _material;
    private readonly CopyVariant[] _variants;

    /// <summary>Prepares the generator (vocabulary and headlines) from a corpus.</summary>
    public CopyScaleGenerator(CopyCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Articles.Count == 0)
        {
            throw new ArgumentException("The corpus is empty.", nameof(corpus));
        }

        _sources = corpus.Articles;
        _material = new CopyMaterial(_sources);
        _variants = CopyVariants.Catalog.Where(v => v.Transformation != CopyVariants.BoilerplateRemoved).ToArray();
    }

    /// <summary>Generates exactly <paramref name="count"/> documents; the same seed gives the same set.</summary>
    public CopySet Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var entries = new List<CopySetGenerator.Entry>(count);
        var family = 0;
        while (entries.Count < count)
        {
            family++;
            var real = _sources[random.Next(_sources.Count)];
            var body = CopyTransforms.Edit(real.Paragraphs, UniqueEditRate, _material.Vocabulary, random);
            var title = real.Title is null ? null : CopyTransforms.Edit([real.Title], UniqueEditRate, _material.Vocabulary, random)[0];
            var story = "scale:" + family.ToString(CultureInfo.InvariantCulture);
            var source = new CopySource(real.Id + "#" + family.ToString(CultureInfo.InvariantCulture), real.Set, story, title, body, null);
            var copies = Math.Min(CopyCount(random), count - entries.Count - 1);
            var published = FirstDate.AddMinutes(random.Next(3 * 365 * 24 * 60));
            var origin = CopySetGenerator.Entry.Alone(source, body, title, published, copies > 0 ? CopyRole.Original : CopyRole.Distractor);
            entries.Add(origin);
            for (var i = 0; i < copies; i++)
            {
                // A variant that does not fit this body (nothing to reorder, no quote) gives way to light edits.
                var variant = _variants[random.Next(_variants.Length)];
                var draft = CopyVariants.Apply(variant, body, title, _material, random);
                if (draft is null)
                {
                    variant = new CopyVariant(CopyVariants.Edits, "5%");
                    draft = CopyVariants.Apply(variant, body, title, _material, random)!;
                }

                entries.Add(origin.CopyOf(draft, variant.Strength, CopySetGenerator.CopyDate(published, 0.1, random)));
            }
        }

        return CopySetGenerator.Build(entries, [], [], random);
    }

    // 45% singletons, then fewer and fewer copies; one family in twenty is a wire story with 5-8 copies.
    private static int CopyCount(Random random) => random.NextDouble() switch
    {
        < 0.45 => 0,
        < 0.70 => 1,
        < 0.85 => 2,
        < 0.95 => 3,
        _ => 5 + random.Next(4),
    };
}
