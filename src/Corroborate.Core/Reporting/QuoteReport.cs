using Corroborate.Documents;
using Corroborate.Quotes;
using Corroborate.Stories;

namespace Corroborate.Reporting;

/// <summary>What the report writers show of a story's quotes: who said what, grouped by speaker.</summary>
internal static class QuoteReport
{
    /// <summary>One speaker's statements.</summary>
    public sealed record SpeakerQuotes(string Name, string? Role, bool IsDescription, IReadOnlyList<AlignedQuote> Quotes);

    /// <summary>The story's statements grouped by speaker: most quoted first, unattributed last.</summary>
    public static IReadOnlyList<SpeakerQuotes> BySpeaker(Story story) =>
        story.Quotes
            .Where(ForReaders)
            .GroupBy(q => q.Speaker?.Name ?? "")
            .Select(g => new SpeakerQuotes(
                g.Key.Length == 0 ? "Unattributed" : g.Key,
                g.Select(q => q.Speaker?.Role).FirstOrDefault(r => r is not null),
                g.First().Speaker?.IsDescription ?? false,
                g.OrderBy(q => q.Kind == QuoteKind.Indirect ? 1 : 0).ToList()))
            .OrderBy(s => s.Name == "Unattributed" ? 1 : 0)
            .ThenByDescending(s => s.Quotes.Sum(q => 1 + q.Variants.Count))
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// What a reader's report shows: every direct quote, every partial quote with a speaker that is told as said (a few
    /// quoted words nobody is said to have said, or words next to an act, "confronted the gunman, saving an ‘untold number
    /// of lives’", are no statement), and reported speech that has a speaker, is
    /// reported with a verb of saying (not an act, a belief or a finding: "voted to", "believes", "shows") and says
    /// something (four words or more: "says otherwise" or "disputed the company's account" is an attribution to
    /// count, not a statement to read). The JSON report keeps every attribution.
    /// </summary>
    public static bool ForReaders(AlignedQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.Kind switch
        {
            QuoteKind.Direct => true,
            QuoteKind.Partial => quote.Speaker is not null && quote.IsSpeech,
            _ => quote.Speaker is not null && quote.IsSpeech && Words(quote.Text) >= 4,
        };
    }

    // Words as a reader counts them: runs between spaces that hold a letter or digit ("company's" is one).
    private static int Words(string text)
    {
        var count = 0;
        var counted = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                counted = false;
                continue;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                count++;
                counted = true;
            }
        }

        return count;
    }

    /// <summary>"direct, Westreach Chronicle".</summary>
    public static string Where(QuoteKind kind, string article, IReadOnlyDictionary<string, NewsDocument> byId) =>
        $"{Kind(kind)}, {(byId.TryGetValue(article, out var doc) ? ReportText.Outlet(doc) : article)}";

    /// <summary>"Corrwick Sentinel: same words" or "Westreach Chronicle (direct): “this” → “the”".</summary>
    public static string Variant(QuoteVariant variant, IReadOnlyDictionary<string, NewsDocument> byId)
    {
        var outlet = byId.TryGetValue(variant.Article, out var doc) ? ReportText.Outlet(doc) : variant.Article;
        var changes = variant.Changes.Count == 0 ? "same words" : string.Join("; ", variant.Changes);
        return $"{outlet} ({Kind(variant.Kind)}): {changes}";
    }

    public static string Kind(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };
}
