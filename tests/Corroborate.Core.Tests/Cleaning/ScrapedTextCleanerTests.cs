using Corroborate.Cleaning;
using Corroborate.Documents;

namespace Corroborate.Core.Tests.Cleaning;

/// <summary>
/// Behaviour of <see cref="ScrapedTextCleaner"/> on a fictional ferry-strike story (Pellham harbour, the
/// Larkspur Ferry Company), written for these tests.
/// </summary>
public sealed class ScrapedTextCleanerTests
{
    private const string Lead =
        "Ferries between Pellham and the Skerrow islands stayed in harbour on Tuesday after crews walked out over a dispute about night shifts, leaving about 2,000 islanders without a crossing.";

    private const string Second =
        "The Larkspur Ferry Company said it had offered a new rota last week and called the strike \"regrettable\". Union officials said the offer would still leave crews working eleven nights in a row.";

    private const string Third =
        "Shops on the islands reported that bread and milk had sold out by noon, and the island council opened its hall as a place to charge phones and collect post.";

    private const string Fourth =
        "Talks are due to resume on Thursday at the harbour office, according to both sides.";

    private static readonly ScrapedTextCleaner Cleaner = new();

    [Fact]
    public void Reporting_sentences_that_open_like_prompts_or_links_are_kept()
    {
        var prose = new[]
        {
            "Subscribe to the idea that nothing could be done, and you ignore the engineers' warnings, she added.",
            "Sign up for evacuation alerts was slow, with only 12% of residents registered, the report found.",
            "Related: the regulator had warned in 2019 that the dam needed repairs, documents show.",
        };
        var cleaned = Cleaner.Clean(Join([Lead, .. prose, Second]), new ArticleMetadata());

        Assert.Equal([Lead, .. prose, Second], cleaned.Paragraphs);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void A_doubled_caption_with_straight_and_curly_apostrophes_keeps_one_copy()
    {
        var text = Join(
            Lead,
            "Passengers wait on the quay at Pellham's ferry terminal on Tuesday.",
            "Passengers wait on the quay at Pellham’s ferry terminal on Tuesday.",
            Second);

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal([Lead, "Passengers wait on the quay at Pellham's ferry terminal on Tuesday.", Second], cleaned.Paragraphs);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(RemovalReasons.RepeatedParagraph, removed.Reason);
        Assert.Contains("Pellham’s", removed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_that_differ_only_in_case_dashes_and_spacing_count_as_repeats()
    {
        var text = Join(Lead, "The harbour office - closed since Monday - in the rain.", "THE HARBOUR OFFICE — CLOSED SINCE MONDAY —  IN THE RAIN.", Second);

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal(3, cleaned.Paragraphs.Count);
        Assert.Equal(RemovalReasons.RepeatedParagraph, Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void A_doubled_caption_above_a_photo_credit_goes_with_its_credit()
    {
        var text = Join(
            Lead,
            "Passengers wait on the quay at Pellham's ferry terminal on Tuesday.",
            "Passengers wait on the quay at Pellham’s ferry terminal on Tuesday.",
            "Photo: Orla Brannigan/Pellham Post",
            Second);

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal(
            [RemovalReasons.Caption, RemovalReasons.RepeatedParagraph, RemovalReasons.PhotoCredit],
            cleaned.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void A_glued_byline_becomes_the_authors_and_leaves_the_dateline_sentence_intact()
    {
        var text = Join("By Maren Kettleby and Oswin Tarrant, Staff WritersPELLHAM — " + Lead, Second);

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal(["PELLHAM — " + Lead, Second], cleaned.Paragraphs);
        Assert.Equal(["Maren Kettleby", "Oswin Tarrant"], cleaned.Metadata.Authors);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(new RemovedText("By Maren Kettleby and Oswin Tarrant, Staff Writers", RemovalReasons.Byline), removed);
    }

    [Fact]
    public void An_all_caps_wire_byline_glued_to_an_agency_dateline_is_split()
    {
        var text = Join("By MAREN KETTLEBY and OSWIN TARRANT Associated PressPELLHAM (AP) — " + Lead, Second);

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal("PELLHAM (AP) — " + Lead, cleaned.Paragraphs[0]);
        Assert.Equal(["Maren Kettleby", "Oswin Tarrant"], cleaned.Metadata.Authors);
    }

    [Fact]
    public void A_byline_glued_straight_to_the_first_sentence_is_split_at_the_sentence()
    {
        var cleaned = Cleaner.Clean(Join("By Maren Kettleby, Staff Writer" + Lead, Second), new ArticleMetadata());

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal(["Maren Kettleby"], cleaned.Metadata.Authors);
    }

    [Theory]
    [InlineData("By Maren Kettleby", "Maren Kettleby")]
    [InlineData("Written by Maren Kettleby", "Maren Kettleby")]
    [InlineData("Maren Kettleby | Staff Writer", "Maren Kettleby")]
    [InlineData("BY MAREN KETTLEBY", "Maren Kettleby")]
    [InlineData("By Maren Kettleby, Pellham Post", "Maren Kettleby")]
    [InlineData("By Maren Kettleby · 4 min read", "Maren Kettleby")]
    public void A_byline_on_its_own_line_becomes_the_author(string byline, string author)
    {
        var cleaned = Cleaner.Clean(Join(byline, Lead, Second), new ArticleMetadata());

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal([author], cleaned.Metadata.Authors);
        Assert.Equal(RemovalReasons.Byline, Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void A_paragraph_that_opens_with_by_as_a_preposition_is_kept()
    {
        var prose = "By the time the last ferry docked, the queue of cars reached the bakery on Quay Road.";

        var cleaned = Cleaner.Clean(Join(prose, Second), new ArticleMetadata());

        Assert.Equal([prose, Second], cleaned.Paragraphs);
        Assert.Empty(cleaned.Metadata.Authors);
    }

    [Fact]
    public void A_dump_header_becomes_the_published_date_and_the_url()
    {
        const string url = "https://www.pellhampost.example/news/2026/02/20/ferry-crews-walk-out";
        var text = "Ferry crews walk out over night shifts\n20260220\n" + url + "\n\n" + Join(Lead, Second);

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 0, 0, 0, TimeSpan.Zero), cleaned.Metadata.Published);
        Assert.Equal(url, cleaned.Metadata.Url);
        Assert.Equal("Ferry crews walk out over night shifts", cleaned.Metadata.Title);
        Assert.Equal(
            [RemovalReasons.Headline, RemovalReasons.DumpHeader, RemovalReasons.DumpHeader],
            cleaned.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void A_leading_line_repeating_the_title_is_removed_as_the_headline()
    {
        var metadata = new ArticleMetadata { Title = "Ferry crews walk out over night shifts" };

        var cleaned = Cleaner.Clean(Join("Ferry Crews Walk Out Over Night Shifts", Lead, Second), metadata);

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal(RemovalReasons.Headline, Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void A_related_articles_header_and_its_headlines_go_but_the_prose_after_them_stays()
    {
        var text = Join(
            Lead,
            "Related stories",
            "Skerrow islanders vote on a new ferry timetable",
            "• Pellham harbour dredging to start in spring",
            "Why the island bakery runs out of flour every March?",
            Third,
            Fourth);

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal([Lead, Third, Fourth], cleaned.Paragraphs);
        Assert.Equal(4, cleaned.Removed.Count);
        Assert.All(cleaned.Removed, r => Assert.Equal(RemovalReasons.RelatedArticles, r.Reason));
    }

    [Fact]
    public void A_short_real_paragraph_after_related_headlines_that_ends_a_sentence_stays()
    {
        var text = Join(Lead, "More from Pellham Post", "Harbour fees rise again", "Crews return on Friday.");

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal([Lead, "Crews return on Friday."], cleaned.Paragraphs);
    }

    [Theory]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Advertisement")]
    [InlineData("[ad]")]
    [InlineData("— Advertisement —")]
    [InlineData("Story continues below advertisement")]
    [InlineData("AD")]
    [InlineData("Sponsored content")]
    public void Ad_markers_are_removed(string marker) =>
        AssertRemovedBetweenParagraphs(marker, RemovalReasons.AdMarker);

    [Theory]
    [InlineData("Read more: Island council asks for a second ferry")]
    [InlineData("READ MORE: Island council asks for a second ferry")]
    [InlineData("Also read: Island council asks for a second ferry")]
    [InlineData("Related: Island council asks for a second ferry")]
    [InlineData("Read more »")]
    public void Read_more_link_lines_are_removed(string line) =>
        AssertRemovedBetweenParagraphs(line, RemovalReasons.RelatedLink);

    [Theory]
    [InlineData("Previous post: Island council asks for a second ferry")]
    [InlineData("Next article »")]
    [InlineData("« Previous")]
    [InlineData("Prev: Island council asks for a second ferry")]
    [InlineData("Next: Island council asks for a second ferry")]
    public void Previous_and_next_post_navigation_is_removed(string line) =>
        AssertRemovedBetweenParagraphs(line, RemovalReasons.Navigation);

    [Theory]
    [InlineData("Sign up for our morning newsletter: the islands' news before the first sailing.")]
    [InlineData("Subscribe to Pellham Post for unlimited access")]
    [InlineData("Follow us on Twitter and Instagram for live updates.")]
    [InlineData("Get the latest island news delivered to your inbox.")]
    [InlineData("Download our app for sailing alerts.")]
    [InlineData("Click here to subscribe.")]
    [InlineData("Like us on Facebook")]
    public void Newsletter_and_follow_prompts_are_removed(string line) =>
        AssertRemovedBetweenParagraphs(line, RemovalReasons.Promo);

    [Theory]
    [InlineData("Share this article", RemovalReasons.Widget)]
    [InlineData("Facebook Twitter Email", RemovalReasons.Widget)]
    public void Sharing_widgets_are_removed(string line, string reason) =>
        AssertRemovedBetweenParagraphs(line, reason);

    [Theory]
    [InlineData("Photo: Orla Brannigan/Pellham Post")]
    [InlineData("Photograph: Orla Brannigan/AFP")]
    [InlineData("Image: Getty Images")]
    [InlineData("(Photo by Orla Brannigan / Reuters)")]
    [InlineData("Credit: Orla Brannigan/Pellham Post")]
    [InlineData("Getty Images")]
    [InlineData("File photo")]
    [InlineData("Orla Brannigan/AFP")]
    [InlineData("Orla Brannigan | Reuters")]
    public void Photo_credit_lines_are_removed(string line) =>
        AssertRemovedBetweenParagraphs(line, RemovalReasons.PhotoCredit);

    [Fact]
    public void A_pictured_caption_is_removed_as_a_caption() =>
        AssertRemovedBetweenParagraphs("Pictured: the ferry Larkspur Queen at anchor off Skerrow.", RemovalReasons.Caption);

    [Fact]
    public void A_caption_with_its_credit_inline_is_removed_whole()
    {
        var cleaned = Cleaner.Clean(Join(Lead, "The ferry Larkspur Queen at anchor off Skerrow. (Photo: Orla Brannigan/AFP)", Second), new ArticleMetadata());

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
    }

    [Fact]
    public void A_short_paragraph_above_a_credit_is_taken_for_its_caption_only_when_it_reads_like_one()
    {
        var caption = "Passengers shelter from the rain at the Pellham terminal.";
        var news = "The company said the strike cost it more than £40,000 a day.";

        var withCaption = Cleaner.Clean(Join(Lead, caption, "Photo: Orla Brannigan/AFP", Second), new ArticleMetadata());
        var withNews = Cleaner.Clean(Join(Lead, news, "Photo: Orla Brannigan/AFP", Second), new ArticleMetadata());

        Assert.Equal([Lead, Second], withCaption.Paragraphs);
        Assert.Equal([Lead, news, Second], withNews.Paragraphs);
    }

    [Theory]
    [InlineData("Source: Pellham Post", "Pellham Post", null)]
    [InlineData("Originally published at pellhampost.example", "pellhampost.example", null)]
    [InlineData("This article first appeared on Pellham Post.", "Pellham Post", null)]
    [InlineData("Originally published on https://www.pellhampost.example/news/ferry-strike", "pellhampost.example", "https://www.pellhampost.example/news/ferry-strike")]
    public void Source_lines_are_removed_and_name_the_site(string line, string site, string? url)
    {
        var cleaned = Cleaner.Clean(Join(Lead, Second, line), new ArticleMetadata());

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal(RemovalReasons.SourceLine, Assert.Single(cleaned.Removed).Reason);
        Assert.Equal(site, cleaned.Metadata.SiteName);
        Assert.Equal(url, cleaned.Metadata.Url);
    }

    [Fact]
    public void A_paragraph_that_only_mentions_read_more_is_kept()
    {
        var prose = "Islanders can read more about the plan on Tuesday, when the council publishes the full timetable.";

        var cleaned = Cleaner.Clean(Join(Lead, prose, Second), new ArticleMetadata());

        Assert.Equal([Lead, prose, Second], cleaned.Paragraphs);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void A_paragraph_that_opens_with_source_of_is_kept()
    {
        var prose = "Source of the leak, the union said, was a draft rota left on a printer in the harbour office.";

        var cleaned = Cleaner.Clean(Join(Lead, prose, Second), new ArticleMetadata());

        Assert.Equal([Lead, prose, Second], cleaned.Paragraphs);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Prose_that_talks_about_newsletters_and_following_is_kept()
    {
        var prose = "Following the walkout, the company's newsletter told passengers to check the harbour noticeboard.";
        var quote = "\"Subscribe to the island spirit and wait,\" said Edda Morrow, who runs the café on the pier.";

        var cleaned = Cleaner.Clean(Join(Lead, prose, quote), new ArticleMetadata());

        Assert.Equal([Lead, prose, quote], cleaned.Paragraphs);
    }

    [Fact]
    public void A_compound_word_that_starts_like_a_prompt_is_kept()
    {
        var prose = "Subscribe-only newsletters about the islands have found a few hundred paying readers, the survey said.";

        var cleaned = Cleaner.Clean(Join(Lead, prose, Second), new ArticleMetadata());

        Assert.Equal([Lead, prose, Second], cleaned.Paragraphs);
    }

    [Fact]
    public void Promo_appended_after_the_article_is_removed()
    {
        var text = Join(
            Lead,
            Second,
            Fourth,
            "Enjoying Pellham Post? Upgrade to Post Plus for ad-free reading and unlimited archive access. Cancel anytime.",
            "Support our journalism: readers like you keep island reporting alive. Become a member from £3 a month.",
            "Copyright © 2026 Pellham Post. All rights reserved.",
            "Comments are moderated. Please keep the discussion civil; we reserve the right to remove comments.");

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal([Lead, Second, Fourth], cleaned.Paragraphs);
        Assert.All(cleaned.Removed, r => Assert.Equal(RemovalReasons.Promo, r.Reason));
    }

    [Fact]
    public void A_last_paragraph_about_a_subscription_that_quotes_someone_is_kept()
    {
        var prose = "Season tickets, which cost £90 a month, will be refunded for the days lost, the company said.";

        var cleaned = Cleaner.Clean(Join(Lead, Second, prose), new ArticleMetadata());

        Assert.Equal([Lead, Second, prose], cleaned.Paragraphs);
    }

    [Fact]
    public void The_outlet_domain_alone_at_the_end_becomes_the_site_name()
    {
        var cleaned = Cleaner.Clean(Join(Lead, Second, "www.pellhampost.example"), new ArticleMetadata());

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal("pellhampost.example", cleaned.Metadata.SiteName);
        Assert.Equal(RemovalReasons.DomainLine, Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void Metadata_that_is_already_set_is_never_overwritten()
    {
        var metadata = new ArticleMetadata
        {
            Title = "Strike halts island ferries",
            Authors = ["Edda Morrow"],
            Published = new DateTimeOffset(2026, 2, 19, 8, 0, 0, TimeSpan.Zero),
            Url = "https://skerrowtimes.example/ferry",
            SiteName = "Skerrow Times",
        };
        var text = "Ferry crews walk out\n20260220\nhttps://www.pellhampost.example/ferry\n\nBy Maren Kettleby\n\n" + Join(Lead, Second, "pellhampost.example");

        var cleaned = Cleaner.Clean(text, metadata);

        Assert.Equal([Lead, Second], cleaned.Paragraphs);
        Assert.Equal(metadata, cleaned.Metadata);
    }

    [Fact]
    public void Every_removed_item_carries_a_known_reason()
    {
        var text = "Ferry crews walk out\n20260220\nhttps://www.pellhampost.example/ferry\n" + string.Join('\n',
            "By Maren Kettleby, Staff WriterPELLHAM — " + Lead,
            "Passengers wait on the quay.",
            "Passengers wait on the quay.",
            "Photo: Orla Brannigan/AFP",
            "ADVERTISEMENT",
            Second,
            "Read more: Island council asks for a second ferry",
            "Sign up for our morning newsletter",
            Third,
            "Share this article",
            Fourth,
            "Next post: Harbour fees rise again",
            "You may also like",
            "Skerrow islanders vote on a timetable",
            "Source: Pellham Post",
            "pellhampost.example");
        var known = typeof(RemovalReasons).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        var cleaned = Cleaner.Clean(text, new ArticleMetadata());

        Assert.Equal(["PELLHAM — " + Lead, Second, Third, Fourth], cleaned.Paragraphs);
        Assert.Equal(16, cleaned.Removed.Count);
        Assert.All(cleaned.Removed, r => Assert.Contains(r.Reason, known));
        Assert.Equal("Passengers wait on the quay.", cleaned.Removed.Single(r => r.Reason == RemovalReasons.Caption).Text);
    }

    [Fact]
    public void Removed_items_come_in_document_order()
    {
        var cleaned = Cleaner.Clean(Join("ADVERTISEMENT", Lead, "Read more: Harbour fees rise", Second, "Getty Images"), new ArticleMetadata());

        Assert.Equal(["ADVERTISEMENT", "Read more: Harbour fees rise", "Getty Images"], cleaned.Removed.Select(r => r.Text));
    }

    [Fact]
    public void Text_already_split_into_paragraphs_is_cleaned_the_same_way()
    {
        var paragraphs = new[] { Lead, "ADVERTISEMENT", "", Second, "Photo: Orla Brannigan/AFP", Third };

        var cleaned = Cleaner.Clean(paragraphs, new ArticleMetadata());

        Assert.Equal([Lead, Second, Third], cleaned.Paragraphs);
        Assert.Equal(Lead + "\n\n" + Second + "\n\n" + Third, cleaned.Text);
    }

    [Theory]
    [InlineData(")) ]] **")]
    [InlineData("» » »")]
    [InlineData("— — —")]
    public void A_line_of_punctuation_above_a_credit_is_left_alone(string line)
    {
        var cleaned = Cleaner.Clean(Join(Lead, line, "Photo: Orla Brannigan/AFP", Second), new ArticleMetadata());

        Assert.Equal([Lead, line, Second], cleaned.Paragraphs);
    }

    [Fact]
    public void Empty_text_cleans_to_nothing()
    {
        var cleaned = Cleaner.Clean("  \n\n ", new ArticleMetadata());

        Assert.Empty(cleaned.Paragraphs);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void One_cleaner_gives_the_same_result_on_many_threads()
    {
        var text = Join("By Maren Kettleby, Staff WriterPELLHAM — " + Lead, "ADVERTISEMENT", Second, "Related stories", "Harbour fees rise again", Third, "pellhampost.example");
        var expected = Cleaner.Clean(text, new ArticleMetadata());

        var results = new CleanedText[64];
        Parallel.For(0, results.Length, i => results[i] = Cleaner.Clean(text, new ArticleMetadata()));

        Assert.All(results, r =>
        {
            Assert.Equal(expected.Paragraphs, r.Paragraphs);
            Assert.Equal(expected.Removed, r.Removed);
            Assert.Equal(expected.Metadata.Authors, r.Metadata.Authors);
        });
    }

    private static void AssertRemovedBetweenParagraphs(string line, string reason)
    {
        var cleaned = Cleaner.Clean(Join(Lead, line, Second, Third), new ArticleMetadata());

        Assert.Equal([Lead, Second, Third], cleaned.Paragraphs);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(line, removed.Text);
        Assert.Equal(reason, removed.Reason);
    }

    private static string Join(params string[] paragraphs) => string.Join("\n", paragraphs);
}
