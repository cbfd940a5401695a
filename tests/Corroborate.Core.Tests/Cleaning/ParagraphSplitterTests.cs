using Corroborate.Cleaning;

namespace Corroborate.Core.Tests.Cleaning;

public sealed class ParagraphSplitterTests
{
    [Fact]
    public void Lines_hard_wrapped_inside_a_block_are_joined_into_one_paragraph()
    {
        var text =
            "The harbour master said the ferries would not sail until the union and\n" +
            "the company had signed an agreement, and that the first crossing would\n" +
            "leave at seven.\n" +
            "\n" +
            "Islanders gathered at the pier to hear the news.";

        var paragraphs = ParagraphSplitter.Split(text, CleaningOptions.Default);

        Assert.Equal(
            [
                "The harbour master said the ferries would not sail until the union and the company had signed an agreement, and that the first crossing would leave at seven.",
                "Islanders gathered at the pier to hear the news.",
            ],
            paragraphs);
    }

    [Fact]
    public void A_dump_with_one_paragraph_per_line_keeps_the_lines_apart()
    {
        var text =
            "Ferries stayed in harbour on Tuesday after the crews walked out over shifts.\n" +
            "Shops on the islands ran out of bread and milk by the middle of the day.\n" +
            "Talks are due to resume on Thursday at the harbour office, both sides said.";

        var paragraphs = ParagraphSplitter.Split(text, CleaningOptions.Default);

        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void A_headline_with_a_date_and_url_under_it_is_not_taken_for_a_wrapped_paragraph()
    {
        var text =
            "Ferry crews walk out over the new night-shift rota at Pellham harbour\n" +
            "20260220\n" +
            "https://www.pellhampost.example/news/2026/02/20/ferry-crews-walk-out-rota\n" +
            "Maren Kettleby | Staff Writer";

        var paragraphs = ParagraphSplitter.Split(text, CleaningOptions.Default);

        Assert.Equal(4, paragraphs.Count);
    }

    [Fact]
    public void A_word_broken_at_a_hyphen_is_joined_without_a_space()
    {
        var text =
            "The company described the walkout as a badly timed and poorly well-\n" +
            "prepared action by a union that had been talking to it for months.";

        var paragraph = Assert.Single(ParagraphSplitter.Split(text, CleaningOptions.Default));

        Assert.Contains("well-prepared", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_and_blank_lines_with_spaces_separate_paragraphs()
    {
        var paragraphs = ParagraphSplitter.Split("First paragraph.\r\n  \r\nSecond paragraph.\r\n", CleaningOptions.Default);

        Assert.Equal(["First paragraph.", "Second paragraph."], paragraphs);
    }
}
