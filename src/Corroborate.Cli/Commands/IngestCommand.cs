using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Corroborate.Corpus;
using Corroborate.Ingestion;
using Corroborate.Storage.Sqlite;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate ingest PATH... [--db FILE]</c>: reads articles into the store, skipping what it already holds,
/// keeping new versions of known URLs as revisions, and updating stories and copies.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = InputArguments.Paths();
        var db = StoreArguments.Db();
        var maxFileSize = InputArguments.MaxFileSize();
        var maxItems = InputArguments.MaxItems();
        var command = new Command("ingest", "Add articles to the store and update its stories and copies.")
        {
            paths, db, maxFileSize, maxItems,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? [], parse.GetValue(db) ?? StoreArguments.DefaultPath,
            parse.GetValue(maxFileSize), parse.GetValue(maxItems)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string db, double maxFileSize, int maxItems)
    {
        using var store = StoreArguments.Open(console, db, create: true);
        if (store is null)
        {
            return CorroborateCli.NothingRead;
        }

        var log = InputArguments.PrintingLog(console);
        var reader = new InputReader(InputArguments.ToOptions(maxFileSize, maxItems));
        var articles = reader.Read(paths, log.Add);
        var files = CountFiles(paths);
        IngestResult result;
        if (console.Interactive)
        {
            result = AnsiConsole.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(),
                    new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("reading", maxValue: Math.Max(1, files));
                    var ingest = store.Add(articles, log.Add, new TerminalProgress(task));
                    task.Value = task.MaxValue;
                    return ingest;
                });
        }
        else
        {
            result = store.Add(articles, log.Add, new LineProgress(console.Error, files));
        }

        var errors = log.ErrorCount;
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Added} added, {result.Revisions} revisions, {result.Unchanged} unchanged, {errors} problems"));
        return InputArguments.ExitCode(result.Added + result.Revisions + result.Unchanged, log);
    }

    /// <summary>Files under the paths (hidden ones left out, as the reader does): the denominator of the progress.</summary>
    private static int CountFiles(IEnumerable<string> paths)
    {
        var count = 0;
        foreach (var path in paths)
        {
            try
            {
                if (File.Exists(path))
                {
                    count++;
                }
                else if (Directory.Exists(path))
                {
                    var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
                    count += Directory.EnumerateFiles(path, "*", options).Count(f => !System.IO.Path.GetFileName(f).StartsWith('.'));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The reader reports unreadable paths itself.
            }
        }

        return count;
    }

    /// <summary>Counts files as the articles' origins move from one file to the next.</summary>
    private abstract class FileProgress : IProgress<IngestProgress>
    {
        private string? _file;

        protected int Files { get; private set; }

        protected Stopwatch Clock { get; } = Stopwatch.StartNew();

        public void Report(IngestProgress value)
        {
            if (value.Current.Path != _file)
            {
                _file = value.Current.Path;
                Files++;
            }

            Show(value);
        }

        protected abstract void Show(IngestProgress value);

        protected string Rate(int articles) =>
            string.Create(CultureInfo.InvariantCulture, $"{articles / Math.Max(0.001, Clock.Elapsed.TotalSeconds):F1} articles/s");
    }

    /// <summary>A Spectre.Console bar: files done of files found, articles per second, time left.</summary>
    private sealed class TerminalProgress(ProgressTask task) : FileProgress
    {
        protected override void Show(IngestProgress value)
        {
            task.Value = Math.Min(task.MaxValue, Files);
            task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{value.Seen} articles ({Rate(value.Seen)}): {value.Added} added, {value.Unchanged} unchanged"));
        }
    }

    /// <summary>When output is not a terminal: one plain line every few seconds on standard error.</summary>
    private sealed class LineProgress(TextWriter error, int files) : FileProgress
    {
        private TimeSpan _next = TimeSpan.FromSeconds(5);

        protected override void Show(IngestProgress value)
        {
            if (Clock.Elapsed < _next)
            {
                return;
            }

            _next = Clock.Elapsed + TimeSpan.FromSeconds(5);
            var share = files > 0 ? Math.Min(1, (double)Files / files) : 0;
            var left = share > 0 ? TimeSpan.FromSeconds(Clock.Elapsed.TotalSeconds * (1 - share) / share) : (TimeSpan?)null;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest: {value.Seen} articles, {Files}/{files} files, {Rate(value.Seen)}, {value.Added} added, {value.Revisions} revisions, "
                + $"{value.Unchanged} unchanged, {value.Failed} failed{(left is { } l ? $", about {l:hh\\:mm\\:ss} left" : "")}"));
        }
    }
}
