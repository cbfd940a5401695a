namespace Corroborate.Web;

/// <summary>How the web app is hosted.</summary>
public sealed record WebOptions
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Addresses to listen on, separated by <c>;</c>. Port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Allow addresses other than loopback. Off by default: the app has no user accounts.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>
    /// The bearer token that <c>POST /api/articles</c> requires. Null (the default) makes the app read-only.
    /// </summary>
    public string? WriteToken { get; init; }

    /// <summary>Largest request body accepted, in bytes (10 MB by default); larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Adds a <c>Server-Timing: app;dur=…</c> header with the server's time per request (benchmarks).</summary>
    public bool ServerTiming { get; init; }

    /// <summary>Where internal errors are reported, one line each (the CLI passes standard error); null drops them.</summary>
    public Action<string>? Log { get; init; }
}
