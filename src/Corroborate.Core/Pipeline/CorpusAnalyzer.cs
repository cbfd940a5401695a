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

    /// <summary>
    /// One article's failure is that article's problem: a bug met on one input is reported against it
    /// and the batch goes on.
    /// </summary>
    private NewsDocument? ProcessSafely(Article article, ProblemLog log)
    {
        try
        {
            return _processor.Process(article, log.Add);
        }
#pragma warning disable CA1031 // Isolation boundary: any failure becomes a problem line for this input only.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            log.Add(new InputProblem(article.Origin, $"could not be processed (internal error: {exception.Message})", ProblemSeverity.Error));
            return null;
        }
    }
}
