using System.Text;

namespace Corroborate.Core.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("corroborate-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="relativePath"/> inside the folder.</summary>
    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes exact bytes, creating sub-folders as needed; returns the full path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes text as UTF-8 without a byte order mark; returns the full path.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Creates an empty sub-folder; returns its full path.</summary>
    public string CreateFolder(string relativePath) => Directory.CreateDirectory(Combine(relativePath)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: leave it to the system's temp cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
