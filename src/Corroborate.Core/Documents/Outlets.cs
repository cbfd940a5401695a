namespace Corroborate.Documents;

/// <summary>Names the outlet of an article.</summary>
public static class Outlets
{
    /// <summary>The site name when known, else the host of the URL without <c>www.</c>, else null.</summary>
    public static string? NameOf(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!string.IsNullOrWhiteSpace(metadata.SiteName) && !metadata.SiteName.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return metadata.SiteName.Trim();
        }

        return HostOf(metadata.Url ?? metadata.SiteName);
    }

    /// <summary>The host of <paramref name="url"/> without a leading <c>www.</c>, or null.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
