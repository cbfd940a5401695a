using Corroborate.Core.Tests.Support;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Pipeline;

namespace Corroborate.Core.Tests.Deduplication;

public sealed class CopyDetectorTests
{
    // A fictional wire story, written for these tests.
    private static readonly string[] Wire =
    [
        "LOWMERE, Eastfold (NPA) — A fire that started in a timber yard on the edge of Lowmere spread to three warehouses overnight, forcing the closure of the town's ring road and the evacuation of about 600 people from nearby streets, the county fire service said on Wednesday.",
        "Crews from six stations fought the blaze for more than nine hours before bringing it under control shortly after dawn, according to a statement from the service, which said no one had been seriously hurt.",
        "\"The wind turned twice during the night and pushed the flames towards the houses on Carrow Lane,\" said Group Commander Idris Vantongeren, who led the response. \"Our crews held the line at the canal.\"",
        "Residents were taken to a leisure centre on the north side of town, where volunteers handed out blankets and hot drinks. Most were allowed home by mid-morning, although eleven households on Carrow Lane were told to stay away until engineers had checked the gas supply.",
        "The timber yard's owner, Pellworth Holdings, said in a short statement that it was cooperating with investigators and that it was too early to say what had caused the fire.",
        "Smoke from the fire could be seen from the motorway twenty kilometres away, and the regional air quality agency advised people in three villages downwind to keep their windows closed until the evening.",
        "The ring road reopened to traffic at noon, but the fire service said one lane near the yard would stay closed for several days while the warehouses were made safe.",
        "It is the second large fire at an industrial site in the county this year, after a blaze at a recycling plant near Harrowgate in March destroyed two sheds and took three days to put out.",
    ];

    private static NewsDocument Original() => Some.Document("wire", Wire, Some.Feb(11, 6), "Fire spreads from Lowmere timber yard to warehouses");

    private static CopyAnalysis Detect(params NewsDocument[] documents) => new CopyDetector().Detect(documents);

    private static CopyLink SingleCopy(CopyAnalysis analysis)
    {
        var link = Assert.Single(analysis.Links);
        Assert.Equal(CopyKind.Copy, link.Kind);
        return link;
    }

    [Fact]
    public void A_Syndicated_Copy_With_Boilerplate_And_A_New_Headline_Is_A_Copy_Of_The_Earlier_Original()
    {
        var copy = Some.Document("paper", ["Advertisement", .. Wire, "Sign up for our newsletter to get the morning headlines every day.", "(Northern Press Agency)"],
            Some.Feb(11, 9), "Warehouses burn as Lowmere timber yard fire rages through the night");
        var link = SingleCopy(Detect(copy, Original()));
        Assert.Equal("paper", link.Article);
        Assert.Equal("wire", link.Of);
        Assert.Equal(8, link.SharedParagraphs.Count);
        Assert.True(link.TextShare > 0.9, $"text share {link.TextShare}");
    }

    [Fact]
    public void At_The_Same_Instant_A_Lower_Cased_Twin_Is_The_Copy_And_Other_Copies_Link_To_The_Original()
    {
        var time = Some.Feb(11, 6);
        var lower = Some.Document("aaa-lower", Wire.Select(p => p.ToLowerInvariant()), time);
        var original = Some.Document("zzz-wire", Wire, time);
        var later = Some.Document("later", Wire.Take(6), Some.Feb(11, 9));

        var analysis = Detect(lower, later, original);

        Assert.Equal("zzz-wire", Assert.Single(analysis.Origins)[0]);
        Assert.Contains(analysis.Links, l => l is { Article: "aaa-lower", Of: "zzz-wire" });
        Assert.Contains(analysis.Links, l => l is { Article: "later", Of: "zzz-wire" });
    }

    [Fact]
    public void A_Brief_Whose_Text_Is_A_Related_Link_On_Another_Page_Is_Not_Its_Copy()
    {
        var brief = Some.Document("brief", ["Harbour authorities in Selkmouth will decide on Monday whether to reopen the north pier to fishing boats."], Some.Feb(10));
        var page = Some.Document("page", [.. Wire, "Read more: Harbour authorities in Selkmouth will decide on Monday whether to reopen the north pier to fishing boats."], Some.Feb(11));

        Assert.DoesNotContain(Detect(brief, page, Original()).Links, l => l.Article == "brief" || l.Of == "brief");
    }

