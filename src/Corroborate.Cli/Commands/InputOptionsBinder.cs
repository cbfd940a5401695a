using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
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

    /// <summary>The largest <c>--max-file-size</c>, in MB: a file is read into one array, which holds at most 2 GB.</summary>
    public const double MaxFileSizeLimitMegabytes = 2047;

    public static Option<double> MaxFileSize()
    {
        var option = new Option<double>("--max-file-size")
        {
            Description = $"Largest input file to read, in MB (above 0, at most {MaxFileSizeLimitMegabytes}).",
            DefaultValueFactory = _ => InputOptions.DefaultMaxFileBytes / Megabyte,
        };
        option.Validators.Add(result =>
        {
            if (!TryGetValue(result, out double value))
            {
                return;
            }

            if (!double.IsFinite(value) || value <= 0 || value > MaxFileSizeLimitMegabytes)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture,
                    $"--max-file-size must be a number of MB above 0 and at most {MaxFileSizeLimitMegabytes} (got {value})"));
            }
        });
        return option;
    }

    public static Option<int> MaxItems()
    {
        var option = new Option<int>("--max-items")
        {
            Description = "Most records read from one JSON, JSONL or feed file (at least 1).",
            DefaultValueFactory = _ => InputOptions.DefaultMaxItemsPerFile,
        };
        option.Validators.Add(result =>
        {
            if (!TryGetValue(result, out int value))
            {
                return;
            }

            if (value < 1)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--max-items must be at least 1 (got {value})"));
            }
        });
        return option;
    }

    /// <summary>The reader's limits from validated option values; a size is rounded up to whole bytes.</summary>
    public static InputOptions ToOptions(double maxFileSizeMegabytes, int maxItems) => new()
    {
        MaxFileBytes = (long)Math.Ceiling(maxFileSizeMegabytes * Megabyte),
        MaxItemsPerFile = maxItems,
    };

    private const double Megabyte = 1024 * 1024;

    // False when the text is not a number at all: the parser reports that itself ("Cannot parse argument...").
    private static bool TryGetValue<T>(OptionResult result, out T value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>
    /// A problem log that prints each problem as one line on stderr, with control characters in the location and
    /// reason escaped (a file name may hold a line break or a terminal escape sequence).
    /// </summary>
    public static ProblemLog PrintingLog(CliConsole console) => new(problem =>
    {
        var location = PrintableText.Escape(problem.Location.ToString());
        var reason = PrintableText.Escape(problem.Reason);
        console.Error.WriteLine(problem.Severity == ProblemSeverity.Error
            ? $"{location}: {reason}"
            : $"{location}: warning: {reason}");
    });

    /// <summary>0 when every input was read, 1 when some failed, 2 when nothing was read.</summary>
    public static int ExitCode(int articlesRead, ProblemLog log) =>
        articlesRead == 0 ? CorroborateCli.NothingRead : log.ErrorCount > 0 ? CorroborateCli.SomeFailed : CorroborateCli.Success;
}
