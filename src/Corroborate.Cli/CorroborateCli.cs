using System.CommandLine;
using Corroborate.Cli.Commands;

namespace Corroborate.Cli;

/// <summary>Builds the <c>corroborate</c> command line and runs it with given output streams.</summary>
internal static class CorroborateCli
{
    /// <summary>Exit code when every input was read.</summary>
    public const int Success = 0;

    /// <summary>Exit code when some inputs could not be read.</summary>
    public const int SomeFailed = 1;

    /// <summary>Exit code when nothing could be read (or the command line was wrong).</summary>
    public const int NothingRead = 2;

    /// <summary>Exit code for an internal error (a bug): one line on stderr, no stack trace.</summary>
    public const int InternalError = 3;

    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("Corroborate: which news articles are copies, who said what, which figures differ, and what is contested.");
        root.Subcommands.Add(AnalyzeCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ClusterCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(StoriesCommand.Create(console));
        root.Subcommands.Add(StoryCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        return root;
    }

    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="interactive">Whether standard output is a terminal (progress bars instead of plain lines).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var console = new CliConsole(output, error) { Interactive = interactive };
        var root = Build(console);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var parseError in parse.Errors)
                {
                    error.WriteLine($"corroborate: {parseError.Message}");
                }

                error.WriteLine("Run 'corroborate --help' for usage.");
                return NothingRead;
            }

            return parse.Invoke(configuration);
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes one line, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error.WriteLine($"corroborate: internal error: {exception.Message} (please report this)");
            return InternalError;
        }
    }
}

/// <summary>The standard output and error of one run; tests pass string writers.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Whether standard output is a terminal.</summary>
    public bool Interactive { get; init; }
}
