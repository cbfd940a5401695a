using System.CommandLine;
using System.Globalization;
using Corroborate.Ingestion;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Cli.Commands;

/// <summary>Options shared by the commands that work on a stored corpus.</summary>
internal static class StoreArguments
{
    public const string DefaultPath = "corroborate.db";

    public static Option<string> Db() => new("--db")
    {
        Description = $"The store: a SQLite file (default {DefaultPath}).",
        DefaultValueFactory = _ => DefaultPath,
    };

    /// <summary>
    /// Opens the store, or prints one line saying why it cannot be opened and returns null (exit code 2).
    /// Only <c>ingest</c> creates a store; the other commands need one.
    /// </summary>
    public static CorpusStore? Open(CliConsole console, string path, bool create, CorpusStoreOptions? options = null)
    {
        try
        {
            return create ? CorpusStore.Open(path, options) : CorpusStore.OpenExisting(path, options);
        }
        catch (CorpusStoreException exception)
        {
            console.Error.WriteLine($"corroborate: {PrintableText.Escape(exception.Message)}");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"corroborate: {PrintableText.Escape(path)}: cannot open the store: {PrintableText.Escape(exception.Message)}");
            return null;
        }
    }

    /// <summary>A date option (<c>yyyy-MM-dd</c> or a full ISO 8601 time).</summary>
    public static Option<string?> Date(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && ParseDate(text, endOfDay: false) is null)
            {
                result.AddError($"{name} must be a date such as 2026-02-20 (got '{text}')");
            }
        });
        return option;
    }

    /// <summary>
    /// A date as given; a bare date means the start of that day (UTC), or its end when <paramref name="endOfDay"/>
    /// (so <c>--to 2026-02-20</c> includes the whole day).
    /// </summary>
    public static DateTimeOffset? ParseDate(string? text, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    public static Option<int> Limit(int defaultValue)
    {
        var option = new Option<int>("--limit", "-n")
        {
            Description = $"Show at most this many (default {defaultValue}).",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            try
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError("--limit must be at least 1");
                }
            }
            catch (InvalidOperationException)
            {
                // Not a number: the parser reports that itself.
            }
        });
        return option;
    }
}
