using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Corroborate.Web;

/// <summary>Escaping and the page frame shared by every HTML page.</summary>
internal static class Html
{
    // Escapes <, >, &, quotes and control characters; letters of every script stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>HTML-escapes text for element content and double-quoted attribute values.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>Escapes one path segment or query value.</summary>
    public static string U(string value) => Uri.EscapeDataString(value);

    /// <summary>The page path of a story.</summary>
    public static string StoryHref(string id) => "/stories/" + U(id);

    /// <summary>The page path of an article.</summary>
    public static string ArticleHref(string id) => "/articles/" + U(id);

    /// <summary>A query string from the pairs whose value is not empty ("" when none is).</summary>
    public static string Query(params (string Name, string? Value)[] pairs)
    {
        var parts = pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Name + "=" + U(p.Value!.Trim())).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>An http(s) URL fit for an <c>href</c>, or null (javascript:, data: and relative URLs are not).</summary>
    public static string? SafeExternalUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    /// <summary>Wraps <paramref name="body"/> in the site frame: header with search, main, footer.</summary>
    public static string Page(string title, string body, bool wide = false, string? query = null)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.Append("<title>").Append(E(title)).Append(" · Corroborate</title>\n");
        html.Append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n<link rel=\"icon\" href=\"data:,\">\n</head><body>\n");
        html.Append("<header class=\"site\"><div class=\"bar\"><a class=\"brand\" href=\"/\">Corroborate</a>");
        html.Append("<nav><a href=\"/\">Stories</a><a href=\"/search\">Search</a></nav>");
        html.Append("<form class=\"quick\" method=\"get\" action=\"/search\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"Search articles\" placeholder=\"Search articles\" value=\"")
            .Append(E(query)).Append("\"><button type=\"submit\">Search</button></form></div></header>\n");
        html.Append(wide ? "<main class=\"wide\">\n" : "<main>\n");
        html.Append(body);
        html.Append("</main>\n<footer class=\"site\"><div class=\"bar\"><span>Corroborate: what is corroborated, and by whom.</span>");
        html.Append("<a href=\"/api/stories\">JSON API</a><a href=\"/openapi.json\">OpenAPI</a></div></footer>\n</body></html>\n");
        return html.ToString();
    }

    /// <summary>A page saying what was not found, with a way back.</summary>
    public static string NotFoundPage(string what) =>
        Page("Not found", $"<h1>Not found</h1>\n<p class=\"summary\">{E(what)}</p>\n<p><a href=\"/\">All stories</a> · <a href=\"/search\">Search</a></p>\n");
}
