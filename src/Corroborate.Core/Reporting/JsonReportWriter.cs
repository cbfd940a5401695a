using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Figures;
using Corroborate.Stories;

namespace Corroborate.Reporting;

/// <summary>
/// Writes the <c>corroborate.report/1</c> JSON report (design.md §3). Field names are a contract:
/// fields may be added, never renamed.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Readable non-ASCII text; the file is data, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public string FileName => "report.json";

    /// <inheritdoc/>
    public void Write(CorpusReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(report, json);
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.WriteLine();
    }

    /// <summary>Writes the report to a UTF-8 JSON writer.</summary>
    public static void Write(CorpusReport report, Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("schema", CorpusReport.Schema);

        json.WriteStartArray("articles");
        foreach (var doc in report.Articles)
        {
            WriteArticle(doc, json);
        }

        json.WriteEndArray();

        json.WriteStartArray("copies");
        foreach (var link in report.Copies.Links)
        {
            WriteCopy(link, json);
        }

        json.WriteEndArray();

        json.WriteStartArray("stories");
        foreach (var story in report.Stories)
        {
            WriteStory(story, json);
        }

        json.WriteEndArray();

        json.WriteStartArray("problems");
        foreach (var problem in report.Problems)
        {
            json.WriteStartObject();
            json.WriteString("file", problem.Location.Path);
            if (problem.Location.Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            if (problem.Location.Item is { } item)
            {
                json.WriteNumber("item", item);
            }

            json.WriteString("severity", problem.Severity == Ingestion.ProblemSeverity.Error ? "error" : "warning");
            json.WriteString("reason", problem.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one article object of the report.</summary>
    internal static void WriteArticle(NewsDocument doc, Utf8JsonWriter json)
    {
        var metadata = doc.Metadata;
        json.WriteStartObject();
        json.WriteString("id", doc.Id);
        json.WriteStringOrNull("title", metadata.Title);
        json.WriteStringOrNull("outlet", Outlets.NameOf(metadata));
        json.WriteStringOrNull("url", metadata.Url);
        json.WriteStringOrNull("published", metadata.Published is null ? null : ReportText.Date(metadata.Published));
        if (metadata.Published is { } published)
        {
            json.WriteString("publishedAt", published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteStringArray("authors", metadata.Authors);
        json.WriteStringOrNull("language", metadata.Language);
        json.WriteString("source", doc.Source.Origin.ToString());
        json.WriteString("text", doc.Text);
        json.WriteStartArray("paragraphs");
        for (var i = 0; i < doc.Paragraphs.Count; i++)
        {
            json.WriteStringValue(doc.Paragraphs[i].Slice(doc.Text));
        }

        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (var removed in doc.Removed)
        {
            json.WriteStartObject();
            json.WriteString("text", removed.Text);
            json.WriteString("reason", removed.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one copy link object of the report.</summary>
    internal static void WriteCopy(CopyLink link, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("article", link.Article);
        json.WriteString("of", link.Of);
        json.WriteNumber("containment", link.Containment);
        json.WriteString("kind", link.Kind == CopyKind.Copy ? "copy" : "partial");
        json.WriteNumber("resemblance", link.Resemblance);
        json.WriteNumber("textShare", link.TextShare);
        json.WriteStartArray("sharedParagraphs");
        foreach (var shared in link.SharedParagraphs)
        {
            json.WriteStartObject();
            json.WriteNumber("paragraph", shared.Paragraph);
            json.WriteNumber("ofParagraph", shared.OfParagraph);
            json.WriteNumber("similarity", shared.Similarity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStory(Story story, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("title", story.Title);
        json.WriteStringOrNull("follows", story.Follows);
        json.WriteStringArray("followedBy", story.FollowedBy);
        json.WriteStringOrNull("firstPublished", story.FirstPublished is null ? null : ReportText.Date(story.FirstPublished));
        json.WriteStringOrNull("lastPublished", story.LastPublished is null ? null : ReportText.Date(story.LastPublished));
        json.WriteStringArray("keywords", story.Profile.Keywords);
        json.WriteStringArray("entities", story.Profile.Entities);
        json.WriteStringArray("articles", story.Articles.Select(doc => doc.Id));

        json.WriteNumber("independentSources", story.IndependentSources);
        json.WriteStartArray("origins");
        foreach (var group in story.Origins)
        {
            json.WriteStartArray();
            foreach (var id in group)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        WriteQuotes(story, json);
        WriteFigures(story, json);
        foreach (var empty in new[] { "claims", "timeline", "brief" })
        {
            json.WriteStartArray(empty);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    // "figures": every figure of the story's articles; "figureGroups": the quantities they measure (design.md §3).
    private static void WriteFigures(Story story, Utf8JsonWriter json)
    {
        json.WriteStartArray("figures");
        foreach (var doc in story.Articles)
        {
            foreach (var figure in doc.Figures)
            {
                json.WriteStartObject();
                json.WriteNumber("value", figure.Value);
                if (figure.UpperValue is { } upper)
                {
                    json.WriteNumber("upperValue", upper);
                }

                json.WriteString("unit", figure.Unit.Name);
                json.WriteString("qualifier", FigureFormat.Name(figure.Qualifier));
                json.WriteString("text", figure.TextIn(doc.Text));
                json.WriteString("article", doc.Id);
                json.WriteString("sentence", figure.Sentence.Slice(doc.Text));
                json.WriteNumber("start", figure.Span.Start);
                json.WriteNumber("end", figure.Span.End);
                json.WriteString("kind", figure.Kind.ToString().ToLowerInvariant());
                json.WriteString("dimension", figure.Unit.Dimension);
                json.WriteNumber("baseValue", figure.BaseValue);
                json.WriteString("counted", figure.Counted);
                json.WriteStringOrNull("speaker", figure.Speaker);
                json.WriteStringOrNull("timeReference", figure.TimeReference);
                json.WriteBoolean("earlier", figure.IsEarlier);
                json.WriteBoolean("conversion", figure.IsConversion);
                json.WriteNumber("paragraph", figure.Paragraph);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("figureGroups");
        foreach (var group in story.FigureGroups)
        {
            json.WriteStartObject();
            json.WriteString("quantity", group.Quantity);
            json.WriteString("dimension", group.Dimension);
            json.WriteString("unit", group.Unit.Name);
            json.WriteStartArray("values");
            foreach (var value in group.Values)
            {
                json.WriteStartObject();
                json.WriteNumber("value", value.Value);
                json.WriteString("display", value.Display);
                json.WriteString("qualifier", FigureFormat.Name(value.Qualifier));
                json.WriteStringArray("articles", value.Articles);
                json.WriteStringArray("speakers", value.Speakers);
                json.WriteNumber("cluster", value.Cluster);
                json.WriteBoolean("earlier", value.Earlier);
                json.WriteStartArray("mentions");
                foreach (var mention in value.Mentions)
                {
                    json.WriteStartObject();
                    json.WriteString("article", mention.Article.Id);
                    json.WriteString("text", mention.Text);
                    json.WriteNumber("start", mention.Figure.Span.Start);
                    json.WriteNumber("end", mention.Figure.Span.End);
                    json.WriteStringOrNull("speaker", mention.Figure.Speaker);
                    json.WriteStringOrNull("timeReference", mention.Figure.TimeReference);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteBoolean("conflict", group.Conflict);
            json.WriteString("agreement", group.Agreement switch
            {
                FigureAgreement.Conflict => "conflict",
                FigureAgreement.ExplainedChange => "explained-change",
                _ => "consistent",
            });
            json.WriteStringOrNull("explanation", group.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteQuotes(Story story, Utf8JsonWriter json)
    {
        json.WriteStartArray("quotes");
        foreach (var quote in story.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteStartObject("speaker");
            json.WriteStringOrNull("name", quote.Speaker?.Name);
            json.WriteStringOrNull("role", quote.Speaker?.Role);
            json.WriteBoolean("description", quote.Speaker?.IsDescription ?? false);
            json.WriteBoolean("organisation", quote.Speaker?.IsOrganisation ?? false);
            json.WriteEndObject();
            json.WriteString("kind", QuoteReport.Kind(quote.Kind));
            json.WriteString("article", quote.Article);
            json.WriteNumber("start", quote.Span.Start);
            json.WriteNumber("end", quote.Span.End);
            json.WriteStartArray("variants");
            foreach (var variant in quote.Variants)
            {
                json.WriteStartObject();
                json.WriteString("article", variant.Article);
                json.WriteString("text", variant.Text);
                json.WriteString("kind", QuoteReport.Kind(variant.Kind));
                json.WriteNumber("start", variant.Span.Start);
                json.WriteNumber("end", variant.Span.End);
                json.WriteStringArray("differences", variant.Changes.Select(change => change.ToString()));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
