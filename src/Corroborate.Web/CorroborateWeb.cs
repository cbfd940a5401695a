using System.Diagnostics;
using System.Globalization;
using System.Net;
using Corroborate.Corpus;
using Corroborate.Web.Api;
using Corroborate.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Corroborate.Web;

/// <summary>
/// The Corroborate web app: story list, story, article and search pages, and the JSON API under <c>/api</c>,
/// over any <see cref="ICorpusReader"/>. Read-only unless a write token and an <see cref="ICorpusWriter"/> are given.
/// </summary>
public static class CorroborateWeb
{
    /// <summary>The Content-Security-Policy of every response: no script at all, styles and images from the app only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Builds the app; call <c>Run</c> or <c>StartAsync</c> on it.</summary>
    /// <param name="reader">The corpus to show.</param>
    /// <param name="writer">Where <c>POST /api/articles</c> adds articles; null for a read-only corpus.</param>
    /// <param name="options">Addresses, token and limits.</param>
    /// <exception cref="ArgumentException">An address is not loopback and <see cref="WebOptions.AllowRemote"/> is off, or is not an http URL.</exception>
    public static WebApplication Build(ICorpusReader reader, ICorpusWriter? writer, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        if (CheckUrls(options) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "Corroborate.Web",
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });

        var app = builder.Build();
        app.Use((context, next) => Guard(context, next, options));
        MapPages(app, reader);
        ApiEndpoints.Map(app, reader, writer, options);
        app.MapFallback("{*path}", context => NotFound(context, "There is no page at this address."));
        return app;
    }

    /// <summary>Null when every address in <see cref="WebOptions.Urls"/> may be used; else one line saying why not.</summary>
    public static string? CheckUrls(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            return "no address to listen on";
        }

        foreach (var url in urls)
        {
            // Kestrel's wildcards are not URIs: they listen on every interface.
            var host = Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                ? uri : null;
            if (host is null || host.Scheme != Uri.UriSchemeHttp)
            {
                return $"{url} is not an http:// address (https needs a reverse proxy in front)";
            }

            var loopback = host.IsLoopback || (IPAddress.TryParse(host.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
            if (!loopback && !options.AllowRemote)
            {
                return $"{url} is not a loopback address; the app has no user accounts, so listening beyond this machine needs --allow-remote";
            }
        }

        return null;
    }

    private static void MapPages(WebApplication app, ICorpusReader reader)
    {
        var css = Resource("Corroborate.Web.site.css");
        app.MapGet("/static/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(css, "text/css; charset=utf-8");
        });
        app.MapGet("/", (HttpContext context) =>
        {
            var query = context.Request.Query;
            var order = string.Equals(query["order"], "covered", StringComparison.OrdinalIgnoreCase) ? StoryOrder.MostCovered : StoryOrder.Newest;
            var skip = int.TryParse(query["skip"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            return HtmlResult(StoryListPage.Render(reader, order, skip));
        });
        app.MapGet("/stories/{id}", (HttpContext context, string id) =>
        {
            var story = reader.Story(id);
            return story is null || story.Stories.Count == 0
                ? HtmlResult(Html.NotFoundPage($"There is no story \"{id}\"."), StatusCodes.Status404NotFound)
                : HtmlResult(new StoryPage(story, context.Request.Query["outlet"], context.Request.Query["speaker"], reader.StoryTitle).Render());
        });
        app.MapGet("/articles/{id}", (HttpContext context, string id) =>
        {
            var article = reader.Article(id);
            return article is null
                ? HtmlResult(Html.NotFoundPage($"There is no article \"{id}\"."), StatusCodes.Status404NotFound)
                : HtmlResult(ArticlePage.Render(article, reader, context.Request.Query["q"]));
        });
        app.MapGet("/search", (HttpContext context) =>
        {
            var parsed = SearchParameters.Parse(context.Request.Query);
            if (parsed.Error is not null)
            {
                return HtmlResult(SearchPage.Render(parsed.Query, parsed.From, parsed.To, parsed.Error, []), StatusCodes.Status400BadRequest);
            }

            var hits = parsed.Query is null ? [] : reader.Search(parsed.Query);
            return HtmlResult(SearchPage.Render(parsed.Query, parsed.From, parsed.To, null, hits));
        });
    }

    internal static IResult HtmlResult(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    internal static string Resource(string name)
    {
        using var stream = typeof(CorroborateWeb).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing resource " + name);
        using var text = new StreamReader(stream);
        return text.ReadToEnd();
    }

    private static Task NotFound(HttpContext context, string what) =>
        IsApi(context)
            ? Json.Problem(context, StatusCodes.Status404NotFound, "Not found", what)
            : HtmlResult(Html.NotFoundPage(what), StatusCodes.Status404NotFound).ExecuteAsync(context);

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Security headers on every response, Host checking on loopback, server timing, and the last line of defence:
    /// an error becomes a plain page or problem details, never a stack trace.
    /// </summary>
    private static async Task Guard(HttpContext context, RequestDelegate next, WebOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (options.ServerTiming)
        {
            context.Response.OnStarting(() =>
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed:F2}");
                return Task.CompletedTask;
            });
        }

        // A page of a loopback server asked for under another host name is a DNS-rebinding attempt.
        if (!options.AllowRemote && !IsLoopbackHost(context.Request.Host.Host))
        {
            await Json.Problem(context, StatusCodes.Status400BadRequest, "Bad host", "This server answers only to localhost addresses.").ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            await Json.Problem(context, exception.StatusCode, exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
                exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"The request body is over {options.MaxRequestBodyBytes} bytes." : exception.Message).ConfigureAwait(false);
            return;
        }
#pragma warning disable CA1031 // The last line of defence: an error becomes one log line and a 500 without details.
        catch (Exception exception) when (!context.Response.HasStarted && exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            options.Log?.Invoke($"internal error on {context.Request.Method} {context.Request.Path}: {exception.GetType().Name}: {exception.Message}");
            context.Response.Clear();
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (IsApi(context))
            {
                await Json.Problem(context, StatusCodes.Status500InternalServerError, "Internal error", "The server met an error; it has been logged.").ConfigureAwait(false);
            }
            else
            {
                await HtmlResult(Html.Page("Error", "<h1>Something went wrong</h1>\n<p class=\"summary\">The server met an error; it has been logged.</p>\n"), StatusCodes.Status500InternalServerError)
                    .ExecuteAsync(context).ConfigureAwait(false);
            }

            return;
        }

        // Statuses set without a body (405 from routing, say) get one.
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentType is null && context.Response.ContentLength is null)
        {
            var status = context.Response.StatusCode;
            var title = ReasonPhrases.GetReasonPhrase(status);
            if (IsApi(context))
            {
                await Json.Problem(context, status, title).ConfigureAwait(false);
            }
            else
            {
                await HtmlResult(Html.Page(title, $"<h1>{Html.E(title)}</h1>\n<p><a href=\"/\">All stories</a></p>\n"), status).ExecuteAsync(context).ConfigureAwait(false);
            }
        }
    }

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
