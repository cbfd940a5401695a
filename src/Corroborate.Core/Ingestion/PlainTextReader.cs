using Corroborate.Documents;

namespace Corroborate.Ingestion;

/// <summary>Reads a plain-text file: the first non-empty line is the headline, the rest is the article.</summary>
/// <remarks>
/// Scraper residue (a <c>YYYYMMDD</c> date line, a URL line, bylines) is left in place for the cleaning stage.
/// </remarks>
internal static class PlainTextReader
{
    public static IEnumerable<Article> Read(string text, FileReadContext context)
    {
        var normalized = IngestionText.NormalizeLineEndings(text);
        var position = 0;
        while (position < normalized.Length)
        {
            var end = normalized.IndexOf('\n', position);
            var lineEnd = end < 0 ? normalized.Length : end;
            var line = normalized[position..lineEnd].Trim();
            if (line.Length > 0)
            {
                var rest = end < 0 ? "" : normalized[(end + 1)..];
                if (string.IsNullOrWhiteSpace(rest))
                {
                    // A whole article scraped onto one line is more likely than a headline with no story.
                    context.Warning(context.File, "has only one line of text; read it as the article, with no headline");
                    return [new Article(context.Stem, context.File, ContentKind.PlainText, line, new ArticleMetadata())];
                }

                var metadata = new ArticleMetadata { Title = line };
                return [new Article(context.Stem, context.File, ContentKind.PlainText, rest, metadata)];
            }

            position = lineEnd + 1;
        }

        return [];
    }
}
