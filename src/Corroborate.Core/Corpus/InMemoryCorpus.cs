using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Reporting;

namespace Corroborate.Corpus;

/// <summary>
/// A corpus held in memory: reads through a <see cref="ReportCorpusReader"/> and, on <see cref="Add"/>, re-analyses
/// every article and swaps in the new report. For serving a folder of files without a store, and for tests of the
/// write API; the SQLite store is the incremental one.
/// </summary>
/// <remarks>Thread-safe: writers are serialised, readers see one report or the next, never a mix.</remarks>
public sealed class InMemoryCorpus : ICorpusReader, ICorpusWriter
{
    private readonly object _writeLock = new();
    private readonly CorpusAnalyzer _analyzer;
    private readonly List<Article> _articles;
    private readonly List<InputProblem> _problems;
    private volatile ReportCorpusReader _reader;

    /// <summary>Analyses <paramref name="articles"/> (ids unique, as an <see cref="InputReader"/> gives them).</summary>
    /// <param name="articles">The articles as read.</param>
    /// <param name="problems">Problems met while reading them, kept in every report.</param>
    /// <param name="analyzer">The pipeline; a default one when null.</param>
    public InMemoryCorpus(IEnumerable<Article> articles, IEnumerable<InputProblem>? problems = null, CorpusAnalyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _analyzer = analyzer ?? new CorpusAnalyzer();
        _articles = articles.ToList();
        _problems = problems?.ToList() ?? [];
        _reader = Analyze();
    }

    /// <summary>The current report.</summary>
    public CorpusReport Report => _reader.Report;

    /// <inheritdoc/>
    public IReadOnlyList<StoryListing> ListStories(StoryOrder order, int skip = 0, int take = 50) => _reader.ListStories(order, skip, take);

    /// <inheritdoc/>
    public CorpusReport? Story(string storyId) => _reader.Story(storyId);

    /// <inheritdoc/>
    public ArticleView? Article(string articleId) => _reader.Article(articleId);

    /// <inheritdoc/>
    public IReadOnlyList<SearchHit> Search(SearchQuery query) => _reader.Search(query);

    /// <summary>
    /// Adds <paramref name="articles"/> and re-analyses the corpus. An article whose content is already held (under
    /// its id, its URL or any id) is unchanged; one with a known URL and new content replaces that version (a
    /// revision); an id already taken by other content gets a suffix (<c>id-2</c>).
    /// </summary>
    public IngestResult Add(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_writeLock)
        {
            var (added, revisions, unchanged) = (0, 0, 0);
            var ids = _articles.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var contents = _articles.Select(a => a.Content).ToHashSet(StringComparer.Ordinal);
            var origins = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                if (contents.Contains(article.Content))
                {
                    unchanged++;
                    continue;
                }

                var url = article.Metadata.Url;
                var known = string.IsNullOrWhiteSpace(url) ? -1 : _articles.FindIndex(a => string.Equals(a.Metadata.Url, url, StringComparison.Ordinal));
                if (known >= 0)
                {
                    _articles[known] = article with { Id = _articles[known].Id };
                    revisions++;
                }
                else
                {
                    var id = UniqueId(article.Id, ids);
                    _articles.Add(article with { Id = id });
                    added++;
                }

                contents.Add(article.Content);
                origins.Add(article.Origin.Path);
            }

            if (added + revisions == 0)
            {
                return new IngestResult(0, 0, unchanged, []);
            }

            var log = new ProblemLog();
            _reader = Analyze(log);
            // The whole corpus is analysed again: report only what the new articles met.
            var problems = log.Snapshot().Where(p => origins.Contains(p.Location.Path)).ToList();
            // An article that could not be processed was not stored.
            var failed = problems.Count(p => p.Severity == ProblemSeverity.Error);
            return new IngestResult(Math.Max(0, added - failed), revisions, unchanged, problems);
        }
    }

    private ReportCorpusReader Analyze(ProblemLog? log = null)
    {
        log ??= new ProblemLog();
        var report = _analyzer.Analyze(_articles, log);
        return new ReportCorpusReader(report with { Problems = [.. _problems, .. log.Snapshot()] });
    }

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var suffix = 2; !taken.Add(candidate); suffix++)
        {
            candidate = $"{id}-{suffix}";
        }

        return candidate;
    }
}
