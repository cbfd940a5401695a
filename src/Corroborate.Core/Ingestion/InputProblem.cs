using Corroborate.Documents;

namespace Corroborate.Ingestion;

/// <summary>How bad an <see cref="InputProblem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input was read anyway, with a caveat (for example a legacy encoding was assumed).</summary>
    Warning,

    /// <summary>The input, or the record or item named by the location, was not read.</summary>
    Error,
}

/// <summary>Something wrong with one input file, record or feed item.</summary>
/// <param name="Location">The file, and the line or item when the problem is in one record.</param>
/// <param name="Reason">What is wrong, in plain English (no stack traces, no exception type names).</param>
/// <param name="Severity">Whether the input was read anyway.</param>
public sealed record InputProblem(SourceLocation Location, string Reason, ProblemSeverity Severity)
{
    /// <summary>
    /// One line naming the file (and line or item) and the reason: <c>path:line: reason</c>, <c>path: reason</c>.
    /// Control characters in the path and reason are escaped (<see cref="PrintableText.Escape"/>): a file may be
    /// named with a line break or a terminal escape sequence.
    /// </summary>
    public override string ToString()
    {
        var path = PrintableText.Escape(Location.Path);
        var reason = PrintableText.Escape(Reason);
        return Location switch
        {
            { Line: { } line } => $"{path}:{line}: {reason}",
            { Item: { } item } => $"{path}: item {item}: {reason}",
            _ => $"{path}: {reason}",
        };
    }
}
