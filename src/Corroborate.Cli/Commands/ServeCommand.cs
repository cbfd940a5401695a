using System.Globalization;
using System.CommandLine;
using Corroborate.Corpus;
using Corroborate.Ingestion;
using Corroborate.Storage.Sqlite;
using Corroborate.Web;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate serve [--db FILE] [--urls URL] [--token-env NAME | --token-file FILE] [--allow-remote] [PATH...]</c>:
/// the web UI and JSON API, over files analysed in memory or over a store.
/// </summary>
internal static class ServeCommand
{
    /// <summary>
    /// Opens a stored corpus for <c>--db FILE</c>: its reader and writer (the SQLite store, which must exist).
    /// Throws <see cref="CorpusStoreException"/> when the file is missing or not a readable store.
    /// </summary>
    internal static Func<string, (ICorpusReader Reader, ICorpusWriter? Writer)> OpenStore { get; set; } = path =>
    {
        var store = CorpusStore.OpenExisting(path);
        return (store, store);
    };

    /// <summary>Runs the app until it is stopped; tests replace it to capture what would be served.</summary>
    internal static Func<ICorpusReader, ICorpusWriter?, WebOptions, int> Host { get; set; } = RunApp;

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to serve: analysed in memory, or with --db first added to that store.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = new Option<string?>("--db") { Description = "Serve this corpus database (created when files are given to add to it)." };
        var urls = new Option<string>("--urls")
        {
            Description = "Address to listen on (loopback unless --allow-remote).",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow an address other than loopback (the app has no user accounts)." };
        var tokenEnv = new Option<string?>("--token-env") { Description = "Accept POST /api/articles with the token held in this environment variable." };
        var tokenFile = new Option<string?>("--token-file") { Description = "Accept POST /api/articles with the token held in this file." };
        var maxFileSize = InputArguments.MaxFileSize();
        var maxItems = InputArguments.MaxItems();
        var command = new Command("serve", "Serve the web UI and JSON API over a corpus: files analysed in memory, or --db.")
        {
            paths, db, urls, allowRemote, tokenEnv, tokenFile, maxFileSize, maxItems,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(paths) ?? [],
            parse.GetValue(db),
            parse.GetValue(urls) ?? WebOptions.DefaultUrls,
            parse.GetValue(allowRemote),
            parse.GetValue(tokenEnv),
            parse.GetValue(tokenFile),
            parse.GetValue(maxFileSize),
            parse.GetValue(maxItems)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string? db, string urls, bool allowRemote, string? tokenEnv, string? tokenFile, double maxFileSize, int maxItems)
    {
        int Fail(string message)
        {
            console.Error.WriteLine($"corroborate serve: {message}");
            return CorroborateCli.NothingRead;
        }

        if (db is null && paths.Length == 0)
        {
            return Fail("give files or folders to serve, or --db FILE");
        }

        if (tokenEnv is not null && tokenFile is not null)
        {
            return Fail("give --token-env or --token-file, not both");
        }

        string? token = null;
        if (tokenEnv is not null)
        {
            token = Environment.GetEnvironmentVariable(tokenEnv)?.Trim();
            if (string.IsNullOrEmpty(token))
            {
                return Fail($"--token-env: the environment variable {PrintableText.Escape(tokenEnv)} is not set or empty");
            }
        }
        else if (tokenFile is not null)
        {
            try
            {
                token = File.ReadAllText(tokenFile).Trim();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Fail($"--token-file {PrintableText.Escape(tokenFile)}: {PrintableText.Escape(exception.Message)}");
            }

            if (token.Length == 0)
            {
                return Fail($"--token-file {PrintableText.Escape(tokenFile)} is empty");
            }
        }

        if (token is { Length: < 16 })
        {
            return Fail("the write token must be at least 16 characters");
        }

        var options = new WebOptions
        {
            Urls = urls,
            AllowRemote = allowRemote,
            WriteToken = token,
            Log = line => console.Error.WriteLine($"corroborate serve: {PrintableText.Escape(line)}"),
        };
        if (CorroborateWeb.CheckUrls(options) is { } urlProblem)
        {
            return Fail(urlProblem);
        }

        ICorpusReader reader;
        ICorpusWriter? writer;
        var exitCode = CorroborateCli.Success;
        if (db is not null && paths.Length > 0)
        {
            // One command for a fresh corpus: add the files to the store (created when missing), then serve it.
            using (var target = StoreArguments.Open(console, db, create: true))
            {
                if (target is null)
                {
                    return CorroborateCli.NothingRead;
                }

                var log = InputArguments.PrintingLog(console);
                var input = new InputReader(InputArguments.ToOptions(maxFileSize, maxItems));
                var result = target.Add(input.Read(paths, log.Add), log.Add, null);
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"corroborate serve: {result.Added} added, {result.Revisions} revisions, {result.Unchanged} unchanged, {log.ErrorCount} problems"));
                exitCode = InputArguments.ExitCode(result.Added + result.Revisions + result.Unchanged, log);
            }
        }

        if (db is not null)
        {
            try
            {
                (reader, writer) = OpenStore(db);
            }
            catch (CorpusStoreException exception)
            {
                return Fail(PrintableText.Escape(exception.Message));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Fail($"{PrintableText.Escape(db)}: cannot open the store: {PrintableText.Escape(exception.Message)}");
            }

            if (reader is CorpusStore store)
            {
                var statistics = store.Statistics();
                console.Error.WriteLine($"corroborate serve: {statistics.Articles} articles in {statistics.Stories} stories from {PrintableText.Escape(db)}");
            }
        }
        else
        {
            var log = InputArguments.PrintingLog(console);
            var input = new InputReader(InputArguments.ToOptions(maxFileSize, maxItems));
            var articles = input.Read(paths, log.Add).ToList();
            if (articles.Count == 0)
            {
                return Fail("nothing to serve: no article could be read");
            }

            var corpus = new InMemoryCorpus(articles, log.Snapshot());
            (reader, writer) = (corpus, corpus);
            exitCode = InputArguments.ExitCode(articles.Count, log);
            console.Error.WriteLine($"corroborate serve: {corpus.Report.Articles.Count} articles in {corpus.Report.Stories.Count} stories");
        }

        console.Error.WriteLine($"corroborate serve: {(token is null ? "read-only" : "POST /api/articles accepted with the write token")}; listening on {urls} (Ctrl+C stops)");
        try
        {
            var hosted = Host(reader, writer, options);
            return hosted != CorroborateCli.Success ? hosted : exitCode;
        }
        finally
        {
            (reader as IDisposable)?.Dispose();
        }
    }

    private static int RunApp(ICorpusReader reader, ICorpusWriter? writer, WebOptions options)
    {
        using var app = CorroborateWeb.Build(reader, writer, options);
        try
        {
            app.Run();
            return CorroborateCli.Success;
        }
        catch (IOException exception)
        {
            // Address in use, permission denied on a port below 1024...
            options.Log?.Invoke($"cannot listen on {options.Urls}: {exception.Message}");
            return CorroborateCli.NothingRead;
        }
    }
}
