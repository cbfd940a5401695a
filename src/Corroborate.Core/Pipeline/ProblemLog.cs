using Corroborate.Ingestion;

namespace Corroborate.Pipeline;

/// <summary>A thread-safe record of the input problems of one run, forwarded to an optional sink as they happen.</summary>
public sealed class ProblemLog
{
    private readonly List<InputProblem> _problems = [];
    private readonly Action<InputProblem>? _sink;
    private readonly Lock _gate = new();

    /// <summary>Creates a log.</summary>
    /// <param name="sink">Called once per problem, under the log's lock (so calls never overlap).</param>
    public ProblemLog(Action<InputProblem>? sink = null) => _sink = sink;

    /// <summary>Records a problem.</summary>
    public void Add(InputProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        lock (_gate)
        {
            _problems.Add(problem);
            _sink?.Invoke(problem);
        }
    }

    /// <summary>A snapshot of the problems so far.</summary>
    public IReadOnlyList<InputProblem> Snapshot()
    {
        lock (_gate)
        {
            return [.. _problems];
        }
    }

    /// <summary>Number of errors (inputs or records not read).</summary>
    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _problems.Count(p => p.Severity == ProblemSeverity.Error);
            }
        }
    }
}
