using Corroborate.Evaluation;

namespace Corroborate.Core.Tests.Support;

/// <summary>
/// A fact that needs a data set from <c>../shared/data</c>: skipped, with the reason shown, when the
/// data is absent (a fresh clone has none); run when it is there (CI has it).
/// </summary>
public sealed class DataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute for a data set path relative to the data root.</summary>
    public DataFactAttribute(string relativePath)
    {
        if (DataPaths.Find(relativePath) is null)
        {
            Skip = $"needs ../shared/data/{relativePath}, which is absent here (set {DataPaths.EnvironmentVariable} to point at it)";
        }
    }
}

/// <summary>A theory that needs a data set from <c>../shared/data</c>; see <see cref="DataFactAttribute"/>.</summary>
public sealed class DataTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute for a data set path relative to the data root.</summary>
    public DataTheoryAttribute(string relativePath)
    {
        if (DataPaths.Find(relativePath) is null)
        {
            Skip = $"needs ../shared/data/{relativePath}, which is absent here (set {DataPaths.EnvironmentVariable} to point at it)";
        }
    }
}
