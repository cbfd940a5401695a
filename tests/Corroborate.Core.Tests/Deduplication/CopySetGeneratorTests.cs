using Corroborate.Core.Tests.Support;
using Corroborate.Deduplication;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Copies;

namespace Corroborate.Core.Tests.Deduplication;

public sealed class CopySetGeneratorTests
{
    // Words written for these tests; articles are random sentences over them, so no two share a word run by design.
    private static readonly string[] Words =
    [
        "ferry", "harbour", "council", "bridge", "river", "school", "market", "storm", "budget", "mayor", "station",
        "farmers", "orchard", "festival", "museum", "library", "clinic", "nurses", "teachers", "rail", "tunnel",
        "wind", "flood", "drought", "harvest", "tax", "vote", "road", "airport", "pilot", "crew", "engine", "repairs",
        "inspection", "report", "review", "plan", "delay", "closure", "opening", "ceremony", "visitors", "residents",
        "officials", "workers", "union", "strike", "contract", "court", "judge", "ruling", "appeal", "police",
        "fire", "smoke", "evacuation", "shelter", "volunteers", "donations", "grant", "hospital", "ward", "patients",
        "vaccine", "trial", "study", "scientists", "data", "survey", "turnout", "district", "village", "island",
        "coast", "valley", "mountain", "forest", "park", "lake", "canal", "dam", "power", "grid", "outage", "prices",
        "fuel", "bus", "timetable", "tickets", "fares", "students", "exams", "results", "minister", "ministry",
        "agency", "permit", "licence", "fine", "penalty", "record", "season", "weekend", "morning", "evening",
    ];

