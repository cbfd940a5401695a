using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroborate.Evaluation.Clustering;

/// <summary>
/// Builds large story-clustering streams for speed and memory from real stories. Each synthetic story replays
/// one real story's articles with <see cref="StoryEditRate"/> of the story's distinct words replaced the same way
/// in all of its articles (so they stay alike) and <see cref="ArticleEditRate"/> of each article's words replaced
/// on their own. Stories arrive at <see cref="StoriesPerDay"/> a day, articles within
/// <see cref="ArticleSpreadMinutes"/> of their story's time; every real story is used once per round in a fresh
/// random order, so two replays of one real story lie a full round (months) apart and differ in their edits.
/// </summary>
public sealed partial class ClusteringScaleGenerator
{
    /// <summary>Share of a story's distinct words replaced, consistently across its articles.</summary>
    public const double StoryEditRate = 0.3;

    /// <summary>Share of an article's words replaced independently.</summary>
    public const double ArticleEditRate = 0.05;

    /// <summary>Synthetic stories starting per day.</summary>
    public const int StoriesPerDay = 30;

    /// <summary>Largest offset of an article from its story's time.</summary>
    public const int ArticleSpreadMinutes = 240;

    private static readonly DateTimeOffset FirstDate = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<IReadOnlyList<ClusteringArticle>> _stories = [];
    private readonly string[] _vocabulary;

    /// <summary>
    /// Prepares the generator from real sets. Stories of two or more articles are kept; a story sharing an
    /// article text with one kept earlier is dropped (the NeuS and AllSides files draw on the same roundups).
    /// </summary>
    public ClusteringScaleGenerator(IEnumerable<ClusteringSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var seenTexts = new HashSet<string>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            foreach (var story in set.Articles.GroupBy(a => a.Gold, StringComparer.Ordinal))
            {
                var articles = story.ToList();
                var keys = articles.Select(a => Key(a.Text)).ToList();
                if (articles.Count < 2 || keys.Any(seenTexts.Contains))
                {
                    continue;
                }

                seenTexts.UnionWith(keys);
                _stories.Add(articles);
                foreach (var article in articles)
                {
                    foreach (Match word in Word().Matches(article.Text))
                    {
                        vocabulary.Add(word.Value.ToLowerInvariant());
                    }
                }
            }
        }

        if (_stories.Count == 0)
        {
            throw new ArgumentException("No story of two or more articles to build from.", nameof(sets));
        }

        _vocabulary = [.. vocabulary.Order(StringComparer.Ordinal)];
    }

    /// <summary>Real stories the generator draws on.</summary>
    public int RealStories => _stories.Count;

    /// <summary>Exactly <paramref name="count"/> articles in stream order (date, then id); the same seed gives the same set.</summary>
    public ClusteringSet Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var articles = new List<ClusteringArticle>(count);
        var order = Enumerable.Range(0, _stories.Count).ToArray();
        var story = 0;
        while (articles.Count < count)
        {
            if (story % order.Length == 0)
            {
                random.Shuffle(order);
            }

            var real = _stories[order[story % order.Length]];
            var gold = "s" + story.ToString("D6", CultureInfo.InvariantCulture);
            var storyTime = FirstDate + TimeSpan.FromDays((double)story / StoriesPerDay);
            var substitutions = Substitutions(real, random);
            for (var part = 0; part < real.Count && articles.Count < count; part++)
            {
                var source = real[part];
                articles.Add(new ClusteringArticle(
                    gold + "-" + part.ToString(CultureInfo.InvariantCulture),
                    source.Title is null ? null : Rewrite(source.Title, substitutions, random),
                    Rewrite(source.Text, substitutions, random),
                    storyTime.AddMinutes(random.Next(ArticleSpreadMinutes + 1)),
                    source.Source,
                    null,
                    gold));
            }

            story++;
        }

        articles.Sort((a, b) => a.Published!.Value != b.Published!.Value
            ? a.Published.Value.CompareTo(b.Published.Value)
            : string.CompareOrdinal(a.Id, b.Id));
        return new ClusteringSet($"scale-{count.ToString(CultureInfo.InvariantCulture)}", articles, []);
    }

    // One replacement per chosen distinct word (lower case) of the story, used in all its articles.
    private Dictionary<string, string> Substitutions(IReadOnlyList<ClusteringArticle> story, Random random)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in story)
        {
            foreach (var text in new[] { article.Title, article.Text })
            {
                if (text is null)
                {
                    continue;
                }

                foreach (Match word in Word().Matches(text))
                {
                    var lower = word.Value.ToLowerInvariant();
                    if (seen.Add(lower) && random.NextDouble() < StoryEditRate)
                    {
                        map[lower] = _vocabulary[random.Next(_vocabulary.Length)];
                    }
                }
            }
        }

        return map;
    }

    private string Rewrite(string text, Dictionary<string, string> substitutions, Random random) =>
        Word().Replace(text, match =>
        {
            var lower = match.Value.ToLowerInvariant();
            var replacement = random.NextDouble() < ArticleEditRate
                ? _vocabulary[random.Next(_vocabulary.Length)]
                : substitutions.GetValueOrDefault(lower);
            return replacement is null ? match.Value : MatchCase(match.Value, replacement);
        });

    private static string MatchCase(string original, string replacement) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;

    private static string Key(string text)
    {
        var builder = new StringBuilder();
        foreach (Match word in Word().Matches(text))
        {
            builder.Append(word.Value.ToLowerInvariant()).Append(' ');
            if (builder.Length > 200)
            {
                break;
            }
        }

        return builder.ToString();
    }

    // Words of three or more letters: the ones worth replacing.
    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
