using System.Text.Json;

namespace Corroborate.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyzing_The_Samples_Prints_A_Markdown_Report_Of_All_Thirteen_Articles()
    {
        var run = CliRun.Of("analyze", CliRun.Samples);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Corroborate report", run.Out, StringComparison.Ordinal);
        Assert.Contains("13 articles", run.Out, StringComparison.Ordinal);
        Assert.Contains("Westreach Chronicle", run.Out, StringComparison.Ordinal);
        Assert.Contains("Brindlemouth Gazette", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Report_Follows_The_Schema_With_Complete_Articles()
    {
        var run = CliRun.Of("analyze", CliRun.Samples, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("corroborate.report/1", root.GetProperty("schema").GetString());
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(13, articles.Count);
        foreach (var article in articles)
        {
            foreach (var field in new[] { "id", "title", "outlet", "url", "published", "authors", "text", "paragraphs", "removed" })
            {
                Assert.True(article.TryGetProperty(field, out _), $"article lacks '{field}'");
            }

            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("text").GetString()));
        }

        // The dam failure and the tram vote are different stories; Kestrel's two 22 February pieces are the dam
        // story's next development, a story of its own that follows it (samples/README.md). Every article is in one.
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal([8, 3, 2], stories.Select(s => s.GetProperty("articles").GetArrayLength()));
        var followUp = stories[2];
        Assert.Equal(["kestrel-daily-atom-1", "kestrel-daily-atom-2"], followUp.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order());
        Assert.Equal(stories[0].GetProperty("id").GetString(), followUp.GetProperty("follows").GetString());
        Assert.Equal([followUp.GetProperty("id").GetString()], stories[0].GetProperty("followedBy").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Null, stories[1].GetProperty("follows").ValueKind);
        Assert.Equal(0, stories[1].GetProperty("followedBy").GetArrayLength());
        var members = stories.SelectMany(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!)).ToList();
        Assert.Equal(13, members.Count);
        Assert.Equal(13, members.Distinct().Count());
        var main = stories[0].GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("newsdesk-export-1", main);
        Assert.Contains("corrwick-sentinel-tesselmoor-dam", main);
        Assert.DoesNotContain("corrwick-sentinel-saltmarch-tram", main);
        var tram = stories.Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == "corrwick-sentinel-saltmarch-tram"));
        Assert.Equal(3, tram.GetProperty("articles").GetArrayLength());
        Assert.Equal(11, stories.Sum(s => s.GetProperty("independentSources").GetInt32()));
        Assert.Equal(11, stories.Sum(s => s.GetProperty("origins").GetArrayLength()));
        var copies = root.GetProperty("copies").EnumerateArray().ToList();
        Assert.Equal(["copy", "copy", "partial"], copies.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(copies, c => Assert.InRange(c.GetProperty("containment").GetDouble(), 0, 1));
    }

    [Fact]
    public void Json_Report_Carries_The_Windows_1252_Page_Decoded_And_The_Scrape_Cleaned()
    {
        var run = CliRun.Of("analyze", CliRun.Samples, "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Contains("Belaúnde", articles["brindlemouth-gazette-tesselmoor-dam"].GetProperty("text").GetString(), StringComparison.Ordinal);

        var scrape = articles["dailyfold-tesselmoor-dam"];
        Assert.Equal("2026-02-21", scrape.GetProperty("published").GetString());
        Assert.Equal(13, scrape.GetProperty("paragraphs").GetArrayLength());
        var reasons = scrape.GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("reason").GetString()).ToHashSet();
        Assert.Contains("byline", reasons);
        Assert.Contains("repeated-paragraph", reasons);
        Assert.Contains("dump-header", reasons);
        Assert.DoesNotContain("ADVERTISEMENT", scrape.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Say_How_Many_Independent_Origins_And_Draw_The_Lineage()
    {
        var markdown = CliRun.Of("analyze", CliRun.Samples);
        Assert.Contains("articles from 6 independent origins", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("is a copy of Tollbridge Press Agency", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("shares 3 paragraphs with Tollbridge Press Agency", markdown.Out, StringComparison.Ordinal);

        var html = CliRun.Of("analyze", CliRun.Samples, "--format", "html").Out;
        Assert.Contains("<svg class=\"lineage\"", html, StringComparison.Ordinal);
        Assert.Contains("stroke-dasharray", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_Folder_Gets_Three_Reports_And_The_Html_Runs_No_Source_Markup()
    {
        using var folder = new TempFolder();
        folder.Write("in/hostile.txt", "Mayor says <script>alert('x')</script> is fine\n\nThe mayor said on Tuesday that the <b>council</b> would vote on the plan next week, and that residents could attend.\n");
        var output = System.IO.Path.Combine(folder.Path, "out");
        var run = CliRun.Of("analyze", System.IO.Path.Combine(folder.Path, "in"), "--out", output);
        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "report.md", "report.json", "report.html" })
        {
            Assert.True(File.Exists(System.IO.Path.Combine(output, name)), name);
        }

        var html = File.ReadAllText(System.IO.Path.Combine(output, "report.html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>council", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_Inputs_Each_Get_One_Line_And_The_Rest_Of_The_Batch_Goes_On()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("binary.dat.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F, 0x00]);
        folder.Write("empty.txt", "");
        folder.Write("broken.jsonl",
            "{\"title\": \"Council backs tram plan\", \"text\": \"The council voted for the tram plan on Wednesday night after a long debate about its cost.\"}\n" +
            "{\"title\": \"Broken\", \"text\": \n" +
            "{\"title\": \"Harbour reopens\", \"text\": \"The harbour reopened on Friday once the storm had passed and the pilots were back at work.\"}\n");
        folder.Write("no-article.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        folder.Write("truncated.html", "<html><body><article><p>The regional council approved the budget on Monday after a debate that lasted into the evening, officials said.</p><p>Spending on roads will rise by a fifth, while the");
        var run = CliRun.Of("analyze", folder.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("binary.dat.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("broken.jsonl:2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("no-article.html", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("truncated.html", StringComparison.Ordinal) && l.Contains("truncated", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(run.Out);
        var titles = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Council backs tram plan", titles);
        Assert.Contains("Harbour reopens", titles);
        Assert.Equal(3, titles.Count);
    }

    [Fact]
    public void A_Feed_Of_Ten_Thousand_Items_Is_Analyzed_Whole()
    {
        using var folder = new TempFolder();
        var feed = new System.Text.StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big Feed</title>");
        for (var i = 0; i < 10_000; i++)
        {
            feed.Append(System.Globalization.CultureInfo.InvariantCulture, $"<item><title>Item {i} about harbour number {i % 97}</title><link>https://big.example/{i}</link><description>Story {i}: the harbour master said boats {i} and {i + 1} would sail at dawn on Tuesday once the fog lifted.</description></item>");
        }

        folder.Write("big.xml", feed.Append("</channel></rss>").ToString());
        var run = CliRun.Of("analyze", folder.Path, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(10_000, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Source_Urls_And_Control_Characters_Cannot_Inject_Into_The_Markdown_Or_The_Terminal()
    {
        using var folder = new TempFolder();
        folder.Write("evil.jsonl",
            "{\"title\": \"Title \\u001b]0;pwned\\u0007 here\", \"url\": \"https://e.example/x> <img src=x onerror=alert(1)>\", \"text\": \"Body \\u001b[2J\\u001b[31m text that is long enough to be read as an article by the reader here.\"}\n" +
            "{\"title\": \"Second\", \"url\": \"javascript:alert(document.domain)//\", \"text\": \"Another body that is long enough to be read as an article by the reader too.\"}\n");
        var run = CliRun.Of("analyze", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\u001b", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<javascript:", run.Out, StringComparison.Ordinal);
        Assert.Contains("javascript:alert", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_Keep_The_Calendar_Day_Of_Their_Own_Time_Zone()
    {
        using var folder = new TempFolder();
        folder.Write("tz.jsonl", "{\"title\": \"Sydney story\", \"published\": \"2026-02-20T08:00:00+11:00\", \"text\": \"A body long enough to be read as an article, written for a test about time zones.\"}\n");
        var run = CliRun.Of("analyze", folder.Path, "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("2026-02-20", article.GetProperty("published").GetString());
        Assert.Equal("2026-02-20T08:00:00+11:00", article.GetProperty("publishedAt").GetString());
    }

    [Fact]
    public void Oversized_File_Is_Refused_With_The_Limit_Named()
    {
        using var folder = new TempFolder();
        folder.Write("big.txt", "Headline\n\n" + string.Concat(Enumerable.Repeat("A sentence that fills the file. ", 40_000)));
        folder.Write("small.txt", "Small story\n\nThe small story is read in full because it is under the limit that was set.");
        var run = CliRun.Of("analyze", folder.Path, "--max-file-size", "0.5");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("big.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("limit", run.Error, StringComparison.Ordinal);
        Assert.Contains("Small story", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_Readable_Exits_With_Two()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("analyze", folder.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(folder.Path, run.Error, StringComparison.Ordinal);

        var missing = CliRun.Of("analyze", System.IO.Path.Combine(folder.Path, "nope.html"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.html", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_Format_Is_A_Usage_Error()
    {
        var run = CliRun.Of("analyze", CliRun.Samples, "--format", "pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyzing_A_Folder_Again_After_Writing_Reports_Into_It_Reads_The_Same_Articles()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(CliRun.Samples))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var output = Path.Combine(folder.Path, "out");
        var first = CliRun.Of("analyze", folder.Path, "--out", output, "--format", "json");
        var second = CliRun.Of("analyze", folder.Path, "--out", output, "--format", "json");

        static int Articles(CliRun run)
        {
            using var json = JsonDocument.Parse(run.Out);
            return json.RootElement.GetProperty("articles").GetArrayLength();
        }

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(Articles(first), Articles(second));
        foreach (var report in new[] { "report.html", "report.json", "report.md" })
        {
            Assert.Contains($"{Path.Combine(output, report)}: warning: skipped: a Corroborate report, not an article", second.Error, StringComparison.Ordinal);
        }
    }
}
