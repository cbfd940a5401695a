using Corroborate.Documents;

namespace Corroborate.Figures;

/// <summary>Gives each figure the speaker of the attributed statement it sits in, from the quotes stage.</summary>
public static class FigureSpeakers
{
    /// <summary>
    /// For every figure inside a quote's content (direct, partial or indirect) with a resolved speaker, sets
    /// <see cref="Figure.Speaker"/> to that speaker; figures outside any statement have none. Linear in figures
    /// plus quotes.
    /// </summary>
    public static void Assign(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Quotes.Count == 0 || document.Figures.Count == 0)
        {
            return;
        }

        var parts = document.Quotes
            .Where(q => q.Speaker is not null)
            .SelectMany(q => q.Parts.Select(p => (Part: p, Speaker: q.Speaker!.Name)))
            .OrderBy(p => p.Part.Start)
            .ToList();
        var next = 0;
        foreach (var figure in document.Figures.OrderBy(f => f.Span.Start))
        {
            while (next < parts.Count && parts[next].Part.End <= figure.Span.Start)
            {
                next++;
            }

            // Parts do not nest; the first part ending after the figure's start holds it when it starts before.
            for (var i = next; i < parts.Count && parts[i].Part.Start <= figure.Span.Start; i++)
            {
                if (parts[i].Part.End >= figure.Span.End)
                {
                    figure.Speaker = parts[i].Speaker;
                    break;
                }
            }
        }
    }
}
