using System.Globalization;
using System.Text;
using Corroborate.Corpus;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Figures;
using Corroborate.Quotes;
using Corroborate.Reporting;
using Corroborate.Stories;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

public sealed partial class CorpusStore
{
    /// <summary>A stored article's current document, with its row number and story.</summary>
    private sealed record LoadedDocument(long Number, NewsDocument Doc, string? Story, string Annotations, int AnnotationsVersion);

    private const string DocumentColumns =
        """
        a.number, a.id, a.kind, a.origin_path, a.origin_line, a.origin_item, a.source_metadata, a.metadata, a.text,
        a.paragraphs, a.removed, a.story_id, a.annotations, a.annotations_version
        """;

    /// <summary>
    /// Loads current documents, reloaded without re-extracting (the raw content is not kept: <c>Source.Content</c> is
    /// empty), with their quotes and figures (computed again from the text when stored by an older version).
    /// </summary>
    private static List<LoadedDocument> LoadDocuments(SqliteConnection connection, string where, params (string, object?)[] parameters)
    {
        var loaded = new List<LoadedDocument>();
        using var command = connection.Command($"SELECT {DocumentColumns} FROM articles a WHERE {where} ORDER BY a.number", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var line = reader.Int64OrNull(4);
            var item = reader.Int64OrNull(5);
            var origin = new SourceLocation(reader.GetString(3), (int?)line, (int?)item);
            var source = new Article(reader.GetString(1), origin, (ContentKind)reader.GetInt32(2), "", DocumentCodec.ReadMetadata(reader.GetString(6)));
            var doc = new NewsDocument(source) { Metadata = DocumentCodec.ReadMetadata(reader.GetString(7)), Text = reader.GetString(8) };
            doc.Paragraphs.AddRange(DocumentCodec.ReadParagraphs(reader.GetString(9)));
            doc.Removed.AddRange(DocumentCodec.ReadRemoved(reader.GetString(10)));
            DocumentCodec.ReadAnnotations(doc, reader.GetString(12), reader.GetInt32(13));
            loaded.Add(new LoadedDocument(reader.GetInt64(0), doc, reader.StringOrNull(11), reader.GetString(12), reader.GetInt32(13)));
        }

        return loaded;
    }

    private static List<CopyLink> LoadLinks(SqliteConnection connection, string where, params (string, object?)[] parameters)
    {
        var links = new List<CopyLink>();
        using var command = connection.Command(
            $"SELECT article, of, kind, containment, resemblance, text_share, paragraphs FROM copy_links WHERE {where}", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(new CopyLink(reader.GetString(0), reader.GetString(1), (CopyKind)reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4),
                DocumentCodec.ReadSharedParagraphs(reader.GetString(6)))
            {
                TextShare = reader.GetDouble(5),
            });
        }

