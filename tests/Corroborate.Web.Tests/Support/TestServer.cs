using System.Net.Http.Headers;
using Corroborate.Corpus;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Microsoft.AspNetCore.Builder;

namespace Corroborate.Web.Tests.Support;

/// <summary>The app on a real Kestrel server at a free loopback port, with a client pointed at it.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The server's base address, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<TestServer> StartAsync(ICorpusReader reader, ICorpusWriter? writer = null, WebOptions? options = null)
    {
        var app = CorroborateWeb.Build(reader, writer, (options ?? new WebOptions()) with { Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        var bound = app.Urls.Single();
        return new TestServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string path, string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Finds the repository and reads the samples.</summary>
public static class Samples
{
    /// <summary>The folder holding <c>Corroborate.slnx</c>.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Corroborate.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Folder => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The samples analysed in memory, as <c>corroborate serve samples</c> serves them.</summary>
    public static InMemoryCorpus Corpus()
    {
        var problems = new List<InputProblem>();
        var articles = new InputReader().Read([Folder], problems.Add).ToList();
        return new InMemoryCorpus(articles, problems);
    }

    /// <summary>The id of the main sample story (the dam failure: the most covered).</summary>
    public static string MainStory(ICorpusReader reader) => reader.ListStories(StoryOrder.MostCovered, 0, 1)[0].Id;

    /// <summary>An article read from a JSON export, made by hand.</summary>
    public static Article Article(string id, string title, string text, string? url = null, string outlet = "Test Outlet") =>
        new(id, new SourceLocation(id + ".json"), ContentKind.PlainText, text,
            new ArticleMetadata { Title = title, SiteName = outlet, Url = url, Published = new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero) });
}

/// <summary>One server over the samples, shared by the read-only tests of a class.</summary>
public sealed class SamplesServer : IAsyncLifetime
{
    public InMemoryCorpus Corpus { get; } = Samples.Corpus();

    public TestServer Server { get; private set; } = null!;

    public string MainStory => Samples.MainStory(Corpus);

    public async Task InitializeAsync() => Server = await TestServer.StartAsync(Corpus);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
