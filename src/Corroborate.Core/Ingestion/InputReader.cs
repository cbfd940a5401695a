using System.IO.Enumeration;
using Corroborate.Documents;

namespace Corroborate.Ingestion;

/// <summary>
/// Reads articles from files and folders: HTML pages, plain text, JSON and JSON Lines exports, RSS and Atom feeds,
/// in any encoding a browser would accept. The entry point of the pipeline.
/// </summary>
/// <remarks>
/// <para>
/// Reading streams: articles are yielded file by file as the enumeration advances, and only one file is held in
/// memory at a time. Bad input never throws: every problem is passed to the <c>report</c> callback as a one-line
/// <see cref="InputProblem"/> and the rest of the batch goes on.
/// </para>
/// <para>
/// Not thread-safe: run one enumeration at a time per instance. <see cref="Statistics"/> belongs to the latest
/// enumeration and is complete once it has finished.
/// </para>
/// </remarks>
public sealed class InputReader
{
    /// <summary>Creates a reader with the default <see cref="InputOptions"/>.</summary>
    public InputReader()
        : this(new InputOptions())
    {
    }

    /// <summary>Creates a reader with the given limits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public InputReader(InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxItemsPerFile, nameof(options));
        Options = options;
    }

    /// <summary>The limits in force.</summary>
    public InputOptions Options { get; }

    /// <summary>Counters for the latest <see cref="Read"/> enumeration.</summary>
    public InputStatistics Statistics { get; private set; } = new();

    /// <summary>
    /// Reads every file named in <paramref name="paths"/> and every file under the folders named there, and
    /// yields their articles in order, with ids unique within this call.
    /// </summary>
    /// <param name="paths">Files and folders. Folders are read in ordinal order of relative path; hidden files
    /// and folders (names starting with '.') are left out.</param>
    /// <param name="report">Receives each problem as it is found.</param>
    public IEnumerable<Article> Read(IEnumerable<string> paths, Action<InputProblem> report)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(report);
        return ReadPaths(paths, report);
    }

    private IEnumerable<Article> ReadPaths(IEnumerable<string> paths, Action<InputProblem> report)
    {
        var statistics = new InputStatistics();
        Statistics = statistics;
        var ids = new UniqueIds();

        void Report(string path, string reason, ProblemSeverity severity)
        {
            if (severity == ProblemSeverity.Warning)
            {
                statistics.Warnings++;
            }

            report(new InputProblem(new SourceLocation(path), reason, severity));
        }

        foreach (var path in paths)
        {
            List<string> files;
            var named = false;
            if (string.IsNullOrWhiteSpace(path))
            {
                Report(path ?? "", "empty path", ProblemSeverity.Error);
                statistics.FilesFailed++;
                continue;
            }

            if (File.Exists(path))
            {
                files = [path];
                named = true;
            }
            else if (Directory.Exists(path))
            {
                files = ListFolder(path, out var folderLinks);
                foreach (var (link, target) in folderLinks)
                {
                    Report(link, $"skipped: symbolic link to a folder (points to {target ?? "an unknown target"})",
                        ProblemSeverity.Warning);
                }

                if (files.Count == 0)
                {
                    Report(path, "folder has no readable files", ProblemSeverity.Error);
                    statistics.FilesFailed++;
                    continue;
                }
            }
            else
            {
                Report(path, "no such file or directory", ProblemSeverity.Error);
                statistics.FilesFailed++;
                continue;
            }

            foreach (var file in files)
            {
                statistics.FilesSeen++;
                if (InputFileKinds.UnsupportedExtension(file) is { } extension)
                {
                    Report(file, $"skipped: not a supported format ({extension})", ProblemSeverity.Warning);
                    statistics.FilesSkipped++;
                    continue;
                }

                if (!named && InputFileKinds.IsFolderDocumentation(file))
                {
                    Report(file, "skipped: looks like the folder's documentation, not an article (name the file to read it)",
                        ProblemSeverity.Warning);
                    statistics.FilesSkipped++;
                    continue;
                }

                var context = new FileReadContext(file, Options, report);
                var articles = 0;
                foreach (var article in ReadFile(context))
                {
                    articles++;
                    statistics.ArticlesRead++;
                    yield return article with { Id = ids.Claim(article.Id) };
                }

                if (articles == 0 && context.Skipped)
                {
                    statistics.FilesSkipped++;
                    statistics.Warnings += context.Warnings;
                    continue;
                }

                if (articles == 0 && context.Errors == 0)
                {
                    context.Error(context.File, "no articles found in the file");
                }

                if (articles > 0)
                {
                    statistics.FilesRead++;
                    statistics.RecordProblems += context.Errors;
                }
                else
                {
                    statistics.FilesFailed++;
                }

                statistics.Warnings += context.Warnings;
            }
        }
    }

    // One file's articles. Any failure ends this file only: it is reported and the batch goes on.
    private IEnumerable<Article> ReadFile(FileReadContext context)
    {
        IEnumerator<Article>? enumerator = null;
        try
        {
            while (true)
            {
                try
                {
                    // Loading, decoding and sniffing are inside the guard too: they see the same hostile bytes.
                    enumerator ??= Articles(context).GetEnumerator();
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception exception) when (exception is not OutOfMemoryException && !context.ReportFailed)
                {
                    // A reader bug on strange input must not end the whole batch.
                    context.Error(context.File, $"could not be read: {exception.Message}");
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }

    private IEnumerable<Article> Articles(FileReadContext context)
    {
        var text = LoadText(context);
        if (text is null)
        {
            return [];
        }

        if (CorroborateReports.IsMarkdownReport(text, context.Path))
        {
            context.Skip(CorroborateReports.SkipReason);
            return [];
        }

        return FormatSniffer.Sniff(text, context.Path) switch
        {
            InputFormat.Html when CorroborateReports.IsHtmlReport(text) => SkipReport(context),
            InputFormat.Html => [new Article(context.Stem, context.File, ContentKind.HtmlPage, text, new ArticleMetadata())],
            InputFormat.Json => JsonArticleReader.ReadJson(text, context),
            InputFormat.Jsonl => JsonArticleReader.ReadJsonLines(text, context),
            InputFormat.Feed => FeedReader.Read(text, context),
            _ => PlainTextReader.Read(text, context),
        };
    }

    private static Article[] SkipReport(FileReadContext context)
    {
        context.Skip(CorroborateReports.SkipReason);
        return [];
    }

    private const string TooLargeToRead = "over the largest size that can be read (2 GB)";

    private string? LoadText(FileReadContext context)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(context.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > Options.MaxFileBytes)
            {
                context.Error(context.File,
                    $"file is {IngestionText.FormatSize(length)}, over the {IngestionText.FormatSize(Options.MaxFileBytes)} limit (--max-file-size)");
                return null;
            }

            // The whole file goes into one array; checked before allocating.
            if (length > Array.MaxLength)
            {
                context.Error(context.File, $"file is {IngestionText.FormatSize(length)}, {TooLargeToRead}");
                return null;
            }

            bytes = new byte[length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
            {
                Array.Resize(ref bytes, read);
            }
        }
        catch (OutOfMemoryException)
        {
            // One huge allocation refused; the process is fine.
            context.Error(context.File, "file is too large to read into memory");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            context.Error(context.File, "permission denied");
            return null;
        }
        catch (FileNotFoundException)
        {
            context.Error(context.File, "no such file or directory");
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            context.Error(context.File, "no such file or directory");
            return null;
        }
        catch (IOException exception)
        {
            context.Error(context.File, $"could not be read: {exception.Message}");
            return null;
        }

        if (bytes.Length == 0)
        {
            context.Error(context.File, "empty file");
            return null;
        }

        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes);
        }
        catch (OutOfMemoryException)
        {
            // A string holds at most about a billion characters: a file over 1 GB may not fit once decoded.
            context.Error(context.File, $"file is {IngestionText.FormatSize(bytes.Length)}, too large to hold as text in memory");
            return null;
        }

        if (decoded.Error is { } error)
        {
            context.Error(context.File, error);
            return null;
        }

        if (decoded.Warning is { } warning)
        {
            context.Warning(context.File, warning);
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            context.Error(context.File, "empty file");
            return null;
        }

        return decoded.Text;
    }

    // The files under a folder, in ordinal order of relative path. Links to folders are not followed (one that points
    // to an ancestor would read the tree again and again); they are returned in folderLinks with their targets.
    // Links to files are listed like files.
    private List<string> ListFolder(string folder, out List<(string Link, string? Target)> folderLinks)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = Options.Recurse,
            IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        var links = new List<string>();
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && !entry.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if (entry.FileName.StartsWith('.'))
                {
                    return false;
                }

                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    links.Add(entry.ToFullPath());
                    return false;
                }

                return true;
            },
        };
        var root = Path.GetFullPath(folder);
        string AsGiven(string full) => Path.Join(folder, Path.GetRelativePath(root, full));
        string SortKey(string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

        var listed = files.OrderBy(SortKey, StringComparer.Ordinal).Select(AsGiven).ToList();
        folderLinks = links
            .OrderBy(SortKey, StringComparer.Ordinal)
            .Select(full => (AsGiven(full), LinkTarget(full)))
            .ToList();
        return listed;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Ids unique within one Read call: "story", "story-2", "story-3"...
    private sealed class UniqueIds
    {
        private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);

        public string Claim(string id)
        {
            if (_taken.Add(id))
            {
                return id;
            }

            // Remember where the search stopped so that many equal ids stay linear.
            var suffix = _nextSuffix.GetValueOrDefault(id, 2);
            string candidate;
            while (!_taken.Add(candidate = $"{id}-{suffix}"))
            {
                suffix++;
            }

            _nextSuffix[id] = suffix + 1;
            return candidate;
        }
    }
}
