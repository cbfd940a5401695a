using System.Net;
using System.Text.Json;
using Corroborate.Web.Tests.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Corroborate.Web.Tests;

public sealed class ApiTests(SamplesServer samples) : IClassFixture<SamplesServer>
{
    private TestServer Server => samples.Server;

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Stories_Are_Listed_With_Counts_And_Paged()
    {
        var root = await GetJson("/api/stories?order=covered&take=2");
        Assert.Equal("covered", root.GetProperty("order").GetString());
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        var main = stories[0];
        Assert.Equal(samples.MainStory, main.GetProperty("id").GetString());
        Assert.Equal(8, main.GetProperty("articles").GetInt32());
        Assert.Equal(6, main.GetProperty("independentSources").GetInt32());
        Assert.Equal(7, main.GetProperty("outlets").GetInt32());
        Assert.Equal("2026-02-20", main.GetProperty("firstPublished").GetString());
        // Its figures conflict (40,000 or 35,000 evacuated; a 12 km or 15 km stretch).
        Assert.True(main.GetProperty("contested").GetBoolean());
        var rest = (await GetJson("/api/stories?order=covered&skip=2&take=50")).GetProperty("stories");
        Assert.Equal(samples.Corpus.Report.Stories.Count - 2, rest.GetArrayLength());
    }

    [Fact]
    public async Task A_Story_Is_A_Report_Document_Of_Its_Own_Articles()
    {
        var root = await GetJson($"/api/stories/{samples.MainStory}");
        Assert.Equal("corroborate.report/1", root.GetProperty("schema").GetString());
        Assert.Equal(8, root.GetProperty("articles").GetArrayLength());
        var story = Assert.Single(root.GetProperty("stories").EnumerateArray());
        Assert.Equal(6, story.GetProperty("independentSources").GetInt32());
        Assert.Equal(6, story.GetProperty("origins").GetArrayLength());
        foreach (var section in new[] { "quotes", "figures", "figureGroups", "claims", "timeline", "brief" })
        {
            Assert.Equal(JsonValueKind.Array, story.GetProperty(section).ValueKind);
        }

        var copies = root.GetProperty("copies").EnumerateArray().ToList();
        Assert.Equal(3, copies.Count);
        Assert.Contains(copies, c => c.GetProperty("article").GetString() == "corrwick-sentinel-tesselmoor-dam"
            && c.GetProperty("of").GetString() == "newsdesk-export-1" && c.GetProperty("kind").GetString() == "copy");
    }

    [Fact]
    public async Task An_Article_Has_Its_Text_Story_And_Copies()
    {
        var root = await GetJson("/api/articles/corrwick-sentinel-tesselmoor-dam");
        Assert.Equal(samples.MainStory, root.GetProperty("story").GetString());
        var article = root.GetProperty("article");
        Assert.Equal("The Corrwick Sentinel", article.GetProperty("outlet").GetString());
        Assert.Equal(11, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("newsdesk-export-1", Assert.Single(root.GetProperty("copies").EnumerateArray()).GetProperty("of").GetString());
    }

    [Fact]
    public async Task Search_Returns_Hits_With_Highlighted_Snippet_Parts()
    {
        var root = await GetJson("/api/search?q=%22last+October%22&limit=3");
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        foreach (var hit in hits)
        {
            var highlighted = hit.GetProperty("snippet").EnumerateArray().Where(p => p.GetProperty("highlighted").GetBoolean()).Select(p => p.GetProperty("text").GetString()).ToList();
            Assert.Equal(["last", "October"], highlighted);
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("article").GetString()));
        }
    }

    [Theory]
    [InlineData("/api/stories/no-such-story", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/no-such-article", HttpStatusCode.NotFound)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/stories?take=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/stories?order=oldest", HttpStatusCode.BadRequest)]
    [InlineData("/api/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=dam&limit=1000", HttpStatusCode.BadRequest)]
    public async Task Errors_Are_Problem_Details(string path, HttpStatusCode status)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task The_OpenApi_Document_Parses_And_Describes_Every_Endpoint()
    {
        var text = await Server.GetStringAsync("/openapi.json");
        var result = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());
        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var paths = result.Document.Paths;
        Assert.Equal(["/api/articles", "/api/articles/{id}", "/api/search", "/api/stories", "/api/stories/{id}"], paths.Keys.Order(StringComparer.Ordinal));
        Assert.True(paths["/api/articles"].Operations!.ContainsKey(HttpMethod.Post));
        Assert.True(paths["/api/search"].Operations!.ContainsKey(HttpMethod.Get));
        Assert.Contains("bearer", result.Document.Components!.SecuritySchemes!.Keys);
    }
}
