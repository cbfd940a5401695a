namespace Corroborate.Cli.Tests;

public sealed class InputOptionsTests
{
    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("2048")]
    public void Max_File_Size_Outside_0_To_2047_MB_Is_A_Usage_Error_Naming_The_Option(string value)
    {
        var run = CliRun.Of("analyze", CliRun.Samples, $"--max-file-size={value}");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        var first = run.Error.Split('\n')[0];
        Assert.StartsWith("corroborate: --max-file-size must be", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_File_Size_That_Is_Not_A_Number_Is_A_Usage_Error()
    {
        var run = CliRun.Of("analyze", CliRun.Samples, "--max-file-size", "abc");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'abc'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_File_Size_Of_2047_MB_Is_Accepted()
    {
        var run = CliRun.Of("analyze", CliRun.Samples, "--max-file-size", "2047");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("--max-file-size", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiny_Max_File_Size_Is_Rounded_Up_To_One_Byte_And_Refuses_The_File()
    {
        var run = CliRun.Of("extract", Path.Combine(CliRun.Samples, "westreach-chronicle-tesselmoor-dam.html"), "--max-file-size", "1e-9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("over the 1 bytes limit (--max-file-size)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Max_Items_Below_1_Is_A_Usage_Error_Naming_The_Option(string value)
    {
        var run = CliRun.Of("extract", CliRun.Samples, $"--max-items={value}");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith($"corroborate: --max-items must be at least 1 (got {value})", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_Cut_Off_By_Max_Items_Make_The_Exit_Code_Say_Some_Failed()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(1, 3).Select(i => $"{{\"title\": \"Headline {i}\", \"text\": \"Body number {i} of the export.\"}}");
        var path = folder.Write("export.jsonl", string.Join('\n', lines));

        var run = CliRun.Of("extract", path, "--max-items", "2");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}: has more than 2 lines; the rest were skipped (--max-items)", run.Error.TrimEnd());
    }
}
