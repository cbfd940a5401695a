namespace Corroborate.Evaluation;

/// <summary>One article of the NeuS multi-news files.</summary>
/// <param name="Split">The file's split (<c>train</c>, <c>val</c>, <c>test</c>).</param>
/// <param name="Line">1-based line: one story of three articles.</param>
/// <param name="Part">1-based position of the article on its line.</param>
/// <param name="Title">The headline without its closing full stop, or null.</param>
/// <param name="Body">The lead excerpt.</param>
public sealed record NeusArticle(string Split, int Line, int Part, string? Title, string Body);

/// <summary>Reads the NeuS <c>*.source</c> files: each line holds three articles joined by <c> [SEP] </c>, each <c>TITLE=&gt; headline. ARTICLE=&gt; excerpt</c>.</summary>
public static class NeusSource
{
    /// <summary>Every article of every <c>*.source</c> file in <paramref name="folder"/>, in file and line order.</summary>
    public static IEnumerable<NeusArticle> Read(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.source").Order(StringComparer.Ordinal))
        {
            var split = Path.GetFileNameWithoutExtension(path);
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var part = 0;
                foreach (var piece in line.Split(" [SEP] "))
                {
                    part++;
                    var articleAt = piece.IndexOf("ARTICLE=>", StringComparison.Ordinal);
                    if (articleAt < 0)
                    {
                        continue;
                    }

                    var title = piece[..articleAt].Replace("TITLE=>", "", StringComparison.Ordinal).Trim();
                    title = title.EndsWith('.') ? title[..^1].TrimEnd() : title;
                    var body = piece[(articleAt + "ARTICLE=>".Length)..].Trim();
                    yield return new NeusArticle(split, lineNumber, part, title.Length > 0 ? title : null, body);
                }
            }
        }
    }
}
