using System.Diagnostics;
using System.Globalization;
using Corroborate.Corpus;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Stories;
using Corroborate.Web;

namespace Corroborate.Bench;

/// <summary>
/// Web server time for a big story: the samples' main story grown to N articles (default 200) by republishing its
/// articles under other outlets with small edits, served by a real Kestrel on loopback; each page and API call is
/// requested many times and the server's own time (Server-Timing) and the client round trip are reported as
/// median and 95th percentile.
/// </summary>
internal static class WebBenchmark
{
    public static int Run(string[] args)
    {
        var size = IntOption(args, "--articles") ?? 200;
        var requests = IntOption(args, "--requests") ?? 200;
        var samples = FindSamples();
        if (samples is null)
        {
            Console.Error.WriteLine("samples/ not found above the working folder or the program");
            return 2;
        }

        var build = Stopwatch.StartNew();
        var (report, articles) = BigStory(samples, size);
        ICorpusReader reader = new ReportCorpusReader(report);
        using var folder = args.Contains("--store") ? new TempStore() : null;
        if (folder is not null)
        {
            // The same articles ingested into a SQLite store: what 'serve --db' answers from (stories read per request).
            var store = folder.Open();
            // The store keeps one article per distinct content: trailing spaces (cleaned away) keep republished copies apart.
            store.Add(articles.Select((a, i) => a with { Content = a.Content + "\n" + new string(' ', i) }));
            reader = store;
            var id = store.ListStories(StoryOrder.MostCovered, 0, 1)[0].Id;
            // Clustering splits the republished rounds over several stories: put them back in one, as in memory.
            folder.Run($"UPDATE articles SET story_id = '{id}'; UPDATE stories SET articles = (SELECT count(*) FROM articles) WHERE id = '{id}'; "
                + $"UPDATE stories SET articles = 0 WHERE id <> '{id}'");
            var cold = Stopwatch.StartNew();
            report = store.Story(id)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first read of the story from the store (load, align quotes, group figures; kept until the store changes): {cold.Elapsed.TotalMilliseconds:F0} ms"));
            var parts = Stopwatch.StartNew();
            _ = Corroborate.Quotes.QuoteAligner.Align(report.Stories[0].Articles);
            var align = parts.Elapsed.TotalMilliseconds;
            parts.Restart();
            _ = Corroborate.Figures.FigureGrouper.Group(report.Stories[0].Articles);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  of which, warm: aligning quotes {align:F0} ms, grouping figures {parts.Elapsed.TotalMilliseconds:F0} ms"));
        }

        var story = report.Stories[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"web{(folder is null ? "" : " (SQLite store)")}: one story of {story.Articles.Count} articles from {story.IndependentSources} independent origins, {report.Copies.Links.Count} copy links, {story.Quotes.Count} statements, {story.FigureGroups.Count} figure groups (built in {build.Elapsed.TotalSeconds:F1} s); {requests} requests per address after 30 warm-up"));

        var app = CorroborateWeb.Build(reader, null, new WebOptions { Urls = "http://127.0.0.1:0", ServerTiming = true });
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            var article = story.Articles[story.Articles.Count / 2].Id;
            // The origin most articles copy: its page lists every copy link.
            var origin = story.Origins.OrderByDescending(g => g.Count).First()[0];
            Console.WriteLine("| address | bytes | server median | server p95 | round trip median | round trip p95 |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var path in new[]
            {
                $"/stories/{story.Id}",
                $"/api/stories/{story.Id}",
                $"/articles/{article}",
                $"/articles/{origin}",
                "/api/stories",
                "/",
                "/search?q=spillway+inspection",
            })
            {
                Measure(client, path, requests);
            }
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }

        return 0;
    }

    private static void Measure(HttpClient client, string path, int requests)
    {
        var server = new List<double>(requests);
        var roundTrip = new List<double>(requests);
        long bytes = 0;
        for (var i = -30; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = client.GetAsync(new Uri(path, UriKind.Relative)).GetAwaiter().GetResult();
            var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            if (i < 0)
            {
                continue;
            }

            bytes = body.Length;
            roundTrip.Add(elapsed);
            var timing = response.Headers.GetValues("Server-Timing").Single();
            server.Add(double.Parse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {path} | {bytes:N0} | {Percentile(server, 0.5):F2} ms | {Percentile(server, 0.95):F2} ms | {Percentile(roundTrip, 0.5):F2} ms | {Percentile(roundTrip, 0.95):F2} ms |"));
    }

    /// <summary>
    /// The samples' most covered story grown to <paramref name="size"/> articles: article i republishes sample
    /// article i mod n under "Outlet i", an hour later per round, every third one with a sentence added and words
    /// changed (so copies of copies and lightly edited copies appear), all in one story.
    /// </summary>
    private static (CorpusReport Report, List<Article> Articles) BigStory(string samples, int size)
    {
        var read = new InputReader().Read([samples], _ => { }).ToList();
        var analyzed = new CorpusAnalyzer().Analyze(read);
        var main = analyzed.Stories.OrderByDescending(s => s.Articles.Count).First().Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var bases = read.Where(a => main.Contains(a.Id)).ToList();
        var articles = new List<Article>(size);
        for (var i = 0; i < size; i++)
        {
            var source = bases[i % bases.Count];
            var round = i / bases.Count;
            if (round == 0)
            {
                articles.Add(source);
                continue;
            }

            var content = source.Content;
            if (round % 3 == 1)
            {
                content = content.Replace(" said ", " told reporters ", StringComparison.Ordinal).Replace("Friday", "Friday morning", StringComparison.Ordinal);
            }

            articles.Add(source with
            {
                Id = $"{source.Id}-r{round}",
                Content = content,
                Metadata = source.Metadata with
                {
                    SiteName = $"Outlet {i}",
                    Url = $"https://outlet{i}.example/news/{source.Id}",
                    Published = source.Metadata.Published?.AddHours(round),
                },
            });
        }

        var documents = new CorpusAnalyzer().Analyze(articles).Articles;
        var copies = new CopyDetector().Detect(documents);
        var story = StoryGrouping.Single(documents.OrderBy(d => d.Metadata.Published ?? DateTimeOffset.MaxValue).ToList())[0].WithOrigins(copies.Origins);
        // Who said what and the figures, as analyze gives them, so the page shows both sections in full.
        story = story with
        {
            Quotes = Quotes.QuoteAligner.Align(story.Articles),
            FigureGroups = Figures.FigureGrouper.Group(story.Articles, Figures.FigureGrouper.FirstPublished(documents, copies.Origins)),
        };
        return (new CorpusReport(documents, [story], []) { Copies = copies }, articles);
    }

    /// <summary>A store in a temporary folder, deleted with it.</summary>
    private sealed class TempStore : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("corroborate-web-bench-").FullName;
        private Storage.Sqlite.CorpusStore? _store;

        public Storage.Sqlite.CorpusStore Open() => _store = Storage.Sqlite.CorpusStore.Open(Path.Combine(_folder, "bench.db"));

        public void Run(string sql)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "bench.db")};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _store?.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var samples = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")) && Directory.Exists(samples))
                {
                    return samples;
                }
            }
        }

        return null;
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private static int? IntOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }
}
