using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Ingestion;
using Corroborate.Stories;
using Corroborate.Text;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate cluster FILE.jsonl [--format jsonl]</c>: story clustering only. Reads one article per
/// line (<c>id</c>, <c>title</c>, <c>text</c>, optional <c>date</c>), clusters them in one pass in date
/// order, and writes one line per article, in input order: <c>{"id": ..., "story": ...}</c>.
/// </summary>
internal static class ClusterCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A JSON Lines file: one article per line with id, title, text and optional date." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: jsonl.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var command = new Command("cluster", "Group articles into stories (story clustering only).") { file, format };
        command.SetAction(parse => Run(console, parse.GetValue(file) ?? ""));
        return command;
    }

    private static int Run(CliConsole console, string path)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"{PrintableText.Escape(path)}: no such file");
            return CorroborateCli.NothingRead;
        }

        var items = new List<ClusterItem>();
        var failed = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryRead(line, out var item, out var reason))
            {
                items.Add(item!);
            }
            else
            {
                failed++;
                console.Error.WriteLine($"{PrintableText.Escape(path)}:{lineNumber}: {reason}");
            }
        }

        // One online pass in date order (stable: undated articles keep their place after the one before).
        var when = new DateTimeOffset[items.Count];
        var last = DateTimeOffset.MinValue;
        for (var i = 0; i < items.Count; i++)
        {
            last = items[i].Published ?? last;
            when[i] = last;
        }

        var clusterer = new StoryClusterer();
        foreach (var i in Enumerable.Range(0, items.Count).OrderBy(i => when[i]).ThenBy(i => i))
        {
            clusterer.Add(items[i]);
        }

        using var output = new MemoryStream();
        foreach (var item in items)
        {
            using (var json = new Utf8JsonWriter(output, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("story", clusterer.Assignments[item.Id]);
                json.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }

        console.Out.Write(System.Text.Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length));
        return items.Count == 0 ? CorroborateCli.NothingRead : failed > 0 ? CorroborateCli.SomeFailed : CorroborateCli.Success;
    }

    private static bool TryRead(string line, out ClusterItem? item, out string reason)
    {
        item = null;
        reason = "";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                reason = "line is not a JSON object";
                return false;
            }

            var id = root.TryGetProperty("id", out var idValue) ? idValue.ToString() : null;
            if (string.IsNullOrWhiteSpace(id))
            {
                reason = "record has no id";
                return false;
            }

            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            item = new ClusterItem(id, Text("title"), Text("text") ?? "", DateParsing.Parse(Text("date")));
            return true;
        }
        catch (JsonException exception)
        {
            reason = $"malformed JSON ({exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ')})";
            return false;
        }
        catch (InvalidOperationException)
        {
            reason = "record has text the JSON reader cannot return (unpaired surrogate escape)";
            return false;
        }
    }
}
