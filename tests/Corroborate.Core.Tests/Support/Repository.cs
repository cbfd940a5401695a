namespace Corroborate.Core.Tests.Support;

/// <summary>Finds files of the repository from a test run.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>Corroborate.slnx</c>.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Corroborate.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The bundled sample corpus.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>A sample file's path.</summary>
    public static string Sample(string name) => Path.Combine(Samples, name);
}
