using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Pipeline;
using Corroborate.Stories;

namespace Corroborate.Storage.Sqlite;

/// <summary>Options of a <see cref="CorpusStore"/>: the stages' options and how ingest runs.</summary>
public sealed record CorpusStoreOptions
{
    /// <summary>Options of the per-article stages (extraction, cleaning).</summary>
    public PipelineOptions Pipeline { get; init; } = new();

    /// <summary>Options of copy detection.</summary>
    public DeduplicationOptions Deduplication { get; init; } = new();

    /// <summary>Options of story clustering. Keep them the same for the life of a store: its clusterer state depends on them.</summary>
    public ClusteringOptions Clustering { get; init; } = new();

    /// <summary>Worker threads for the per-article stages; the processor count by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Stored articles after which stories and copies are brought up to date (and at the end of every
    /// <see cref="CorpusStore.Add(IEnumerable{Article})"/>). Within one such chunk articles are clustered in time order.
    /// </summary>
    public int AssembleEvery { get; init; } = 500;
}

/// <summary>How far an ingest has got; reported after every article.</summary>
/// <param name="Seen">Articles taken from the input so far.</param>
/// <param name="Added">New articles stored.</param>
/// <param name="Revisions">New versions of known URLs stored.</param>
/// <param name="Unchanged">Articles already in the store.</param>
/// <param name="Failed">Articles that could not be processed.</param>
/// <param name="Current">Where the latest article came from.</param>
public sealed record IngestProgress(int Seen, int Added, int Revisions, int Unchanged, int Failed, SourceLocation Current);

/// <summary>Counts of what a store holds.</summary>
/// <param name="Articles">Articles (each counted once, whatever its revisions).</param>
/// <param name="Revisions">Stored versions, all articles together.</param>
/// <param name="Stories">Stories.</param>
/// <param name="CopyLinks">Copy and partial-copy links.</param>
/// <param name="SchemaVersion">The store's schema version.</param>
public sealed record StoreStatistics(int Articles, int Revisions, int Stories, int CopyLinks, int SchemaVersion);

/// <summary>One stored version of an article.</summary>
/// <param name="Number">1 for the first version; the highest is the current one.</param>
/// <param name="ContentHash">SHA-256 of the raw content, hex.</param>
/// <param name="Origin">Where that version was read from.</param>
/// <param name="Added">When it was stored.</param>
public sealed record ArticleRevision(int Number, string ContentHash, string Origin, DateTimeOffset Added);

/// <summary>A store that cannot be opened: missing, not a Corroborate store, corrupt, or written by a newer version.</summary>
public sealed class CorpusStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CorpusStoreException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public CorpusStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public CorpusStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
