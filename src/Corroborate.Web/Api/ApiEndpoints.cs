using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corroborate.Corpus;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Corroborate.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>, described by <c>/openapi.json</c>: stories, one story as a
/// <c>corroborate.report/1</c> document, one article, search, and <c>POST /api/articles</c> when a write token is set.
/// </summary>
internal static class ApiEndpoints
{
    public const int MaxTake = 200;

    public static void Map(WebApplication app, ICorpusReader reader, ICorpusWriter? writer, WebOptions options)
    {
        var openApi = CorroborateWeb.Resource("Corroborate.Web.openapi.json");
        app.MapGet("/openapi.json", () => Results.Text(openApi, "application/json; charset=utf-8"));
        app.MapGet("/api/stories", context => Stories(context, reader));
        app.MapGet("/api/stories/{id}", context => Story(context, reader, (string)context.Request.RouteValues["id"]!));
        app.MapGet("/api/articles/{id}", context => Article(context, reader, (string)context.Request.RouteValues["id"]!));
        app.MapGet("/api/search", context => Search(context, reader));
        var token = options.WriteToken is { Length: > 0 } t ? SHA256.HashData(Encoding.UTF8.GetBytes(t)) : null;
        app.MapPost("/api/articles", context => Post(context, writer, token));
    }

    private static Task Stories(HttpContext context, ICorpusReader reader)
    {
        var query = context.Request.Query;
        var orderText = query["order"].FirstOrDefault() ?? "newest";
        StoryOrder? order = orderText.ToLowerInvariant() switch
        {
            "newest" => StoryOrder.Newest,
            "covered" or "most-covered" => StoryOrder.MostCovered,
            _ => null,
        };
        if (order is null)
        {
            return Json.Problem(context, StatusCodes.Status400BadRequest, "Bad order", "order is newest or covered.");
        }

        if (!Number(query["skip"].FirstOrDefault(), 0, 0, int.MaxValue, out var skip) || !Number(query["take"].FirstOrDefault(), 50, 1, MaxTake, out var take))
        {
            return Json.Problem(context, StatusCodes.Status400BadRequest, "Bad paging", $"skip is a whole number from 0, take one from 1 to {MaxTake}.");
        }

        var stories = reader.ListStories(order.Value, skip, take);
        return Json.Write(context, StatusCodes.Status200OK, json =>
        {
            json.WriteStartObject();
            json.WriteString("order", order == StoryOrder.Newest ? "newest" : "covered");
            json.WriteNumber("skip", skip);
            json.WriteNumber("take", take);
            json.WriteStartArray("stories");
            foreach (var story in stories)
            {
                json.WriteStartObject();
                json.WriteString("id", story.Id);
                json.WriteString("title", story.Title);
                json.WriteNumber("articles", story.Articles);
                json.WriteNumber("independentSources", story.IndependentSources);
                json.WriteNumber("outlets", story.Outlets);
                json.WriteStringOrNull("firstPublished", story.FirstPublished is null ? null : ReportText.Date(story.FirstPublished));
                json.WriteStringOrNull("lastPublished", story.LastPublished is null ? null : ReportText.Date(story.LastPublished));
                json.WriteBoolean("contested", story.Contested);
                json.WriteStringOrNull("follows", story.Follows);
                json.WriteString("href", "/api/stories/" + Uri.EscapeDataString(story.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static Task Story(HttpContext context, ICorpusReader reader, string id)
    {
        var report = reader.Story(id);
        return report is null
            ? Json.Problem(context, StatusCodes.Status404NotFound, "Not found", $"There is no story \"{id}\".")
            : Json.Write(context, StatusCodes.Status200OK, json => JsonReportWriter.Write(report, json));
    }

    private static Task Article(HttpContext context, ICorpusReader reader, string id)
    {
        var view = reader.Article(id);
        if (view is null)
        {
            return Json.Problem(context, StatusCodes.Status404NotFound, "Not found", $"There is no article \"{id}\".");
        }

        return Json.Write(context, StatusCodes.Status200OK, json =>
        {
            json.WriteStartObject();
            json.WriteString("schema", CorpusReport.Schema);
            json.WriteStringOrNull("story", view.StoryId);
            json.WritePropertyName("article");
            JsonReportWriter.WriteArticle(view.Document, json);
            json.WriteStartArray("copies");
            foreach (var link in view.Copies)
            {
                JsonReportWriter.WriteCopy(link, json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static Task Search(HttpContext context, ICorpusReader reader)
    {
        var parsed = SearchParameters.Parse(context.Request.Query);
        if (parsed.Error is not null)
        {
            return Json.Problem(context, StatusCodes.Status400BadRequest, "Bad search", parsed.Error);
        }

        if (parsed.Query is null)
        {
            return Json.Problem(context, StatusCodes.Status400BadRequest, "Bad search", "Give q (words, \"a phrase\") or a filter: from, to, outlet, speaker.");
        }

        var query = parsed.Query;
        var hits = reader.Search(query);
        return Json.Write(context, StatusCodes.Status200OK, json =>
        {
            json.WriteStartObject();
            json.WriteString("q", query.Text);
            json.WriteNumber("limit", query.Limit);
            json.WriteStartArray("hits");
            foreach (var hit in hits)
            {
                json.WriteStartObject();
                json.WriteString("article", hit.ArticleId);
                json.WriteStringOrNull("story", hit.StoryId);
                json.WriteString("title", hit.Title);
                json.WriteStringOrNull("outlet", hit.Outlet);
                json.WriteStringOrNull("published", hit.Published is null ? null : ReportText.Date(hit.Published));
                json.WriteNumber("score", hit.Score);
                json.WriteStartArray("snippet");
                foreach (var part in hit.Snippet)
                {
                    json.WriteStartObject();
                    json.WriteString("text", part.Text);
                    json.WriteBoolean("highlighted", part.Highlighted);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task Post(HttpContext context, ICorpusWriter? writer, byte[]? token)
    {
        if (token is null || writer is null)
        {
            await Json.Problem(context, StatusCodes.Status403Forbidden, "Read-only",
                "This server does not accept articles: start it with a write token (--token-env or --token-file).").ConfigureAwait(false);
            return;
        }

        if (!Authorized(context.Request, token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Json.Problem(context, StatusCodes.Status401Unauthorized, "Unauthorized", "Send the write token as Authorization: Bearer TOKEN.").ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            await Json.Problem(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the articles as application/json.").ConfigureAwait(false);
            return;
        }

        string body;
        using (var text = new StreamReader(context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false))
        {
            // Kestrel stops the read past the body size limit (a BadHttpRequestException with 413).
            body = await text.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        // Articles without an id get one from this request's name: unique per request.
        var name = "api-" + DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var problems = new List<InputProblem>();
        var read = new FileReadContext(name + ".json", new InputOptions { MaxItemsPerFile = 10_000 }, problems.Add);
        var articles = JsonArticleReader.ReadJson(body, read).ToList();
        if (articles.Count == 0)
        {
            await Json.Problem(context, StatusCodes.Status400BadRequest, "No article",
                "The body holds no article: send an object with title and text (and url, date, source, authors), or an array of them.",
                json => WriteProblems(json, problems)).ConfigureAwait(false);
            return;
        }

        var result = writer.Add(articles);
        await Json.Write(context, result.Added + result.Revisions > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("added", result.Added);
            json.WriteNumber("revisions", result.Revisions);
            json.WriteNumber("unchanged", result.Unchanged);
            // The ids as read from the body; a store may give an article another (a revision keeps the id it had).
            json.WriteStartArray("submitted");
            foreach (var article in articles)
            {
                json.WriteStringValue(article.Id);
            }

            json.WriteEndArray();
            WriteProblems(json, [.. problems, .. result.Problems]);
            json.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary>True when the request carries <c>Authorization: Bearer TOKEN</c> with the configured token (compared in constant time).</summary>
    private static bool Authorized(HttpRequest request, byte[] tokenHash)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashing first makes the comparison independent of the token's length too.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, tokenHash);
    }

    private static void WriteProblems(Utf8JsonWriter json, IEnumerable<InputProblem> problems)
    {
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("location", problem.Location.ToString());
            json.WriteString("severity", problem.Severity == ProblemSeverity.Error ? "error" : "warning");
            json.WriteString("reason", problem.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static bool Number(string? text, int fallback, int min, int max, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
