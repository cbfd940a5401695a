using System.CommandLine;
using System.Globalization;
using System.Text;
using Corroborate.Corpus;
using Corroborate.Ingestion;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate search QUERY [--from DATE] [--to DATE] [--outlet NAME] [--speaker NAME] [--limit N] [--db FILE]</c>:
/// full-text search, best first, with the matched words marked in a snippet.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("query") { Description = "Words and \"quoted phrases\"; every one must match.", Arity = ArgumentArity.OneOrMore };
        var from = StoreArguments.Date("--from", "Published on or after this date (yyyy-MM-dd).");
        var to = StoreArguments.Date("--to", "Published on or before this date (the whole day).");
        var outlet = new Option<string?>("--outlet") { Description = "Only this outlet (case-insensitive)." };
        var speaker = new Option<string?>("--speaker") { Description = "Only articles quoting this speaker (any part of the name)." };
        var limit = StoreArguments.Limit(20);
        var db = StoreArguments.Db();
        var command = new Command("search", "Search the stored articles.") { query, from, to, outlet, speaker, limit, db };
        command.SetAction(parse => Run(
            console,
            new SearchQuery(
                string.Join(" ", parse.GetValue(query) ?? []),
                StoreArguments.ParseDate(parse.GetValue(from), endOfDay: false),
                StoreArguments.ParseDate(parse.GetValue(to), endOfDay: true),
                parse.GetValue(outlet),
                parse.GetValue(speaker),
                parse.GetValue(limit)),
            parse.GetValue(db) ?? StoreArguments.DefaultPath));
        return command;
    }

    private static int Run(CliConsole console, SearchQuery query, string db)
    {
        using var store = StoreArguments.Open(console, db, create: false);
        if (store is null)
        {
            return CorroborateCli.NothingRead;
        }

        var hits = store.Search(query);
        if (hits.Count == 0)
        {
            console.Out.WriteLine("No matches.");
            return CorroborateCli.Success;
        }

        var rank = 0;
        foreach (var hit in hits)
        {
            var published = hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{++rank}. {PrintableText.Escape(hit.Title)} — {PrintableText.Escape(hit.Outlet ?? "unknown outlet")}, {published} "
                + $"[{PrintableText.Escape(hit.ArticleId)}{(hit.StoryId is { } story ? ", story " + story : "")}]"));
            console.Out.WriteLine("   " + Snippet(hit.Snippet, console.Interactive));
        }

        return CorroborateCli.Success;
    }

    /// <summary>The snippet on one line, matches in bold on a terminal and between ** otherwise.</summary>
    private static string Snippet(IReadOnlyList<SnippetPart> parts, bool terminal)
    {
        var line = new StringBuilder();
        foreach (var part in parts)
        {
            var text = PrintableText.Escape(part.Text.ReplaceLineEndings(" "));
            line.Append(!part.Highlighted ? text : terminal ? $"\u001b[1m{text}\u001b[22m" : $"**{text}**");
        }

        return line.ToString();
    }
}
