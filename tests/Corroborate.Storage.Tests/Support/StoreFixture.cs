global using Corroborate.Core.Tests.Support;
using System.Text;
using Corroborate.Corpus;
using Corroborate.Documents;
using Corroborate.Ingestion;

namespace Corroborate.Storage.Tests.Support;

/// <summary>Reads inputs as the CLI does.</summary>
public static class Inputs
{
    /// <summary>Every article under <paramref name="paths"/>, read to the end.</summary>
    public static List<Article> Read(params string[] paths) => new InputReader().Read(paths, _ => { }).ToList();

    /// <summary>The sample corpus.</summary>
    public static List<Article> Samples() => Read(Repository.Samples);

    /// <summary>A plain-text article: headline on the first line, then paragraphs.</summary>
    public static Article Text(string id, string title, DateTimeOffset? published, params string[] paragraphs) =>
        new(id, new SourceLocation(id + ".txt"), ContentKind.PlainText, title + "\n\n" + string.Join("\n\n", paragraphs),
            new ArticleMetadata { Title = title, Published = published });

    public static DateTimeOffset Feb(int day, int hour = 9) => new(2026, 2, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>Story id of each article id, from the stored stories.</summary>
    public static Dictionary<string, string> Partition(ICorpusReader reader) =>
        reader.ListStories(StoryOrder.Newest, 0, 1000)
            .SelectMany(s => reader.Story(s.Id)!.Articles.Select(a => (a.Id, s.Id)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Groups of article ids that share a story, in a comparable form.</summary>
    public static List<string> Groups(IReadOnlyDictionary<string, string> partition) =>
        partition.GroupBy(p => p.Value).Select(g => string.Join(" ", g.Select(p => p.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
}

/// <summary>Raw SQL on a store file, for tests that look under the store's API.</summary>
public static class Sql
{
    public static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Query(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
