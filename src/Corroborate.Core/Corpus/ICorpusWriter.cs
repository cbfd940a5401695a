using Corroborate.Documents;
using Corroborate.Ingestion;

namespace Corroborate.Corpus;

/// <summary>What adding articles to a corpus did.</summary>
/// <param name="Added">New articles stored.</param>
/// <param name="Revisions">New versions of known URLs, kept as revisions.</param>
/// <param name="Unchanged">Articles already stored (same URL and content, or same content hash).</param>
/// <param name="Problems">Articles that could not be processed, one line each.</param>
public sealed record IngestResult(int Added, int Revisions, int Unchanged, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Write access to a stored corpus: adds articles and updates copies, stories and the per-story
/// analyses incrementally. Implementations commit article by article, so a crash loses at most the
/// article in flight.
/// </summary>
public interface ICorpusWriter
{
    /// <summary>Processes and stores <paramref name="articles"/> (streamed).</summary>
    IngestResult Add(IEnumerable<Article> articles);
}
