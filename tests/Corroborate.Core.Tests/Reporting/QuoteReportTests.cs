using Corroborate.Documents;
using Corroborate.Quotes;
using Corroborate.Reporting;

namespace Corroborate.Core.Tests.Reporting;

public sealed class QuoteReportTests
{
    private static AlignedQuote Quote(string text, QuoteKind kind, Speaker? speaker) =>
        new(text, speaker, kind, "a", new TextSpan(0, text.Length), []);

    private static readonly Speaker Minister = new("Ilse Brandt", "minister", IsDescription: false);

    [Theory]
    [InlineData("We will rebuild", QuoteKind.Direct, true, true)]
    [InlineData("reckless", QuoteKind.Partial, true, true)]
    [InlineData("the bridge would reopen on Monday", QuoteKind.Indirect, true, true)]
    [InlineData("otherwise", QuoteKind.Indirect, true, false)]
    [InlineData("the company's account", QuoteKind.Indirect, true, false)]
    [InlineData("the bridge would reopen on Monday", QuoteKind.Indirect, false, false)]
    public void Readers_See_Quotes_And_Reported_Statements_With_A_Speaker_That_Say_Something(string text, QuoteKind kind, bool hasSpeaker, bool shown) =>
        Assert.Equal(shown, QuoteReport.ForReaders(Quote(text, kind, hasSpeaker ? Minister : null)));
}
