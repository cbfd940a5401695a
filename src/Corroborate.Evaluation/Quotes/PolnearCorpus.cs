namespace Corroborate.Evaluation.Quotes;

/// <summary>The role of an annotated span in an attribution.</summary>
public enum AttributionRole
{
    /// <summary>Who is quoted.</summary>
    Source,

    /// <summary>The word or words that signal the attribution ("said", "according to").</summary>
    Cue,

    /// <summary>What is attributed.</summary>
    Content,
}

/// <summary>A character span with its role; fragments of a discontinuous span are separate spans.</summary>
public readonly record struct RoleSpan(AttributionRole Role, int Start, int End);

/// <summary>One PolNeAR article: its text, paragraphs and the first annotator's spans.</summary>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<(int Start, int End)> Paragraphs, IReadOnlyList<RoleSpan> Gold);

/// <summary>
/// Reads PolNeAR (<c>quotes/polnear</c>): per article the text and the lexicographically first
/// annotator's brat file (the corpus README's reproducible choice). T lines of type Source, Cue and
/// Content become spans, one per fragment, trimmed of white space; other types are ignored.
/// </summary>
public static class PolnearCorpus
{
    /// <summary>Data path relative to the data root.</summary>
    public const string RelativePath = "quotes/polnear";

    /// <summary>
    /// The articles of a split ("train", "dev"), in file-name order. With <paramref name="joinSpaceSeparatedFragments"/>,
    /// fragments of one annotated span with only white space between them (an annotator selecting a quote sentence by
    /// sentence) are one span; by default every fragment is a span, as published scores count them.
    /// </summary>
    public static List<PolnearArticle> Load(string root, string split, bool joinSpaceSeparatedFragments = false)
    {
        ArgumentNullException.ThrowIfNull(root);
        var textDir = Path.Combine(root, "data", split, "text");
        var annDir = Path.Combine(root, "data", split, "attributions");
        var annotations = Directory.GetFiles(annDir, "*.ann")
            .GroupBy(f => ArticleName(Path.GetFileNameWithoutExtension(f)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var articles = new List<PolnearArticle>();
        foreach (var file in Directory.GetFiles(textDir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!annotations.TryGetValue(name, out var ann))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            articles.Add(new PolnearArticle(name, text, Paragraphs(text), ParseAnnotations(File.ReadAllLines(ann), text, joinSpaceSeparatedFragments)));
        }

        return articles;
    }

    // "<article>_<annotator>": the annotator id is the part after the last underscore.
    private static string ArticleName(string stem) => stem[..stem.LastIndexOf('_')];

    /// <summary>Paragraph ranges: blocks of text separated by blank lines.</summary>
    public static List<(int Start, int End)> Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            var (s, e) = Trim(text, start, end);
            if (e > s)
            {
                result.Add((s, e));
            }

            start = end + 2;
        }

        return result;
    }

    /// <summary>The Source, Cue and Content spans of brat standoff lines (see <see cref="Load"/> for <paramref name="joinSpaceSeparatedFragments"/>).</summary>
    public static List<RoleSpan> ParseAnnotations(IEnumerable<string> lines, string text, bool joinSpaceSeparatedFragments = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<RoleSpan>();
        foreach (var line in lines)
        {
            if (!line.StartsWith('T'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            var typeAndOffsets = fields[1];
            var space = typeAndOffsets.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            AttributionRole? role = typeAndOffsets[..space] switch
            {
                "Source" => AttributionRole.Source,
                "Cue" => AttributionRole.Cue,
                "Content" => AttributionRole.Content,
                _ => null,
            };
            if (role is null)
            {
                continue;
            }

            var first = spans.Count;
            foreach (var fragment in typeAndOffsets[(space + 1)..].Split(';'))
            {
                var parts = fragment.Trim().Split(' ');
                if (parts.Length == 2 && int.TryParse(parts[0], out var s) && int.TryParse(parts[1], out var e) && e <= text.Length)
                {
                    var (ts, te) = Trim(text, s, e);
                    if (te > ts)
                    {
                        if (joinSpaceSeparatedFragments && spans.Count > first && spans[^1].End <= ts && string.IsNullOrWhiteSpace(text[spans[^1].End..ts]))
                        {
                            spans[^1] = spans[^1] with { End = te };
                        }
                        else
                        {
                            spans.Add(new RoleSpan(role.Value, ts, te));
                        }
                    }
                }
            }
        }

        return spans;
    }

    /// <summary>True when a content span is a direct quote: it starts with a quote mark.</summary>
    public static bool IsDirect(string text, RoleSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return span.End > span.Start && text[span.Start] is '"' or '“' or '‘' or '\'' or '«' or '„' or '`';
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
