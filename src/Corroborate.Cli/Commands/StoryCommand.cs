using System.CommandLine;
using Corroborate.Ingestion;
using Corroborate.Reporting;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate story ID [--format md|json|html] [--db FILE]</c>: one stored story as a report.</summary>
internal static class StoryCommand
{
    private static readonly IReportWriter[] Writers = [new MarkdownReportWriter(), new JsonReportWriter(), new HtmlReportWriter()];

    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The story id, as 'corroborate stories' shows it (s-1 ...)." };
        var format = new Option<string>("--format", "-f") { Description = "md, json or html.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "html");
        var db = StoreArguments.Db();
        var command = new Command("story", "Print one stored story: its articles, copies and independent origins.") { id, format, db };
        command.SetAction(parse => Run(console, parse.GetValue(id) ?? "", parse.GetValue(format) ?? "md", parse.GetValue(db) ?? StoreArguments.DefaultPath));
        return command;
    }

    private static int Run(CliConsole console, string id, string format, string db)
    {
        using var store = StoreArguments.Open(console, db, create: false);
        if (store is null)
        {
            return CorroborateCli.NothingRead;
        }

        if (store.Story(id) is not { } report)
        {
            console.Error.WriteLine($"corroborate: no story '{PrintableText.Escape(id)}' in {PrintableText.Escape(db)} (see 'corroborate stories')");
            return CorroborateCli.NothingRead;
        }

        Writers.First(w => w.Format == format).Write(report, console.Out);
        return CorroborateCli.Success;
    }
}