        // The order copy detection gives them.
        return links
            .OrderBy(l => l.Kind)
            .ThenBy(l => l.Of, StringComparer.Ordinal)
            .ThenBy(l => l.Article, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Copy (not partial) links touching a story's articles, as (copy, source) pairs.</summary>
    private static List<(string Copy, string Of)> CopyPairs(SqliteConnection connection, string storyId)
    {
        var pairs = new List<(string, string)>();
        using var command = connection.Command(
            """
            SELECT article, of FROM copy_links
            WHERE kind = 0 AND (article IN (SELECT id FROM articles WHERE story_id = @s) OR of IN (SELECT id FROM articles WHERE story_id = @s))
            """,
            ("@s", storyId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    /// <summary>
    /// The origin groups of <paramref name="members"/> (in stream order): articles joined by copy links (union-find,
    /// through articles outside the list too), each group led by its origin (the member that copies no other member,
    /// else the earliest), groups ordered by their origin's date — as <see cref="Story.WithOrigins"/> gives them for a batch.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>> OriginGroups(IReadOnlyList<NewsDocument> members, IEnumerable<(string Copy, string Of)> pairs)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var up) && up != x)
            {
                parent[x] = parent.GetValueOrDefault(up, up);
                x = up;
            }

            return x;
        }

        var copies = new HashSet<(string, string)>();
        foreach (var (copy, of) in pairs)
        {
            copies.Add((copy, of));
            var (a, b) = (Find(copy), Find(of));
            if (a != b)
            {
                parent[a] = b;
            }
        }

        var order = members.Select((doc, i) => (doc.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return members
            .GroupBy(doc => Find(doc.Id))
            .Select(group =>
            {
                var ids = group.Select(d => d.Id).ToList();
                var origin = ids.FirstOrDefault(id => !ids.Any(other => copies.Contains((id, other)))) ?? ids[0];
                return (IReadOnlyList<string>)[origin, .. ids.Where(id => id != origin)];
            })
            .OrderBy(group => order[group[0]])
            .ToList();
    }

    /// <summary>
    /// A story with what <c>analyze</c> computes over its articles: its quotes aligned across outlets and its figures
    /// grouped by quantity (dated by <paramref name="publishedOf"/>).
    /// </summary>
    private static Story WithAggregates(Story story, Func<NewsDocument, DateTimeOffset?> publishedOf) => story with
    {
        Quotes = QuoteAligner.Align(story.Articles),
        FigureGroups = FigureGrouper.Group(story.Articles, publishedOf),
    };

    /// <inheritdoc/>
    public IReadOnlyList<StoryListing> ListStories(StoryOrder order, int skip = 0, int take = 50)
    {
        using var connection = OpenReader();
        var sort = order == StoryOrder.MostCovered
            ? "articles DESC, last_utc IS NULL, last_utc DESC, number DESC"
            : "last_utc IS NULL, last_utc DESC, number DESC";
        using var command = connection.Command(
            $"""
            SELECT id, title, articles, independent_sources, outlets, first_published, last_published, contested,
                (SELECT f.id FROM stories f WHERE f.id = stories.follows AND f.articles > 0)
            FROM stories WHERE articles > 0 ORDER BY {sort} LIMIT @take OFFSET @skip
            """,
            ("@take", Math.Max(0, take)), ("@skip", Math.Max(0, skip)));
        using var reader = command.ExecuteReader();
        var stories = new List<StoryListing>();
        while (reader.Read())
        {
            stories.Add(new StoryListing(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                DocumentCodec.ReadDate(reader.StringOrNull(5)), DocumentCodec.ReadDate(reader.StringOrNull(6)), reader.GetInt32(7) != 0,
                reader.StringOrNull(8)));
        }

        return stories;
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, ArticleHeading> ArticleHeadings(IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        using var connection = OpenReader();
        using var command = connection.Command(
            "SELECT id, outlet, title FROM articles WHERE id IN (SELECT value FROM json_each(@ids))",
            ("@ids", System.Text.Json.JsonSerializer.Serialize(articleIds.Distinct(StringComparer.Ordinal))));
        using var reader = command.ExecuteReader();
        var headings = new Dictionary<string, ArticleHeading>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var (id, outlet, title) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
            headings[id] = new ArticleHeading(outlet.Length > 0 ? outlet : "unknown outlet", string.IsNullOrWhiteSpace(title) ? id : title);
        }

        return headings;
    }

    /// <inheritdoc/>
    public string? StoryTitle(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        using var connection = OpenReader();
        return StoryTitle(connection, storyId);
    }

    // A story's title; null when it is unknown or has no article left.
    private static string? StoryTitle(SqliteConnection connection, string storyId) =>
        connection.Value("SELECT title FROM stories WHERE id = @s AND articles > 0", ("@s", storyId)) as string;

    /// <inheritdoc/>
    /// <remarks>
    /// Building a story (its documents, quote alignment, figure groups) is kept for the last few stories read, until
    /// the store's generation changes (any process storing a revision or assembling articles bumps it).
    /// </remarks>
    public CorpusReport? Story(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        using var connection = OpenReader();
        var generation = Generation(connection);
        lock (_storyCache)
        {
            if (_storyCache.TryGetValue(storyId, out var cached) && cached.Generation == generation)
            {
                return cached.Report;
            }
        }

        var report = BuildStory(connection, storyId);
        lock (_storyCache)
        {
            if (_storyCache.Count >= StoryCacheSize && !_storyCache.ContainsKey(storyId))
            {
                _storyCache.Remove(_storyCache.MinBy(p => p.Value.Stamp).Key);
            }

            _storyCache[storyId] = (generation, report, Interlocked.Increment(ref _storyCacheStamp));
        }

        return report;
    }

    private const int StoryCacheSize = 16;
    private readonly Dictionary<string, (long Generation, CorpusReport? Report, long Stamp)> _storyCache = new(StringComparer.Ordinal);
    private long _storyCacheStamp;

    /// <summary>The store's generation: bumped by every write that changes what a story shows.</summary>
    private static long Generation(SqliteConnection connection) =>
        connection.Value("SELECT version FROM state WHERE key = 'generation'") is long version ? version : 0;

    private static CorpusReport? BuildStory(SqliteConnection connection, string storyId)
    {
        var title = StoryTitle(connection, storyId);
        if (title is null)
        {
            return null;
        }

        var articles = StoryGrouping.InStreamOrder(LoadDocuments(connection, "a.story_id = @s", ("@s", storyId)).Select(d => d.Doc)).ToList();
        var origins = OriginGroups(articles, CopyPairs(connection, storyId));
        var links = LoadLinks(connection,
            "article IN (SELECT id FROM articles WHERE story_id = @s) AND of IN (SELECT id FROM articles WHERE story_id = @s)", ("@s", storyId));
        var (follows, followedBy) = FollowLinks(connection, storyId);
        var story = WithAggregates(new Story(storyId, title, articles) { Origins = origins, Follows = follows, FollowedBy = followedBy },
            FigureGrouper.FirstPublished(articles, origins));
        return new CorpusReport(articles, [story], []) { Copies = new CopyAnalysis(links, origins) };
    }

    /// <summary>
    /// The story <paramref name="storyId"/> continues and the stories that continue it (in the order they started),
    /// leaving out stories that no longer exist.
    /// </summary>
    private static (string? Follows, IReadOnlyList<string> FollowedBy) FollowLinks(SqliteConnection connection, string storyId)
    {
        var follows = connection.Value(
            "SELECT f.id FROM stories s JOIN stories f ON f.id = s.follows WHERE s.id = @s AND f.articles > 0", ("@s", storyId)) as string;
        var followedBy = new List<string>();
        using var command = connection.Command("SELECT id FROM stories WHERE follows = @s AND articles > 0 ORDER BY number", ("@s", storyId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            followedBy.Add(reader.GetString(0));
        }

        return (follows, followedBy);
    }

    /// <inheritdoc/>
    public ArticleView? Article(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using var connection = OpenReader();
        var loaded = LoadDocuments(connection, "a.id = @id", ("@id", articleId)).SingleOrDefault();
        return loaded is null
            ? null
            : new ArticleView(loaded.Doc, loaded.Story, LoadLinks(connection, "article = @id OR of = @id", ("@id", articleId)));
    }

    /// <summary>The stored versions of an article, oldest first; empty when unknown.</summary>
    public IReadOnlyList<ArticleRevision> Revisions(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using var connection = OpenReader();
        using var command = connection.Command(
            """
            SELECT r.revision, r.content_hash, r.origin, r.added_at FROM revisions r JOIN articles a ON a.number = r.article
            WHERE a.id = @id ORDER BY r.revision
            """,
            ("@id", articleId));
        using var reader = command.ExecuteReader();
        var revisions = new List<ArticleRevision>();
        while (reader.Read())
        {
            revisions.Add(new ArticleRevision(reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return revisions;
    }

    /// <summary>
    /// The whole store as one report: every article (in the order stored), every story (most covered first, then
    /// earliest), every copy link and the origin groups — what <c>analyze</c> would give, built incrementally.
    /// </summary>
    public CorpusReport Export()
    {
        using var connection = OpenReader();
        var loaded = LoadDocuments(connection, "1 = 1");
        var byStory = loaded.Where(d => d.Story is not null).GroupBy(d => d.Story!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => StoryGrouping.InStreamOrder(g.Select(d => d.Doc)).ToList(), StringComparer.Ordinal);
        var links = LoadLinks(connection, "1 = 1");
        var copyPairs = links.Where(l => l.Kind == CopyKind.Copy).Select(l => (l.Article, l.Of)).ToList();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var followLinks = new List<(string Story, string Follows)>();
        using (var command = connection.Command("SELECT id, title, follows FROM stories WHERE articles > 0 ORDER BY number"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                titles[reader.GetString(0)] = reader.GetString(1);
                if (reader.StringOrNull(2) is { } follows)
                {
                    followLinks.Add((reader.GetString(0), follows));
                }
            }
        }

        // Links to stories that no longer exist are dropped; a story's followers in the order they started.
        followLinks.RemoveAll(link => !titles.ContainsKey(link.Follows));
        var followsOf = followLinks.ToDictionary(l => l.Story, l => l.Follows, StringComparer.Ordinal);
        var followedBy = StoryGrouping.FollowersOf(followLinks);
        var documents = loaded.Select(d => d.Doc).ToList();
        var origins = OriginGroups(StoryGrouping.InStreamOrder(documents).ToList(), copyPairs);
        // As analyze dates them: a copy by its original, wherever that original is.
        var publishedOf = FigureGrouper.FirstPublished(documents, origins);
        var stories = byStory
            .Select(p => WithAggregates(new Story(p.Key, titles.GetValueOrDefault(p.Key) ?? StoryGrouping.RepresentativeTitle(p.Value), p.Value)
            {
                Origins = OriginGroups(p.Value, copyPairs),
                Follows = followsOf.GetValueOrDefault(p.Key),
                FollowedBy = followedBy.GetValueOrDefault(p.Key, []),
            }, publishedOf))
            .OrderByDescending(s => s.Articles.Count)
            .ThenBy(s => s.Articles[0].Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new CorpusReport(documents, stories, []) { Copies = new CopyAnalysis(links, origins) };
    }

    /// <inheritdoc/>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = MatchExpression(query.Text);
        if (match is null || query.Limit <= 0)
        {
            return [];
        }

        using var connection = OpenReader();
        // bm25 weights: title, text, outlet. Lower bm25 is better; the score shown is its negation.
        using var command = connection.Command(
            """
            SELECT a.id, a.story_id, a.title, a.outlet, a.published,
                   snippet(articles_fts, -1, char(2), char(3), '…', 24),
                   bm25(articles_fts, 4.0, 1.0, 2.0) AS rank
            FROM articles_fts JOIN articles a ON a.number = articles_fts.rowid
            WHERE articles_fts MATCH @match
              AND (@from IS NULL OR a.published_utc >= @from)
              AND (@to IS NULL OR a.published_utc <= @to)
              AND (@outlet IS NULL OR a.outlet = @outlet COLLATE NOCASE)
              AND (@speaker IS NULL OR instr(lower(a.speakers), lower(@speaker)) > 0)
            ORDER BY rank, a.number
            LIMIT @limit
            """,
            ("@match", match), ("@from", query.From?.ToUnixTimeSeconds()), ("@to", query.To?.ToUnixTimeSeconds()),
            ("@outlet", string.IsNullOrWhiteSpace(query.Outlet) ? null : query.Outlet.Trim()),
            ("@speaker", string.IsNullOrWhiteSpace(query.Speaker) ? null : query.Speaker.Trim()), ("@limit", query.Limit));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            var (id, title, outlet) = (reader.GetString(0), reader.GetString(2), reader.GetString(3));
            hits.Add(new SearchHit(id, reader.StringOrNull(1), title.Length == 0 ? id : title, outlet.Length == 0 ? null : outlet,
                DocumentCodec.ReadDate(reader.StringOrNull(4)), Snippet(reader.GetString(5)), -reader.GetDouble(6)));
        }

        return hits;
    }

    /// <summary>
    /// The FTS5 expression for a query of words and "quoted phrases": each one quoted (so no FTS syntax gets
    /// through), all required. Null when the query has no word in it.
    /// </summary>
    internal static string? MatchExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int end;
            string term;
            if (text[i] == '"')
            {
                end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                term = text[(i + 1)..end];
                end++;
            }
            else
            {
                end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                term = text[i..end];
            }

            if (term.Any(char.IsLetterOrDigit))
            {
                terms.Add("\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }

            i = end;
        }

        return terms.Count == 0 ? null : string.Join(" ", terms);
    }

    /// <summary>Turns a snippet with \u0002 … \u0003 around matches into parts.</summary>
    internal static IReadOnlyList<SnippetPart> Snippet(string marked)
    {
        var parts = new List<SnippetPart>();
        var text = new StringBuilder();
        var highlighted = false;
        foreach (var c in marked)
        {
            if (c is '\u0002' or '\u0003')
            {
                if (text.Length > 0)
                {
                    parts.Add(new SnippetPart(text.ToString(), highlighted));
                    text.Clear();
                }

                highlighted = c == '\u0002';
                continue;
            }

            text.Append(c);
        }

        if (text.Length > 0)
        {
            parts.Add(new SnippetPart(text.ToString(), highlighted));
        }

        return parts;
    }
}
