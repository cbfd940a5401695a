using System.CommandLine;
using Corroborate.Ingestion;
using Corroborate.Pipeline;

namespace Corroborate.Cli.Commands;

/// <summary>Options shared by the commands that read inputs.</summary>
internal static class InputArguments
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files or folders to read (.html, .txt, .json, .jsonl, RSS/Atom feeds; folders recursively).",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<double> MaxFileSize() => new("--max-file-size")
    {
        Description = "Largest input file to read, in MB.",
        DefaultValueFactory = _ => 20,
    };

    public static Option<int> MaxItems() => new("--max-items")
    {
        Description = "Most records read from one JSON, JSONL or feed file.",
        DefaultValueFactory = _ => InputOptions.DefaultMaxItemsPerFile,
    };

    public static InputOptions ToOptions(double maxFileSizeMegabytes, int maxItems) => new()
    {
        MaxFileBytes = (long)(Math.Max(0.001, maxFileSizeMegabytes) * 1024 * 1024),
        MaxItemsPerFile = Math.Max(1, maxItems),
    };

    /// <summary>A problem log that prints each problem as one line on stderr.</summary>
    public static ProblemLog PrintingLog(CliConsole console) => new(problem =>
        console.Error.WriteLine(problem.Severity == ProblemSeverity.Error
            ? $"{problem.Location}: {problem.Reason}"
            : $"{problem.Location}: warning: {problem.Reason}"));

    /// <summary>0 when every input was read, 1 when some failed, 2 when nothing was read.</summary>
    public static int ExitCode(int articlesRead, ProblemLog log) =>
        articlesRead == 0 ? CorroborateCli.NothingRead : log.ErrorCount > 0 ? CorroborateCli.SomeFailed : CorroborateCli.Success;
}
