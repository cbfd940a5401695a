using Corroborate.Text;

namespace Corroborate.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Splits_at_full_stops_followed_by_a_capital()
    {
        Assert.Equal(["The dam failed.", "Water rose fast!", "Who knew?"], Sentences("The dam failed. Water rose fast! Who knew?"));
    }

    [Fact]
    public void Keeps_abbreviations_initials_and_decimals_inside_a_sentence()
    {
        Assert.Equal(
            ["Mr. Hale met Gen. J. Ortiz at 3.5 p.m. in the U.S. Capitol.", "They spoke."],
            Sentences("Mr. Hale met Gen. J. Ortiz at 3.5 p.m. in the U.S. Capitol. They spoke."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        Assert.Equal(
            ["“We are ready.”", "She left.", "He said: ‘No.’", "Then rain."],
            Sentences("“We are ready.” She left. He said: ‘No.’ Then rain."));
    }

    [Fact]
    public void A_lower_case_continuation_does_not_start_a_sentence()
    {
        Assert.Equal(["It was e.g. late. and more.", "Next."], Sentences("It was e.g. late. and more. Next."));
    }

    [Fact]
    public void Paragraph_breaks_end_sentences()
    {
        Assert.Equal(["No stop here", "New paragraph"], Sentences("No stop here\n\nNew paragraph"));
    }
}
