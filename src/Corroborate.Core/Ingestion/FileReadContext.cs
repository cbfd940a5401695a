using Corroborate.Documents;

namespace Corroborate.Ingestion;

/// <summary>What a format reader needs about the file it reads, and where its problems go.</summary>
internal sealed class FileReadContext
{
    private readonly Action<InputProblem> _report;

    public FileReadContext(string path, InputOptions options, Action<InputProblem> report)
    {
        Path = path;
        Options = options;
        _report = report;
        var stem = System.IO.Path.GetFileNameWithoutExtension(path);
        Stem = string.IsNullOrWhiteSpace(stem) ? "article" : stem;
    }

    /// <summary>The file's path as the user gave it (or as found under a folder the user gave).</summary>
    public string Path { get; }

    /// <summary>The file name without its extension: the default article id.</summary>
    public string Stem { get; }

    public InputOptions Options { get; }

    /// <summary>Errors reported so far for this file.</summary>
    public int Errors { get; private set; }

    /// <summary>Warnings reported so far for this file.</summary>
    public int Warnings { get; private set; }

    /// <summary>The location of the whole file.</summary>
    public SourceLocation File => new(Path);

    public SourceLocation AtLine(int line) => new(Path, Line: line);

    public SourceLocation AtItem(int item) => new(Path, Item: item);

    /// <summary>True when the file was skipped on purpose (see <see cref="Skip"/>) rather than read.</summary>
    public bool Skipped { get; private set; }

    /// <summary>True once the caller's report callback has thrown; its exception is not ours to swallow.</summary>
    public bool ReportFailed { get; private set; }

    public void Error(SourceLocation location, string reason)
    {
        Errors++;
        Report(new InputProblem(location, reason, ProblemSeverity.Error));
    }

    /// <summary>Skips the whole file on purpose, with a warning saying why.</summary>
    public void Skip(string reason)
    {
        Skipped = true;
        Warning(File, reason);
    }

    public void Warning(SourceLocation location, string reason)
    {
        Warnings++;
        Report(new InputProblem(location, reason, ProblemSeverity.Warning));
    }

    private void Report(InputProblem problem)
    {
        try
        {
            _report(problem);
        }
        catch
        {
            ReportFailed = true;
            throw;
        }
    }

    /// <summary>
    /// Reports that the file holds more records than <see cref="InputOptions.MaxItemsPerFile"/>. An error: the
    /// records left out were not read, and the outcome must say so.
    /// </summary>
    public void TooManyRecords(string what) =>
        Error(File, $"has more than {Options.MaxItemsPerFile} {what}; the rest were skipped (--max-items)");
}
