using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroborate.Text;

/// <summary>Reads the date formats found in news metadata, feeds, URLs and datelines.</summary>
public static partial class DateParsing
{
    private static readonly string[] ExactFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        "yyyyMMdd", "yyyy/MM/dd", "yyyy.MM.dd", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss",
        "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMMM yyyy",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyyMMdd'T'HHmmssK",
    ];

    private static readonly Dictionary<string, string> TimeZoneAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UTC"] = "+00:00", ["UT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["IST"] = "+05:30", ["JST"] = "+09:00", ["KST"] = "+09:00", ["AEST"] = "+10:00", ["AEDT"] = "+11:00",
        ["MSK"] = "+03:00", ["WIB"] = "+07:00",
    };

    /// <summary>Parses a date or date-time; null when it is not one or is implausible (before 1990, or far in the future).</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > 64)
        {
            return null;
        }

        text = NormalizeZone(text);
        if (TryParseWhole(text, out var whole))
        {
            return Plausible(whole);
        }

        // Feeds often give a weekday that does not match the date ("Mon, 20 Feb 2026 ..." on a Friday), and
        // .NET refuses the whole value for it. The date and time are still good.
        var weekday = LeadingWeekdayRegex().Match(text);
        if (weekday.Success && TryParseWhole(text[weekday.Length..], out var withoutWeekday))
        {
            return Plausible(withoutWeekday);
        }

        // "Updated: March 5, 2024 at 10:00 a.m." and similar: look for a date inside.
        return FindInText(text);
    }

    private static bool TryParseWhole(string text, out DateTimeOffset value)
    {
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, ExactFormats, CultureInfo.InvariantCulture, styles, out value))
        {
            return true;
        }

        return text.Length >= 8 && char.IsAsciiLetterOrDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value);
    }

    /// <summary>Finds the first plausible date written inside running text ("Feb. 20, 2026", "20 February 2026", "2026-02-20").</summary>
    public static DateTimeOffset? FindInText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var iso = IsoDateRegex().Match(text);
        if (iso.Success && TryDate(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value, out var isoDate))
        {
            return isoDate;
        }

        var monthFirst = MonthFirstRegex().Match(text);
        if (monthFirst.Success && MonthNumber(monthFirst.Groups[1].Value) is { } month1
            && TryDate(monthFirst.Groups[3].Value, month1.ToString(CultureInfo.InvariantCulture), monthFirst.Groups[2].Value, out var date1))
        {
            return date1;
        }

        var dayFirst = DayFirstRegex().Match(text);
        if (dayFirst.Success && MonthNumber(dayFirst.Groups[2].Value) is { } month2
            && TryDate(dayFirst.Groups[3].Value, month2.ToString(CultureInfo.InvariantCulture), dayFirst.Groups[1].Value, out var date2))
        {
            return date2;
        }

        return null;
    }

    /// <summary>Finds a date in a URL path: <c>/2024/03/05/</c>, <c>/2024-03-05/</c>, <c>/20240305/</c>.</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = UrlDateRegex().Match(url);
        if (!match.Success)
        {
            return null;
        }

        return TryDate(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, out var date) ? date : null;
    }

    /// <summary>The month number of an English month name or abbreviation, or null.</summary>
    public static int? MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.TrimEnd('.').ToLowerInvariant();
        return key switch
        {
            "jan" or "january" => 1,
            "feb" or "february" => 2,
            "mar" or "march" => 3,
            "apr" or "april" => 4,
            "may" => 5,
            "jun" or "june" => 6,
            "jul" or "july" => 7,
            "aug" or "august" => 8,
            "sep" or "sept" or "september" => 9,
            "oct" or "october" => 10,
            "nov" or "november" => 11,
            "dec" or "december" => 12,
            _ => null,
        };
    }

    private static bool TryDate(string year, string month, string day, out DateTimeOffset date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (y < 1990 || y > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero);
        return Plausible(date) is not null;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset value) =>
        value.Year is >= 1990 and <= 2100 ? value : null;

    private static string NormalizeZone(string text)
    {
        // "Tue, 20 Feb 2026 09:15:00 GMT" / "... EST": .NET wants a numeric offset.
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && TimeZoneAbbreviations.TryGetValue(text[(lastSpace + 1)..], out var offset))
        {
            return string.Concat(text.AsSpan(0, lastSpace), " ", offset);
        }

        // "+0000" → "+00:00"
        var zone = NumericZoneRegex().Match(text);
        if (zone.Success)
        {
            return text[..zone.Index] + zone.Groups[1].Value + zone.Groups[2].Value + ":" + zone.Groups[3].Value;
        }

        return text;
    }

    [GeneratedRegex(@"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstRegex();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+((?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirstRegex();

    [GeneratedRegex(@"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/._-]|$)")]
    private static partial Regex UrlDateRegex();

    [GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWeekdayRegex();

    [GeneratedRegex(@"(?<=\d\d:\d\d(?::\d\d)?\s?)([+-])(\d\d)(\d\d)$")]
    private static partial Regex NumericZoneRegex();
}
