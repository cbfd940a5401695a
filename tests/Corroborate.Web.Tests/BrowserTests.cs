using Corroborate.Web.Tests.Support;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests;

/// <summary>A fact that needs Chromium at <c>/usr/bin/chromium</c> (Debian's package); skipped with the reason when it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"needs Chromium at {Path} (apt-get install chromium; .ci/run installs it)";
        }
    }
}

/// <summary>The samples' story page in real headless Chromium: what a reader sees, with the CSP enforced.</summary>
public sealed class BrowserTests(SamplesServer samples) : IClassFixture<SamplesServer>
{
    [ChromiumFact]
    public async Task A_Reader_Sees_Every_Section_Follows_A_Source_And_Filters_By_Speaker()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Path,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                violations.Add($"{message.Location}: {message.Text}");
            }
        };

        var storyUrl = new Uri(samples.Server.Address, $"stories/{samples.MainStory}").ToString();
        var response = await page.GotoAsync(storyUrl);
        Assert.Equal(200, response!.Status);

        // Every section is there and visible, with content.
        Assert.Contains("Tesselmoor", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        foreach (var heading in new[] { "In brief", "Sources", "Who copied whom", "Who said what", "Figures" })
        {
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }).IsVisibleAsync(), $"section '{heading}' not visible");
        }

        Assert.Contains("8 articles from 6 independent origins", await page.Locator("#summary .summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("spillway", await page.Locator("#lead blockquote").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(8, await page.Locator("#sources tbody tr").CountAsync());
        Assert.True(await page.Locator("#lineage svg.lineage rect").CountAsync() >= 5);
        var svgBox = await page.Locator("#lineage svg.lineage").BoundingBoxAsync();
        Assert.True(svgBox is { Width: > 300, Height: > 100 }, "the lineage graph is drawn");
        // The stylesheet loaded under the CSP: the page's text column is limited.
        var maxWidth = await page.Locator("#lead").EvaluateAsync<string>("e => getComputedStyle(e).maxWidth");
        Assert.NotEqual("none", maxWidth);

        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "story.png"), FullPage = true });

        // The figures table shows the evacuation conflict first, highlighted.
        var firstFigure = page.Locator("#figures table.figures tbody tr").First;
        Assert.Contains("people evacuated", await firstFigure.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("conflict", await firstFigure.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.NotEqual("rgba(0, 0, 0, 0)", await firstFigure.Locator("td").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        // Follow the link from a quote to its article: the page opens at the quoted words, marked.
        var quoteLink = page.Locator("#quotes .quote-group", new() { HasText = "Helena Stroud" }).Locator("blockquote a").First;
        var href = await quoteLink.GetAttributeAsync("href");
        Assert.Matches("^/articles/[^#]+#q-\\d+$", href);
        await quoteLink.ClickAsync();
        await page.WaitForURLAsync("**" + href);
        var anchor = href!.Split('#')[1];
        var marked = page.Locator($"mark#{anchor}");
        Assert.Equal(1, await marked.CountAsync());
        Assert.Equal("quote", await marked.GetAttributeAsync("class"));
        Assert.Contains("Helena Stroud", await marked.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
        Assert.True(await marked.IsVisibleAsync(), "the quoted words are on screen");
        Assert.True(await page.Locator("aside#quotes li").CountAsync() > 0, "the article lists its quotes");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "quote-in-article.png") });

        // Follow a source row to its article.
        await page.GotoAsync(storyUrl);
        await page.Locator("#sources tbody tr", new() { HasText = "The Corrwick Sentinel" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync("**/articles/corrwick-sentinel-tesselmoor-dam");
        Assert.Equal("Tesselmoor spillway fails as 40,000 ordered to leave Ambry Valley homes", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("A copy of", await page.Locator("#copies").InnerTextAsync(), StringComparison.Ordinal);
        var removed = page.Locator("details.removed");
        Assert.False(await removed.Locator("li").First.IsVisibleAsync(), "removed text starts folded");
        await removed.Locator("summary").ClickAsync();
        Assert.True(await removed.Locator("li").First.IsVisibleAsync(), "the toggle shows removed text");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "article.png"), FullPage = true });

        // Back on the story, filter by a speaker with the plain GET form (no script needed): the sources keep the article quoting them.
        await page.GotoAsync(storyUrl);
        await page.Locator("form.filters input[name=speaker]").FillAsync("Varennes-Hartley");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**speaker=Varennes-Hartley");
        Assert.Equal(1, await page.Locator("#sources tbody tr").CountAsync());
        Assert.Contains("Brindlemouth Gazette", await page.Locator("#sources tbody tr").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Showing 1 of 8 articles", await page.Locator("#filter-result").InnerTextAsync(), StringComparison.Ordinal);
        // The quotes section then shows only that speaker.
        var speakers = await page.Locator("#quotes h3.speaker").AllInnerTextsAsync();
        Assert.Single(speakers);
        Assert.StartsWith("Chloé Varennes-Hartley", speakers[0], StringComparison.Ordinal);

        // A speaker's heading is itself the filter.
        await page.GotoAsync(storyUrl);
        await page.Locator("#quotes h3.speaker a", new() { HasText = "Dana Kirrane" }).ClickAsync();
        await page.WaitForURLAsync("**speaker=Dana%20Kirrane*");
        Assert.Equal(["Dana Kirrane"], (await page.Locator("#quotes h3.speaker a").AllInnerTextsAsync()).ToArray());
        Assert.Equal("Dana Kirrane", await page.Locator("form.filters input[name=speaker]").InputValueAsync());

        // And by outlet.
        await page.Locator("form.filters input[name=speaker]").FillAsync("");
        await page.Locator("form.filters select[name=outlet]").SelectOptionAsync("Harbourline Radio");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**outlet=Harbourline+Radio**");
        Assert.Equal(2, await page.Locator("#sources tbody tr").CountAsync());

        // On a phone the page does not scroll sideways.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(storyUrl);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the story page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "story-phone.png"), FullPage = true });

        Assert.Empty(violations);
    }

    private static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");
}
