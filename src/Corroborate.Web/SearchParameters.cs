using System.Globalization;
using Corroborate.Corpus;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Web;

/// <summary>A search request's query string: <c>q</c>, <c>from</c>, <c>to</c> (yyyy-MM-dd, UTC days), <c>outlet</c>, <c>speaker</c>, <c>limit</c>.</summary>
/// <param name="Query">The search; null when no field was given (just the form).</param>
/// <param name="From">The <c>from</c> value as given, for the form.</param>
/// <param name="To">The <c>to</c> value as given, for the form.</param>
/// <param name="Error">Why the request cannot be run; null when it can.</param>
internal sealed record SearchParameters(SearchQuery? Query, string? From, string? To, string? Error)
{
    public const int MaxQueryLength = 500;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static SearchParameters Parse(IQueryCollection query)
    {
        string? Field(string name) => query[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var (text, from, to, outlet, speaker, limitText) = (Field("q"), Field("from"), Field("to"), Field("outlet"), Field("speaker"), Field("limit"));
        var search = new SearchQuery(text ?? "", Outlet: outlet, Speaker: speaker);
        if (text is null && from is null && to is null && outlet is null && speaker is null)
        {
            return new SearchParameters(null, null, null, null);
        }

        if (new[] { text, outlet, speaker }.Any(v => v is not null && v.Length > MaxQueryLength))
        {
            return new SearchParameters(search, from, to, $"A search field is longer than {MaxQueryLength} characters.");
        }

        var limit = DefaultLimit;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            return new SearchParameters(search, from, to, $"limit must be a whole number from 1 to {MaxLimit}.");
        }

        DateTimeOffset? fromDate = null, toDate = null;
        if (from is not null)
        {
            if (!TryDate(from, out var day))
            {
                return new SearchParameters(search, from, to, "from must be a date written yyyy-MM-dd.");
            }

            fromDate = day;
        }

        if (to is not null)
        {
            if (!TryDate(to, out var day))
            {
                return new SearchParameters(search, from, to, "to must be a date written yyyy-MM-dd.");
            }

            toDate = day.AddDays(1).AddTicks(-1);
        }

        return new SearchParameters(search with { From = fromDate, To = toDate, Limit = limit }, from, to, null);
    }

    private static bool TryDate(string text, out DateTimeOffset day)
    {
        var ok = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        day = ok ? new DateTimeOffset(date, TimeSpan.Zero) : default;
        return ok;
    }
}
