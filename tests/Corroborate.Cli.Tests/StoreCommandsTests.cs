using System.Text.Json;

namespace Corroborate.Cli.Tests;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "corpus.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingesting_Twice_Adds_The_Samples_Once()
    {
        var first = CliRun.Of("ingest", CliRun.Samples, "--db", Db);
        var second = CliRun.Of("ingest", CliRun.Samples, "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("13 added, 0 revisions, 0 unchanged, 0 problems", first.Out.Trim());
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("0 added, 0 revisions, 13 unchanged, 0 problems", second.Out.Trim());
    }

    [Fact]
    public void Ingest_Reports_A_Bad_Input_And_Stores_The_Rest()
    {
        var good = _folder.Write("in/good.txt", "Ferry crews walk out\n\nFerry crews at Westreach Ports walked out on Monday over pay and rosters.");
        var broken = _folder.Write("in/broken.jsonl", "{\"title\": \"Ok\", \"text\": \"A record with text in it for once.\"}\n{\"title\": \n");

        var run = CliRun.Of("ingest", Path.GetDirectoryName(good)!, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.jsonl:2", run.Error, StringComparison.Ordinal);
        Assert.Equal("2 added, 0 revisions, 0 unchanged, 1 problems", run.Out.Trim());
        Assert.True(File.Exists(broken));
    }

    [Fact]
    public void Stories_Lists_The_Dam_Story_First_When_Ordered_By_Coverage()
    {
        CliRun.Of("ingest", CliRun.Samples, "--db", Db);

        var run = CliRun.Of("stories", "--order", "covered", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("8 articles", lines[0], StringComparison.Ordinal);
        Assert.Contains("6 origins", lines[0], StringComparison.Ordinal);
        Assert.Contains("Ambry Valley flood", lines[0], StringComparison.Ordinal);
        Assert.Contains("  contested  Ambry Valley flood", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("contested", string.Join("\n", lines.Skip(1)), StringComparison.Ordinal);
        // Kestrel's 22 February pieces are the dam story's next development.
        var dam = lines[0].Split(' ')[0];
        Assert.Contains(lines, line => line.Contains($"follows {dam}  Questions mount over Tesselmoor Dam", StringComparison.Ordinal));
        Assert.Single(CliRun.Of("stories", "--limit", "1", "--db", Db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Story_Prints_One_Story_In_Each_Report_Format()
    {
        CliRun.Of("ingest", CliRun.Samples, "--db", Db);
        var id = CliRun.Of("stories", "--order", "covered", "--db", Db).Out.Split(' ')[0];

        var markdown = CliRun.Of("story", id, "--db", Db);
        var json = CliRun.Of("story", id, "--format", "json", "--db", Db);
        var html = CliRun.Of("story", id, "--format", "html", "--db", Db);

        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("8 articles from 6 independent origins", markdown.Out, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Out);
        Assert.Equal("corroborate.report/1", report.RootElement.GetProperty("schema").GetString());
        Assert.Equal(8, report.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(3, report.RootElement.GetProperty("copies").GetArrayLength());
        Assert.StartsWith("<!DOCTYPE html>", html.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, CliRun.Of("story", "s-999", "--db", Db).ExitCode);
    }

    [Fact]
    public void Search_Marks_Matches_And_Applies_Filters()
    {
        CliRun.Of("ingest", CliRun.Samples, "--db", Db);

        var all = CliRun.Of("search", "tram", "--db", Db);
        var filtered = CliRun.Of("search", "tram", "--outlet", "The Corrwick Sentinel", "--from", "2026-02-19", "--to", "2026-02-19", "--db", Db);
        var none = CliRun.Of("search", "tram", "--from", "2026-02-21", "--db", Db);

        Assert.Equal(0, all.ExitCode);
        Assert.Contains("**tram**", all.Out, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("1. ", all.Out, StringComparison.Ordinal);
        var hits = filtered.Out.Split('\n').Where(l => l.Length > 2 && char.IsDigit(l[0])).ToList();
        Assert.Equal(["The Corrwick Sentinel"], hits.Select(h => h.Contains("The Corrwick Sentinel", StringComparison.Ordinal) ? "The Corrwick Sentinel" : h));
        Assert.Equal("No matches.", none.Out.Trim());
        Assert.Equal(2, CliRun.Of("search", "tram", "--from", "yesterday", "--db", Db).ExitCode);
    }

    [Fact]
    public void Export_Writes_Json_Csv_And_Markdown_Of_The_Whole_Store()
    {
        CliRun.Of("ingest", CliRun.Samples, "--db", Db);

        var json = CliRun.Of("export", "--format", "json", "--db", Db);
        var csv = CliRun.Of("export", "--format", "csv", "--db", Db);
        var markdown = CliRun.Of("export", "--format", "md", "--db", Db);

        using var report = JsonDocument.Parse(json.Out);
        Assert.Equal(13, report.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(3, report.RootElement.GetProperty("copies").GetArrayLength());
        var rows = ParseCsv(csv.Out);
        Assert.Equal(["id", "story", "origin", "outlet", "published", "title", "url", "source"], rows[0]);
        Assert.Equal(14, rows.Count);
        Assert.All(rows, row => Assert.Equal(8, row.Count));
        var sentinel = rows.Single(r => r[0] == "corrwick-sentinel-tesselmoor-dam");
        Assert.Equal("newsdesk-export-1", sentinel[2]);
        Assert.Equal("Tesselmoor spillway fails as 40,000 ordered to leave Ambry Valley homes", sentinel[5]);
        Assert.StartsWith("# Corroborate report", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("13 articles", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_Or_Corrupt_Store_Is_One_Line_And_Exit_Code_Two()
    {
        var missing = CliRun.Of("stories", "--db", Path.Combine(_folder.Path, "none.db"));
        var corrupt = _folder.Write("corrupt.db", string.Concat(Enumerable.Repeat("not a database at all\n", 100)));
        var bad = CliRun.Of("search", "anything", "--db", corrupt);
        var export = CliRun.Of("export", "--format", "csv", "--db", corrupt);

        foreach (var run in new[] { missing, bad, export })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_folder.Path, "none.db")));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    public void Csv_Cells_Are_Quoted_And_Formulas_Defused(string value, string expected) =>
        Assert.Equal(expected, Commands.ExportCommand.Cell(value));

    // A small RFC 4180 reader: quoted cells may hold commas, quotes and line breaks.
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
