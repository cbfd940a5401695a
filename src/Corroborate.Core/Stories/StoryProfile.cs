using Corroborate.Documents;

namespace Corroborate.Stories;

/// <summary>What a story is about: its key terms and the names that recur across its articles.</summary>
/// <param name="Keywords">Distinctive words of the story's headlines and leads, most telling first.</param>
/// <param name="Entities">Names (runs of capitalised words) found in the most articles, most frequent first.</param>
public sealed record StoryProfile(IReadOnlyList<string> Keywords, IReadOnlyList<string> Entities)
{
    /// <summary>No keywords, no names.</summary>
    public static StoryProfile Empty { get; } = new([], []);

    /// <summary>How many keywords and entities a profile keeps.</summary>
    public const int Size = 8;

    /// <summary>
    /// Profiles every story against the whole batch: a word is a keyword when many of the story's articles use
    /// it in their headline or lead and few articles elsewhere do (TF-IDF over article counts); a name is an
    /// entity when it recurs in the story's articles. Linear in the batch's text.
    /// </summary>
    public static IReadOnlyList<StoryProfile> Of(IReadOnlyList<IReadOnlyList<NewsDocument>> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var perStory = new List<List<(Dictionary<string, int> Words, HashSet<string> Names)>>(stories.Count);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var story in stories)
        {
            var articles = new List<(Dictionary<string, int>, HashSet<string>)>(story.Count);
            foreach (var doc in story)
            {
                var terms = Terms(doc);
                foreach (var word in terms.Words.Keys)
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }

                articles.Add(terms);
                total++;
            }

            perStory.Add(articles);
        }

        return perStory.Select(articles => Profile(articles, frequency, total)).ToList();
    }

    private static StoryProfile Profile(List<(Dictionary<string, int> Words, HashSet<string> Names)> articles, Dictionary<string, int> frequency, int total)
    {
        var minimum = articles.Count >= 2 ? 2 : 1;
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (articleWords, articleNames) in articles)
        {
            foreach (var (word, count) in articleWords)
            {
                words[word] = words.GetValueOrDefault(word) + 1;
                occurrences[word] = occurrences.GetValueOrDefault(word) + count;
            }

            foreach (var name in articleNames)
            {
                names[name] = names.GetValueOrDefault(name) + 1;
            }
        }

        // Distinctive against the rest of the batch: articles of other stories using the word count against it.
        var keywords = words
            .Where(p => p.Value >= minimum)
            .Select(p => (Word: p.Key, Score: (1 + Math.Log(occurrences[p.Key])) * p.Value * Math.Log((total + 1.0) / (frequency[p.Key] - p.Value + 1.0)) * Rarity(p.Key)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Word, StringComparer.Ordinal)
            .Take(Size * 3)
            .Select(p => p.Word)
            .ToList();
        // A name seen whole ("Dana Kirrane") wins over its parts seen alone.
        var entities = names
            .Where(p => p.Value >= minimum)
            .OrderByDescending(p => p.Value)
            .ThenByDescending(p => p.Key.Count(c => c == ' '))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key)
            .ToList();
        var kept = new List<string>(Size);
        foreach (var entity in entities)
        {
            if (kept.Count == Size)
            {
                break;
            }

            if (!kept.Any(k => k.Contains(entity, StringComparison.Ordinal)))
            {
                kept.Add(entity);
            }
        }

        // Words of the names are said already: the key terms say what happened.
        var nameWords = kept.SelectMany(k => k.Split(' ')).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return new StoryProfile(keywords.Where(k => !nameWords.Contains(k)).Take(Size).ToList(), kept);
    }

    // How rare a word is in news in general (the background frequencies the clusterer starts from), so that a
    // story's key terms are "spillway" and "evacuated" before "around" and "town", which every story of a small
    // batch about one event has too.
    private static double Rarity(string word)
    {
        var background = TermFrequencies.Default;
        return Math.Log((background.Documents + 1.0) / ((background.Documents * background.Share(word)) + 1.0));
    }

    // Lower-cased content words of the headline and the first paragraphs, and the capitalised runs of two or
    // more words there (a sentence-initial single capital is no evidence of a name). A run stops at anything
    // but a single space, so "Kirrane, Westreach's minister" is two names' worth, not one.
    private static (Dictionary<string, int> Words, HashSet<string> Names) Terms(NewsDocument doc)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, weight) in new[] { (doc.Metadata.Title ?? "", 3), (StoryGrouping.Lead(doc), 1) })
        {
            var run = new List<string>();
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    if (!(text[i] == ' ' && i > 0 && char.IsLetterOrDigit(text[i - 1])))
                    {
                        Flush(run, names);
                    }

                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                var word = text[start..i];
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                {
                    word = word[..^2];
                    Flush(run, names, word);
                }

                var lower = word.ToLowerInvariant();
                if (lower.Length > 2 && !StoryClusterer.IsStopWord(lower) && !char.IsDigit(lower[0]) && !Months.Contains(lower))
                {
                    var term = StoryClusterer.Singular(lower);
                    words[term] = words.GetValueOrDefault(term) + weight;
                }

                if (char.IsUpper(word[0]) && word.Length > 1 && !word.All(char.IsUpper) && !StoryClusterer.IsStopWord(lower))
                {
                    run.Add(word);
                }
                else
                {
                    Flush(run, names);
                }
            }

            Flush(run, names);
        }

        return (words, names);
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "june", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    };

    // Ends a run of capitalised words; a possessive ends the run after its word ("Westreach's").
    private static void Flush(List<string> run, HashSet<string> names, string? last = null)
    {
        if (last is not null && char.IsUpper(last[0]))
        {
            run.Add(last);
        }

        if (run.Count >= 2 && run.Count <= 4)
        {
            names.Add(string.Join(' ', run));
            // "Mayor Ilse Brandt" names Ilse Brandt too: the shorter tails count where the name recurs without its title.
            for (var start = 1; start <= run.Count - 2; start++)
            {
                names.Add(string.Join(' ', run.Skip(start)));
            }
        }

        run.Clear();
    }
}
