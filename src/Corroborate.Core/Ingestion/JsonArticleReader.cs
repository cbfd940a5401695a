using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Documents;
using Corroborate.Text;

namespace Corroborate.Ingestion;

/// <summary>Reads articles from JSON and JSON Lines exports, one article per object.</summary>
/// <remarks>
/// A <c>.json</c> file may hold an array of articles, one article, an object wrapping an array of articles under
/// any key, or an object keyed by article id. Field names follow <see cref="JsonFieldNames"/>.
/// </remarks>
internal static class JsonArticleReader
{
    /// <summary>How deeply article JSON may nest; exports wrap articles in a few levels, rarely dozens.</summary>
    public const int MaxDepth = 256;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    };

    /// <summary>Reads a file holding one JSON value.</summary>
    public static IEnumerable<Article> ReadJson(string text, FileReadContext context)
    {
        var document = TryParse(text.AsMemory(), out var reason, out var errorLine);
        if (document is null)
        {
            context.Error(errorLine is { } line ? context.AtLine(line) : context.File, reason);
            yield break;
        }

        using (document)
        {
            var root = document.RootElement;
            if (CorroborateReports.IsJsonReport(root))
            {
                context.Skip(CorroborateReports.SkipReason);
                yield break;
            }

            if (root.ValueKind == JsonValueKind.Object && IsArticle(root))
            {
                if (ToArticle(root, context.File, context.Stem, context) is { } single)
                {
                    yield return single;
                }

                yield break;
            }

            var number = 0;
            foreach (var (record, key) in Records(root, context))
            {
                number++;
                if (number > context.Options.MaxItemsPerFile)
                {
                    context.TooManyRecords("records");
                    yield break;
                }

                var location = context.AtItem(number);
                if (record.ValueKind != JsonValueKind.Object)
                {
                    context.Error(location, $"record is {KindName(record.ValueKind)}, not an object");
                    continue;
                }

                var fallbackId = IngestionText.Slug(key) ?? $"{context.Stem}-{number}";
                if (ToArticle(record, location, fallbackId, context, keyIsId: key is not null) is { } article)
                {
                    yield return article;
                }
            }
        }
    }

    /// <summary>Reads a JSON Lines file. A bad line is reported with its number; the other lines are still read.</summary>
    public static IEnumerable<Article> ReadJsonLines(string text, FileReadContext context)
    {
        var lineNumber = 0;
        var records = 0;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.AsMemory(position, lineEnd - position);
            position = lineEnd + 1;
            lineNumber++;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            records++;
            if (records > context.Options.MaxItemsPerFile)
            {
                context.TooManyRecords("lines");
                yield break;
            }

            var location = context.AtLine(lineNumber);
            var article = ReadLine(line, location, $"{context.Stem}-{records}", context);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    private static Article? ReadLine(ReadOnlyMemory<char> line, SourceLocation location, string fallbackId, FileReadContext context)
    {
        using var document = TryParse(line, out var reason, out _);
        if (document is null)
        {
            context.Error(location, reason);
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            context.Error(location, $"line holds {KindName(root.ValueKind)}, not an object");
            return null;
        }

        return ToArticle(root, location, fallbackId, context);
    }

    // Null when the JSON cannot be parsed; then reason says why, for people.
    private static JsonDocument? TryParse(ReadOnlyMemory<char> json, out string reason, out int? errorLine)
    {
        var repaired = JsonSurrogates.Repair(json);
        try
        {
            reason = "";
            errorLine = null;
            return JsonDocument.Parse(repaired, DocumentOptions);
        }
        catch (JsonException exception)
        {
            reason = NestsTooDeeply(repaired.Span)
                ? string.Create(CultureInfo.InvariantCulture, $"JSON nested too deeply (more than {MaxDepth} levels)")
                : $"malformed JSON ({Describe(exception)})";
            errorLine = exception.LineNumber is { } line ? (int)Math.Min(line + 1, int.MaxValue) : null;
            return null;
        }
    }

    // True when the JSON opens an object or array beyond MaxDepth before any other error. Read again with no
    // practical limit (the reader keeps one bit per level, not a call stack) rather than parsing the exception text.
    private static bool NestsTooDeeply(ReadOnlySpan<char> json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json.ToString()), new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = int.MaxValue,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Another error came first.
        }

        return false;
    }

    // The parser's message without its "Path: $ | LineNumber: 0 | BytePositionInLine: 9." tail.
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        message = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        if (message.Contains("reached end of data", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Expected depth to be zero", StringComparison.Ordinal)
            || message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "unexpected end of data";
        }

        return exception.BytePositionInLine is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{message}; at column {column + 1}")
            : message;
    }

    private static IEnumerable<(JsonElement Record, string? Key)> Records(JsonElement root, FileReadContext context)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var element in root.EnumerateArray())
                {
                    yield return (element, null);
                }

                yield break;
            case JsonValueKind.Object:
                // A wrapper: {"status": "ok", "articles": [...]}. The first array of objects holds the articles.
                foreach (var property in root.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Array
                        && property.Value.GetArrayLength() > 0
                        && property.Value[0].ValueKind == JsonValueKind.Object)
                    {
                        foreach (var element in property.Value.EnumerateArray())
                        {
                            yield return (element, null);
                        }

                        yield break;
                    }
                }

                // Keyed by id: {"<id>": {"articleBody": ...}, ...}. Other values (a version number...) are ignored.
                var keyed = false;
                foreach (var property in root.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Object)
                    {
                        keyed = true;
                        yield return (property.Value, property.Name);
                    }
                }

                if (!keyed)
                {
                    context.Error(context.File,
                        $"holds no articles: the JSON object has no text field (looked for {JsonFieldNames.BodyFieldsForPeople}) and no list of article objects");
                }

                yield break;
            default:
                context.Error(context.File, $"holds {KindName(root.ValueKind)}, not articles");
                yield break;
        }
    }

    // An object with a body-like string field is one article, not a wrapper.
    private static bool IsArticle(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = JsonFieldNames.Normalize(property.Name);
            if ((JsonFieldNames.Body.Contains(name) || JsonFieldNames.Summary.Contains(name))
                && BodyText(property.Value) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static Article? ToArticle(JsonElement record, SourceLocation location, string fallbackId, FileReadContext context, bool keyIsId = false)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in record.EnumerateObject())
        {
            fields.TryAdd(JsonFieldNames.Normalize(property.Name), property.Value);
        }

        var body = PickBody(fields, out var emptyField);
        if (body is null)
        {
            context.Error(location, emptyField is null
                ? $"record has no text field (looked for {JsonFieldNames.BodyFieldsForPeople})"
                : $"record has an empty text field ({emptyField})");
            return null;
        }

        var id = keyIsId ? fallbackId : IngestionText.Slug(First(fields, JsonFieldNames.Id)) ?? fallbackId;
        var html = IngestionText.LooksLikeHtml(body);
        var content = html ? body.Trim() : IngestionText.NormalizeLineEndings(body).Trim();
        var metadata = new ArticleMetadata
        {
            Title = IngestionText.CleanInline(First(fields, JsonFieldNames.Title)),
            Url = First(fields, JsonFieldNames.Url)?.Trim(),
            Published = Published(fields),
            SiteName = SiteName(First(fields, JsonFieldNames.Site)),
            Authors = Authors(fields),
            Language = First(fields, JsonFieldNames.Language)?.Trim(),
        };
        return new Article(id, location, html ? ContentKind.HtmlFragment : ContentKind.PlainText, content, metadata);
    }

    private static string? PickBody(Dictionary<string, JsonElement> fields, out string? emptyField)
    {
        emptyField = null;
        string? best = null;
        foreach (var names in (ReadOnlySpan<string[]>)[JsonFieldNames.Body, JsonFieldNames.Summary])
        {
            foreach (var name in names)
            {
                if (!fields.TryGetValue(name, out var value))
                {
                    continue;
                }

                var text = BodyText(value);
                if (string.IsNullOrWhiteSpace(text))
                {
                    emptyField ??= name;
                }
                else if (best is null || text.Length > best.Length)
                {
                    best = text;
                }
            }

            // A summary is only a last resort.
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    private static string? First(Dictionary<string, JsonElement> fields, string[] names)
    {
        foreach (var name in names)
        {
            if (fields.TryGetValue(name, out var value) && Scalar(value) is { } text && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    // A string, a number, or an object naming its string ({"name": ...}, {"rendered": ...}).
    private static string? Scalar(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Object:
                foreach (var inner in JsonFieldNames.Inner)
                {
                    foreach (var property in value.EnumerateObject())
                    {
                        if (property.Value.ValueKind == JsonValueKind.String
                            && string.Equals(property.Name, inner, StringComparison.OrdinalIgnoreCase))
                        {
                            return property.Value.GetString();
                        }
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var element in value.EnumerateArray())
                {
                    if (Scalar(element) is { } text && !string.IsNullOrWhiteSpace(text))
                    {
                        return text;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // Like Scalar, but an array of strings is a list of paragraphs.
    private static string? BodyText(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return value.ValueKind == JsonValueKind.Number ? null : Scalar(value);
        }

        var paragraphs = new List<string>();
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.String && element.GetString() is { } paragraph
                && !string.IsNullOrWhiteSpace(paragraph))
            {
                paragraphs.Add(paragraph.Trim());
            }
        }

        return paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);
    }

    private static DateTimeOffset? Published(Dictionary<string, JsonElement> fields)
    {
        foreach (var name in JsonFieldNames.Published)
        {
            if (!fields.TryGetValue(name, out var value))
            {
                continue;
            }

            var date = value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var epoch)
                ? FromEpoch(epoch)
                : DateParsing.Parse(Scalar(value));
            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    // Seconds, or milliseconds when the number is too large to be seconds.
    private static DateTimeOffset? FromEpoch(long value)
    {
        try
        {
            var date = value > 100_000_000_000
                ? DateTimeOffset.FromUnixTimeMilliseconds(value)
                : DateTimeOffset.FromUnixTimeSeconds(value);
            return date.Year is >= 1990 and <= 2100 ? date : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string? SiteName(string? value)
    {
        var name = IngestionText.CleanInline(value);
        if (name is not null && Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var host = uri.Host;
            return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        }

        return name;
    }

    private static List<string> Authors(Dictionary<string, JsonElement> fields)
    {
        foreach (var name in JsonFieldNames.Authors)
        {
            if (!fields.TryGetValue(name, out var value))
            {
                continue;
            }

            var names = new List<string>();
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in value.EnumerateArray())
                {
                    AddNames(names, Scalar(element));
                }
            }
            else
            {
                AddNames(names, Scalar(value));
            }

            if (names.Count > 0)
            {
                return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            }
        }

        return [];
    }

    private static void AddNames(List<string> names, string? byline)
    {
        if (IngestionText.CleanInline(byline) is { } text)
        {
            names.AddRange(Bylines.Split(text));
        }
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a JSON array",
        JsonValueKind.String => "a JSON string",
        JsonValueKind.Number => "a JSON number",
        JsonValueKind.True or JsonValueKind.False => "a JSON true/false value",
        JsonValueKind.Null => "JSON null",
        _ => "a JSON value",
    };
}
