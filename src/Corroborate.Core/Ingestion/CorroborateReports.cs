using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corroborate.Ingestion;

/// <summary>
/// Recognises the reports Corroborate itself writes, so that a report saved into an input folder is not read back
/// as articles on the next run.
/// </summary>
internal static partial class CorroborateReports
{
    /// <summary>The warning for a skipped report.</summary>
    public const string SkipReason = "skipped: a Corroborate report, not an article";

    private const string JsonSchemaPrefix = "corroborate.report/";

    private const string MarkdownHeading = "# Corroborate report";

    // The generator tag sits at the top of the head; a page's head rarely runs longer than this before it.
    private const int HtmlHeadWindow = 16 * 1024;

    /// <summary>True for a JSON report: a root object whose <c>schema</c> starts with <c>corroborate.report/</c>.</summary>
    public static bool IsJsonReport(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("schema", out var schema)
        && schema.ValueKind == JsonValueKind.String
        && schema.GetString() is { } value
        && value.StartsWith(JsonSchemaPrefix, StringComparison.Ordinal);

    /// <summary>True for an HTML report: a page with <c>&lt;meta name="generator" content="Corroborate"&gt;</c>.</summary>
    public static bool IsHtmlReport(string page)
    {
        var window = page.AsSpan(0, Math.Min(page.Length, HtmlHeadWindow));
        foreach (var match in MetaTagRegex().EnumerateMatches(window))
        {
            var tag = window.Slice(match.Index, match.Length).ToString();
            if (Attribute(tag, "name") is { } name && name.Equals("generator", StringComparison.OrdinalIgnoreCase)
                && Attribute(tag, "content") is { } content && content.Trim().Equals("Corroborate", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a Markdown report: a <c>.md</c> file whose first line is <c># Corroborate report</c>.</summary>
    public static bool IsMarkdownReport(string text, string path)
    {
        if (!Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (end < 0 ? text : text[..end]).TrimEnd('\r');
        return firstLine == MarkdownHeading;
    }

    private static string? Attribute(string tag, string name)
    {
        foreach (Match attribute in AttributeRegex().Matches(tag))
        {
            if (attribute.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Groups["value"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<meta\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTagRegex();

    [GeneratedRegex("""\s(?<name>[\w:-]+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'>/]+))""")]
    private static partial Regex AttributeRegex();
}
