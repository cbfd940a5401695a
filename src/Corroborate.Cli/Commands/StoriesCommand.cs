using System.CommandLine;
using System.Globalization;
using Corroborate.Corpus;
using Corroborate.Ingestion;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate stories [--order newest|covered] [--limit N] [--db FILE]</c>: the stored stories, one line each.</summary>
internal static class StoriesCommand
{
    public static Command Create(CliConsole console)
    {
        var order = new Option<string>("--order")
        {
            Description = "newest (latest article first) or covered (most articles first).",
            DefaultValueFactory = _ => "newest",
        };
        order.AcceptOnlyFromAmong("newest", "covered");
        var limit = StoreArguments.Limit(50);
        var db = StoreArguments.Db();
        var command = new Command("stories", "List the stored stories with their articles, independent origins and outlets.") { order, limit, db };
        command.SetAction(parse => Run(console, parse.GetValue(order) == "covered" ? StoryOrder.MostCovered : StoryOrder.Newest,
            parse.GetValue(limit), parse.GetValue(db) ?? StoreArguments.DefaultPath));
        return command;
    }

    private static int Run(CliConsole console, StoryOrder order, int limit, string db)
    {
        using var store = StoreArguments.Open(console, db, create: false);
        if (store is null)
        {
            return CorroborateCli.NothingRead;
        }

        var stories = store.ListStories(order, 0, limit);
        if (stories.Count == 0)
        {
            console.Out.WriteLine("No stories yet: add articles with 'corroborate ingest'.");
            return CorroborateCli.Success;
        }

        var idWidth = stories.Max(s => s.Id.Length);
        foreach (var story in stories)
        {
            var dates = story.FirstPublished is null ? "undated"
                : story.FirstPublished?.Date == story.LastPublished?.Date ? Day(story.FirstPublished)
                : $"{Day(story.FirstPublished)}..{Day(story.LastPublished)}";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{story.Id.PadRight(idWidth)}  {Count(story.Articles, "article "),13}  {Count(story.IndependentSources, "origin "),11}  {Count(story.Outlets, "outlet "),11}  "
                + $"{dates,-22}  {(story.Contested ? "contested  " : "")}{(story.Follows is { } earlier ? $"follows {earlier}  " : "")}{PrintableText.Escape(story.Title)}"));
        }

        return CorroborateCli.Success;
    }

    // "1 article ", "8 articles": padded so the columns line up.
    private static string Count(int count, string singular) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : singular.TrimEnd() + "s")}");

    private static string Day(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
