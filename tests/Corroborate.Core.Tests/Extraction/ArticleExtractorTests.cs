using Corroborate.Core.Tests.Support;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Extraction;
using Corroborate.Extraction;

namespace Corroborate.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <title>Ferry service resumes after storm | Lakeside Post</title>
        <meta property="og:site_name" content="Lakeside Post">
        <meta property="article:published_time" content="2026-03-02T08:00:00Z">
        <meta property="article:modified_time" content="2026-03-04T10:00:00Z">
        <meta name="author" content="Ines Harrow">
        <link rel="canonical" href="https://lakesidepost.example/news/ferry-resumes">
        </head><body>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
        <header class="site-header"><span>Lakeside Post</span></header>
        <main><article>
          <h1>Ferry service resumes after storm</h1>
          <div class="byline">By Ines Harrow</div>
          <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Email</a></div>
          <div class="article-body">
            <p>The island ferry returned to its normal timetable on Monday, three days after a storm tore a mooring loose at the north pier, the operator said.</p>
            <figure><img src="pier.jpg"><figcaption>Workers repair the north pier on Sunday. Photo: Lakeside Post</figcaption></figure>
            <p>Engineers worked through the weekend to replace the damaged bollards, and a harbour inspector signed off the repairs late on Sunday evening.</p>
            <div class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story from the lake.</p></div>
            <p>“We know people were stranded, and we are sorry for that,” said Ottilie Brandt, the operator's manager, adding that refunds would be paid within a week.</p>
            <p>Read more: <a href="/other">Storm damage bill climbs past estimates</a></p>
          </div>
          <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Harbour fees to rise in spring, council confirms after long debate</a></li><li><a href="/b">New lifeboat station opens on the island</a></li></ul></aside>
          <section class="comments"><div class="comment"><p>Finally! I have waited three days to get home and nobody told us anything useful at all.</p></div></section>
        </article></main>
        <footer><p>© 2026 Lakeside Post. All rights reserved. Contact us. Privacy policy.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_The_Body_Paragraphs_And_Drops_Page_Chrome()
    {
        var article = new ArticleExtractor().Extract(Page);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The island ferry returned", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Engineers worked", article.Paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("“We know people", article.Paragraphs[2], StringComparison.Ordinal);
        foreach (var chrome in new[] { "cookies", "Share on", "Photo:", "newsletter", "Read more", "Related", "Finally!", "rights reserved", "By Ines" })
        {
            Assert.DoesNotContain(chrome, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Records_What_It_Removed_Inside_The_Article()
    {
        var article = new ArticleExtractor().Extract(Page);
        Assert.Contains(article.Removed, r => r.Reason == "caption" && r.Text.StartsWith("Workers repair", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Reason == "promo" && r.Text.Contains("newsletter", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Text.StartsWith("Read more", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_Metadata_And_Prefers_The_Published_Date_Over_The_Modified_One()
    {
        var metadata = new ArticleExtractor().Extract(Page).Metadata;
        Assert.Equal("Ferry service resumes after storm", metadata.Title);
        Assert.Equal(["Ines Harrow"], metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal("https://lakesidepost.example/news/ferry-resumes", metadata.Url);
        Assert.Equal("Lakeside Post", metadata.SiteName);
        Assert.Equal("en", metadata.Language);
    }

    [Fact]
    public void Json_Ld_Metadata_Wins_And_Its_Body_Rescues_An_Empty_Page()
    {
        const string page = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2026-01-05T07:00:00Z","dateModified":"2026-01-06T07:00:00Z",
              "author":[{"@type":"Person","name":"Ada Lind"},{"@type":"Person","name":"Bo Ek"}],"publisher":{"@type":"Organization","name":"River Times"},
              "articleBody":"The bridge reopened on Monday after eight months of repairs that cost more than planned.\nTraffic was light in the first hours, and cyclists were the first to cross when the barriers were lifted at dawn. Officials said the final bill will be published in March, once the contractor has submitted its last invoices."}]}
            </script></head><body><div id="app"></div></body></html>
            """;
        var article = new ArticleExtractor().Extract(page);
        Assert.Equal("json-ld", article.Method);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("Bridge reopens", article.Metadata.Title);
        Assert.Equal(["Ada Lind", "Bo Ek"], article.Metadata.Authors);
        Assert.Equal("River Times", article.Metadata.SiteName);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero), article.Metadata.Published);
    }

    [Fact]
    public void A_Page_With_No_Article_Yields_No_Body()
    {
        const string page = "<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav><div class='login'>Sign in</div></body></html>";
        Assert.Empty(new ArticleExtractor().Extract(page).Paragraphs);
    }

    [Fact]
    public void Sample_Page_Gives_Its_Thirteen_Body_Paragraphs_Without_Chrome()
    {
        var html = File.ReadAllText(Repository.Sample("westreach-chronicle-tesselmoor-dam.html"));
        var article = new ArticleExtractor().Extract(html);
        Assert.Equal(13, article.Paragraphs.Count);
        Assert.Equal(["Priya Halvorsen", "Tomas Greer"], article.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 14, 30, 0, TimeSpan.Zero), article.Metadata.Published);
        Assert.Equal("Westreach Chronicle", article.Metadata.SiteName);
        Assert.DoesNotContain("Bram Oakhurst", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related stories", article.Text, StringComparison.Ordinal);
    }

    [DataFact("extraction-benchmark")]
    public void Extraction_Benchmark_F1_Stays_Above_The_Target()
    {
        var data = ExtractionBenchmarkData.Load(DataPaths.Find("extraction-benchmark")!);
        var extractor = new ArticleExtractor();
        var predictions = data.GroundTruth.Keys.ToDictionary(
            id => id, id => extractor.Extract(File.ReadAllText(data.HtmlPath(id))).Text, StringComparer.Ordinal);
        var score = data.Score(predictions);
        Assert.True(score.F1 >= 0.95, $"F1 {score.F1:F3} (P {score.Precision:F3}, R {score.Recall:F3}) is under 0.95");
        Assert.Equal(0, score.EmptyPredictions);
    }
}
