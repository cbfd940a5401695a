using System.Text;
using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Ingestion;

namespace Corroborate.Core.Tests.Ingestion;

public sealed class InputReaderTests : IDisposable
{
    private const string Page = "<!DOCTYPE html><html><head><title>Dam fails</title></head><body><p>Body.</p></body></html>";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Html_Page_Becomes_One_Article_Named_By_Its_Stem_With_Empty_Metadata()
    {
        var path = _folder.Write("dam-story.html", Page);

        var result = Ingest.Read(path);

        var article = Assert.Single(result.Articles);
        Assert.Equal("dam-story", article.Id);
        Assert.Equal(ContentKind.HtmlPage, article.Kind);
        Assert.Equal(Page, article.Content);
        Assert.Equal(new ArticleMetadata(), article.Metadata);
        Assert.Equal(new SourceLocation(path), article.Origin);
        Assert.Equal(InputOutcome.AllRead, result.Statistics.Outcome);
    }

    [Fact]
    public void Plain_Text_Headline_Is_The_First_Non_Empty_Line_And_The_Rest_Is_Kept_As_Is()
    {
        var path = _folder.Write("dump.txt",
            "\r\n  Thousands flee Corrwick  \r\n20260221\r\nhttps://www.example.org/x\r\n\r\nBy Priya Halvorsen\r\nBody.\r\n");

        var article = Assert.Single(Ingest.Read(path).Articles);

        Assert.Equal(ContentKind.PlainText, article.Kind);
        Assert.Equal("dump", article.Id);
        Assert.Equal("Thousands flee Corrwick", article.Metadata.Title);
        Assert.Equal("20260221\nhttps://www.example.org/x\n\nBy Priya Halvorsen\nBody.\n", article.Content);
    }

    [Fact]
    public void Plain_Text_On_A_Single_Line_Is_The_Article_With_A_Warning()
    {
        var path = _folder.Write("oneline.txt", "A whole scraped article on one long line.");

        var result = Ingest.Read(path);

        var article = Assert.Single(result.Articles);
        Assert.Null(article.Metadata.Title);
        Assert.Equal("A whole scraped article on one long line.", article.Content);
        Assert.Equal(ProblemSeverity.Warning, Assert.Single(result.Problems).Severity);
    }

