namespace Corroborate.Ingestion;

/// <summary>Which files are not worth opening: known non-text formats, and a folder's own documentation.</summary>
internal static class InputFileKinds
{
    // Images, archives, documents, fonts, media, executables, databases and web assets saved next to pages.
    private static readonly HashSet<string> NotArticleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".tif", ".tiff", ".svg", ".avif", ".heic", ".psd",
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".lz4", ".br",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".epub", ".rtf",
        ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".mp3", ".mp4", ".m4a", ".m4v", ".wav", ".flac", ".ogg", ".oga", ".ogv", ".opus", ".avi", ".mov", ".mkv",
        ".webm", ".wmv",
        ".exe", ".dll", ".so", ".dylib", ".bin", ".o", ".a", ".class", ".jar", ".pyc", ".wasm", ".iso", ".dmg",
        ".db", ".sqlite", ".sqlite3", ".parquet", ".arrow", ".pkl", ".npy",
        ".css", ".js", ".mjs", ".map",
    };

    // A folder of articles often carries a README or LICENSE; they are not news.
    private static readonly HashSet<string> DocumentationStems = new(StringComparer.OrdinalIgnoreCase)
    {
        "readme", "license", "licence", "copying", "changelog", "contributing", "notice", "authors",
    };

    /// <summary>The extension when the file is a known non-text or non-article format, else null.</summary>
    public static string? UnsupportedExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 0 && NotArticleExtensions.Contains(extension) ? extension.ToLowerInvariant() : null;
    }

    /// <summary>True for README, LICENSE and similar files, bare or as Markdown, reStructuredText or text.</summary>
    public static bool IsFolderDocumentation(string path) =>
        DocumentationStems.Contains(Path.GetFileNameWithoutExtension(path))
        && Path.GetExtension(path).ToLowerInvariant() is "" or ".md" or ".markdown" or ".rst" or ".txt";
}
