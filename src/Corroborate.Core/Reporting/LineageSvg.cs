using System.Globalization;
using System.Net;
using System.Text;
using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Stories;

namespace Corroborate.Reporting;

/// <summary>
/// Draws who copied whom in a story as an inline SVG: one box per article that takes part in a copy
/// link, origins on the left, each copy one column right of what it copied, solid arrows for copies
/// and dashed arrows for shared paragraphs.
/// </summary>
internal static class LineageSvg
{
    private const int BoxWidth = 250;
    private const int BoxHeight = 46;
    private const int ColumnGap = 60;
    private const int RowGap = 14;
    private const int Margin = 8;

    /// <summary>The SVG for <paramref name="story"/>, or null when none of its articles is linked.</summary>
    /// <param name="story">The story.</param>
    /// <param name="links">Copy links; those outside the story are ignored.</param>
    /// <param name="href">Where a box links, from the article id (unescaped); an in-page anchor <c>#a-ID</c> by default.</param>
    public static string? Render(Story story, IReadOnlyList<CopyLink> links, Func<string, string>? href = null)
    {
        href ??= id => "#a-" + id;
        var ids = story.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var storyLinks = links.Where(l => ids.Contains(l.Article) && ids.Contains(l.Of)).ToList();
        if (storyLinks.Count == 0)
        {
            return null;
        }

        var byId = story.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var copyOf = storyLinks.Where(l => l.Kind == CopyKind.Copy).ToDictionary(l => l.Article, l => l.Of, StringComparer.Ordinal);
        var involved = storyLinks.SelectMany(l => new[] { l.Article, l.Of }).ToHashSet(StringComparer.Ordinal);

        // Rows: origin groups in story order, each group's members in order; columns: copy depth.
        var positions = new Dictionary<string, (int Column, int Row)>(StringComparer.Ordinal);
        var row = 0;
        foreach (var group in story.Origins)
        {
            foreach (var id in group.Where(involved.Contains))
            {
                positions[id] = (Depth(id, copyOf), row++);
            }
        }

        var columns = positions.Values.Max(p => p.Column) + 1;
        var width = (Margin * 2) + (columns * BoxWidth) + ((columns - 1) * ColumnGap);
        var height = (Margin * 2) + (row * BoxHeight) + ((row - 1) * RowGap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"lineage\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Who copied whom\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"currentColor\"/></marker></defs>");
        foreach (var link in storyLinks)
        {
            var (from, to) = (positions[link.Article], positions[link.Of]);
            var (x1, y1) = (Left(from.Column), Top(from.Row) + (BoxHeight / 2));
            var (x2, y2) = (Left(to.Column) + BoxWidth, Top(to.Row) + (BoxHeight / 2));
            if (from.Column <= to.Column)
            {
                // A partial overlap between boxes in the same column: arc around the left side.
                x1 = Left(from.Column);
                x2 = Left(to.Column);
                var bend = Math.Max(Margin, x1 - 40);
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x1},{y1} C{bend},{y1} {bend},{y2} {x2},{y2}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" {Dash(link)} marker-end=\"url(#arrow)\"><title>{Title(link)}</title></path>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"currentColor\" stroke-width=\"1.5\" {Dash(link)} marker-end=\"url(#arrow)\"><title>{Title(link)}</title></line>");
            }
        }

        foreach (var (id, (column, boxRow)) in positions)
        {
            var doc = byId[id];
            var (x, y) = (Left(column), Top(boxRow));
            var isOrigin = !copyOf.ContainsKey(id);
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(href(id))}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"5\" class=\"{(isOrigin ? "origin" : "copy")}\"/>");
            var label = ReportText.Outlet(doc) + (doc.Metadata.Published is null ? "" : " · " + ReportText.Date(doc.Metadata.Published));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"{y + 18}\" class=\"outlet\">{E(Clip(label, 33))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"{y + 36}\" class=\"headline\">{E(Clip(ReportText.Title(doc), 40))}</text></a>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Depth(string id, Dictionary<string, string> copyOf)
    {
        var depth = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (copyOf.TryGetValue(id, out var parent) && seen.Add(parent))
        {
            depth++;
            id = parent;
        }

        return depth;
    }

    private static int Left(int column) => Margin + (column * (BoxWidth + ColumnGap));

    private static int Top(int row) => Margin + (row * (BoxHeight + RowGap));

    private static string Dash(CopyLink link) => link.Kind == CopyKind.Partial ? "stroke-dasharray=\"5 4\"" : "";

    private static string Title(CopyLink link) => E(link.Kind == CopyKind.Copy
        ? string.Create(CultureInfo.InvariantCulture, $"copy: {link.TextShare:P0} of its text comes from {link.Of}")
        : string.Create(CultureInfo.InvariantCulture, $"shares {link.SharedParagraphs.Count} paragraphs with {link.Of}"));

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
