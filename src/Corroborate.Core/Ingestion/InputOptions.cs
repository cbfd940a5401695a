namespace Corroborate.Ingestion;

/// <summary>Limits and choices for reading input files and folders.</summary>
public sealed record InputOptions
{
    /// <summary>The default <see cref="MaxFileBytes"/>: 20 MB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The default <see cref="MaxItemsPerFile"/>.</summary>
    public const int DefaultMaxItemsPerFile = 100_000;

    /// <summary>Files larger than this are reported and not read. Default 20 MB.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// At most this many records (JSON objects, JSONL lines, feed items) are read from one file; beyond it an
    /// error is reported and the rest of the file is skipped. Default 100,000.
    /// </summary>
    public int MaxItemsPerFile { get; init; } = DefaultMaxItemsPerFile;

    /// <summary>Whether folders are read with their sub-folders. Default true.</summary>
    public bool Recurse { get; init; } = true;
}
