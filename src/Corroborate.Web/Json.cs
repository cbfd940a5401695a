using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Web;

/// <summary>Writes JSON responses and RFC 9457 problem details.</summary>
internal static class Json
{
    // Non-ASCII stays readable; <, >, &, ' and " are still escaped, so no JSON string can close an HTML context.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static async Task Write(HttpContext context, int status, Action<Utf8JsonWriter> write, string contentType = "application/json; charset=utf-8")
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task Problem(HttpContext context, int status, string title, string? detail = null, Action<Utf8JsonWriter>? extra = null) =>
        Write(context, status, json =>
        {
            json.WriteStartObject();
            json.WriteString("type", "about:blank");
            json.WriteString("title", title);
            json.WriteNumber("status", status);
            if (detail is not null)
            {
                json.WriteString("detail", detail);
            }

            extra?.Invoke(json);
            json.WriteEndObject();
        }, "application/problem+json; charset=utf-8");
}
