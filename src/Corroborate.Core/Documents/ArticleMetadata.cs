namespace Corroborate.Documents;

/// <summary>What is known about an article apart from its text.</summary>
/// <remarks>Every field is optional: sources differ in what they carry.</remarks>
public sealed record ArticleMetadata
{
    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>Author names, in byline order, without "By".</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication date and time when known. Never the modified date when a published date exists.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet or site name ("Valley Courier").</summary>
    public string? SiteName { get; init; }

    /// <summary>Language code when declared (<c>en</c>, <c>de</c>...).</summary>
    public string? Language { get; init; }

    /// <summary>Fills every field that is empty here from <paramref name="other"/>.</summary>
    public ArticleMetadata Merge(ArticleMetadata? other)
    {
        if (other is null)
        {
            return this;
        }

        return this with
        {
            Title = string.IsNullOrWhiteSpace(Title) ? other.Title : Title,
            Authors = Authors.Count == 0 ? other.Authors : Authors,
            Published = Published ?? other.Published,
            Url = string.IsNullOrWhiteSpace(Url) ? other.Url : Url,
            SiteName = string.IsNullOrWhiteSpace(SiteName) ? other.SiteName : SiteName,
            Language = string.IsNullOrWhiteSpace(Language) ? other.Language : Language,
        };
    }
}
