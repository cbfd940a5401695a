using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corroborate.Corpus;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Stories;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

public sealed partial class CorpusStore
{
    [Flags]
    private enum Pending
    {
        None = 0,
        Story = 1,
        Copies = 2,
    }

    private enum Outcome
    {
        Added,
        Revision,
        Unchanged,
    }

    private sealed record Processed(Article Article, string Hash, NewsDocument? Document, bool Known);

    /// <inheritdoc/>
    public IngestResult Add(IEnumerable<Article> articles) => Add(articles, null, null);

    /// <summary>
    /// Processes and stores <paramref name="articles"/> (streamed, in parallel, committed one by one in input
    /// order), then brings stories and copies up to date.
    /// </summary>
    /// <param name="articles">The articles, as the input reader gives them.</param>
    /// <param name="report">Receives each processing problem as it happens.</param>
    /// <param name="progress">Receives progress after every article, on the calling thread.</param>
    public IngestResult Add(IEnumerable<Article> articles, Action<InputProblem>? report, IProgress<IngestProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var log = new ProblemLog(report);
            var known = KnownHashes();
            var (seen, added, revisions, unchanged, failed, sinceAssembly) = (0, 0, 0, 0, 0, 0);
            var processed = articles
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(Math.Max(1, _options.Parallelism))
                .Select(article =>
                {
                    var hash = ContentHash(article.Content);
                    return known.ContainsKey(hash)
                        ? new Processed(article, hash, null, Known: true)
                        : new Processed(article, hash, ProcessSafely(article, log), Known: false);
                });
            foreach (var item in processed)
            {
                seen++;
                if (item.Known)
                {
                    unchanged++;
                }
                else if (item.Document is null)
                {
                    failed++;
                }
                else
                {
                    switch (Store(item.Article, item.Hash, item.Document))
                    {
                        case Outcome.Added:
                            added++;
                            sinceAssembly++;
                            break;
                        case Outcome.Revision:
                            revisions++;
                            sinceAssembly++;
                            break;
                        default:
                            unchanged++;
                            break;
                    }

                    known.TryAdd(item.Hash, 0);
                }

                if (sinceAssembly >= Math.Max(1, _options.AssembleEvery))
                {
                    Assemble();
                    sinceAssembly = 0;
                }

                progress?.Report(new IngestProgress(seen, added, revisions, unchanged, failed, item.Article.Origin));
            }

            Assemble();
            return new IngestResult(added, revisions, unchanged, log.Snapshot());
        }
    }

    /// <summary>SHA-256 of the raw content, lower-case hex: what makes two inputs the same article.</summary>
    public static string ContentHash(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>
    /// The URL an article names for itself: the one its record or feed item declares, or an HTML page's canonical
    /// URL. A URL recovered from a scraper's dump header or source line says where the text was taken from, not
    /// where this copy lives, so it does not make the article a revision of that page.
    /// </summary>
    internal static string? IdentityUrl(Article article, NewsDocument doc)
    {
        var url = article.Metadata.Url ?? (article.Kind == ContentKind.HtmlPage ? doc.Metadata.Url : null);
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash > 0 ? url[..hash] : url;
    }

    private ConcurrentDictionary<string, byte> KnownHashes()
    {
        var known = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        using var command = _writer.Command("SELECT content_hash FROM revisions");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            known.TryAdd(reader.GetString(0), 0);
        }

        return known;
    }

    private NewsDocument? ProcessSafely(Article article, ProblemLog log) => _processor.ProcessIsolated(article, log.Add);

    /// <summary>Stores one processed article in its own transaction: a new article, a revision, or nothing.</summary>
    private Outcome Store(Article article, string hash, NewsDocument doc)
    {
        using var transaction = new WriteTransaction(_writer);
        // Authoritative check inside the transaction: the same content twice in one batch, or another process.
        if (_writer.Value("SELECT 1 FROM revisions WHERE content_hash = @hash LIMIT 1", ("@hash", hash)) is not null)
        {
            return Outcome.Unchanged;
        }

        var url = IdentityUrl(article, doc);
        var now = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        if (url is not null && FindByUrl(url) is { } existing)
        {
            Supersede(existing.Number, existing.Id, existing.Revision, article, hash, doc, url, now);
            BumpGeneration();
            transaction.Commit();
            return Outcome.Revision;
        }

        var id = UniqueId(article.Id);
        var number = Convert.ToInt64(_writer.Value(
            """
            INSERT INTO articles (id, url, kind, origin_path, origin_line, origin_item, source_metadata, metadata, title, outlet,
                published, published_utc, text, lead, paragraphs, removed, annotations, annotations_version, speakers,
                revision, pending, added_at)
            VALUES (@id, @url, @kind, @path, @line, @item, @source, @metadata, @title, @outlet,
                @published, @utc, @text, @lead, @paragraphs, @removed, @annotations, @version, @speakers,
                1, @pending, @now)
            RETURNING number
            """,
            [("@id", id), ("@url", url), .. DocumentParameters(article, doc), ("@pending", (int)(Pending.Story | Pending.Copies)), ("@now", now)]),
            CultureInfo.InvariantCulture);
        _writer.Run("INSERT INTO revisions (article, revision, content_hash, origin, added_at) VALUES (@n, 1, @hash, @origin, @now)",
            ("@n", number), ("@hash", hash), ("@origin", DocumentCodec.Origin(article.Origin)), ("@now", now));
        IndexText(number, doc, delete: false);
        IndexShingles(number, doc);
        transaction.Commit();
        return Outcome.Added;
    }

    private static (string, object?)[] DocumentParameters(Article article, NewsDocument doc) =>
    [
        ("@kind", (int)article.Kind),
        ("@path", article.Origin.Path),
        ("@line", article.Origin.Line),
        ("@item", article.Origin.Item),
        ("@source", DocumentCodec.Metadata(article.Metadata)),
        ("@metadata", DocumentCodec.Metadata(doc.Metadata)),
        ("@title", doc.Metadata.Title ?? ""),
        ("@outlet", Outlets.NameOf(doc.Metadata) ?? ""),
        ("@published", DocumentCodec.Date(doc.Metadata.Published)),
        ("@utc", DocumentCodec.UnixSeconds(doc.Metadata.Published)),
        ("@text", doc.Text),
        ("@lead", DocumentCodec.Lead(doc)),
        ("@paragraphs", DocumentCodec.Paragraphs(doc.Paragraphs)),
        ("@removed", DocumentCodec.Removed(doc.Removed)),
        ("@annotations", DocumentCodec.Annotations(doc)),
        ("@version", DocumentCodec.AnnotationsVersion),
        ("@speakers", DocumentCodec.Speakers(doc)),
    ];

    private (long Number, string Id, int Revision)? FindByUrl(string url)
    {
        using var command = _writer.Command("SELECT number, id, revision FROM articles WHERE url = @url ORDER BY number LIMIT 1", ("@url", url));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)) : null;
    }

    private string UniqueId(string wanted)
    {
        var id = wanted;
        for (var n = 2; _writer.Value("SELECT 1 FROM articles WHERE id = @id", ("@id", id)) is not null; n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{wanted}-{n}");
        }

        return id;
    }

    /// <summary>
    /// Keeps the current version of an article in the revisions table and makes <paramref name="doc"/> current. Its
    /// story stays; its copy links are dropped and found again, with those of the articles it was linked to.
    /// </summary>
    private void Supersede(long number, string id, int revision, Article article, string hash, NewsDocument doc, string url, string now)
    {
        var old = LoadDocuments(_writer, "a.number = @n", ("@n", number)).Single();
        var version = new StoredVersion(url, (int)old.Doc.Source.Kind, DocumentCodec.Origin(old.Doc.Source.Origin), old.Doc.Source.Metadata,
            old.Doc.Metadata, old.Doc.Text, old.Doc.Paragraphs.Select(p => new[] { p.Start, p.End }).ToArray(), old.Doc.Removed,
            JsonDocument.Parse(old.Annotations).RootElement.Clone(), old.AnnotationsVersion);
        _writer.Run("UPDATE revisions SET document = @doc WHERE article = @n AND revision = @r",
            ("@doc", DocumentCodec.Superseded(version)), ("@n", number), ("@r", revision));
        IndexText(number, old.Doc, delete: true);
        _writer.Run(
            """
            UPDATE articles SET kind = @kind, origin_path = @path, origin_line = @line, origin_item = @item, source_metadata = @source,
                metadata = @metadata, title = @title, outlet = @outlet, published = @published, published_utc = @utc, text = @text,
                lead = @lead, paragraphs = @paragraphs, removed = @removed, annotations = @annotations, annotations_version = @version,
                speakers = @speakers, revision = @revision, pending = pending | @pending
            WHERE number = @n
            """,
            [.. DocumentParameters(article, doc), ("@revision", revision + 1), ("@pending", (int)Pending.Copies), ("@n", number)]);
        _writer.Run("INSERT INTO revisions (article, revision, content_hash, origin, added_at) VALUES (@n, @r, @hash, @origin, @now)",
            ("@n", number), ("@r", revision + 1), ("@hash", hash), ("@origin", DocumentCodec.Origin(article.Origin)), ("@now", now));
        IndexText(number, new NewsDocument(article) { Metadata = doc.Metadata, Text = doc.Text }, delete: false);
        _writer.Run("DELETE FROM shingles WHERE article = @n", ("@n", number));
        IndexShingles(number, doc);
        _writer.Run(
            """
            UPDATE articles SET pending = pending | @pending
            WHERE id IN (SELECT article FROM copy_links WHERE of = @id UNION SELECT of FROM copy_links WHERE article = @id)
            """,
            ("@pending", (int)Pending.Copies), ("@id", id));
        _writer.Run("DELETE FROM copy_links WHERE article = @id OR of = @id", ("@id", id));
    }

    private void IndexText(long number, NewsDocument doc, bool delete)
    {
        // External-content FTS: a delete must be given the very values that were indexed.
        var sql = delete
            ? "INSERT INTO articles_fts (articles_fts, rowid, title, text, outlet) VALUES ('delete', @n, @title, @text, @outlet)"
            : "INSERT INTO articles_fts (rowid, title, text, outlet) VALUES (@n, @title, @text, @outlet)";
        _writer.Run(sql, ("@n", number), ("@title", doc.Metadata.Title ?? ""), ("@text", doc.Text), ("@outlet", Outlets.NameOf(doc.Metadata) ?? ""));
    }

    private void IndexShingles(long number, NewsDocument doc)
    {
        using var command = _writer.Command("INSERT OR IGNORE INTO shingles (hash, article) VALUES (@hash, @n)", ("@n", number), ("@hash", 0L));
        command.Prepare();
        foreach (var hash in _detector.SampledShingles(doc))
        {
            command.Parameters["@hash"].Value = (long)hash;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Brings the pending articles into stories and finds their copies, in one transaction. Articles are clustered
    /// in time order within the pending set, continuing the stored clusterer state.
    /// </summary>
    private void Assemble()
    {
        using var transaction = new WriteTransaction(_writer);
        var pending = new List<(long Number, Pending Work, string? Story)>();
        using (var command = _writer.Command("SELECT number, pending, story_id FROM articles WHERE pending <> 0 ORDER BY number"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                pending.Add((reader.GetInt64(0), (Pending)reader.GetInt32(1), reader.StringOrNull(2)));
            }
        }

        if (pending.Count == 0)
        {
            return;
        }

        (StoryClusterer Clusterer, long Version)? committed = null;
        var numbers = JsonSerializer.Serialize(pending.Select(p => p.Number));
        var docs = LoadDocuments(_writer, "a.number IN (SELECT value FROM json_each(@numbers))", ("@numbers", numbers))
            .ToDictionary(d => d.Number);
        var affected = new HashSet<string>(pending.Select(p => p.Story).OfType<string>(), StringComparer.Ordinal);
        var toCluster = pending.Where(p => p.Work.HasFlag(Pending.Story)).Select(p => docs[p.Number].Doc).ToList();
        if (toCluster.Count > 0)
        {
            var (clusterer, version) = LoadClusterer();
            _clusterer = null; // Until this commits, the in-memory state may run ahead of the stored one.
            var numberOf = docs.Values.ToDictionary(d => d.Doc.Id, d => d.Number, StringComparer.Ordinal);
            foreach (var doc in StoryGrouping.InStreamOrder(toCluster))
            {
                var clustered = clusterer.Add(StoryGrouping.ItemOf(doc));
                var storyId = StoreStoryId(clustered, out var storyNumber);
                // A new story's link to the story it continues is decided as it starts (and kept while it is live).
                var follows = clusterer.FollowsOf(clustered) is { } earlier ? StoreStoryId(earlier) : null;
                _writer.Run(
                    "INSERT OR IGNORE INTO stories (id, number, title, articles, independent_sources, outlets, follows) VALUES (@id, @n, '', 0, 0, 0, @follows)",
                    ("@id", storyId), ("@n", storyNumber), ("@follows", follows));
                _writer.Run("UPDATE articles SET story_id = @s WHERE number = @n", ("@s", storyId), ("@n", numberOf[doc.Id]));
                affected.Add(storyId);
            }

            SaveClusterer(clusterer, version + 1);
            committed = (clusterer, version + 1);
        }

        var toLink = pending.Where(p => p.Work.HasFlag(Pending.Copies)).Select(p => docs[p.Number]).ToList();
        if (toLink.Count > 0)
        {
            foreach (var story in FindCopies(toLink))
            {
                affected.Add(story);
            }
        }

        _writer.Run("UPDATE articles SET pending = 0 WHERE number IN (SELECT value FROM json_each(@numbers))", ("@numbers", numbers));
        foreach (var story in affected)
        {
            RefreshStory(story);
        }

        BumpGeneration();
        transaction.Commit();
        if (committed is { } state)
        {
            (_clusterer, _clustererVersion) = state;
        }
    }

    /// <summary>
    /// Brings articles whose annotations an older version wrote up to <see cref="DocumentCodec.AnnotationsVersion"/>:
    /// quotes, figures and speakers computed again from the stored text, and their stories' aggregates refreshed.
    /// Batches of <see cref="CorpusStoreOptions.AssembleEvery"/> articles, each in its own transaction.
    /// </summary>
    private void UpgradeAnnotations()
    {
        while (true)
        {
            using var transaction = new WriteTransaction(_writer);
            var old = LoadDocuments(_writer, "a.number IN (SELECT number FROM articles WHERE annotations_version < @v ORDER BY number LIMIT @n)",
                ("@v", DocumentCodec.AnnotationsVersion), ("@n", Math.Max(1, _options.AssembleEvery)));
            if (old.Count == 0)
            {
                return;
            }

            foreach (var loaded in old)
            {
                _writer.Run("UPDATE articles SET annotations = @annotations, annotations_version = @version, speakers = @speakers WHERE number = @n",
                    ("@annotations", DocumentCodec.Annotations(loaded.Doc)), ("@version", DocumentCodec.AnnotationsVersion),
                    ("@speakers", DocumentCodec.Speakers(loaded.Doc)), ("@n", loaded.Number));
            }

            foreach (var story in old.Select(d => d.Story).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                RefreshStory(story);
            }

            BumpGeneration();
            transaction.Commit();
        }
    }

    /// <summary>Marks that stories may read differently now (readers keep built stories until it changes).</summary>
    private void BumpGeneration() =>
        _writer.Run("INSERT INTO state (key, version, value) VALUES ('generation', 1, x'') ON CONFLICT(key) DO UPDATE SET version = version + 1");

    /// <summary>The clusterer as stored; the one in memory when nobody else changed it since.</summary>
    private (StoryClusterer Clusterer, long Version) LoadClusterer()
    {
        using var command = _writer.Command("SELECT version, value FROM state WHERE key = 'clusterer'");
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return (_clusterer is not null && _clustererVersion == 0 ? _clusterer : new StoryClusterer(_options.Clustering), 0);
        }

        var version = reader.GetInt64(0);
        if (_clusterer is not null && _clustererVersion == version)
        {
            return (_clusterer, version);
        }

        var state = ClustererStateCodec.Read((byte[])reader.GetValue(1));
        return (StoryClusterer.FromState(state, _options.Clustering), version);
    }

    private void SaveClusterer(StoryClusterer clusterer, long version) =>
        _writer.Run("INSERT OR REPLACE INTO state (key, version, value) VALUES ('clusterer', @v, @value)",
            ("@v", version), ("@value", ClustererStateCodec.Write(clusterer.ExportState(includeAssignments: false))));

    /// <summary>The store's id of the clusterer's story <paramref name="clusterId"/> (see <see cref="StoreStoryId(string, out long)"/>).</summary>
    internal static string StoreStoryId(string clusterId) => StoreStoryId(clusterId, out _);

    /// <summary>The clusterer's <c>story-7</c> is the store's <c>s-7</c>: the clusterer never renumbers, so neither does the store.</summary>
    private static string StoreStoryId(string clusterId, out long number)
    {
        number = long.Parse(clusterId.AsSpan(clusterId.LastIndexOf('-') + 1), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"s-{number}");
    }

    /// <summary>
    /// Finds the copies of <paramref name="fresh"/> among themselves and the stored articles that share sampled
    /// shingles with them, and stores the new links. Returns the stories whose origin groups may have changed.
    /// </summary>
    private HashSet<string> FindCopies(List<LoadedDocument> fresh)
    {
        var options = _detector.Options;
        var set = fresh.ToDictionary(d => d.Number);
        var wanted = new HashSet<long>();
        // Per sampled shingle, only its most recent postings: a stock phrase or a wire story run a thousand times
        // still finds its latest copies (enough to join the origin group) at a bounded cost per article.
        using (var command = _writer.Command(
            "SELECT article FROM shingles WHERE hash = @hash ORDER BY article DESC LIMIT @cap",
            ("@hash", 0L), ("@cap", PostingsPerShingle)))
        {
            command.Prepare();
            var shared = new Dictionary<long, int>();
            foreach (var doc in fresh)
            {
                shared.Clear();
                foreach (var hash in _detector.SampledShingles(doc.Doc).Take(options.MaxCandidateKeys))
                {
                    command.Parameters["@hash"].Value = (long)hash;
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        var number = reader.GetInt64(0);
                        if (number != doc.Number)
                        {
                            shared[number] = shared.GetValueOrDefault(number) + 1;
                        }
                    }
                }

                foreach (var (number, _) in shared
                             .Where(p => p.Value >= options.MinSharedSamples)
                             .OrderByDescending(p => p.Value)
                             .ThenByDescending(p => p.Key)
                             .Take(options.MaxCandidatesPerDocument))
                {
                    if (!set.ContainsKey(number))
                    {
                        wanted.Add(number);
                    }
                }
            }
        }

        if (wanted.Count > 0)
        {
            foreach (var candidate in LoadDocuments(_writer, "a.number IN (SELECT value FROM json_each(@numbers))", ("@numbers", JsonSerializer.Serialize(wanted))))
            {
                set[candidate.Number] = candidate;
            }
        }

        // Input order is store order, as in one batch: detection breaks ties by it.
        var batch = set.Values.OrderBy(d => d.Number).ToList();
        var analysis = _detector.Detect(batch.Select(d => d.Doc).ToList());
        var freshIds = fresh.Select(d => d.Doc.Id).ToHashSet(StringComparer.Ordinal);
        var storyOf = batch.ToDictionary(d => d.Doc.Id, d => d.Story, StringComparer.Ordinal);
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in analysis.Links)
        {
            if (!freshIds.Contains(link.Article) && !freshIds.Contains(link.Of))
            {
                continue;
            }

            // Never a second link between two articles, and never a second source for a copy.
            var exists = _writer.Value(
                """
                SELECT 1 FROM copy_links
                WHERE (article = @a AND of = @o) OR (article = @o AND of = @a) OR (@copy = 1 AND article = @a AND kind = 0)
                LIMIT 1
                """,
                ("@a", link.Article), ("@o", link.Of), ("@copy", link.Kind == CopyKind.Copy ? 1 : 0));
            if (exists is not null)
            {
                continue;
            }

            _writer.Run(
                """
                INSERT INTO copy_links (article, of, kind, containment, resemblance, text_share, paragraphs)
                VALUES (@a, @o, @kind, @containment, @resemblance, @share, @paragraphs)
                """,
                ("@a", link.Article), ("@o", link.Of), ("@kind", (int)link.Kind), ("@containment", link.Containment),
                ("@resemblance", link.Resemblance), ("@share", link.TextShare), ("@paragraphs", DocumentCodec.Paragraphs(link)));
            foreach (var id in (string[])[link.Article, link.Of])
            {
                // A fresh article's story was set in this transaction, after it was loaded.
                if ((freshIds.Contains(id) ? StoryOfStored(id) : storyOf[id]) is { } story)
                {
                    affected.Add(story);
                }
            }
        }

        return affected;
    }

    /// <summary>Postings read per sampled shingle when looking for a new article's candidates (the most recent ones).</summary>
    private const int PostingsPerShingle = 64;

    private string? StoryOfStored(string id) => _writer.Value("SELECT story_id FROM articles WHERE id = @id", ("@id", id)) as string;

    /// <summary>
    /// Recomputes a story's title, counts and aggregates from its articles and their copy links: whether it is contested
    /// (a figure group in conflict) goes in its <c>contested</c> column, with a summary in its annotations, so listing
    /// stories needs no article.
    /// </summary>
    private void RefreshStory(string storyId)
    {
        var members = LoadDocuments(_writer, "a.story_id = @s", ("@s", storyId)).Select(d => d.Doc).ToList();
        if (members.Count == 0)
        {
            _writer.Run("DELETE FROM stories WHERE id = @s AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = @s)", ("@s", storyId));
            return;
        }

        var ordered = StoryGrouping.InStreamOrder(members).ToList();
        var outlets = ordered.Select(d => Outlets.NameOf(d.Metadata)).Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var origins = OriginGroups(ordered, CopyPairs(_writer, storyId));
        // The figure groups as Story(id) gives them (quotes are aligned when a story is read: nothing here needs them).
        var groups = Figures.FigureGrouper.Group(ordered, Figures.FigureGrouper.FirstPublished(ordered, origins));
        var conflicts = groups.Where(g => g.Conflict).Select(g => g.Quantity).ToList();
        var annotations = JsonSerializer.Serialize(new StoredStoryAnnotations(conflicts.Count > 0, conflicts, groups.Count), DocumentCodec.Json);
        var first = ordered.Select(d => d.Metadata.Published).Where(d => d is not null).Min();
        var last = ordered.Select(d => d.Metadata.Published).Where(d => d is not null).Max();
        _writer.Run(
            """
            UPDATE stories SET title = @title, articles = @articles, independent_sources = @sources, outlets = @outlets,
                first_published = @first, last_published = @last, first_utc = @firstUtc, last_utc = @lastUtc,
                contested = @contested, annotations = @annotations
            WHERE id = @s
            """,
            ("@title", StoryGrouping.RepresentativeTitle(ordered)), ("@articles", ordered.Count), ("@sources", origins.Count),
            ("@outlets", outlets), ("@first", DocumentCodec.Date(first)), ("@last", DocumentCodec.Date(last)),
            ("@firstUtc", DocumentCodec.UnixSeconds(first)), ("@lastUtc", DocumentCodec.UnixSeconds(last)),
            ("@contested", conflicts.Count > 0 ? 1 : 0), ("@annotations", annotations), ("@s", storyId));
    }
}

/// <summary>A story's annotations column: whether it is contested, the quantities in conflict, and how many quantities it has.</summary>
internal sealed record StoredStoryAnnotations(bool Contested, IReadOnlyList<string> Conflicts, int FigureGroups);