    [Fact]
    public void Utf8_With_Bom_And_Utf16_Files_Are_Read()
    {
        var withBom = _folder.Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Zoë speaks\nBody.")]);
        var utf16 = _folder.Write("wide.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Zoë writes\nBody.")]);
        var utf16NoBom = _folder.Write("wide-nobom.txt", Encoding.Unicode.GetBytes("Zoë reads\nBody."));

        var result = Ingest.Read(withBom, utf16, utf16NoBom);

        Assert.Empty(result.Problems);
        Assert.Equal(["Zoë speaks", "Zoë writes", "Zoë reads"], result.Articles.Select(a => a.Metadata.Title));
    }

    [Fact]
    public void Invalid_Utf8_Is_Read_As_Windows1252_With_A_Warning_Naming_The_File()
    {
        var path = _folder.Write("legacy.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" reopens\nBody.")]);

        var result = Ingest.Read(path);

        Assert.Equal("Café reopens", Assert.Single(result.Articles).Metadata.Title);
        var warning = Assert.Single(result.Problems);
        Assert.Equal($"{path}: not valid UTF-8; decoded as windows-1252", warning.ToString());
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(InputOutcome.AllRead, result.Statistics.Outcome);
    }

    [Fact]
    public void Binary_File_Is_Reported_And_The_Other_Files_Are_Still_Read()
    {
        _folder.Write("batch/a.html", Page);
        _folder.Write("batch/b.dat", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0]);
        _folder.Write("batch/c.txt", "Headline\nBody.");

        var result = Ingest.Read(_folder.Combine("batch"));

        Assert.Equal(["a", "c"], result.Articles.Select(a => a.Id));
        var error = Assert.Single(result.Problems);
        Assert.Equal($"{_folder.Combine("batch/b.dat")}: binary file (not text)", error.ToString());
        Assert.Equal((3, 2, 1), (result.Statistics.FilesSeen, result.Statistics.FilesRead, result.Statistics.FilesFailed));
        Assert.Equal(InputOutcome.SomeFailed, result.Statistics.Outcome);
    }

    [Fact]
    public void Empty_And_Whitespace_Only_Files_Are_Reported()
    {
        var empty = _folder.Write("empty.html", []);
        var blank = _folder.Write("blank.txt", " \n\t\r\n ");

        var result = Ingest.Read(empty, blank);

        Assert.Empty(result.Articles);
        Assert.Equal([$"{empty}: empty file", $"{blank}: empty file"], result.Problems.Select(p => p.ToString()));
        Assert.Equal(InputOutcome.NothingRead, result.Statistics.Outcome);
    }

    [Fact]
    public void Empty_Folder_And_Missing_Path_Are_Reported()
    {
        var empty = _folder.CreateFolder("nothing-here");
        _folder.Write("only-hidden/.draft.html", Page);
        var missing = _folder.Combine("no-such-thing.html");

        var result = Ingest.Read(empty, _folder.Combine("only-hidden"), missing);

        Assert.Equal(
            [
                $"{empty}: folder has no readable files",
                $"{_folder.Combine("only-hidden")}: folder has no readable files",
                $"{missing}: no such file or directory",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.All(result.Problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
        Assert.Equal(3, result.Statistics.FilesFailed);
        Assert.Equal(InputOutcome.NothingRead, result.Statistics.Outcome);
    }

    [Fact]
    public void File_Over_The_Size_Limit_Is_Reported_And_Not_Read()
    {
        var big = _folder.Write("big.html", "<p>" + new string('x', 5000) + "</p>");
        var small = _folder.Write("small.html", Page);

        var result = Ingest.Read(new InputOptions { MaxFileBytes = 1024 }, big, small);

        Assert.Equal("small", Assert.Single(result.Articles).Id);
        Assert.Equal($"{big}: file is 4.9 KB, over the 1 KB limit (--max-file-size)", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Default_Size_Limit_Is_20_MB_And_Is_Reported_In_MB()
    {
        var path = _folder.Combine("huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(32_715_571);
        }

        var result = Ingest.Read(path);

        Assert.Equal(20L * 1024 * 1024, new InputOptions().MaxFileBytes);
        Assert.Equal($"{path}: file is 31.2 MB, over the 20 MB limit (--max-file-size)", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void File_Too_Large_For_Memory_Is_Refused_Before_Allocating_And_The_Other_File_Is_Still_Read()
    {
        var huge = _folder.Combine("d/huge.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(huge)!);
        using (var stream = File.Create(huge))
        {
            // Sparse: instant, and takes no disk space.
            stream.SetLength(3L << 30);
        }

        _folder.Write("d/small.html", Page);

        var result = Ingest.Read(new InputOptions { MaxFileBytes = long.MaxValue }, _folder.Combine("d"));

        Assert.Equal("small", Assert.Single(result.Articles).Id);
        Assert.Equal($"{huge}: file is 3072 MB, over the largest size that can be read (2 GB)", Assert.Single(result.Problems).ToString());
        Assert.Equal(InputOutcome.SomeFailed, result.Statistics.Outcome);
    }

    [Fact]
    public void Truncated_Html_Is_Still_Read()
    {
        var truncated = "<!DOCTYPE html><html><head><title>Cut</title></head><body><article><p>First paragraph.</p><p>Second parag";
        var path = _folder.Write("cut.html", truncated);

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(truncated, Assert.Single(result.Articles).Content);
    }

    [Fact]
    public void Txt_File_Holding_Html_Is_Read_As_An_Html_Page()
    {
        var path = _folder.Write("saved-page.txt", "\n  <html><head><title>T</title></head><body><p>x</p></body></html>");

        var article = Assert.Single(Ingest.Read(path).Articles);

        Assert.Equal(ContentKind.HtmlPage, article.Kind);
        Assert.Equal("saved-page", article.Id);
    }

    [Fact]
    public void File_Without_Extension_Is_Read_By_Its_Content()
    {
        var html = _folder.Write("tram-story", Page);
        var jsonl = _folder.Write("export", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");

        var result = Ingest.Read(html, jsonl);

        Assert.Equal(["tram-story", "export-1", "export-2"], result.Articles.Select(a => a.Id));
        Assert.Equal(ContentKind.HtmlPage, result.Articles[0].Kind);
    }

    [Fact]
    public void Files_That_Share_A_Stem_Get_Unique_Ids()
    {
        _folder.Write("in/a/story.html", Page);
        _folder.Write("in/b/story.txt", "Headline\nBody.");
        _folder.Write("in/c/story.json", """[{"id": "story", "text": "x"}, {"id": "story", "text": "y"}]""");

        var result = Ingest.Read(_folder.Combine("in"));

        Assert.Equal(["story", "story-2", "story-3", "story-4"], result.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Folder_Is_Read_Recursively_In_Ordinal_Order_Without_Hidden_Files()
    {
        _folder.Write("corpus/b.txt", "B\nbody");
        _folder.Write("corpus/a/z.txt", "AZ\nbody");
        _folder.Write("corpus/A.txt", "Upper A\nbody");
        _folder.Write("corpus/.hidden.txt", "Hidden\nbody");
        _folder.Write("corpus/.git/config.txt", "Git\nbody");
        _folder.Write("corpus/a-b/y.txt", "AB\nbody");

        var result = Ingest.Read(_folder.Combine("corpus"));

        Assert.Equal(["A", "y", "z", "b"], result.Articles.Select(a => a.Id));
        Assert.Equal(_folder.Combine("corpus/a-b/y.txt"), result.Articles[1].Origin.Path);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Symbolic_Link_To_A_Folder_Is_Skipped_With_One_Warning_So_A_Loop_Reads_Each_File_Once()
    {
        var root = _folder.CreateFolder("L");
        _folder.Write("L/story.html", Page);
        _folder.Write("L/inner/notes.txt", "Inner headline\nInner body.\n");
        var link = Path.Join(root, "inner", "up");
        Directory.CreateSymbolicLink(link, "..");

        var result = Ingest.Read(root);

        Assert.Equal(["notes", "story"], result.Articles.Select(a => a.Id));
        var warning = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal($"{link}: skipped: symbolic link to a folder (points to ..)", warning.ToString());
        Assert.Equal(InputOutcome.AllRead, result.Statistics.Outcome);
    }

    [Fact]
    public void Symbolic_Link_To_A_File_In_A_Folder_Is_Read_Once()
    {
        var target = _folder.Write("elsewhere/story.html", Page);
        var root = _folder.CreateFolder("F");
        File.CreateSymbolicLink(Path.Join(root, "linked.html"), target);

        var result = Ingest.Read(root);

        Assert.Equal("linked", Assert.Single(result.Articles).Id);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Folder_Is_Read_Without_Sub_Folders_When_Recurse_Is_Off()
    {
        _folder.Write("flat/top.txt", "Top\nbody");
        _folder.Write("flat/sub/deep.txt", "Deep\nbody");

        var result = Ingest.Read(new InputOptions { Recurse = false }, _folder.Combine("flat"));

        Assert.Equal("top", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public void Non_Text_Formats_Are_Skipped_With_A_Warning()
    {
        _folder.Write("assets/photo.png", [0x89, (byte)'P', (byte)'N', (byte)'G']);
        _folder.Write("assets/report.PDF", "%PDF-1.7");
        _folder.Write("assets/story.html", Page);

        var result = Ingest.Read(_folder.Combine("assets"));

        Assert.Equal("story", Assert.Single(result.Articles).Id);
        Assert.Equal(
            [
                $"{_folder.Combine("assets/photo.png")}: skipped: not a supported format (.png)",
                $"{_folder.Combine("assets/report.PDF")}: skipped: not a supported format (.pdf)",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.All(result.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal(2, result.Statistics.FilesSkipped);
        Assert.Equal(InputOutcome.AllRead, result.Statistics.Outcome);
    }

    [Fact]
    public void A_Folders_Readme_Is_Skipped_Unless_Named()
    {
        var readme = _folder.Write("docs/README.md", "# About this corpus\n\nNotes.");
        _folder.Write("docs/story.html", Page);

        var folderRead = Ingest.Read(_folder.Combine("docs"));
        var namedRead = Ingest.Read(readme);

        Assert.Equal("story", Assert.Single(folderRead.Articles).Id);
        Assert.Equal(ProblemSeverity.Warning, Assert.Single(folderRead.Problems).Severity);
        Assert.Equal("README", Assert.Single(namedRead.Articles).Id);
    }

    [Fact]
    public void Corroborate_Reports_In_A_Folder_Are_Skipped_With_One_Warning_Each()
    {
        var root = _folder.CreateFolder("r");
        _folder.Write("r/story.html", Page);
        var json = _folder.Write("r/out/report.json", """
            {
              "schema": "corroborate.report/1",
              "articles": [ { "id": "story", "title": "Dam fails", "text": "Body of the story as the report kept it." } ]
            }
            """);
        var html = _folder.Write("r/out/report.html",
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"Corroborate\">\n"
            + "<title>Corroborate report</title></head><body><h1>Corroborate report</h1><p>Dam fails</p></body></html>");
        var markdown = _folder.Write("r/out/report.md", "# Corroborate report\n\n1 article from 1 outlet in 1 story.\n\n## Dam fails\n");

        var result = Ingest.Read(root);

        Assert.Equal("story", Assert.Single(result.Articles).Id);
        const string Reason = "skipped: a Corroborate report, not an article";
        Assert.Equal([$"{html}: {Reason}", $"{json}: {Reason}", $"{markdown}: {Reason}"], result.Problems.Select(p => p.ToString()));
        Assert.All(result.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal(3, result.Statistics.FilesSkipped);
        Assert.Equal(0, result.Statistics.FilesFailed);
        Assert.Equal(InputOutcome.AllRead, result.Statistics.Outcome);
    }

    [Fact]
    public void Json_With_Another_Schema_And_Pages_Made_By_Other_Generators_Are_Still_Read()
    {
        var json = _folder.Write("o/export.json", """{"schema": "https://schema.org/NewsArticle", "articleBody": "The dam held."}""");
        var html = _folder.Write("o/page.html",
            "<html><head><meta name=\"generator\" content=\"WordPress 6.4\"><title>Dam holds</title></head><body><p>The dam held.</p></body></html>");
        var notes = _folder.Write("o/notes.md", "# Corroborate reporting guide\n\nCheck every figure twice.\n");

        var result = Ingest.Read(json, html, notes);

        Assert.Equal(3, result.Articles.Count);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Reading_Streams_File_By_File()
    {
        var first = _folder.Write("lazy/1.txt", "One\nbody");
        var second = _folder.Write("lazy/2.txt", "Two\nbody");
        var problems = new List<InputProblem>();
        var reader = new InputReader();

        using var articles = reader.Read([first, second], problems.Add).GetEnumerator();
        Assert.True(articles.MoveNext());
        File.Delete(second);
        Assert.False(articles.MoveNext());

        Assert.Equal("1", articles.Current.Id);
        Assert.Equal($"{second}: no such file or directory", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Statistics_Count_Files_Articles_And_Record_Problems()
    {
        var jsonl = _folder.Write("s/a.jsonl", "{\"text\": \"a\"}\nnot json\n{\"text\": \"c\"}\n");
        var page = _folder.Write("s/b.html", Page);
        var empty = _folder.Write("s/c.txt", "");

        var result = Ingest.Read(_folder.Combine("s"));

        var statistics = result.Statistics;
        Assert.Equal(3, statistics.FilesSeen);
        Assert.Equal(2, statistics.FilesRead);
        Assert.Equal(1, statistics.FilesFailed);
        Assert.Equal(3, statistics.ArticlesRead);
        Assert.Equal(1, statistics.RecordProblems);
        Assert.Equal(InputOutcome.SomeFailed, statistics.Outcome);
        Assert.Equal(1, (int)InputOutcome.SomeFailed);
        Assert.Equal([$"{jsonl}:2", empty], result.Problems.Select(p => p.Location.ToString()));
        Assert.NotNull(page);
    }

    [Fact]
    public void Problem_Is_One_Line_With_Path_Line_Or_Item_And_Reason()
    {
        Assert.Equal("a.jsonl:2: malformed JSON (unexpected end of data)",
            new InputProblem(new SourceLocation("a.jsonl", Line: 2), "malformed JSON (unexpected end of data)", ProblemSeverity.Error).ToString());
        Assert.Equal("feed.xml: item 3: item has no text",
            new InputProblem(new SourceLocation("feed.xml", Item: 3), "item has no text", ProblemSeverity.Error).ToString());
        Assert.Equal("x.bin: binary file (not text)",
            new InputProblem(new SourceLocation("x.bin"), "binary file (not text)", ProblemSeverity.Error).ToString());
    }

    [Fact]
    public void Problem_Line_Escapes_Control_Characters_In_The_File_Name()
    {
        var root = _folder.CreateFolder("n");
        _folder.Write("n/evil\nname.txt", "");
        _folder.Write("n/red\u001b[31mtext.txt", "");

        var lines = Ingest.Read(root).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal([$"{Path.Join(root, "evil\\nname.txt")}: empty file", $"{Path.Join(root, "red\\x1B[31mtext.txt")}: empty file"], lines);
    }

    [Fact]
    public void Problem_Line_Escapes_C0_C1_And_Line_Separators_In_Path_And_Reason()
    {
        var problem = new InputProblem(new SourceLocation("a\r\tb\u0085c\u009Bd\u007Fe\u2028f.txt", Line: 2), "bad\nreason", ProblemSeverity.Error);

        Assert.Equal("a\\r\\tb\\x85c\\x9Bd\\x7Fe\\u2028f.txt:2: bad\\nreason", problem.ToString());
        Assert.Equal("plain/path é.txt", PrintableText.Escape("plain/path é.txt"));
    }
}
