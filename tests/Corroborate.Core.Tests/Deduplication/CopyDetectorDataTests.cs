using Corroborate.Core.Tests.Support;
using Corroborate.Deduplication;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Extraction;
using Corroborate.Extraction;

namespace Corroborate.Core.Tests.Deduplication;

public sealed class CopyDetectorDataTests
{
    /// <summary>
    /// Real pages: each page's text as our extractor takes it from the HTML (with whatever chrome it
    /// kept) is a republication of the page's reference body, published a day later. Every page must
    /// be linked to its own reference as a copy, and never to another page as one. (Pages of one
    /// publisher may share a boilerplate paragraph, "About the company": those are partial links.)
    /// </summary>
    [DataFact("extraction-benchmark")]
    public void Extracted_Pages_Link_To_Their_Own_Reference_Body_And_Nothing_Else()
    {
        var data = ExtractionBenchmarkData.Load(DataPaths.Find("extraction-benchmark")!);
        var extractor = new ArticleExtractor();
        var documents = new List<Corroborate.Documents.NewsDocument>();
        foreach (var (id, body) in data.GroundTruth)
        {
            documents.Add(Some.Document("ref-" + id, body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries), Some.Feb(1)));
            var extracted = extractor.Extract(File.ReadAllText(data.HtmlPath(id)));
            documents.Add(Some.Document("page-" + id, extracted.Paragraphs, Some.Feb(2)));
        }

        var analysis = new CopyDetector().Detect(documents);
        var copies = analysis.Links.Where(l => l.Kind == CopyKind.Copy).ToList();
        static string Page(string id) => id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..];
        Assert.All(copies, l => Assert.Equal(Page(l.Of), Page(l.Article)));
        Assert.All(copies, l => Assert.StartsWith("page-", l.Article, StringComparison.Ordinal));
        var missing = data.GroundTruth.Keys.Where(id => !copies.Any(c => Page(c.Article) == id))
            .Select(id => id[..8] + ":" + string.Join("/", analysis.Links.Where(l => Page(l.Article) == id && Page(l.Of) == id).Select(l => $"{l.Kind} {l.TextShare}")));
        Assert.True(copies.Count >= data.GroundTruth.Count - 2, $"{copies.Count} of {data.GroundTruth.Count} pages linked to their reference; missing {string.Join(", ", missing)}");
        var crossPage = analysis.Links.Where(l => Page(l.Of) != Page(l.Article)).ToList();
        Assert.True(crossPage.Count <= 6, $"{crossPage.Count} partial links between different pages: "
            + string.Join("; ", crossPage.Select(l => $"{l.Article[..13]} {l.Of[..12]} {l.Kind} {l.TextShare} {l.SharedParagraphs.Count}")));
    }
}
