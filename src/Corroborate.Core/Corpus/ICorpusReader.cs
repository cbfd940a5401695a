using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Reporting;

namespace Corroborate.Corpus;

/// <summary>How a story list is ordered.</summary>
public enum StoryOrder
{
    /// <summary>Latest publication first.</summary>
    Newest,

    /// <summary>Most articles first (then newest).</summary>
    MostCovered,
}

/// <summary>One line of a story list.</summary>
/// <param name="Id">Stable story id.</param>
/// <param name="Title">Representative headline.</param>
/// <param name="Articles">Number of articles.</param>
/// <param name="IndependentSources">Number of independent origins.</param>
/// <param name="Outlets">Distinct known outlets.</param>
/// <param name="FirstPublished">Earliest publication among the articles.</param>
/// <param name="LastPublished">Latest publication among the articles.</param>
/// <param name="Contested">Whether the story holds a conflict (differing figures, a disputed claim).</param>
/// <param name="Follows">The id of the earlier story this one continues (<see cref="Stories.Story.Follows"/>); null when none.</param>
public sealed record StoryListing(
    string Id,
    string Title,
    int Articles,
    int IndependentSources,
    int Outlets,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    bool Contested,
    string? Follows = null);

/// <summary>How an article is named in a list: its outlet ("unknown outlet" when none) and headline (its id when none).</summary>
public sealed record ArticleHeading(string Outlet, string Title);

/// <summary>A full-text search over the corpus.</summary>
/// <param name="Text">The query words (FTS syntax is not exposed: words and "quoted phrases").</param>
/// <param name="From">Published on or after.</param>
/// <param name="To">Published on or before.</param>
/// <param name="Outlet">Only this outlet (case-insensitive).</param>
/// <param name="Speaker">Only articles quoting this speaker (case-insensitive, any part of the name).</param>
/// <param name="Limit">At most this many hits.</param>
public sealed record SearchQuery(
    string Text,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Outlet = null,
    string? Speaker = null,
    int Limit = 20);

/// <summary>A piece of a search snippet; highlighted parts matched the query.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);

/// <summary>One search result, best first.</summary>
public sealed record SearchHit(
    string ArticleId,
    string? StoryId,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    IReadOnlyList<SnippetPart> Snippet,
    double Score);

/// <summary>An article as the corpus holds it: the processed document, its story and the copy links touching it.</summary>
public sealed record ArticleView(NewsDocument Document, string? StoryId, IReadOnlyList<CopyLink> Copies);

/// <summary>
/// Read access to an analysed corpus: what the CLI's query commands, the web UI and the JSON API show.
/// Implemented over a stored corpus (SQLite) and over an in-memory <see cref="CorpusReport"/>.
/// </summary>
public interface ICorpusReader
{
    /// <summary>Stories in the given order, paged.</summary>
    IReadOnlyList<StoryListing> ListStories(StoryOrder order, int skip = 0, int take = 50);

    /// <summary>A report holding just this story, its articles and the copy links among them; null when unknown.</summary>
    CorpusReport? Story(string storyId);

    /// <summary>One article; null when unknown.</summary>
    ArticleView? Article(string articleId);

    /// <summary>The outlet and headline of each known article among <paramref name="articleIds"/>, without loading the articles.</summary>
    IReadOnlyDictionary<string, ArticleHeading> ArticleHeadings(IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var headings = new Dictionary<string, ArticleHeading>(StringComparer.Ordinal);
        foreach (var id in articleIds)
        {
            if (!headings.ContainsKey(id) && Article(id)?.Document is { } doc)
            {
                headings[id] = new ArticleHeading(Reporting.ReportText.Outlet(doc), Reporting.ReportText.Title(doc));
            }
        }

        return headings;
    }

    /// <summary>A story's headline, without building the story; null when unknown.</summary>
    string? StoryTitle(string storyId) => Story(storyId)?.Stories.FirstOrDefault()?.Title;

    /// <summary>Full-text search, best first.</summary>
    IReadOnlyList<SearchHit> Search(SearchQuery query);
}
