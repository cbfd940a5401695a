namespace Corroborate.Ingestion;

/// <summary>
/// Field names used by common news exports (news-please, NewsAPI, GDELT-style dumps, JSON-LD, WordPress, our own
/// <c>extract</c> output), in order of preference.
/// </summary>
/// <remarks>
/// Names are matched after <see cref="Normalize"/>: case, '_', '-' and spaces are ignored, so
/// <c>date_publish</c>, <c>datePublish</c> and <c>DATE-PUBLISH</c> are one name.
/// </remarks>
internal static class JsonFieldNames
{
    /// <summary>Body fields; the longest one present wins.</summary>
    public static readonly string[] Body = ["text", "content", "body", "maintext", "articlebody", "article"];

    /// <summary>Used for the body only when none of <see cref="Body"/> has text.</summary>
    public static readonly string[] Summary = ["description", "summary"];

    /// <summary>How the body fields are named in messages.</summary>
    public const string BodyFieldsForPeople = "text, content, body, maintext, articleBody";

    public static readonly string[] Title = ["title", "headline", "name"];

    public static readonly string[] Url = ["url", "link", "canonicalurl", "sourceurl"];

    // Publication dates before generic or creation dates.
    public static readonly string[] Published =
    [
        "datepublished", "published", "publishdate", "datepublish", "publishedat", "pubdate", "date", "createdat",
    ];

    public static readonly string[] Site = ["source", "outlet", "site", "sitename", "publisher", "domain", "sourcedomain"];

    public static readonly string[] Authors = ["authors", "author", "byline", "creator"];

    // "_id" (MongoDB) normalises to "id".
    public static readonly string[] Id = ["id", "guid", "uid"];

    public static readonly string[] Language = ["language", "lang", "inlanguage"];

    // Inside an object-valued field ({"name": ...}, WordPress {"rendered": ...}), where the string is.
    public static readonly string[] Inner = ["name", "rendered", "value", "url", "href", "$oid"];

    /// <summary>The name as it is matched: lower case, without '_', '-' and spaces.</summary>
    public static string Normalize(string name)
    {
        Span<char> buffer = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c is not ('_' or '-' or ' '))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
