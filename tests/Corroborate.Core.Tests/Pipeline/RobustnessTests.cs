using System.Text;
using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Reporting;

namespace Corroborate.Core.Tests.Pipeline;

/// <summary>Hostile and random input must never throw out of the pipeline.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div class=\"article-body\">", "</div>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>",
        "&amp;", "&#x1F600;", "&#xD800;", "&#56320;", "&#99999999;", "&bogus;", "<a href='", "\"", "'", "<", ">", "/>", "<br>", "<table><tr><td>",
        "<figure><figcaption>", "By Jane Doe", "ADVERTISEMENT", "\n", "\n\n", " ", "\u0000", "\uFFFD", "\uD800", "é", "“", "’",
        "{\"title\":", "[", "]", "}", "20260220", "https://x.example/2026/02/20/a", "<meta property=\"article:published_time\" content=\"",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":", "The council voted on Tuesday to approve the plan, officials said.",
    ];

    [Fact]
    public void Random_Markup_And_Text_Never_Throw_From_Processing()
    {
        var random = new Random(20260221);
        var processor = new ArticleProcessor();
        for (var round = 0; round < 600; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 400);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var content = builder.ToString();
            foreach (var kind in new[] { ContentKind.HtmlPage, ContentKind.HtmlFragment, ContentKind.PlainText })
            {
                var article = new Article("fuzz", new SourceLocation("fuzz"), kind, content, new ArticleMetadata());
                var doc = processor.Process(article);
                if (doc is not null)
                {
                    Assert.All(doc.Paragraphs, span => Assert.InRange(span.End, span.Start, doc.Text.Length));
                    var report = new CorpusReport([doc], Corroborate.Stories.StoryGrouping.Single([doc]), []);
                    using var writer = new StringWriter();
                    new JsonReportWriter().Write(report, writer);
                    new HtmlReportWriter().Write(report, writer);
                    new MarkdownReportWriter().Write(report, writer);
                }
            }
        }
    }

    [Fact]
    public void Random_Bytes_In_Files_Are_Reported_Not_Thrown()
    {
        var random = new Random(7);
        using var folder = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            var extension = new[] { ".html", ".txt", ".json", ".jsonl", ".xml", "" }[i % 6];
            File.WriteAllBytes(Path.Combine(folder.Path, $"noise{i}{extension}"), bytes);
        }

        var log = new ProblemLog();
        var report = new CorpusAnalyzer().Analyze(new InputReader().Read([folder.Path], log.Add), log);
        // Every file is accounted for: it gave articles, or a problem line names it.
        var accounted = log.Snapshot().Select(p => Path.GetFileName(p.Location.Path))
            .Concat(report.Articles.Select(a => Path.GetFileName(a.Source.Origin.Path)))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(40, accounted.Count);
        Assert.All(accounted, name => Assert.StartsWith("noise", name, StringComparison.Ordinal));
    }
}
