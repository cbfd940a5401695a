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
    [InlineData("corroborate serve: --db needs the SQLite store", "serve", "--db", "corpus.db")]
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
    public void Listening_Beyond_Loopback_Is_Allowed_With_The_Flag()
    {
        var run = CliRun.Of("serve", CliRun.Samples, "--urls", "http://0.0.0.0:5080", "--allow-remote");
        Assert.Equal(0, run.ExitCode);
        Assert.True(_served!.Value.Options.AllowRemote);
    }
}
