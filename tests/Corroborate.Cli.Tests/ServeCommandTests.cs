using Corroborate.Cli.Commands;
using Corroborate.Corpus;
using Corroborate.Web;

namespace Corroborate.Cli.Tests;

// Replaces ServeCommand.Host, a static: the tests of this class run one at a time and restore it.
public sealed class ServeCommandTests : IDisposable
{
    private readonly Func<ICorpusReader, ICorpusWriter?, WebOptions, int> _host = ServeCommand.Host;
    private (ICorpusReader Reader, ICorpusWriter? Writer, WebOptions Options)? _served;

    public ServeCommandTests() => ServeCommand.Host = (reader, writer, options) =>
    {
        _served = (reader, writer, options);
        return CorroborateCli.Success;
    };

    public void Dispose() => ServeCommand.Host = _host;

    [Fact]
    public void Serving_The_Samples_Analyses_Them_And_Listens_On_Loopback_Read_Only()
    {
        var run = CliRun.Of("serve", CliRun.Samples);
        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(_served);
        var (reader, writer, options) = _served.Value;
        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        Assert.Null(options.WriteToken);
        Assert.NotNull(writer);
        Assert.Equal(3, reader.ListStories(StoryOrder.Newest).Count);
        Assert.Contains("13 articles in 3 stories", run.Error, StringComparison.Ordinal);
        Assert.Contains("read-only; listening on http://127.0.0.1:5080", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Token_From_The_Environment_Enables_Writing()
    {
        var name = "CORROBORATE_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "a-long-enough-test-token");
        try
        {
            var run = CliRun.Of("serve", CliRun.Samples, "--token-env", name, "--urls", "http://localhost:5999");
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("a-long-enough-test-token", _served!.Value.Options.WriteToken);
            Assert.Equal("http://localhost:5999", _served.Value.Options.Urls);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void A_Token_File_Is_Read_And_Trimmed()
    {
        using var folder = new TempFolder();
        var file = folder.Write("token", "a-long-enough-test-token\n");
        var run = CliRun.Of("serve", CliRun.Samples, "--token-file", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("a-long-enough-test-token", _served!.Value.Options.WriteToken);
    }

    [Theory]
    [InlineData("corroborate serve: no-such-corpus.db: no such store (create it with 'corroborate ingest')", "serve", "--db", "no-such-corpus.db")]
    [InlineData("corroborate serve: give files or folders to serve, or --db FILE", "serve")]
    [InlineData("is not a loopback address", "serve", "SAMPLES", "--urls", "http://0.0.0.0:5080")]
    [InlineData("not an http:// address", "serve", "SAMPLES", "--urls", "https://127.0.0.1:5080")]
    [InlineData("the environment variable CORROBORATE_NO_SUCH_VARIABLE is not set or empty", "serve", "SAMPLES", "--token-env", "CORROBORATE_NO_SUCH_VARIABLE")]
    [InlineData("give --token-env or --token-file, not both", "serve", "SAMPLES", "--token-env", "A", "--token-file", "B")]
    public void Bad_Command_Lines_Get_One_Line_And_Exit_Code_2(string message, params string[] args)
    {
        var run = CliRun.Of(args.Select(a => a == "SAMPLES" ? CliRun.Samples : a).ToArray());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Null(_served);
    }

    [Fact]
    public void A_Corrupt_Store_Is_One_Line_And_Exit_Code_2()
    {
        using var folder = new TempFolder();
        var db = folder.Write("corpus.db", "this is not a database, just text that happens to be long enough to have a header");
        var run = CliRun.Of("serve", "--db", db);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("corroborate serve: ", run.Error, StringComparison.Ordinal);
        Assert.Null(_served);
    }

    [Fact]
    public void Serving_An_Ingested_Store_Shows_Its_Stories_On_A_Real_Server()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "samples.db");
        Assert.Equal(0, CliRun.Of("ingest", CliRun.Samples, "--db", db).ExitCode);
        (string StoryPage, string Api, string Story)? fetched = null;
        ServeCommand.Host = (reader, writer, options) =>
        {
            Assert.Same(reader, writer);
            fetched = FetchFromRealServer(reader, writer, options);
            return CorroborateCli.Success;
        };

        var run = CliRun.Of("serve", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("13 articles in 3 stories from", run.Error, StringComparison.Ordinal);
        Assert.Contains("read-only; listening on http://127.0.0.1:5080", run.Error, StringComparison.Ordinal);
        var (page, api, story) = fetched!.Value;
        Assert.Contains("<h1>Ambry Valley flood", page, StringComparison.Ordinal);
        Assert.Contains("8 articles from 6 independent origins", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/newsdesk-export-1\"", page, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(api);
        Assert.Equal(3, json.RootElement.GetProperty("stories").GetArrayLength());
        Assert.Contains(story, api, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_And_A_Store_Are_One_Command_That_Adds_The_Files_To_The_Store_And_Serves_It()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "samples.db");
        (string StoryPage, string Api, string Story)? fetched = null;
        ServeCommand.Host = (reader, writer, options) =>
        {
            fetched = FetchFromRealServer(reader, writer, options);
            return CorroborateCli.Success;
        };

        var run = CliRun.Of("serve", CliRun.Samples, "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("13 added, 0 revisions, 0 unchanged, 0 problems", run.Error, StringComparison.Ordinal);
        Assert.Contains("8 articles from 6 independent origins", fetched!.Value.StoryPage, StringComparison.Ordinal);

        // Again: nothing new is added, the store is served as it is.
        var again = CliRun.Of("serve", CliRun.Samples, "--db", db);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 0 revisions, 13 unchanged", again.Error, StringComparison.Ordinal);
    }

    // The served app on a free loopback port: the main story's page and /api/stories, then stopped (the store is still open).
    private static (string StoryPage, string Api, string Story) FetchFromRealServer(ICorpusReader reader, ICorpusWriter? writer, WebOptions options)
    {
        return Task.Run(async () =>
        {
            await using var app = CorroborateWeb.Build(reader, writer, options with { Urls = "http://127.0.0.1:0" });
            await app.StartAsync();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
                var story = reader.ListStories(StoryOrder.MostCovered, 0, 1)[0].Id;
                var page = await client.GetStringAsync(new Uri("/stories/" + story, UriKind.Relative));
                var api = await client.GetStringAsync(new Uri("/api/stories", UriKind.Relative));
                return (page, api, story);
            }
            finally
            {
                await app.StopAsync();
            }
        }).GetAwaiter().GetResult();
    }

    [Fact]
    public void Listening_Beyond_Loopback_Is_Allowed_With_The_Flag()
    {
        var run = CliRun.Of("serve", CliRun.Samples, "--urls", "http://0.0.0.0:5080", "--allow-remote");
        Assert.Equal(0, run.ExitCode);
        Assert.True(_served!.Value.Options.AllowRemote);
    }
}
