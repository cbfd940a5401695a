namespace Corroborate.Ingestion;

/// <summary>The overall result of one <see cref="InputReader.Read"/> call. The values match the CLI's exit codes.</summary>
public enum InputOutcome
{
    /// <summary>Every input was read.</summary>
    AllRead = 0,

    /// <summary>Some inputs, records or items failed; at least one article was read.</summary>
    SomeFailed = 1,

    /// <summary>No article could be read.</summary>
    NothingRead = 2,
}

/// <summary>Counters for one <see cref="InputReader.Read"/> call; complete once the enumeration has finished.</summary>
public sealed class InputStatistics
{
    /// <summary>Files looked at, including skipped and failed ones.</summary>
    public int FilesSeen { get; internal set; }

    /// <summary>Files that gave at least one article.</summary>
    public int FilesRead { get; internal set; }

    /// <summary>Inputs that gave no article because of an error: bad files, missing paths and empty folders.</summary>
    public int FilesFailed { get; internal set; }

    /// <summary>Files skipped on purpose (unsupported formats, a folder's README), each with a warning.</summary>
    public int FilesSkipped { get; internal set; }

    /// <summary>Articles read.</summary>
    public int ArticlesRead { get; internal set; }

    /// <summary>
    /// Errors inside files that were otherwise read: broken JSONL lines, records or items without text, a feed
    /// that breaks off part-way.
    /// </summary>
    public int RecordProblems { get; internal set; }

    /// <summary>Warnings reported (inputs read anyway, or skipped on purpose).</summary>
    public int Warnings { get; internal set; }

    /// <summary>Nothing read, something failed, or everything read.</summary>
    public InputOutcome Outcome =>
        ArticlesRead == 0 ? InputOutcome.NothingRead
        : FilesFailed > 0 || RecordProblems > 0 ? InputOutcome.SomeFailed
        : InputOutcome.AllRead;
}
