using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Reporting;
using Corroborate.Stories;

namespace Corroborate.Pipeline;

/// <summary>Runs the whole pipeline over a batch of articles and assembles the report.</summary>
/// <remarks>Thread-safe; articles are processed in parallel and kept in input order.</remarks>
public sealed class CorpusAnalyzer
{
    private readonly ArticleProcessor _processor;
    private readonly int _parallelism;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">Stage options.</param>
    /// <param name="parallelism">Worker threads for the per-article stages; defaults to the processor count.</param>
    public CorpusAnalyzer(PipelineOptions? options = null, int? parallelism = null)
    {
        _processor = new ArticleProcessor(options);
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
    }

    /// <summary>
    /// Processes <paramref name="articles"/> (streamed) and groups them into stories. Problems go to
    /// <paramref name="log"/>; pass the same log to the reader so the report lists every problem.
    /// </summary>
    public CorpusReport Analyze(IEnumerable<Article> articles, ProblemLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        log ??= new ProblemLog();
        var documents = articles
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(_parallelism)
            .Select(article => ProcessSafely(article, log))
            .Where(doc => doc is not null)
            .Select(doc => doc!)
            .ToList();
        var copies = new CopyDetector().Detect(documents);
        var stories = StoryGrouping.Group(documents)
            .Select(story => story.WithOrigins(copies.Origins) with { Quotes = Quotes.QuoteAligner.Align(story.Articles) })
            .ToList();
        var publishedOf = Figures.FigureGrouper.FirstPublished(documents, copies.Origins);
        stories = stories.Select(story => story with { FigureGroups = Figures.FigureGrouper.Group(story.Articles, publishedOf) }).ToList();
        return new CorpusReport(documents, stories, log.Snapshot()) { Copies = copies };
    }

    private NewsDocument? ProcessSafely(Article article, ProblemLog log) => _processor.ProcessIsolated(article, log.Add);
}
