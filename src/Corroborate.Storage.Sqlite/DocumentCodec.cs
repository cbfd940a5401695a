using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corroborate.Deduplication;
using Corroborate.Documents;

namespace Corroborate.Storage.Sqlite;

/// <summary>How a processed document is kept in the store: JSON columns for metadata, spans and removed text.</summary>
internal static class DocumentCodec
{
    /// <summary>The version of <see cref="Annotations"/>'s JSON; bump it when later stages add to it.</summary>
    public const int AnnotationsVersion = 1;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Metadata(ArticleMetadata metadata) => JsonSerializer.Serialize(metadata, Json);

    public static ArticleMetadata ReadMetadata(string json) => JsonSerializer.Deserialize<ArticleMetadata>(json, Json) ?? new ArticleMetadata();

    public static string Paragraphs(IEnumerable<TextSpan> spans) => JsonSerializer.Serialize(spans.Select(s => new[] { s.Start, s.End }), Json);

    public static IEnumerable<TextSpan> ReadParagraphs(string json) =>
        (JsonSerializer.Deserialize<int[][]>(json, Json) ?? []).Select(pair => new TextSpan(pair[0], pair[1]));

    public static string Removed(IEnumerable<RemovedText> removed) => JsonSerializer.Serialize(removed, Json);

    public static IEnumerable<RemovedText> ReadRemoved(string json) => JsonSerializer.Deserialize<List<RemovedText>>(json, Json) ?? [];

    /// <summary>
    /// The document's annotations from the later stages (quotes, figures, claims) as one JSON object.
    /// Empty until those stages land: they add their lists here, behind <see cref="AnnotationsVersion"/>.
    /// </summary>
    public static string Annotations(NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return "{}";
    }

    /// <summary>Speaker names the article quotes, one per line, for the search filter; empty until quotes land.</summary>
    public static string Speakers(NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return "";
    }

    public static string Paragraphs(CopyLink link) =>
        JsonSerializer.Serialize(link.SharedParagraphs.Select(p => new object[] { p.Paragraph, p.OfParagraph, p.Similarity }), Json);

    public static IReadOnlyList<SharedParagraph> ReadSharedParagraphs(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.EnumerateArray()
            .Select(e => new SharedParagraph(e[0].GetInt32(), e[1].GetInt32(), e[2].GetDouble()))
            .ToList();
    }

    public static string Origin(SourceLocation origin) => origin.ToString();

    public static string? Date(DateTimeOffset? date) => date?.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ReadDate(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static long? UnixSeconds(DateTimeOffset? date) => date?.ToUnixTimeSeconds();

    /// <summary>The first paragraph, which story titles are chosen against.</summary>
    public static string Lead(NewsDocument doc) => doc.Paragraphs.Count > 0 ? doc.ParagraphText(0) : "";

    /// <summary>A superseded version, whole, for the revisions table.</summary>
    public static string Superseded(StoredVersion version) => JsonSerializer.Serialize(version, Json);
}

/// <summary>One version of an article as the revisions table keeps it once a newer version replaces it.</summary>
internal sealed record StoredVersion(
    string Url,
    int Kind,
    string Origin,
    ArticleMetadata SourceMetadata,
    ArticleMetadata Metadata,
    string Text,
    int[][] Paragraphs,
    IReadOnlyList<RemovedText> Removed,
    JsonElement Annotations,
    int AnnotationsVersion);
