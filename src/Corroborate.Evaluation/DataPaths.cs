namespace Corroborate.Evaluation;

/// <summary>Finds the shared measurement data (<c>../shared/data</c>) from the repository.</summary>
public static class DataPaths
{
    /// <summary>Environment variable that overrides where the data lives.</summary>
    public const string EnvironmentVariable = "CORROBORATE_DATA";

    /// <summary>
    /// The shared data folder: <c>$CORROBORATE_DATA</c>, else the first <c>shared/data</c> found beside
    /// an ancestor of the working directory or of this assembly. Null when absent (a fresh clone).
    /// </summary>
    public static string? FindDataRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A data set folder under the data root, or null when it is absent.</summary>
    public static string? Find(string relative)
    {
        var root = FindDataRoot();
        if (root is null)
        {
            return null;
        }

        var path = Path.Combine(root, relative);
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }
}