    [Theory]
    [InlineData("Read more: Council votes to close the old library", true)]
    [InlineData("Don’t miss: Floods close the coast road for a second day.", true)]
    [InlineData("More coverage: Storm latest", true)]
    [InlineData("Kirrane said: \"We will rebuild.\"", false)]
    [InlineData("The mayor's message was simple: stay at home.", false)]
    public void Link_Lines_Are_A_Link_Label_A_Colon_And_A_Headline(string line, bool expected) =>
        Assert.Equal(expected, DocumentFingerprint.IsLinkLine(line));

    [Fact]
    public void Letter_Case_Anomaly_Is_High_For_Normalised_Text_And_Low_For_Prose()
    {
        var prose = string.Join("\n\n", Wire);
        Assert.True(DocumentFingerprint.MeasureCaseAnomaly(prose) < 0.1);
        Assert.True(DocumentFingerprint.MeasureCaseAnomaly(prose.ToLowerInvariant()) > 0.9);
        Assert.True(DocumentFingerprint.MeasureCaseAnomaly(prose.ToUpperInvariant()) > 0.9);
    }

    [Fact]
    public void A_Truncated_Copy_Keeping_Half_Is_Contained_Whole_In_Its_Original()
    {
        var copy = Some.Document("short", Wire.Take(4), Some.Feb(12));
        var link = SingleCopy(Detect(Original(), copy));
        Assert.Equal("short", link.Article);
        Assert.True(link.Containment > 0.95, $"containment {link.Containment}");
        Assert.True(link.Resemblance < 0.7, $"resemblance {link.Resemblance}");
    }

    [Fact]
    public void Reordered_And_Dropped_Paragraphs_And_Changed_Quote_Characters_Still_Make_A_Copy()
    {
        var shuffled = new[] { Wire[5], Wire[0], Wire[3], Wire[2].Replace('"', '“'), Wire[7], Wire[1] };
        var link = SingleCopy(Detect(Original(), Some.Document("remix", shuffled, Some.Feb(12))));
        Assert.Equal("remix", link.Article);
        Assert.Contains(link.SharedParagraphs, p => p.Paragraph == 0 && p.OfParagraph == 5);
    }

    [Fact]
    public void Light_Edits_To_Every_Paragraph_Leave_A_Copy()
    {
        var random = new Random(3);
        var edited = Wire.Select(p => EditWords(p, 0.15, random)).ToList();
        SingleCopy(Detect(Original(), Some.Document("edited", edited, Some.Feb(12))));
    }

    [Fact]
    public void Same_Dates_Fall_Back_To_Containment_Then_Length()
    {
        var copy = Some.Document("trimmed", Wire.Take(5), Some.Feb(11, 6));
        var link = SingleCopy(Detect(copy, Original()));
        Assert.Equal("trimmed", link.Article);
        Assert.Equal("wire", link.Of);
    }

    [Fact]
    public void Independent_Reports_Of_The_Same_Fire_That_Quote_The_Same_Words_Are_Not_Linked()
    {
        var other = Some.Document("own", [
            "Firefighters spent the night battling flames at a Lowmere timber yard as the blaze jumped to neighbouring warehouses and hundreds of residents were moved to safety.",
            "\"The wind turned twice during the night and pushed the flames towards the houses on Carrow Lane,\" Group Commander Idris Vantongeren told our reporter at the scene.",
            "Carrow Lane resident Maud Ellory, 72, said she had been woken by a neighbour banging on her door at two in the morning and had left with only her coat and her cat.",
            "Investigators are expected to begin examining the site on Thursday once the warehouses have cooled, the fire service said.",
        ], Some.Feb(11, 12));
        var analysis = Detect(Original(), other);
        Assert.Empty(analysis.Links);
        Assert.Equal(2, analysis.IndependentSources);
    }

