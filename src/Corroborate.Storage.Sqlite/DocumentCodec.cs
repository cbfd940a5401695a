using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Figures;
using Corroborate.Quotes;

namespace Corroborate.Storage.Sqlite;

/// <summary>How a processed document is kept in the store: JSON columns for metadata, spans and removed text.</summary>
internal static class DocumentCodec
{
    /// <summary>
    /// The version of <see cref="Annotations"/>'s JSON; bump it when later stages add to it or change what they find.
    /// 1: nothing; 2: quotes and figures; 3: the learned attribution tagger (organisation speakers, partial quotes' clauses).
    /// </summary>
    public const int AnnotationsVersion = 3;

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
    /// The document's annotations from the later stages as one JSON object: its quotes (kind, parts, cue, source,
    /// resolved speaker) and figures (value, unit, qualifier, spans, speaker, time), behind <see cref="AnnotationsVersion"/>.
    /// </summary>
    public static string Annotations(NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var stored = new StoredAnnotations(
            doc.Quotes.Select(q => new StoredQuote(
                Name(q.Kind), q.Parts.Select(Pair).ToArray(), q.Cue is { } cue ? Pair(cue) : null, q.Source is { } source ? Pair(source) : null,
                q.Speaker is { } speaker ? new StoredSpeaker(speaker.Name, speaker.Role, speaker.IsDescription, speaker.IsOrganisation) : null, q.Paragraph)
            {
                Clause = q.Clause is { } clause ? Pair(clause) : null,
            }).ToList(),
            doc.Figures.Select(f => new StoredFigure(
                f.Value, f.UpperValue, new StoredUnit(f.Unit.Name, f.Unit.Dimension, f.Unit.Factor, f.Unit.Symbol, f.Unit.Offset),
                f.Qualifier, f.Kind, Pair(f.Span), f.Counted, Pair(f.CountedSpan), Pair(f.Sentence), f.Paragraph, f.Speaker,
                f.TimeReference, f.IsEarlier, f.IsConversion)).ToList());
        return JsonSerializer.Serialize(stored, Json);
    }

    /// <summary>
    /// Fills <paramref name="doc"/>'s quotes and figures from its stored annotations. Annotations written by an older
    /// version are not read: they are computed again from the stored cleaned text (quotes, figures, figure speakers),
    /// as <see cref="Pipeline.ArticleProcessor"/> does.
    /// </summary>
    public static void ReadAnnotations(NewsDocument doc, string json, int version)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Quotes.Clear();
        doc.Figures.Clear();
        if (version < AnnotationsVersion)
        {
            Recompute(doc);
            return;
        }

        var stored = JsonSerializer.Deserialize<StoredAnnotations>(json, Json);
        foreach (var q in stored?.Quotes ?? [])
        {
            doc.Quotes.Add(new Quote
            {
                Kind = Enum.Parse<QuoteKind>(q.Kind, ignoreCase: true),
                Parts = q.Parts.Select(Span).ToList(),
                Cue = q.Cue is null ? null : Span(q.Cue),
                Source = q.Source is null ? null : Span(q.Source),
                Speaker = q.Speaker is { } s ? new Speaker(s.Name, s.Role, s.IsDescription, s.IsOrganisation) : null,
                Clause = q.Clause is null ? null : Span(q.Clause),
                Paragraph = q.Paragraph,
            });
        }

        foreach (var f in stored?.Figures ?? [])
        {
            doc.Figures.Add(new Figure
            {
                Value = f.Value,
                UpperValue = f.UpperValue,
                Unit = f.Unit.Name == FigureUnit.Count.Name && f.Unit.Dimension == FigureUnit.Count.Dimension && f.Unit.Factor == 1 && f.Unit.Offset == 0
                    ? FigureUnit.Count
                    : new FigureUnit(f.Unit.Name, f.Unit.Dimension, f.Unit.Factor, f.Unit.Symbol) { Offset = f.Unit.Offset },
                Qualifier = f.Qualifier,
                Kind = f.Kind,
                Span = Span(f.Span),
                Counted = f.Counted ?? "",
                CountedSpan = Span(f.CountedSpan),
                Sentence = Span(f.Sentence),
                Paragraph = f.Paragraph,
                Speaker = f.Speaker,
                TimeReference = f.TimeReference,
                IsEarlier = f.IsEarlier,
                IsConversion = f.IsConversion,
            });
        }
    }

    /// <summary>The per-article annotations computed from a document's cleaned text, as the processor computes them.</summary>
    public static void Recompute(NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Quotes.Clear();
        doc.Figures.Clear();
        doc.Quotes.AddRange(QuoteExtractor.Default.Extract(doc));
        doc.Figures.AddRange(FigureExtractor.Extract(doc));
        FigureSpeakers.Assign(doc);
    }

    /// <summary>The distinct resolved speaker names of the article's quotes, one per line, for the search filter.</summary>
    public static string Speakers(NewsDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return string.Join("\n", doc.Quotes.Select(q => q.Speaker?.Name).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
    }

    private static int[] Pair(TextSpan span) => [span.Start, span.End];

    private static TextSpan Span(int[] pair) => new(pair[0], pair[1]);

    private static string Name(QuoteKind kind) => kind.ToString().ToLowerInvariant();

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

/// <summary>The annotations column (version 2): quotes and figures with spans as [start, end] pairs.</summary>
internal sealed record StoredAnnotations(IReadOnlyList<StoredQuote>? Quotes, IReadOnlyList<StoredFigure>? Figures);

internal sealed record StoredSpeaker(string Name, string? Role, bool IsDescription, bool IsOrganisation = false);

internal sealed record StoredQuote(string Kind, int[][] Parts, int[]? Cue, int[]? Source, StoredSpeaker? Speaker, int Paragraph)
{
    /// <summary>The reported clause a partial quote sits in, when the tagger found one.</summary>
    public int[]? Clause { get; init; }
}

internal sealed record StoredUnit(string Name, string Dimension, double Factor, string Symbol, double Offset);

internal sealed record StoredFigure(
    double Value,
    double? UpperValue,
    StoredUnit Unit,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FigureQualifier>))] FigureQualifier Qualifier,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FigureKind>))] FigureKind Kind,
    int[] Span,
    string? Counted,
    int[] CountedSpan,
    int[] Sentence,
    int Paragraph,
    string? Speaker,
    string? TimeReference,
    bool IsEarlier,
    bool IsConversion);
