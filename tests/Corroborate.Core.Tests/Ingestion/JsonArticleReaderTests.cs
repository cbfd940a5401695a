using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Ingestion;

namespace Corroborate.Core.Tests.Ingestion;

public sealed class JsonArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Unpaired_Surrogate_Escapes_Become_Replacement_Characters_And_The_Record_Is_Kept()
    {
        var path = _folder.Write("export.jsonl",
            "{\"title\": \"Bad \\ud800 title\", \"text\": \"A lone \\udc00 low half, then a real pair \\ud83d\\ude00 and an escaped \\\\ud800 backslash.\"}\n");

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Bad \uFFFD title", article.Metadata.Title);
        Assert.Equal("A lone \uFFFD low half, then a real pair 😀 and an escaped \\ud800 backslash.", article.Content);
    }

    [Fact]
    public void Json_Array_Gives_One_Article_Per_Object()
    {
        var path = _folder.Write("export.json", """
            [
              {"title": "First", "text": "Para one.\r\n\r\nPara two."},
              {"title": "Second", "text": "Only one paragraph."}
            ]
            """);

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(["export-1", "export-2"], result.Articles.Select(a => a.Id));
        var first = result.Articles[0];
        Assert.Equal("First", first.Metadata.Title);
        Assert.Equal("Para one.\n\nPara two.", first.Content);
        Assert.Equal(ContentKind.PlainText, first.Kind);
        Assert.Equal(new SourceLocation(path, Item: 1), first.Origin);
    }

    [Fact]
    public void Json_Object_Wrapping_An_Array_Under_Any_Key_Is_Read()
    {
        var path = _folder.Write("newsapi.json", """
            {"status": "ok", "totalResults": 2, "articles": [
              {"source": {"id": null, "name": "Kestrel Daily"}, "author": "Wendell Ashgrove",
               "title": "Regulator orders review", "description": "Short.",
               "url": "https://kestreldaily.example/a", "publishedAt": "2026-02-22T15:05:00Z",
               "content": "The authority on Sunday ordered an urgent review of three dams."},
              {"source": {"name": "Harbourline Radio"}, "title": "Second", "content": "Body two."}
            ]}
            """);

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.Count);
        var article = result.Articles[0];
        Assert.Equal("Kestrel Daily", article.Metadata.SiteName);
        Assert.Equal(["Wendell Ashgrove"], article.Metadata.Authors);
        Assert.Equal("https://kestreldaily.example/a", article.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 2, 22, 15, 5, 0, TimeSpan.Zero), article.Metadata.Published);
        Assert.Equal("The authority on Sunday ordered an urgent review of three dams.", article.Content);
    }

    [Fact]
    public void Json_Object_Keyed_By_Id_Uses_Each_Key_As_The_Id()
    {
        var path = _folder.Write("extracted.json", """
            {
              "dam-story": {"articleBody": "<p>One.</p><p>Two.</p>", "url": "https://a.example/1", "title": "Dam"},
              "tram story!": {"articleBody": "Trams approved.", "siteName": "Corrwick Sentinel"}
            }
            """);

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        var dam = result.Single("dam-story");
        Assert.Equal(ContentKind.HtmlFragment, dam.Kind);
        Assert.Equal("https://a.example/1", dam.Metadata.Url);
        Assert.Equal("Corrwick Sentinel", result.Single("tram-story").Metadata.SiteName);
    }

    [Fact]
    public void Json_Single_Article_Object_Takes_The_File_Stem_As_Id()
    {
        var path = _folder.Write("lone-story.json", """{"headline": "Alone", "body": "Just this one."}""");

        var article = Assert.Single(Ingest.Read(path).Articles);

        Assert.Equal("lone-story", article.Id);
        Assert.Equal("Alone", article.Metadata.Title);
        Assert.Equal(new SourceLocation(path), article.Origin);
    }

    [Fact]
    public void Jsonl_Broken_Line_Is_Reported_With_Its_Line_And_Others_Are_Kept()
    {
        var path = _folder.Write("feed.jsonl",
            "{\"title\": \"One\", \"text\": \"First body.\"}\n"
            + "{\"title\": \"Two\", \"text\": \"cut off\n"
            + "{\"title\": \"Three\", \"text\": \"Third body.\"}\n");

        var result = Ingest.Read(path);

        Assert.Equal(["One", "Three"], result.Articles.Select(a => a.Metadata.Title));
        Assert.Equal(new SourceLocation(path, Line: 3), result.Articles[1].Origin);
        var error = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(path, Line: 2), error.Location);
        Assert.Equal($"{path}:2: malformed JSON (unexpected end of data)", error.ToString());
        Assert.Equal(InputOutcome.SomeFailed, result.Statistics.Outcome);
        Assert.Equal(1, result.Statistics.RecordProblems);
    }

    [Fact]
    public void Jsonl_Lines_That_Are_Not_Articles_Are_Reported_And_Blank_Lines_Skipped()
    {
        var path = _folder.Write("mixed.jsonl",
            "{\"title\": \"Good\", \"content\": \"Body.\"}\n"
            + "\n   \n"
            + "[1, 2, 3]\n"
            + "{\"title\": \"No body\", \"url\": \"https://x.example/\"}\n"
            + "{\"title\": \"Empty\", \"text\": \"  \"}\n"
            + "{\"title\": \"Also good\", \"content\": \"Body.\"}");

        var result = Ingest.Read(path);

        Assert.Equal(["mixed-1", "mixed-5"], result.Articles.Select(a => a.Id));
        Assert.Equal(
            [
                $"{path}:4: line holds a JSON array, not an object",
                $"{path}:5: record has no text field (looked for text, content, body, maintext, articleBody)",
                $"{path}:6: record has an empty text field (text)",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Three_Field_Name_Schemes_Are_Read_Alike()
    {
        var path = _folder.Write("newsdesk.jsonl", string.Join('\n',
            """{"title": "Wire", "text": "Wire body.", "url": "https://tpa.example/1", "date": "2026-02-20T09:15:00Z", "source": "Tollbridge Press Agency", "authors": ["Lucan Fairweather", "Odile Strand-Maccabe"], "language": "en"}""",
            """{"headline": "Quarterline", "maintext": "Q body.", "link": "https://q.example/2", "date_publish": "2026-02-20 18:40:00", "outlet": "Quarterline News", "author": "Ilse Varga-Doyle"}""",
            """{"Headline": "Tram", "Body": "Tram body.", "published": "2026-02-19", "site": "Harbourline Radio", "byline": "By Callum Oduya and Mirela Castellan"}"""));

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        var (wire, quarterline, tram) = (result.Articles[0], result.Articles[1], result.Articles[2]);
        Assert.Equal(("Wire", "Wire body.", "https://tpa.example/1", "Tollbridge Press Agency", "en"),
            (wire.Metadata.Title, wire.Content, wire.Metadata.Url, wire.Metadata.SiteName, wire.Metadata.Language));
        Assert.Equal(["Lucan Fairweather", "Odile Strand-Maccabe"], wire.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 9, 15, 0, TimeSpan.Zero), wire.Metadata.Published);
        Assert.Equal(("Quarterline", "Q body.", "https://q.example/2", "Quarterline News"),
            (quarterline.Metadata.Title, quarterline.Content, quarterline.Metadata.Url, quarterline.Metadata.SiteName));
        Assert.Equal(["Ilse Varga-Doyle"], quarterline.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 18, 40, 0, TimeSpan.Zero), quarterline.Metadata.Published);
        Assert.Equal(("Tram", "Tram body.", "Harbourline Radio"), (tram.Metadata.Title, tram.Content, tram.Metadata.SiteName));
        Assert.Equal(["Callum Oduya", "Mirela Castellan"], tram.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 19, 0, 0, 0, TimeSpan.Zero), tram.Metadata.Published);
    }

    [Fact]
    public void Longest_Body_Field_Wins_And_Description_Is_Only_A_Last_Resort()
    {
        var path = _folder.Write("bodies.json", """
            [
              {"description": "A much longer description that must not win over the real text field.", "text": "Real text."},
              {"text": "Short.", "maintext": "The longer main text wins."},
              {"title": "Summary only", "description": "Only a description."}
            ]
            """);

        var result = Ingest.Read(path);

        Assert.Equal(["Real text.", "The longer main text wins.", "Only a description."], result.Articles.Select(a => a.Content));
    }

    [Fact]
    public void Record_Ids_Are_Made_File_Name_Safe_And_Missing_Ids_Use_Stem_And_Number()
    {
        var path = _folder.Write("ids.json", """
            [
              {"id": "urn:news/2026 Feb/dam?", "text": "a"},
              {"_id": {"$oid": "65f0c0ffee"}, "text": "b"},
              {"guid": 1234, "text": "c"},
              {"text": "d"}
            ]
            """);

        var result = Ingest.Read(path);

        Assert.Equal(["urn-news-2026-Feb-dam", "65f0c0ffee", "1234", "ids-4"], result.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Authors_As_Objects_And_Epoch_Dates_Are_Understood()
    {
        var path = _folder.Write("authors.json", """
            {"items": [{"text": "Body.", "authors": [{"name": "Priya Halvorsen"}, {"name": "Tomas Greer"}],
                        "created_at": 1771581300, "publisher": {"name": "Westreach Chronicle"},
                        "title": {"rendered": "Dam &#8216;fails&#8217;"}}]}
            """);

        var article = Assert.Single(Ingest.Read(path).Articles);

        Assert.Equal(["Priya Halvorsen", "Tomas Greer"], article.Metadata.Authors);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1771581300), article.Metadata.Published);
        Assert.Equal("Westreach Chronicle", article.Metadata.SiteName);
        Assert.Equal("Dam ‘fails’", article.Metadata.Title);
    }

    [Fact]
    public void Malformed_Json_File_Is_Reported_With_Its_Line()
    {
        var path = _folder.Write("broken.json", "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\" \"title\": \"x\"}\n]");

        var result = Ingest.Read(path);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Location.Line);
        Assert.StartsWith("malformed JSON (", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.Statistics.FilesFailed);
    }

    [Fact]
    public void Json_Array_Item_That_Is_Not_An_Object_Is_Reported_By_Its_Number()
    {
        var path = _folder.Write("odd.json", """[{"text": "a"}, "stray string", {"text": "c"}]""");

        var result = Ingest.Read(path);

        Assert.Equal(2, result.Articles.Count);
        Assert.Equal($"{path}: item 2: record is a JSON string, not an object", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Records_Beyond_The_Limit_Are_Skipped_With_An_Error_So_The_Outcome_Says_Some_Failed()
    {
        var lines = Enumerable.Range(1, 5).Select(i => $"{{\"text\": \"Body {i}.\"}}");
        var path = _folder.Write("many.jsonl", string.Join('\n', lines));

        var result = Ingest.Read(new InputOptions { MaxItemsPerFile = 3 }, path);

        Assert.Equal(3, result.Articles.Count);
        var error = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal($"{path}: has more than 3 lines; the rest were skipped (--max-items)", error.ToString());
        Assert.Equal(InputOutcome.SomeFailed, result.Statistics.Outcome);
    }

    [Fact]
    public void Json_Array_Beyond_The_Limit_Is_An_Error()
    {
        var records = Enumerable.Range(1, 4).Select(i => $"{{\"text\": \"Body {i}.\"}}");
        var path = _folder.Write("many.json", "[" + string.Join(",\n", records) + "]");

        var result = Ingest.Read(new InputOptions { MaxItemsPerFile = 2 }, path);

        Assert.Equal(2, result.Articles.Count);
        Assert.Equal([$"{path}: has more than 2 records; the rest were skipped (--max-items)"], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Json_Nested_100_Levels_Deep_Is_Read()
    {
        var path = _folder.Write("deep.json", $$"""{"title": "Deep", "text": "The body survives.", "extra": {{Nested(100)}}}""");

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal("The body survives.", Assert.Single(result.Articles).Content);
    }

    [Fact]
    public void Json_Nested_Deeper_Than_256_Levels_Is_Reported_In_Plain_Words()
    {
        var path = _folder.Write("deeper.json", $$"""{"text": "Body.", "extra": {{Nested(300)}}}""");
        var lines = _folder.Write("deeper.jsonl", $$"""{"text": "First."}""" + "\n" + $$"""{"text": "Second.", "extra": {{Nested(300)}}}""");

        var result = Ingest.Read(path, lines);

        Assert.Equal("First.", Assert.Single(result.Articles).Content);
        Assert.Equal(
            [
                $"{path}:1: JSON nested too deeply (more than 256 levels)",
                $"{lines}:2: JSON nested too deeply (more than 256 levels)",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
