using Corroborate.Documents;

namespace Corroborate.Core.Tests.Support;

/// <summary>Builds test documents by hand.</summary>
public static class Some
{
    /// <summary>A processed document with the given paragraphs and metadata.</summary>
    public static NewsDocument Document(string id, IEnumerable<string> paragraphs, DateTimeOffset? published = null, string? title = null, string? site = null)
    {
        var list = paragraphs.ToList();
        var article = new Article(id, new SourceLocation(id + ".txt"), ContentKind.PlainText, string.Join("\n\n", list),
            new ArticleMetadata { Title = title ?? id, Published = published, SiteName = site });
        var doc = new NewsDocument(article);
        doc.SetParagraphs(list);
        return doc;
    }

    /// <summary>A date in February 2026 at the given day and hour, UTC.</summary>
    public static DateTimeOffset Feb(int day, int hour = 9) => new(2026, 2, day, hour, 0, 0, TimeSpan.Zero);
}
