using System.CommandLine;
using System.Text;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Reporting;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate export --format json|csv|md [--db FILE]</c>: the whole store. json is the
/// <c>corroborate.report/1</c> report, md the Markdown report, csv one row per article
/// (<c>id, story, origin, outlet, published, title, url, source</c>; <c>origin</c> is the id of the article its
/// independent-origin group starts from, <c>source</c> the file it was read from).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f") { Description = "json, csv or md.", Required = true };
        format.AcceptOnlyFromAmong("json", "csv", "md");
        var db = StoreArguments.Db();
        var command = new Command("export", "Write the whole store as a JSON report, a CSV of articles, or a Markdown report.") { format, db };
        command.SetAction(parse => Run(console, parse.GetValue(format) ?? "json", parse.GetValue(db) ?? StoreArguments.DefaultPath));
        return command;
    }

    private static int Run(CliConsole console, string format, string db)
    {
        using var store = StoreArguments.Open(console, db, create: false);
        if (store is null)
        {
            return CorroborateCli.NothingRead;
        }

        var report = store.Export();
        switch (format)
        {
            case "csv":
                WriteCsv(report, console.Out);
                break;
            case "md":
                new MarkdownReportWriter().Write(report, console.Out);
                break;
            default:
                new JsonReportWriter().Write(report, console.Out);
                break;
        }

        return CorroborateCli.Success;
    }

    private static void WriteCsv(CorpusReport report, TextWriter writer)
    {
        var story = report.Stories.SelectMany(s => s.Articles.Select(a => (a.Id, s.Id))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var origin = report.Copies.Origins.SelectMany(g => g.Select(id => (id, g[0]))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        writer.Write("id,story,origin,outlet,published,title,url,source\r\n");
        foreach (var doc in report.Articles)
        {
            var published = doc.Metadata.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
            string?[] cells =
            [
                doc.Id, story.GetValueOrDefault(doc.Id), origin.GetValueOrDefault(doc.Id, doc.Id), Outlets.NameOf(doc.Metadata), published,
                doc.Metadata.Title, doc.Metadata.Url, doc.Source.Origin.ToString(),
            ];
            writer.Write(string.Join(",", cells.Select(Cell)));
            writer.Write("\r\n");
        }
    }

    /// <summary>RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
