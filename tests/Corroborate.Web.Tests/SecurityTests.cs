using System.Net;
using System.Text.Json;
using Corroborate.Corpus;
using Corroborate.Web.Tests.Support;

namespace Corroborate.Web.Tests;

public sealed class SecurityTests
{
    private const string Token = "test-token-0123456789abcdef";

    private const string Paragraphs =
        "The Harlow river burst its banks on Tuesday night after a week of heavy rain across the northern hills, flooding the market town of Eastley.\n\n"
        + "Around 2,000 residents were moved to emergency shelters in the town's schools and sports halls, the county council said on Wednesday morning.";

    private static InMemoryCorpus Hostile() => new(
    [
        Samples.Article(
            "hostile",
            "<script>alert('title')</script> Flood <img src=x onerror=alert(1)>",
            "<script>alert('text')</script> " + Paragraphs + "\n\nA line with <b onmouseover=\"alert(2)\">markup</b> and a </p></main><script>alert(3)</script> break-out.",
            url: "javascript:alert(4)",
            outlet: "<i>Outlet</i>\"><script>alert(5)</script>"),
    ]);

    [Fact]
    public async Task Article_Text_Is_Escaped_On_Every_Page()
    {
        var corpus = Hostile();
        await using var server = await TestServer.StartAsync(corpus);
        var storyId = Samples.MainStory(corpus);
        foreach (var path in new[] { "/", $"/stories/{storyId}", "/articles/hostile", "/articles/hostile?q=script+flood", "/search?q=alert", "/search?q=%3Cscript%3E" })
        {
            var html = await server.GetStringAsync(path);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }

        // The marks of quotes and figures ("alert(3)" holds a number) are the page's own tags; the text around them is escaped.
        var article = System.Text.RegularExpressions.Regex.Replace(await server.GetStringAsync("/articles/hostile"), "</?mark[^>]*>", "");
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Flood &lt;img src=x onerror=alert(1)&gt;", article, StringComparison.Ordinal);
        Assert.Contains("&lt;/p&gt;&lt;/main&gt;&lt;script&gt;alert(3)&lt;/script&gt; break-out.", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_Response_Carries_A_Content_Security_Policy_Without_Script()
    {
        await using var server = await TestServer.StartAsync(Hostile());
        foreach (var path in new[] { "/", "/articles/hostile", "/search", "/api/stories", "/nowhere", "/static/site.css" })
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.StartsWith("default-src 'none';", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task A_Loopback_Server_Refuses_Other_Host_Names()
    {
        await using var server = await TestServer.StartAsync(Hostile());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "attacker.example";
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Addresses_Beyond_Loopback_Need_An_Explicit_Flag()
    {
        Assert.Null(CorroborateWeb.CheckUrls(new WebOptions()));
        Assert.Null(CorroborateWeb.CheckUrls(new WebOptions { Urls = "http://localhost:5080;http://[::1]:5081" }));
        Assert.Contains("--allow-remote", CorroborateWeb.CheckUrls(new WebOptions { Urls = "http://0.0.0.0:5080" }), StringComparison.Ordinal);
        Assert.Contains("--allow-remote", CorroborateWeb.CheckUrls(new WebOptions { Urls = "http://*:5080" }), StringComparison.Ordinal);
        Assert.Contains("--allow-remote", CorroborateWeb.CheckUrls(new WebOptions { Urls = "http://127.0.0.1:5080;http://192.0.2.7:80" }), StringComparison.Ordinal);
        Assert.Null(CorroborateWeb.CheckUrls(new WebOptions { Urls = "http://0.0.0.0:5080", AllowRemote = true }));
        Assert.Throws<ArgumentException>(() => CorroborateWeb.Build(Hostile(), null, new WebOptions { Urls = "http://0.0.0.0:5080" }));
    }

    [Fact]
    public async Task Without_A_Token_The_Server_Is_Read_Only()
    {
        var corpus = Hostile();
        await using var server = await TestServer.StartAsync(corpus, corpus);
        using var response = await server.PostJsonAsync("/api/articles", Post("new-one"), token: Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(corpus.Article("new-one"));
    }

    [Fact]
    public async Task Posting_Needs_The_Right_Token_And_Then_Adds_The_Articles()
    {
        var corpus = Hostile();
        await using var server = await TestServer.StartAsync(corpus, corpus, new WebOptions { WriteToken = Token });

        using (var missing = await server.PostJsonAsync("/api/articles", Post("new-one"), token: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            Assert.Equal("Bearer", Assert.Single(missing.Headers.WwwAuthenticate).Scheme);
        }

        using (var wrong = await server.PostJsonAsync("/api/articles", Post("new-one"), token: Token + "x"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        Assert.Null(corpus.Article("new-one"));
        using (var right = await server.PostJsonAsync("/api/articles", "[" + Post("new-one") + "," + Post("new-two", "Bridge closed") + "]", token: Token))
        {
            Assert.Equal(HttpStatusCode.Created, right.StatusCode);
            using var json = JsonDocument.Parse(await right.Content.ReadAsStringAsync());
            Assert.Equal(2, json.RootElement.GetProperty("added").GetInt32());
            Assert.Equal(["new-one", "new-two"], json.RootElement.GetProperty("submitted").EnumerateArray().Select(e => e.GetString()));
        }

        var article = await server.GetStringAsync("/api/articles/new-two");
        Assert.Contains("Bridge closed", article, StringComparison.Ordinal);
        Assert.Contains("Eastley Echo", article, StringComparison.Ordinal);

        using var again = await server.PostJsonAsync("/api/articles", Post("new-one"), token: Token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var unchanged = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(1, unchanged.RootElement.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_Body_That_Is_Not_Articles_Is_Refused_With_The_Reason()
    {
        var corpus = Hostile();
        await using var server = await TestServer.StartAsync(corpus, corpus, new WebOptions { WriteToken = Token });
        using var broken = await server.PostJsonAsync("/api/articles", "{\"title\": \"x\", ", token: Token);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("malformed JSON", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative)) { Content = new StringContent(Post("x"), System.Text.Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new("Bearer", Token);
        using var plain = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
    }

    [Fact]
    public async Task A_Request_Over_The_Size_Limit_Gets_413()
    {
        var corpus = Hostile();
        await using var server = await TestServer.StartAsync(corpus, corpus, new WebOptions { WriteToken = Token, MaxRequestBodyBytes = 64 * 1024 });
        var big = "{\"title\": \"Big\", \"text\": \"" + new string('a', 100 * 1024) + "\"}";
        using var response = await server.PostJsonAsync("/api/articles", big, token: Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Single(corpus.Report.Articles);
    }

    private static string Post(string id, string title = "Flood shelters open") => JsonSerializer.Serialize(new
    {
        id,
        title,
        text = Paragraphs.Replace("Harlow", title, StringComparison.Ordinal) + "\n\nThis version is " + id + ".",
        url = $"https://echo.example/{id}",
        date = "2026-02-21T08:00:00Z",
        source = "Eastley Echo",
        authors = new[] { "Ada Byrne" },
    });
}
