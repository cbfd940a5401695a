using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Reporting;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate extract PATH... [--format json|text]</c>: main-text extraction and cleaning only.
/// JSON is one object keyed by article id (the file stem): <c>{ "stem": { "articleBody", "title", ... } }</c>.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliConsole console)
    {
        var paths = InputArguments.Paths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (one object keyed by file stem) or text (the article bodies).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var maxFileSize = InputArguments.MaxFileSize();
        var maxItems = InputArguments.MaxItems();
        var command = new Command("extract", "Extract the article text and metadata from each input.")
        {
            paths, format, maxFileSize, maxItems,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? [], parse.GetValue(format) ?? "json", parse.GetValue(maxFileSize),
            parse.GetValue(maxItems)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format, double maxFileSize, int maxItems)
    {
        var log = InputArguments.PrintingLog(console);
        var reader = new InputReader(InputArguments.ToOptions(maxFileSize, maxItems));
        var processor = new ArticleProcessor();
        var count = 0;
        if (format == "text")
        {
            foreach (var article in reader.Read(paths, log.Add))
            {
                if (processor.Process(article, log.Add) is not { } doc)
                {
                    continue;
                }

                if (count++ > 0)
                {
                    console.Out.WriteLine();
                }

                console.Out.WriteLine($"==> {PrintableText.Escape(doc.Id)} <==");
                if (!string.IsNullOrWhiteSpace(doc.Metadata.Title))
                {
                    console.Out.WriteLine(doc.Metadata.Title);
                    console.Out.WriteLine();
                }

                console.Out.WriteLine(doc.Text);
            }

            return InputArguments.ExitCode(count, log);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            foreach (var article in reader.Read(paths, log.Add))
            {
                if (processor.Process(article, log.Add) is not { } doc)
                {
                    continue;
                }

                count++;
                WriteArticle(doc, json);
                json.Flush();
                if (buffer.Length > 1 << 20)
                {
                    Drain(buffer, console.Out);
                }
            }

            json.WriteEndObject();
        }

        Drain(buffer, console.Out);
        console.Out.WriteLine();
        return InputArguments.ExitCode(count, log);
    }

    private static void WriteArticle(NewsDocument doc, Utf8JsonWriter json)
    {
        var metadata = doc.Metadata;
        json.WriteStartObject(doc.Id);
        json.WriteString("articleBody", doc.Text);
        json.WriteStringOrNull("title", metadata.Title);
        json.WriteStartArray("authors");
        foreach (var author in metadata.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        json.WriteStringOrNull("published", Timestamp(metadata.Published));
        json.WriteStringOrNull("url", metadata.Url);
        json.WriteStringOrNull("siteName", Outlets.NameOf(metadata));
        json.WriteStringOrNull("language", metadata.Language);
        json.WriteEndObject();
    }

    // A source that gave only a date is printed as a date, not with an invented midnight.
    private static string? Timestamp(DateTimeOffset? published) => published switch
    {
        null => null,
        { TimeOfDay.Ticks: 0, Offset.Ticks: 0 } date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        { } date => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void Drain(MemoryStream buffer, TextWriter output)
    {
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }
}
