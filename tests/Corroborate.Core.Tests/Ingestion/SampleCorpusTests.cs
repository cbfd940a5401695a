using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Ingestion;

namespace Corroborate.Core.Tests.Ingestion;

/// <summary>Reads the repository's <c>samples</c> folder, whose contents are described in its README.</summary>
public sealed class SampleCorpusTests
{
    private static readonly IngestResult Corpus = Ingest.Read(Repository.Samples);

    [Fact]
    public void Every_Sample_File_Is_Read_And_The_Readme_Skipped()
    {
        var statistics = Corpus.Statistics;

        Assert.Equal(9, statistics.FilesSeen);
        Assert.Equal(8, statistics.FilesRead);
        Assert.Equal(1, statistics.FilesSkipped);
        Assert.Equal(0, statistics.FilesFailed);
        Assert.Equal(0, statistics.RecordProblems);
        Assert.Empty(Corpus.Errors);
        Assert.EndsWith("README.md", Assert.Single(Corpus.Warnings).Location.Path, StringComparison.Ordinal);
        Assert.Equal(InputOutcome.AllRead, statistics.Outcome);
    }

    [Fact]
    public void The_Corpus_Holds_13_Articles_Of_The_Expected_Kinds()
    {
        Assert.Equal(13, Corpus.Articles.Count);
        Assert.Equal(13, Corpus.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(
            [
                "brindlemouth-gazette-tesselmoor-dam", "corrwick-sentinel-saltmarch-tram", "corrwick-sentinel-tesselmoor-dam",
                "westreach-chronicle-tesselmoor-dam",
            ],
            Corpus.Articles.Where(a => a.Kind == ContentKind.HtmlPage).Select(a => a.Id));
        Assert.Equal(["newsdesk-export-1", "newsdesk-export-2", "newsdesk-export-3"],
            Corpus.Articles.Where(a => a.Origin.Line is not null).Select(a => a.Id));
        Assert.Equal(["harbourline-radio-feed-1", "harbourline-radio-feed-2", "harbourline-radio-feed-3", "kestrel-daily-atom-1", "kestrel-daily-atom-2"],
            Corpus.Articles.Where(a => a.Origin.Item is not null).Select(a => a.Id));
    }

    [Fact]
    public void Windows1252_Page_Decodes_Accented_Names()
    {
        var gazette = Corpus.Single("brindlemouth-gazette-tesselmoor-dam");

        Assert.Contains("Joaquín Belaúnde", gazette.Content, StringComparison.Ordinal);
        Assert.Contains("Íñigo Sáenz-Baptiste", gazette.Content, StringComparison.Ordinal);
        Assert.Contains("Harbour Café", gazette.Content, StringComparison.Ordinal);
        Assert.Contains("€3.2 million", gazette.Content, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', gazette.Content);
    }

    [Fact]
    public void Jsonl_Records_Carry_Their_Three_Field_Name_Schemes()
    {
        var wire = Corpus.Single("newsdesk-export-1");
        var quarterline = Corpus.Single("newsdesk-export-2");
        var tram = Corpus.Single("newsdesk-export-3");

        Assert.Equal(["Lucan Fairweather", "Odile Strand-Maccabe"], wire.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 9, 15, 0, TimeSpan.Zero), wire.Metadata.Published);
        Assert.Equal("Tollbridge Press Agency", wire.Metadata.SiteName);
        Assert.Equal(12, wire.Content.Split("\n\n").Length);
        Assert.Equal(["Ilse Varga-Doyle"], quarterline.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 18, 40, 0, TimeSpan.Zero), quarterline.Metadata.Published);
        Assert.Equal("Quarterline News", quarterline.Metadata.SiteName);
        Assert.Equal(9, quarterline.Content.Split("\n\n").Length);
        Assert.Equal(["Callum Oduya"], tram.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 19, 0, 0, 0, TimeSpan.Zero), tram.Metadata.Published);
        Assert.Equal("Harbourline Radio", tram.Metadata.SiteName);
    }

    [Fact]
    public void Feed_Items_Carry_Feed_Metadata()
    {
        var update = Corpus.Single("harbourline-radio-feed-1");
        var full = Corpus.Single("harbourline-radio-feed-2");
        var tram = Corpus.Single("harbourline-radio-feed-3");
        var review = Corpus.Single("kestrel-daily-atom-1");
        var questions = Corpus.Single("kestrel-daily-atom-2");

        Assert.Equal(ContentKind.PlainText, update.Kind);
        Assert.Equal(new DateTimeOffset(2026, 2, 21, 7, 30, 0, TimeSpan.Zero), update.Metadata.Published);
        Assert.Equal(ContentKind.HtmlFragment, full.Kind);
        Assert.Equal(9, full.Content.Split("<p>").Length - 1);
        Assert.Equal(["Nadia Brookfield"], full.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 16, 45, 0, TimeSpan.Zero), full.Metadata.Published);
        Assert.Equal(["Callum Oduya"], tram.Metadata.Authors);
        Assert.All([update, full, tram], a => Assert.Equal("Harbourline Radio", a.Metadata.SiteName));

        Assert.Equal("Regulator orders review of all Ambry Hydro dams", review.Metadata.Title);
        Assert.Equal(ContentKind.HtmlFragment, review.Kind);
        Assert.Equal(3, review.Content.Split("<p>").Length - 1);
        Assert.Equal(10, questions.Content.Split("<p>").Length - 1);
        Assert.Equal(new DateTimeOffset(2026, 2, 22, 6, 0, 0, TimeSpan.Zero), questions.Metadata.Published);
        Assert.All([review, questions], a =>
        {
            Assert.Equal(["Wendell Ashgrove"], a.Metadata.Authors);
            Assert.Equal("Kestrel Daily", a.Metadata.SiteName);
        });
    }

    [Fact]
    public void Scrape_Dump_Keeps_Its_Residue_For_The_Cleaner()
    {
        var dump = Corpus.Single("dailyfold-tesselmoor-dam");

        Assert.Equal(ContentKind.PlainText, dump.Kind);
        Assert.Equal("Thousands flee Corrwick as Tesselmoor spillway fails", dump.Metadata.Title);
        Assert.StartsWith("20260221\nhttps://www.westreachchronicle.example/news/2026/02/20/tesselmoor-spillway-fails-corrwick\n",
            dump.Content, StringComparison.Ordinal);
    }
}
