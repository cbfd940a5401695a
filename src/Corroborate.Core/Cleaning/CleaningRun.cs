using Corroborate.Documents;

namespace Corroborate.Cleaning;

/// <summary>
/// The state of cleaning one article: its paragraphs, what is decided about each, and the metadata found.
/// One instance per call, so <see cref="ScrapedTextCleaner"/> stays stateless.
/// </summary>
internal sealed class CleaningRun
{
    private readonly string[] _paragraphs;
    private readonly Mark[] _marks;
    private readonly ArticleMetadata _metadata;
    private readonly CleaningOptions _options;
    private LineFacts _facts;
    private string? _title;
    private List<string>? _authors;
    private DateTimeOffset? _published;
    private int _bodyStart;
    private int _firstContent = -1;
    private bool _bylineFound;

    // Longest run of paragraphs whose immediate repetition is removed as a repeat.
    private const int MaxRepeatedRun = 4;

    public CleaningRun(IReadOnlyList<string> paragraphs, ArticleMetadata metadata, CleaningOptions options)
    {
        var kept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var trimmed = paragraph?.Trim();
            if (!string.IsNullOrEmpty(trimmed))
            {
                kept.Add(trimmed);
            }
        }

        _paragraphs = [.. kept];
        _marks = new Mark[_paragraphs.Length];
        _metadata = metadata;
        _options = options;
    }

    private int Count => _paragraphs.Length;

    public CleanedText Execute()
    {
        MarkHead();
        MarkBody();
        MarkRepeatedTails();
        MarkTail();
        if (MarkRelatedTeasers())
        {
            MarkTail();
        }

        MarkCaptions();
        return Build();
    }

    // Headline and dump header (date line, URL line) at the top.
    private void MarkHead()
    {
        var title = _metadata.Title;
        var i = 0;
        if (Count > 1)
        {
            if (!string.IsNullOrWhiteSpace(title) && SameAsTitle(_paragraphs[0], title))
            {
                Remove(0, RemovalReasons.Headline);
                i = 1;
            }
            else if (_paragraphs[0].Length <= _options.MaxHeadlineLength * 2 && !IsHeaderLine(_paragraphs[0]) && HeaderFollows(1))
            {
                // A scraper's dump: the first line, right above a date or URL line, is the headline.
                Remove(0, RemovalReasons.Headline);
                if (string.IsNullOrWhiteSpace(title))
                {
                    _title = _paragraphs[0];
                    title = _title;
                }

                i = 1;
            }
        }

        var limit = Math.Min(Count, _options.HeadParagraphs);
        for (; i < limit; i++)
        {
            var paragraph = _paragraphs[i];
            if (ResidueRules.IsDateLine(paragraph, out var published))
            {
                Remove(i, RemovalReasons.DumpHeader);
                _published ??= published;
                continue;
            }

            if (ResidueRules.IsUrl(paragraph))
            {
                Remove(i, RemovalReasons.DumpHeader);
                _facts.Url ??= paragraph.Trim();
                continue;
            }

            if (!string.IsNullOrWhiteSpace(title) && SameAsTitle(paragraph, title))
            {
                Remove(i, RemovalReasons.Headline);
                continue;
            }

            break;
        }

        _bodyStart = i;
    }

    private bool HeaderFollows(int index)
    {
        for (var i = index; i < Math.Min(Count - 1, index + 2); i++)
        {
            if (IsHeaderLine(_paragraphs[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeaderLine(string paragraph) => ResidueRules.IsDateLine(paragraph, out _) || ResidueRules.IsUrl(paragraph);

    // Residue recognisable line by line, repeated paragraphs, related-article lists and the glued byline.
    private void MarkBody()
    {
        var forms = new NormalForm[Count];
        for (var i = 0; i < Count; i++)
        {
            forms[i] = NormalForm.Of(_paragraphs[i]);
        }

        var inRelatedList = false;
        var relatedItems = 0;
        var contentSeen = false;
        var contentParagraphs = 0;
        var bodyReached = false;
        for (var i = 0; i < Count; i++)
        {
            if (_marks[i].Reason is not null)
            {
                continue;
            }

            var repeated = RepeatedRunLength(forms, i);
            if (repeated > 0)
            {
                for (var k = i; k < i + repeated; k++)
                {
                    Remove(k, RemovalReasons.RepeatedParagraph);
                }

                i += repeated - 1;
                continue;
            }

            var paragraph = _paragraphs[i];
            var inHead = i < _bodyStart + _options.HeadParagraphs && !contentSeen;
            var inTail = i >= Count - _options.TailParagraphs;
            var reason = ResidueRules.Classify(paragraph, inHead || inTail, _options, ref _facts, out var isHeader);
            if (isHeader)
            {
                Remove(i, RemovalReasons.RelatedArticles);
                inRelatedList = true;
                relatedItems = 0;
                continue;
            }

            if (reason is not null)
            {
                if (reason == RemovalReasons.Byline && inHead)
                {
                    NoteAuthors(paragraph);
                    _bylineFound = true;
                }

                Remove(i, reason);
                continue;
            }

            if (inRelatedList)
            {
                if (relatedItems < _options.MaxRelatedItems && ResidueRules.IsHeadlineLike(paragraph, _options))
                {
                    Remove(i, RemovalReasons.RelatedArticles);
                    relatedItems++;
                    continue;
                }

                inRelatedList = false;
            }

            if (!contentSeen)
            {
                contentSeen = true;
                _firstContent = i;
            }

            // A byline glued to the first paragraph of substance; captions and credits of a lead image may come
            // before it.
            if (!_bylineFound && !bodyReached && contentParagraphs++ < 6)
            {
                SplitGluedByline(i);
                bodyReached = LineText.CountWords(paragraph) >= 20;
            }

            SplitTrailingCredit(i);
        }
    }

    // How many paragraphs from index repeat the run just before them: a caption printed twice (run of 1),
    // or a two-line block printed twice. Zero when none.
    private static int RepeatedRunLength(NormalForm[] forms, int index)
    {
        for (var length = 1; length <= MaxRepeatedRun; length++)
        {
            if (index - length < 0 || index + length > forms.Length)
            {
                break;
            }

            var same = true;
            for (var k = 0; k < length && same; k++)
            {
                var form = forms[index + k];
                same = form.Length > 0 && form == forms[index - length + k];
            }

            if (same)
            {
                return length;
            }
        }

        return 0;
    }

    // A paragraph that repeats the end of the one before it: the copy of a first paragraph printed once with its
    // dateline ("CORRWICK — The river ...") and once without.
    private void MarkRepeatedTails()
    {
        for (var i = 1; i < Count; i++)
        {
            if (_marks[i].Reason is not null || _marks[i].Kept is not null || _marks[i - 1].Reason is not null)
            {
                continue;
            }

            var previous = _marks[i - 1].Kept ?? _paragraphs[i - 1];
            var current = _paragraphs[i];
            var previousForm = NormalForm.Of(previous);
            var currentForm = NormalForm.Of(current);
            if (currentForm.Length < 20 || currentForm.Length >= previousForm.Length || currentForm.Length < 0.8 * previousForm.Length)
            {
                continue;
            }

            if (NormalForm.Letters(previous).EndsWith(NormalForm.Letters(current), StringComparison.Ordinal))
            {
                Remove(i, RemovalReasons.RepeatedParagraph);
            }
        }
    }

    // Walks back from the end over promo, boilerplate, domain and URL lines until the article's own text.
    private void MarkTail()
    {
        // The article's first paragraph is never taken for trailing promo: short bodies are all "tail".
        var stop = Math.Max(_bodyStart, _firstContent + 1);
        for (var i = Count - 1; i >= stop; i--)
        {
            ref var mark = ref _marks[i];
            if (mark.Reason is not null)
            {
                continue;
            }

            if (mark.Kept is not null)
            {
                break;
            }

            var paragraph = _paragraphs[i];
            if (ResidueRules.IsDomain(paragraph, out var host))
            {
                Remove(i, RemovalReasons.DomainLine);
                _facts.Site ??= host;
                continue;
            }

            if (ResidueRules.IsUrl(paragraph))
            {
                Remove(i, RemovalReasons.RelatedLink);
                continue;
            }

            if (ResidueRules.IsTailPromo(paragraph, _options))
            {
                Remove(i, RemovalReasons.Promo);
                continue;
            }

            if (ResidueRules.IsBracketedCredit(paragraph))
            {
                Remove(i, RemovalReasons.SourceLine);
                continue;
            }

            break;
        }
    }

    // A related-articles block at the end whose headlines each carry a teaser sentence: from its header to the
    // end of the text, every paragraph left is either a headline or the teaser right under one.
    private bool MarkRelatedTeasers()
    {
        var header = -1;
        for (var i = Count - 1; i > _firstContent && i >= 0; i--)
        {
            if (_marks[i].Reason == RemovalReasons.RelatedArticles && ResidueRules.IsRelatedHeader(_paragraphs[i]))
            {
                header = i;
                break;
            }
        }

        if (header < 0)
        {
            return false;
        }

        var previousWasItem = true;
        var teasers = 0;
        for (var i = header + 1; i < Count; i++)
        {
            if (_marks[i].Reason is not null)
            {
                previousWasItem = _marks[i].Reason == RemovalReasons.RelatedArticles;
                continue;
            }

            if (_marks[i].Kept is not null)
            {
                return false;
            }

            if (ResidueRules.IsHeadlineLike(_paragraphs[i], _options))
            {
                previousWasItem = true;
                continue;
            }

            if (!previousWasItem || LineText.CountWords(_paragraphs[i]) > 60)
            {
                return false;
            }

            teasers++;
            previousWasItem = false;
        }

        if (teasers < 2)
        {
            return false;
        }

        for (var i = header + 1; i < Count; i++)
        {
            if (_marks[i].Reason is null)
            {
                Remove(i, RemovalReasons.RelatedArticles);
            }
        }

        return true;
    }

    // A caption is the short paragraph right above a photo credit (the first copy when it is doubled).
    private void MarkCaptions()
    {
        for (var i = _bodyStart + 1; i < Count; i++)
        {
            if (_marks[i].Reason != RemovalReasons.PhotoCredit)
            {
                continue;
            }

            var j = i - 1;
            while (j > _bodyStart && _marks[j].Reason == RemovalReasons.RepeatedParagraph)
            {
                j--;
            }

            if (j >= _bodyStart && _marks[j].Reason is null && _marks[j].Kept is null
                && ResidueRules.IsCaptionLike(_paragraphs[j], strict: j == i - 1, _options))
            {
                Remove(j, RemovalReasons.Caption);
            }
        }
    }

    private void SplitGluedByline(int index)
    {
        var paragraph = _paragraphs[index];
        var length = BylineRules.GluedBylineLength(paragraph, _options, out var restStart);
        if (length <= 0)
        {
            return;
        }

        var byline = paragraph[..length];
        NoteAuthors(byline);
        _bylineFound = true;
        _marks[index] = new Mark
        {
            Kept = paragraph[restStart..].TrimStart(),
            Part = byline,
            PartReason = RemovalReasons.Byline,
            PartFirst = true,
        };
    }

    private void SplitTrailingCredit(int index)
    {
        var paragraph = _marks[index].Kept ?? _paragraphs[index];
        var start = ResidueRules.TrailingCreditStart(paragraph);
        if (start <= 0)
        {
            return;
        }

        var before = paragraph[..start].TrimEnd();
        if (_marks[index].Kept is null && ResidueRules.IsCaptionLike(before, strict: false, _options))
        {
            // A caption with its credit: all of it goes.
            Remove(index, RemovalReasons.Caption);
            return;
        }

        if (_marks[index].Kept is not null)
        {
            // Already split at the front (byline); keep that split and leave the credit.
            return;
        }

        _marks[index] = new Mark
        {
            Kept = before,
            Part = paragraph[start..].Trim(),
            PartReason = RemovalReasons.PhotoCredit,
            PartFirst = false,
        };
    }

    private void NoteAuthors(string byline)
    {
        if (_authors is not null)
        {
            return;
        }

        var names = BylineRules.Authors(byline);
        if (names.Count > 0)
        {
            _authors = names;
        }
    }

    private void Remove(int index, string reason) => _marks[index] = new Mark { Reason = reason };

    private static bool SameAsTitle(string paragraph, string title)
    {
        var form = NormalForm.Of(paragraph);
        if (form.Length == 0)
        {
            return false;
        }

        if (form == NormalForm.Of(title))
        {
            return true;
        }

        // "Headline | Site" or "Headline - Site" titles.
        foreach (var separator in (string[])[" | ", " - ", " – ", " — "])
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > 0 && form == NormalForm.Of(title[..index]))
            {
                return true;
            }
        }

        return false;
    }

    private CleanedText Build()
    {
        var kept = new List<string>(Count);
        var removed = new List<RemovedText>();
        for (var i = 0; i < Count; i++)
        {
            var mark = _marks[i];
            if (mark.Reason is not null)
            {
                removed.Add(new RemovedText(_paragraphs[i], mark.Reason));
            }
            else if (mark.Kept is not null)
            {
                if (mark.PartFirst)
                {
                    removed.Add(new RemovedText(mark.Part!, mark.PartReason!));
                }

                if (mark.Kept.Length > 0)
                {
                    kept.Add(mark.Kept);
                }

                if (!mark.PartFirst)
                {
                    removed.Add(new RemovedText(mark.Part!, mark.PartReason!));
                }
            }
            else
            {
                kept.Add(_paragraphs[i]);
            }
        }

        var found = new ArticleMetadata
        {
            Title = _title,
            Authors = _authors ?? [],
            Published = _published,
            Url = _facts.Url,
            SiteName = _facts.Site,
        };
        return new CleanedText(kept, removed, _metadata.Merge(found));
    }

    // What is decided about one paragraph: removed whole (Reason), or split into a kept part and a removed part.
    private struct Mark
    {
        public string? Reason;
        public string? Kept;
        public string? Part;
        public string? PartReason;
        public bool PartFirst;
    }
}

/// <summary>
/// A paragraph's comparison form: a hash of its letters and digits, lower-cased, so that copies differing
/// in quotes, apostrophes, dashes, whitespace or case compare equal.
/// </summary>
internal readonly record struct NormalForm(ulong Hash, int Length)
{
    /// <summary>The form of <paramref name="text"/>.</summary>
    public static NormalForm Of(string text)
    {
        var hash = 14695981039346656037UL;
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            length++;
        }

        return new NormalForm(hash, length);
    }

    /// <summary>The letters and digits of <paramref name="text"/>, lower-cased: what <see cref="Of"/> hashes.</summary>
    public static string Letters(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
