using Corroborate.Deduplication;
using Corroborate.Documents;
using Corroborate.Reporting;
using Corroborate.Stories;

namespace Corroborate.Corpus;

/// <summary>
/// Read access to an analysed corpus held in memory as a <see cref="CorpusReport"/>: what <c>corroborate serve
/// PATH...</c> shows without a store. Search is a plain term match (every word, or "quoted phrase", must occur
/// in the title or text) ranked by a TF-IDF score, with the matched words highlighted in the snippet.
/// </summary>
/// <remarks>Immutable once built, so thread-safe.</remarks>
public sealed class ReportCorpusReader : ICorpusReader
{
    private const int SnippetBefore = 90;
    private const int SnippetAfter = 190;
    private const double TitleWeight = 3;

    private readonly CorpusReport _report;
    private readonly Dictionary<string, NewsDocument> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _storyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CorpusReport> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CopyLink>> _linksOf = new(StringComparer.Ordinal);
    private readonly List<StoryListing> _listings = [];

    // Word (lower case) → the articles holding it with their counts in title and text; built lazily on the first search.
    private readonly Lazy<SearchIndex> _index;

    /// <summary>Creates a reader over <paramref name="report"/>.</summary>
    public ReportCorpusReader(CorpusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _report = report;
        foreach (var doc in report.Articles)
        {
            _articles.TryAdd(doc.Id, doc);
        }

        foreach (var link in report.Copies.Links)
        {
            Links(link.Article).Add(link);
            Links(link.Of).Add(link);
        }

        foreach (var story in report.Stories)
        {
            foreach (var doc in story.Articles)
            {
                _storyOf.TryAdd(doc.Id, story.Id);
            }
        }

        // The links inside each story, in one pass over the links (their order kept).
        var inside = report.Copies.Links
            .Where(l => _storyOf.TryGetValue(l.Article, out var a) && _storyOf.TryGetValue(l.Of, out var b) && a == b)
            .ToLookup(l => _storyOf[l.Article], StringComparer.Ordinal);
        foreach (var story in report.Stories)
        {
            var links = inside[story.Id].ToList();
            _stories[story.Id] = new CorpusReport(story.Articles, [story], [])
            {
                Copies = new CopyAnalysis(links, story.Origins),
            };
            _listings.Add(new StoryListing(
                story.Id,
                story.Title,
                story.Articles.Count,
                story.IndependentSources,
                ReportText.OutletCount(story.Articles),
                story.FirstPublished,
                story.LastPublished,
                Contested(story),
                story.Follows));
        }

        _index = new Lazy<SearchIndex>(() => new SearchIndex(report.Articles), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The whole report this reader serves.</summary>
    public CorpusReport Report => _report;

    /// <inheritdoc/>
    public IReadOnlyList<StoryListing> ListStories(StoryOrder order, int skip = 0, int take = 50)
    {
        IOrderedEnumerable<StoryListing> ordered = order switch
        {
            StoryOrder.MostCovered => _listings
                .OrderByDescending(s => s.Articles)
                .ThenByDescending(s => s.LastPublished ?? DateTimeOffset.MinValue),
            _ => _listings.OrderByDescending(s => s.LastPublished ?? DateTimeOffset.MinValue),
        };
        return ordered
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Skip(Math.Max(0, skip))
            .Take(Math.Max(0, take))
            .ToList();
    }

    /// <inheritdoc/>
    public CorpusReport? Story(string storyId) => _stories.GetValueOrDefault(storyId);

    /// <inheritdoc/>
    public ArticleView? Article(string articleId) =>
        _articles.TryGetValue(articleId, out var doc)
            ? new ArticleView(doc, _storyOf.GetValueOrDefault(articleId), _linksOf.TryGetValue(articleId, out var links) ? links : [])
            : null;

    /// <inheritdoc/>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = QueryTerms.Parse(query.Text);
        IEnumerable<(NewsDocument Doc, double Score)> candidates = terms.Count == 0
            ? _report.Articles.Select(doc => (doc, 0.0))
            : _index.Value.Match(terms);
        return candidates
            .Where(c => Passes(c.Doc, query))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Doc.Metadata.Published ?? DateTimeOffset.MinValue)
            .ThenBy(c => c.Doc.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, query.Limit))
            .Select(c => new SearchHit(
                c.Doc.Id,
                _storyOf.GetValueOrDefault(c.Doc.Id),
                ReportText.Title(c.Doc),
                Outlets.NameOf(c.Doc.Metadata),
                c.Doc.Metadata.Published,
                Snippet(c.Doc.Text, terms),
                c.Score))
            .ToList();
    }

    // A story is contested when figures for one quantity conflict (disputed claims will count too when that stage lands).
    private static bool Contested(Story story) => story.FigureGroups.Any(g => g.Conflict);

    private List<CopyLink> Links(string id)
    {
        if (!_linksOf.TryGetValue(id, out var list))
        {
            _linksOf[id] = list = [];
        }

        return list;
    }

    private static bool Passes(NewsDocument doc, SearchQuery query)
    {
        var published = doc.Metadata.Published;
        if ((query.From is not null || query.To is not null) && published is null)
        {
            return false;
        }

        if (query.From is { } from && published < from)
        {
            return false;
        }

        if (query.To is { } to && published > to)
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet)
            && !string.Equals(Outlets.NameOf(doc.Metadata), query.Outlet.Trim(), StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Outlets.HostOf(doc.Metadata.Url), query.Outlet.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(query.Speaker) || Quotes(doc, query.Speaker);
    }

    /// <summary>True when one of <paramref name="doc"/>'s quotes has a speaker matching <paramref name="name"/> (see <see cref="SpeakerMatches"/>).</summary>
    public static bool Quotes(NewsDocument doc, string name)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(name);
        return doc.Quotes.Any(q => SpeakerMatches(q.Speaker, name));
    }

    /// <summary>
    /// True when <paramref name="speaker"/>'s resolved name holds <paramref name="name"/> (case-insensitive, any part
    /// of the name: "stroud" finds Helena Stroud); an unattributed statement matches nothing.
    /// </summary>
    public static bool SpeakerMatches(Quotes.Speaker? speaker, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return speaker is not null && name.Trim().Length > 0 && speaker.Name.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A window of <paramref name="text"/> around the first match of a term (the lead when none matches), cut at
    /// word boundaries, with every matched word highlighted.
    /// </summary>
    internal static IReadOnlyList<SnippetPart> Snippet(string text, IReadOnlyList<string[]> terms)
    {
        var words = Tokens.Of(text);
        var matched = new bool[words.Count];
        var first = -1;
        foreach (var term in terms)
        {
            for (var i = 0; i + term.Length <= words.Count; i++)
            {
                if (Tokens.MatchesAt(words, i, term, text))
                {
                    for (var k = 0; k < term.Length; k++)
                    {
                        matched[i + k] = true;
                    }

                    if (first < 0 || i < first)
                    {
                        first = i;
                    }
                }
            }
        }

        var anchor = first < 0 ? 0 : words[first].Start;
        var start = Math.Max(0, anchor - SnippetBefore);
        var end = Math.Min(text.Length, anchor + SnippetAfter);
        // Snap to word boundaries: start at a word's start, end at a word's end.
        var startWord = words.FindIndex(w => w.End > start);
        if (startWord >= 0 && words[startWord].Start < start)
        {
            startWord++;
        }

        if (first >= 0 && (startWord < 0 || startWord > first))
        {
            startWord = first;
        }

        var parts = new List<SnippetPart>();
        if (startWord < 0 || startWord >= words.Count)
        {
            var plain = text[..Math.Min(text.Length, SnippetAfter)];
            return plain.Length == 0 ? [] : [new SnippetPart(plain, false)];
        }

        var from = words[startWord].Start;
        var prefix = from > 0 ? "… " : "";
        var builder = new System.Text.StringBuilder(prefix);
        var position = from;
        var last = startWord;
        for (var i = startWord; i < words.Count && words[i].End <= Math.Max(end, words[startWord].End); i++)
        {
            last = i;
            if (!matched[i])
            {
                continue;
            }

            builder.Append(Clean(text.AsSpan(position, words[i].Start - position)));
            if (builder.Length > 0)
            {
                parts.Add(new SnippetPart(builder.ToString(), false));
                builder.Clear();
            }

            parts.Add(new SnippetPart(text[words[i].Start..words[i].End], true));
            position = words[i].End;
        }

        var stop = words[last].End;
        if (stop > position)
        {
            builder.Append(Clean(text.AsSpan(position, stop - position)));
        }

        if (stop < text.Length)
        {
            builder.Append(" …");
        }

        if (builder.Length > 0)
        {
            parts.Add(new SnippetPart(builder.ToString(), false));
        }

        return parts;
    }

    // Paragraph breaks read as one space inside a snippet.
    private static string Clean(ReadOnlySpan<char> text) => text.ToString().Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>A query's terms: single words, and "quoted phrases" as word sequences; lower case.</summary>
    internal static class QueryTerms
    {
        public static IReadOnlyList<string[]> Parse(string? text)
        {
            var terms = new List<string[]>();
            if (string.IsNullOrWhiteSpace(text))
            {
                return terms;
            }

            var pieces = text.Split('"');
            for (var i = 0; i < pieces.Length; i++)
            {
                var words = Tokens.Of(pieces[i]).Select(t => pieces[i][t.Start..t.End].ToLowerInvariant()).ToArray();
                if (i % 2 == 1 && words.Length > 1)
                {
                    terms.Add(words);
                }
                else
                {
                    terms.AddRange(words.Select(w => new[] { w }));
                }
            }

            return terms.DistinctBy(t => string.Join(' ', t)).ToList();
        }
    }

    /// <summary>Words of a text: runs of letters and digits (an apostrophe or hyphen inside a word keeps it whole).</summary>
    internal static class Tokens
    {
        public static List<TextSpan> Of(string text)
        {
            var tokens = new List<TextSpan>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                var inWord = char.IsLetterOrDigit(c)
                    || (start >= 0 && c is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]));
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    tokens.Add(new TextSpan(start, i));
                    start = -1;
                }
            }

            return tokens;
        }

        public static bool MatchesAt(List<TextSpan> words, int at, string[] term, string text)
        {
            for (var k = 0; k < term.Length; k++)
            {
                if (!words[at + k].Slice(text).Equals(term[k], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class SearchIndex
    {
        private readonly IReadOnlyList<NewsDocument> _documents;
        private readonly Dictionary<string, List<(int Doc, int Title, int Text)>> _postings = new(StringComparer.Ordinal);

        public SearchIndex(IReadOnlyList<NewsDocument> documents)
        {
            _documents = documents;
            for (var d = 0; d < documents.Count; d++)
            {
                var counts = new Dictionary<string, (int Title, int Text)>(StringComparer.Ordinal);
                var title = documents[d].Metadata.Title ?? "";
                foreach (var token in Tokens.Of(title))
                {
                    var word = title[token.Start..token.End].ToLowerInvariant();
                    var c = counts.GetValueOrDefault(word);
                    counts[word] = (c.Title + 1, c.Text);
                }

                var text = documents[d].Text;
                foreach (var token in Tokens.Of(text))
                {
                    var word = text[token.Start..token.End].ToLowerInvariant();
                    var c = counts.GetValueOrDefault(word);
                    counts[word] = (c.Title, c.Text + 1);
                }

                foreach (var (word, c) in counts)
                {
                    if (!_postings.TryGetValue(word, out var list))
                    {
                        _postings[word] = list = [];
                    }

                    list.Add((d, c.Title, c.Text));
                }
            }
        }

        // Articles holding every term, scored by the sum over the terms' words of (1 + log tf) × idf, the title
        // counting three times. A phrase must occur as a run of words in the title or text.
        public IEnumerable<(NewsDocument Doc, double Score)> Match(IReadOnlyList<string[]> terms)
        {
            Dictionary<int, double>? scores = null;
            foreach (var term in terms)
            {
                var termScores = new Dictionary<int, double>();
                for (var k = 0; k < term.Length; k++)
                {
                    if (!_postings.TryGetValue(term[k], out var postings))
                    {
                        return [];
                    }

                    var idf = Math.Log(1 + (_documents.Count / (double)postings.Count));
                    foreach (var (doc, title, text) in postings)
                    {
                        if (k > 0 && !termScores.ContainsKey(doc))
                        {
                            continue;
                        }

                        var tf = (title * TitleWeight) + text;
                        termScores[doc] = termScores.GetValueOrDefault(doc) + ((1 + Math.Log(tf)) * idf);
                    }

                    if (k > 0)
                    {
                        var holding = postings.Select(p => p.Doc).ToHashSet();
                        foreach (var doc in termScores.Keys.Where(d => !holding.Contains(d)).ToList())
                        {
                            termScores.Remove(doc);
                        }
                    }
                }

                if (term.Length > 1)
                {
                    foreach (var doc in termScores.Keys.Where(d => !HasPhrase(_documents[d], term)).ToList())
                    {
                        termScores.Remove(doc);
                    }
                }

                if (scores is null)
                {
                    scores = termScores;
                }
                else
                {
                    foreach (var doc in scores.Keys.ToList())
                    {
                        if (termScores.TryGetValue(doc, out var score))
                        {
                            scores[doc] += score;
                        }
                        else
                        {
                            scores.Remove(doc);
                        }
                    }
                }
            }

            return (scores ?? []).Select(s => (_documents[s.Key], Math.Round(s.Value, 4)));
        }

        private static bool HasPhrase(NewsDocument doc, string[] phrase)
        {
            foreach (var text in new[] { doc.Metadata.Title ?? "", doc.Text })
            {
                var words = Tokens.Of(text);
                for (var i = 0; i + phrase.Length <= words.Count; i++)
                {
                    if (Tokens.MatchesAt(words, i, phrase, text))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
