using System.Text.Json;

namespace Corroborate.Cli.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Json_Is_Keyed_By_File_Stem_With_Body_And_Metadata()
    {
        var page = Path.Combine(CliRun.Samples, "westreach-chronicle-tesselmoor-dam.html");
        var run = CliRun.Of("extract", page, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var article = json.RootElement.GetProperty("westreach-chronicle-tesselmoor-dam");
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("articleBody").GetString()));
        Assert.Equal("Westreach Chronicle", article.GetProperty("siteName").GetString());
        Assert.Equal(2, article.GetProperty("authors").GetArrayLength());
        Assert.StartsWith("2026-02-20T14:30:00", article.GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://www.westreachchronicle.example/", article.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("title").GetString()));
    }

    [Fact]
    public void Text_Format_Prints_Each_Body_Under_Its_Id()
    {
        var run = CliRun.Of("extract", Path.Combine(CliRun.Samples, "corrwick-sentinel-saltmarch-tram"), "--format", "text");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("==> corrwick-sentinel-saltmarch-tram <==", run.Out, StringComparison.Ordinal);
        Assert.Contains("Halden Street", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_File_Name_With_A_Line_Break_Or_Escape_Sequence_Is_Printed_On_One_Escaped_Line()
    {
        using var folder = new TempFolder();
        folder.Write("evil\nname.txt", "");
        folder.Write("red\u001b[31m.txt", "");
        folder.Write("good.txt", "Dam holds\nThe dam held overnight.\n");

        var run = CliRun.Of("extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"{Path.Combine(folder.Path, "evil\\nname.txt")}: empty file", $"{Path.Combine(folder.Path, "red\\x1B[31m.txt")}: empty file"],
            run.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain('\u001b', run.Error);
    }
}