    [Fact]
    public void The_Same_Seed_Gives_The_Same_Set()
    {
        var corpus = Corpus();

        var first = CopySetGenerator.Generate(corpus, Options(seed: 42));
        var second = CopySetGenerator.Generate(corpus, Options(seed: 42));

        Assert.Equal(first.Documents.Select(Describe), second.Documents.Select(Describe));
        Assert.Equal(first.Gold.Articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal), second.Gold.Articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal));
        Assert.Equal(first.Gold.Copies, second.Gold.Copies);
        Assert.Equal(first.Gold.Partials, second.Gold.Partials);
    }

    [Fact]
    public void Another_Seed_Gives_Another_Set()
    {
        var corpus = Corpus();

        var first = CopySetGenerator.Generate(corpus, Options(seed: 1));
        var second = CopySetGenerator.Generate(corpus, Options(seed: 2));

        Assert.NotEqual(first.Documents.Select(Describe), second.Documents.Select(Describe));
    }

    [Fact]
    public void Every_Original_Gets_Its_Copies_And_Every_Variant_Is_Used()
    {
        var set = CopySetGenerator.Generate(Corpus(), Options(seed: 3));

        var originals = set.Gold.Articles.Values.Where(a => a.Role == CopyRole.Original).ToList();
        Assert.NotEmpty(originals);
        foreach (var original in originals)
        {
            var copies = set.Gold.Copies.Count(c => c.Original == original.Id);
            Assert.True(copies is 1 or 3, $"{original.Id} has {copies} copies");
        }

        var used = set.Gold.Copies.Select(c => c.Transformation.Replace("-sentences", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var variant in CopyVariants.Catalog)
        {
            Assert.True(used.Contains(variant.Transformation), $"{variant.Transformation} never used");
        }
    }

    [Fact]
    public void A_Drop_Share_Fits_Only_When_Enough_Units_Are_There_To_Reach_It()
    {
        Assert.False(CopyVariants.DropFits(3, 0.1));
        Assert.True(CopyVariants.DropFits(10, 0.1));
        Assert.True(CopyVariants.DropFits(3, 0.3));
        Assert.True(CopyVariants.DropFits(2, 0.5));
        Assert.False(CopyVariants.DropFits(1, 0.5));
    }

    [Fact]
    public void Copies_Share_Their_Original_Story_And_Come_Later_Or_At_The_Same_Time()
    {
        var set = CopySetGenerator.Generate(Corpus(), Options(seed: 4) with { SameDateShare = 0.3 });
        var documents = set.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

        foreach (var pair in set.Gold.Copies)
        {
            var copy = documents[pair.Copy].Metadata.Published!.Value;
            var original = documents[pair.Original].Metadata.Published!.Value;
            Assert.True(copy >= original);
            Assert.Equal(pair.SameDate, copy == original);
            Assert.Equal(set.Gold.Articles[pair.Original].Story, set.Gold.Articles[pair.Copy].Story);
            Assert.Equal(pair.Original, set.Gold.Articles[pair.Copy].Origin);
            Assert.InRange(pair.KeptShare, 0.0, 1.0);
        }

        Assert.Contains(set.Gold.Copies, c => c.SameDate);
    }

    [Fact]
    public void Independent_Articles_And_Partial_Hosts_Are_Their_Own_Origin()
    {
        var set = CopySetGenerator.Generate(Corpus(), Options(seed: 5));

        foreach (var article in set.Gold.Articles.Values.Where(a => a.Role != CopyRole.Copy))
        {
            Assert.Equal(article.Id, article.Origin);
        }

        Assert.Equal(set.Documents.Count, set.Gold.Articles.Count);
        Assert.Contains(set.Gold.Articles.Values, a => a.Role == CopyRole.Distractor);
    }

    [Fact]
    public void Partial_Hosts_Come_From_Different_Stories_And_Share_Two_Or_Three_Whole_Paragraphs()
    {
        var set = CopySetGenerator.Generate(Corpus(), Options(seed: 6));
        var documents = set.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

        var pair = Assert.Single(set.Gold.Partials);
        Assert.NotEqual(set.Gold.Articles[pair.First].Story, set.Gold.Articles[pair.Second].Story);
        var first = Paragraphs(documents[pair.First]);
        var second = Paragraphs(documents[pair.Second]);
        var shared = first.Intersect(second, StringComparer.Ordinal).Count();
        Assert.Equal(pair.SharedParagraphs, shared);
        Assert.InRange(shared, 2, 3);
        Assert.True(first.Count > shared && second.Count > shared);
    }

    [Fact]
    public void Documents_Get_Opaque_Ids_In_Shuffled_Order()
    {
        var set = CopySetGenerator.Generate(Corpus(), Options(seed: 7));

        Assert.Equal(Enumerable.Range(1, set.Documents.Count).Select(i => $"d{i:D6}"), set.Documents.Select(d => d.Id));
        Assert.All(set.Documents, d => Assert.Equal(d.Paragraphs.Count, d.Text.Split("\n\n").Length));
    }

    [Fact]
    public void Duplicated_Real_Articles_Are_Dropped_And_Their_Stories_Merged()
    {
        var random = new Random(8);
        var shared = Article(random, 4);
        const string quoted = "Harbour officials said the new ferry timetable would start in May, after a review of fuel prices, crew contracts and the island's school hours.";
        var sources = new[]
        {
            new CopySource("a:1", "a", "a:story", null, shared, null),
            new CopySource("b:1", "b", "b:story", null, shared.Select(p => p.ToUpperInvariant()).ToList(), null),
            new CopySource("b:2", "b", "b:story", null, Article(random, 4), null),
            new CopySource("c:1", "c", "c:story", null, [quoted, .. Article(random, 2)], null),
            new CopySource("c:2", "c", "c:story", null, [quoted, .. Article(random, 2)], null),
            new CopySource("c:3", "c", "c:story", null, ["Too short to keep."], null),
        };

        var corpus = CopyCorpus.FromSources(sources);

        Assert.Equal(["a:1", "b:2", "c:1", "c:2"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(1, corpus.Duplicates);
        Assert.Equal(1, corpus.TooShort);
        Assert.Equal("a:story", corpus.Articles.Single(a => a.Id == "b:2").Story);
        var overlap = Assert.Single(corpus.Overlapping);
        Assert.Equal(("c:1", "c:2"), (overlap.First, overlap.Second));
    }

    [Fact]
    public void A_Scale_Set_Has_Exactly_The_Asked_Size_And_Is_The_Same_For_A_Seed()
    {
        var generator = new CopyScaleGenerator(Corpus());

        var first = generator.Generate(500, 9);
        var second = generator.Generate(500, 9);

        Assert.Equal(500, first.Documents.Count);
        Assert.Equal(first.Documents.Select(Describe), second.Documents.Select(Describe));
        Assert.Contains(first.Gold.Articles.Values, a => a.Role == CopyRole.Copy);
        Assert.Contains(first.Gold.Articles.Values, a => a.Role == CopyRole.Distractor);
    }

    [Fact]
    public void The_Key_Read_As_An_Analysis_Scores_Perfectly()
    {
        var set = CopySetGenerator.Generate(Corpus(), Options(seed: 10));

        var score = CopyScore.Evaluate(set.Gold, Oracle(set.Gold));

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.Direction.Share);
        Assert.Equal((1.0, 1.0), (score.OriginPairPrecision, score.OriginPairRecall));
        Assert.Equal((1.0, 1.0), (score.BCubedPrecision, score.BCubedRecall));
        Assert.Equal(score.OriginFirst.Total, score.OriginFirst.Found);
        Assert.Equal(1.0, score.Partials.Share);
        Assert.Equal((0, 0), (score.CrossStoryLinks, score.IndependentPairsLinked));
        Assert.True(score.IndependentPairs > 0);
    }

    [DataFact("news-clustering/allsides-2021.train.jsonl")]
    public void On_Real_Articles_Identical_Texts_Never_Belong_To_Different_Origins_And_The_Key_Scores_Perfectly()
    {
        var corpus = CopyCorpus.Load(
            DataPaths.Find("extraction-benchmark"),
            DataPaths.Find(Path.Combine("news-clustering", "allsides-2021.train.jsonl")),
            DataPaths.Find(Path.Combine("mds", "neus")));
        var set = CopySetGenerator.Generate(corpus, new CopySetOptions { MaximumOriginals = 1500 });

        foreach (var same in set.Documents.GroupBy(d => d.Text, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Assert.Single(same.Select(d => set.Gold.Articles[d.Id].Origin).Distinct(StringComparer.Ordinal));
        }

        var score = CopyScore.Evaluate(set.Gold, Oracle(set.Gold));
        Assert.Equal((1.0, 1.0), (score.Precision, score.Recall));
        Assert.Equal((0, 0), (score.CrossStoryLinks, score.IndependentPairsLinked));
        Assert.Equal(30, score.Partials.Found);
    }

    // The analysis a perfect detector would return.
    private static CopyAnalysis Oracle(CopyGold gold)
    {
        var links = gold.Copies.Select(c => new CopyLink(c.Copy, c.Original, CopyKind.Copy, 1, 1, []))
            .Concat(gold.Partials.Select(p => new CopyLink(p.First, p.Second, CopyKind.Partial, 0.2, 0.1, [])))
            .ToList();
        var origins = gold.Articles.Values
            .GroupBy(a => a.Origin, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key, .. g.Select(a => a.Id).Where(id => id != g.Key)])
            .ToList();
        return new CopyAnalysis(links, origins);
    }

    private static CopySetOptions Options(int seed) => new() { Seed = seed, PartialPairs = 1 };

    private static string Describe(Documents.NewsDocument document) =>
        $"{document.Id}|{document.Metadata.Title}|{document.Metadata.Published:O}|{document.Text}";

    private static List<string> Paragraphs(Documents.NewsDocument document) =>
        Enumerable.Range(0, document.Paragraphs.Count).Select(document.ParagraphText).ToList();

    // Twenty stories of three articles: long multi-paragraph ones, one-paragraph leads, and short ones.
    private static CopyCorpus Corpus()
    {
        var random = new Random(2026);
        var sources = new List<CopySource>();
        for (var story = 0; story < 20; story++)
        {
            for (var outlet = 0; outlet < 3; outlet++)
            {
                var paragraphs = outlet switch
                {
                    0 => Article(random, 4 + (story % 5)),
                    1 => [string.Join(' ', Article(random, 3))],
                    _ => Article(random, 1).Take(1).Select(p => string.Join(' ', p.Split(' ').Take(30))).ToList(),
                };
                var title = $"Story {story} as told by outlet {outlet}";
                sources.Add(new CopySource($"test:{story}-{outlet}", "test", $"test:{story}", title, paragraphs, null));
            }
        }

        return CopyCorpus.FromSources(sources);
    }

    // Paragraphs of two or three sentences of 7-12 random words, some quoted.
    private static List<string> Article(Random random, int paragraphs)
    {
        var result = new List<string>();
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = new List<string>();
            for (var s = 0; s < 2 + random.Next(2); s++)
            {
                var words = Enumerable.Range(0, 7 + random.Next(6)).Select(_ => Words[random.Next(Words.Length)]).ToList();
                words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
                var sentence = string.Join(' ', words) + ".";
                sentences.Add(random.Next(4) == 0 ? "\"" + sentence + "\" officials said it's true." : sentence);
            }

            result.Add(string.Join(' ', sentences));
        }

        return result;
    }
}
