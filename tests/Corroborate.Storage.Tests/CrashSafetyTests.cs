using System.Diagnostics;
using System.Globalization;
using System.Text;
using Corroborate.Storage.Sqlite;
using Corroborate.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Tests;

public sealed class CrashSafetyTests
{
    private const int Files = 2500;

    [Fact]
    public void An_Ingest_Killed_Midway_Leaves_A_Consistent_Store_That_A_Second_Ingest_Completes()
    {
        using var folder = new TempFolder();
        var input = GenerateCorpus(folder.Combine("input"), Files);
        var db = folder.Combine("corpus.db");

        // Past the first assembly (500 articles), so the store holds both assembled and pending articles.
        using (var child = StartIngest(input, db))
        {
            var killed = WaitForArticles(db, child, 700);
            Assert.True(killed, "the ingest finished before it could be killed; make the corpus larger");
            child.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup runs.
            child.WaitForExit();
        }

        using (var connection = Raw(db))
        {
            Assert.Equal("ok", Sql.Query(connection, "PRAGMA integrity_check"));
            Sql.Execute(connection, "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"); // Throws when the index is out of step.
            Assert.Equal(0L, Sql.Query(connection, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.article = a.number)"));
            Assert.Equal(0L, Sql.Query(connection, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM shingles s WHERE s.article = a.number)"));
            Assert.Equal(0L, Sql.Query(connection, "SELECT count(*) FROM articles WHERE length(text) = 0"));
            Assert.True((long)Sql.Query(connection, "SELECT count(*) FROM articles")! < Files);
        }

        long stored;
        using (var store = CorpusStore.Open(db))
        {
            // Opening assembles what the killed run left pending: every article is in a story.
            using var connection = Raw(db);
            stored = (long)Sql.Query(connection, "SELECT count(*) FROM articles")!;
            Assert.Equal(0L, Sql.Query(connection, "SELECT count(*) FROM articles WHERE story_id IS NULL OR pending <> 0"));
            Assert.Equal(0L, Sql.Query(connection,
                "SELECT count(*) FROM stories s WHERE s.articles <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)"));
            Assert.Equal(stored, store.Statistics().Articles);
        }

        using (var rerun = StartIngest(input, db))
        {
            var output = rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
            Assert.Matches(@"^\d+ added, 0 revisions, \d+ unchanged, 0 problems", output.Trim());
            var counts = output.Split(' ');
            Assert.Equal(Files, int.Parse(counts[0], CultureInfo.InvariantCulture) + int.Parse(counts[4], CultureInfo.InvariantCulture));
            Assert.True(int.Parse(counts[4], CultureInfo.InvariantCulture) >= stored);
        }

        using (var connection = Raw(db))
        {
            Assert.Equal((long)Files, Sql.Query(connection, "SELECT count(*) FROM articles"));
            Assert.Equal((long)Files, Sql.Query(connection, "SELECT count(DISTINCT content_hash) FROM revisions"));
            Assert.Equal((long)Files, Sql.Query(connection, "SELECT count(*) FROM revisions"));
            Assert.Equal(0L, Sql.Query(connection, "SELECT count(*) FROM articles WHERE story_id IS NULL OR pending <> 0"));
            Assert.Equal("ok", Sql.Query(connection, "PRAGMA integrity_check"));
        }
    }

    /// <summary>Waits until the store holds <paramref name="articles"/> articles; false when the process ended first.</summary>
    private static bool WaitForArticles(string db, Process child, int articles)
    {
        while (!child.HasExited)
        {
            if (File.Exists(db))
            {
                try
                {
                    using var connection = Raw(db, readOnly: true);
                    if ((long)(Sql.Query(connection, "SELECT count(*) FROM articles") ?? 0L) >= articles)
                    {
                        return true;
                    }
                }
                catch (SqliteException)
                {
                    // Not created yet, or the schema is being written.
                }
            }

            Thread.Sleep(20);
        }

        return false;
    }

    private static Process StartIngest(string input, string db)
    {
        var start = new ProcessStartInfo(DotnetHost(), [CliPath(), "ingest", input, "--db", db])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The CLI built with the same configuration as this test assembly (the project references it).</summary>
    private static string CliPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var path = Path.Combine(Repository.Root, "src", "Corroborate.Cli", "bin", configuration, output.Name, "corroborate.dll");
        Assert.True(File.Exists(path), $"the CLI is not built at {path}");
        return path;
    }

    /// <summary>Plain-text articles on a dozen topics, a few words varied per article so every one is distinct.</summary>
    private static string GenerateCorpus(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        string[] places = ["Gullwick", "Fennick Bridge", "Saltmarch", "Corrwick", "Brindlemouth", "Little Ossery"];
        string[] subjects = ["harbour wall", "tram depot", "school roof", "river bridge", "market hall", "ferry pier", "water main", "bus station",
            "library", "fire station", "sea defence", "town hall"];
        string[] verbs = ["repaired", "inspected", "closed", "reopened", "extended", "funded", "delayed", "approved"];
        var start = new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var subject = subjects[i % subjects.Length];
            var place = places[i / subjects.Length % places.Length];
            var verb = verbs[i * 7 % verbs.Length];
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{place} {subject} {verb} after council vote {i}\n");
            text.Append(CultureInfo.InvariantCulture, $"{start.AddHours(i):yyyyMMdd}\n\n");
            for (var p = 0; p < 5; p++)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"Officials in {place} said the {subject} would be {verb} within {p + 2 + i % 9} weeks, at a cost of {(i * 37 + p * 11) % 900 + 100} thousand. ");
                text.Append(CultureInfo.InvariantCulture,
                    $"Residents near the {subject} told reporters on day {i % 28 + 1} that work number {i}-{p} had been expected for years.\n\n");
            }

            File.WriteAllText(Path.Combine(folder, $"article-{i:D5}.txt"), text.ToString());
        }

        return folder;
    }

    private static SqliteConnection Raw(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
        }.ConnectionString);
        connection.Open();
        Sql.Execute(connection, "PRAGMA busy_timeout = 10000");
        return connection;
    }
}
