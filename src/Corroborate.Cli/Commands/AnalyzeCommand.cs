using System.CommandLine;
using System.Text;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Reporting;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate analyze PATH... [--out DIR] [--format md|json|html]</c>: the whole pipeline, one report.</summary>
internal static class AnalyzeCommand
{
    private static readonly IReportWriter[] Writers = [new MarkdownReportWriter(), new JsonReportWriter(), new HtmlReportWriter()];

    public static Command Create(CliConsole console)
    {
        var paths = InputArguments.Paths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report printed on standard output: md, json or html.",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "json", "html");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Also write report.md, report.json and report.html into this folder.",
        };
        var maxFileSize = InputArguments.MaxFileSize();
        var maxItems = InputArguments.MaxItems();
        var command = new Command("analyze", "Read articles, run the whole pipeline and print a report.")
        {
            paths, format, output, maxFileSize, maxItems,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(paths) ?? [],
            parse.GetValue(format) ?? "md",
            parse.GetValue(output),
            parse.GetValue(maxFileSize),
            parse.GetValue(maxItems)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format, string? outputFolder, double maxFileSize, int maxItems)
    {
        var log = InputArguments.PrintingLog(console);
        var reader = new InputReader(InputArguments.ToOptions(maxFileSize, maxItems));
        var report = new CorpusAnalyzer().Analyze(reader.Read(paths, log.Add), log);

        if (outputFolder is not null)
        {
            try
            {
                Directory.CreateDirectory(outputFolder);
                foreach (var writer in Writers)
                {
                    using var file = new StreamWriter(Path.Combine(outputFolder, writer.FileName), append: false, new UTF8Encoding(false));
                    writer.Write(report, file);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{PrintableText.Escape(outputFolder)}: cannot write the report: {PrintableText.Escape(exception.Message)}");
                return CorroborateCli.NothingRead;
            }
        }

        Writers.First(w => w.Format == format).Write(report, console.Out);
        if (outputFolder is not null)
        {
            console.Error.WriteLine($"wrote {string.Join(", ", Writers.Select(w => w.FileName))} to {PrintableText.Escape(outputFolder)}");
        }

        return InputArguments.ExitCode(report.Articles.Count, log);
    }
}