    [Fact]
    public void Two_Articles_Sharing_Agency_Paragraphs_Inside_Their_Own_Reporting_Are_A_Partial_Pair_And_Separate_Origins()
    {
        var own = new[]
        {
            "Shopkeepers on Lowmere's high street said trade had been hit hard by the closure of the ring road, with some reporting their quietest Wednesday morning in years.",
            "Baker Tomasz Hollin said he had thrown away two trays of bread by eleven o'clock because no one could reach the shop from the estates on the other side of town.",
            "The town council said it would ask the county for help with the cost of the clean-up, which officials expect to run to several hundred thousand euros.",
            "A public meeting about safety at industrial sites near housing has been called for next Tuesday evening at the town hall, the council's leader announced.",
        };
        var mixed = Some.Document("local", [own[0], Wire[1], own[1], Wire[6], own[2], own[3]], Some.Feb(11, 15));
        var analysis = Detect(Original(), mixed);
        var link = Assert.Single(analysis.Links);
        Assert.Equal(CopyKind.Partial, link.Kind);
        Assert.Equal("local", link.Article);
        Assert.Equal([(1, 1), (3, 6)], link.SharedParagraphs.Select(p => (p.Paragraph, p.OfParagraph)));
        Assert.Equal(2, analysis.IndependentSources);
    }

    [Fact]
    public void Copies_Of_Copies_Join_One_Origin_Group_Led_By_The_Earliest()
    {
        var syndicated = Some.Document("paper", Wire, Some.Feb(11, 9));
        var scraped = Some.Document("scraper", ["Related articles", .. Wire.Take(6), "paper.example"], Some.Feb(12, 9));
        var analysis = Detect(scraped, syndicated, Original());
        var group = Assert.Single(analysis.Origins);
        Assert.Equal(["wire", "paper", "scraper"], group);
        Assert.Equal(2, analysis.Links.Count);
        Assert.All(analysis.Links, l => Assert.Equal(CopyKind.Copy, l.Kind));
    }

    [Fact]
    public void Unrelated_Articles_Are_Never_Even_Compared()
    {
        var random = new Random(11);
        var vocabulary = Wire.SelectMany(p => p.Split(' ')).Distinct().ToArray();
        var documents = Enumerable.Range(0, 400)
            .Select(i => Some.Document($"d{i}", Enumerable.Range(0, 5).Select(_ => string.Join(' ', Enumerable.Range(0, 40).Select(_ => vocabulary[random.Next(vocabulary.Length)]))), Some.Feb(1 + (i % 20))))
            .ToArray();
        var detector = new CopyDetector();
        var candidates = detector.FindCandidates(documents.Select(d => DocumentFingerprint.Of(d)).ToArray());
        // 400 documents make 79,800 pairs; random text over a small vocabulary shares a few shingles by chance only.
        Assert.True(candidates.Count < 2_000, $"{candidates.Count} candidate pairs");
        Assert.Empty(detector.Detect(documents).Links);
    }

    [Fact]
    public void The_Sample_Corpus_Has_The_Designed_Lineage()
    {
        var log = new ProblemLog();
        var report = new CorpusAnalyzer().Analyze(new InputReader().Read([Repository.Samples], log.Add), log);
        var links = report.Copies.Links.Select(l => (l.Kind, l.Article, l.Of)).ToList();
        Assert.Equal(
            [
                (CopyKind.Copy, "corrwick-sentinel-tesselmoor-dam", "newsdesk-export-1"),
                (CopyKind.Copy, "dailyfold-tesselmoor-dam", "westreach-chronicle-tesselmoor-dam"),
                (CopyKind.Partial, "brindlemouth-gazette-tesselmoor-dam", "newsdesk-export-1"),
            ],
            links);
        var partial = report.Copies.Links.Single(l => l.Kind == CopyKind.Partial);
        Assert.Equal([(2, 2), (6, 7), (12, 10)], partial.SharedParagraphs.Select(p => (p.Paragraph, p.OfParagraph)));
        Assert.Equal(13, report.Articles.Count);
        Assert.Equal(11, report.Copies.IndependentSources);
        Assert.Contains(report.Copies.Origins, g => g.SequenceEqual(["westreach-chronicle-tesselmoor-dam", "dailyfold-tesselmoor-dam"]));
    }

    private static string EditWords(string paragraph, double share, Random random)
    {
        var words = paragraph.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < share)
            {
                words[i] = "edited" + random.Next(1000);
            }
        }

        return string.Join(' ', words);
    }
}
