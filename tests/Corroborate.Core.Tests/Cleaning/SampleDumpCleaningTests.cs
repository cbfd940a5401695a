using Corroborate.Cleaning;
using Corroborate.Core.Tests.Support;
using Corroborate.Documents;

namespace Corroborate.Core.Tests.Cleaning;

/// <summary>The Dailyfold scrape in <c>samples/</c> cleans to the thirteen Westreach Chronicle paragraphs (samples/README.md).</summary>
public sealed class SampleDumpCleaningTests
{
    private static readonly Lazy<(string Text, CleanedText Cleaned)> Sample = new(() =>
    {
        var text = File.ReadAllText(Repository.Sample("dailyfold-tesselmoor-dam.txt"));
        return (text, new ScrapedTextCleaner().Clean(text, new ArticleMetadata()));
    });

    [Fact]
    public void The_dailyfold_dump_cleans_to_its_thirteen_article_paragraphs()
    {
        var paragraphs = Sample.Value.Cleaned.Paragraphs;

        Assert.Equal(13, paragraphs.Count);
        Assert.StartsWith("CORRWICK — By mid-morning on Friday", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Back on Quay Street", paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kept_paragraph_is_a_line_of_the_dump_or_the_first_line_without_its_byline()
    {
        var lines = Sample.Value.Text.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        foreach (var paragraph in Sample.Value.Cleaned.Paragraphs.Skip(1))
        {
            Assert.Contains(paragraph, lines);
        }
    }

    [Fact]
    public void The_dailyfold_dump_metadata_comes_from_its_header_and_byline()
    {
        var metadata = Sample.Value.Cleaned.Metadata;

        Assert.Equal(new DateOnly(2026, 2, 21), DateOnly.FromDateTime(metadata.Published!.Value.UtcDateTime));
        Assert.Equal("https://www.westreachchronicle.example/news/2026/02/20/tesselmoor-spillway-fails-corrwick", metadata.Url);
        Assert.Equal(["Priya Halvorsen", "Tomas Greer"], metadata.Authors);
        Assert.Equal("Thousands flee Corrwick as Tesselmoor spillway fails", metadata.Title);
        Assert.Equal("westreachchronicle.example", metadata.SiteName);
    }

    [Fact]
    public void The_dailyfold_residue_is_removed_with_its_reasons()
    {
        var reasons = Sample.Value.Cleaned.Removed.Select(r => r.Reason).ToList();

        Assert.Equal(
            [
                RemovalReasons.Headline, RemovalReasons.DumpHeader, RemovalReasons.DumpHeader, RemovalReasons.Byline,
                RemovalReasons.Caption, RemovalReasons.RepeatedParagraph, RemovalReasons.PhotoCredit, RemovalReasons.AdMarker,
                RemovalReasons.RelatedLink, RemovalReasons.Promo, RemovalReasons.AdMarker, RemovalReasons.Promo,
                RemovalReasons.Navigation, RemovalReasons.Navigation, RemovalReasons.RelatedArticles, RemovalReasons.RelatedArticles,
                RemovalReasons.RelatedArticles, RemovalReasons.RelatedArticles, RemovalReasons.Promo, RemovalReasons.SourceLine,
                RemovalReasons.DomainLine,
            ],
            reasons);
    }
}
