using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Quotes;
using Corroborate.Reporting;

namespace Corroborate.Core.Tests.Quotes;

/// <summary>samples/README.md §4: every direct or partial quote and the indirect speech listed, with its speaker.</summary>
public sealed class SampleQuoteTests
{
    private static readonly Lazy<CorpusReport> Report = new(() =>
    {
        var log = new ProblemLog();
        return new CorpusAnalyzer().Analyze(new InputReader().Read([Repository.Samples], log.Add), log);
    });

    private const string Wire = "newsdesk-export-1";
    private const string Sentinel = "corrwick-sentinel-tesselmoor-dam";
    private const string Quarterline = "newsdesk-export-2";
    private const string Westreach = "westreach-chronicle-tesselmoor-dam";
    private const string Dailyfold = "dailyfold-tesselmoor-dam";
    private const string Brindlemouth = "brindlemouth-gazette-tesselmoor-dam";
    private const string Harbourline = "harbourline-radio-feed-2";
    private const string Kestrel = "kestrel-daily-atom-2";
    private const string KestrelReview = "kestrel-daily-atom-1";
    private const string TramWire = "newsdesk-export-3";
    private const string TramSentinel = "corrwick-sentinel-saltmarch-tram";

    private static Quote Find(string article, string words, out NewsDocument doc)
    {
        doc = Report.Value.Articles.Single(a => a.Id == article);
        var text = doc.Text;
        var found = doc.Quotes.Where(q => q.TextOf(text).Contains(words, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"{article}: {found.Count} quotes contain “{words}”");
        return found[0];
    }

    [Theory]
    [InlineData(Wire, "most serious flood emergency this valley", "Dana Kirrane")]
    [InlineData(Sentinel, "most serious flood emergency this valley", "Dana Kirrane")]
    [InlineData(Wire, "leave now", "Dana Kirrane")]
    [InlineData(Wire, "Do not wait until you can see the water", "Dana Kirrane")]
    [InlineData(Sentinel, "Do not wait until you can see the water", "Dana Kirrane")]
    [InlineData(Wire, "The spillway was inspected last October", "Helena Stroud")]
    [InlineData(Sentinel, "The spillway was inspected last October", "Helena Stroud")]
    [InlineData(Wire, "We have no record of any inspection", "Joaquín Belaúnde")]
    [InlineData(Sentinel, "We have no record of any inspection", "Joaquín Belaúnde")]
    [InlineData(Quarterline, "was found to be sound", "Helena Stroud")]
    [InlineData(Quarterline, "We have nothing to hide", "Helena Stroud")]
    [InlineData(Quarterline, "80 cows in the lower barn", "Tobias Wend")]
    [InlineData(Quarterline, "I don't know yet what we lost", "Tobias Wend")]
    [InlineData(Quarterline, "No one should go back", "Dana Kirrane")]
    [InlineData(Quarterline, "would not appear in a few months", "Zoë Marchetti")]
    [InlineData(Westreach, "I heard the sirens", "Renée Olivárez")]
    [InlineData(Dailyfold, "I heard the sirens", "Renée Olivárez")]
    [InlineData(Westreach, "1,200 people in shelters", "Oskar Brennholt")]
    [InlineData(Westreach, "Everybody else went to family", "Oskar Brennholt")]
    [InlineData(Westreach, "chaotic", "Oskar Brennholt")]
    [InlineData(Dailyfold, "chaotic", "Oskar Brennholt")]
    [InlineData(Westreach, "the valley has faced", "Dana Kirrane")]
    [InlineData(Dailyfold, "the valley has faced", "Dana Kirrane")]
    [InlineData(Westreach, "inspected last October and found sound", "Helena Stroud")]
    [InlineData(Westreach, "any inspection of that spillway", "Joaquín Belaúnde")]
    [InlineData(Westreach, "nobody told us", "Joaquín Belaúnde")]
    [InlineData(Dailyfold, "nobody told us", "Joaquín Belaúnde")]
    [InlineData(Westreach, "Concrete doesn’t fail like that overnight", "Zoë Marchetti")]
    [InlineData(Westreach, "I’ll open again", "Renée Olivárez")]
    [InlineData(Westreach, "Maybe not this month", "Renée Olivárez")]
    [InlineData(Brindlemouth, "Brindlemouth sits at the bottom", "Dana Kirrane")]
    [InlineData(Brindlemouth, "We have barriers along the quay", "Dana Kirrane")]
    [InlineData(Brindlemouth, "If the river is still this high", "Íñigo Sáenz-Baptiste")]
    [InlineData(Brindlemouth, "Not like Corrwick", "Íñigo Sáenz-Baptiste")]
    [InlineData(Brindlemouth, "chaotic", "Oskar Brennholt")]
    [InlineData(Brindlemouth, "found to be sound", "Helena Stroud")]
    [InlineData(Brindlemouth, "as soon as our lawyers allow it", "Joaquín Belaúnde")]
    [InlineData(Brindlemouth, "Cracks of the kind you can see", "Zoë Marchetti")]
    [InlineData(Brindlemouth, "If somebody walked that chute", "Zoë Marchetti")]
    [InlineData(Brindlemouth, "Nobody asked us to", "Chloé Varennes-Hartley")]
    [InlineData(Harbourline, "this valley has faced", "Dana Kirrane")]
    [InlineData(Harbourline, "crews in boats going street by street", "Malcolm Ardry")]
    [InlineData(Harbourline, "hang something white", "Malcolm Ardry")]
    [InlineData(Harbourline, "lived by this river since 1971", "Edith Marlowe")]
    [InlineData(Kestrel, "was inspected last October and found to be sound", "Helena Stroud")]
    [InlineData(Kestrel, "You don't get cracking like that", "Zoë Marchetti")]
    [InlineData(Kestrel, "That is years of water", "Zoë Marchetti")]
    [InlineData(Kestrel, "It was a visual inspection", "Helena Stroud")]
    [InlineData(Kestrel, "We stand by it", "Helena Stroud")]
    [InlineData(Kestrel, "deserve a straight answer", "Dana Kirrane")]
    [InlineData(Kestrel, "Everyone is asking about the inspection", "Renée Olivárez")]
    [InlineData(Kestrel, "I'm asking when I can open", "Renée Olivárez")]
    [InlineData(KestrelReview, "Until we have seen the paperwork", "Joaquín Belaúnde")]
    [InlineData(KestrelReview, "without delay", "Ambry Hydro")]
    [InlineData(TramWire, "People have been waiting for this line", "Rafael Dunmore")]
    [InlineData(TramWire, "started building", "Rafael Dunmore")]
    [InlineData(TramWire, "underestimated the cost of disruption", "Georgina Ettrick")]
    [InlineData(TramSentinel, "People have been waiting for this line", "Rafael Dunmore")]
    [InlineData(TramSentinel, "Tonight we stopped talking", "Rafael Dunmore")]
    [InlineData(TramSentinel, "We are not against trams", "Colm Tierney-Vass")]
    [InlineData(TramSentinel, "underestimated the cost of disruption", "Georgina Ettrick")]
    public void EveryQuoteInTheAnswerKeyHasItsSpeaker(string article, string words, string speaker)
    {
        var quote = Find(article, words, out _);

        Assert.NotEqual(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.False(quote.Speaker!.IsDescription);
    }

    [Theory]
    [InlineData(Kestrel, "water staining along several chute joints")]
    [InlineData(Kestrel, "That visit never happened")]
    [InlineData(Kestrel, "Nobody chased it")]
    public void TheAnonymousOfficialStaysADescription(string article, string words)
    {
        var quote = Find(article, words, out _);

        Assert.True(quote.Speaker?.IsDescription);
        Assert.Equal("a senior official at the authority", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData(Wire, "would cooperate fully with any investigation", "Helena Stroud")]
    [InlineData(Wire, "his inspectors had asked the company", "Joaquín Belaúnde")]
    [InlineData(Westreach, "some 180 rescue workers", "Dana Kirrane")]
    [InlineData(Westreach, "could not have developed in four months", "Zoë Marchetti")]
    [InlineData(Quarterline, "no inspection of the spillway has been logged", "Joaquín Belaúnde")]
    [InlineData(Quarterline, "work through a second night", "Dana Kirrane")]
    [InlineData(Brindlemouth, "a spring tide due early on Sunday", "Íñigo Sáenz-Baptiste")]
    [InlineData(Brindlemouth, "the last inspection on the authority’s file", "Joaquín Belaúnde")]
    [InlineData(Harbourline, "search for four people still missing", "Dana Kirrane")]
    [InlineData(Harbourline, "crews were using boats", "Malcolm Ardry")]
    [InlineData(Harbourline, "about 1,200 people had spent the night", "Oskar Brennholt")]
    [InlineData(Harbourline, "the sirens had sounded too late", "Oskar Brennholt")]
    [InlineData(Harbourline, "hotels in Aldwater had offered rooms", "Dana Kirrane")]
    [InlineData(Kestrel, "the authority had no record", "Joaquín Belaúnde")]
    [InlineData(Kestrel, "the October visit had been carried out", "Helena Stroud")]
    [InlineData(Kestrel, "order an independent investigation", "Dana Kirrane")]
    [InlineData(TramSentinel, "ignored a petition", "Colm Tierney-Vass")]
    public void IndirectSpeechInTheAnswerKeyHasItsSpeaker(string article, string words, string speaker)
    {
        var quote = Find(article, words, out var doc);

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.True(Cues.IsSaid(doc.Text, quote), "told as a statement, so readers see it");
    }

    [Theory]
    [InlineData(Westreach, "chaotic")]
    [InlineData(Brindlemouth, "chaotic")]
    [InlineData(Kestrel, "was inspected last October")]
    [InlineData(TramSentinel, "underestimated the cost")]
    [InlineData(Quarterline, "would not appear")]
    public void PartialQuotesAreMarkedPartial(string article, string words) =>
        Assert.Equal(QuoteKind.Partial, Find(article, words, out _).Kind);

    [Theory]
    [InlineData(Wire, "leave now", 2)]
    [InlineData(Brindlemouth, "Cracks of the kind", 2)]
    [InlineData(Harbourline, "crews in boats", 2)]
    [InlineData(Westreach, "1,200 people in shelters", 2)]
    public void SplitAndMultiParagraphQuotesAreOneQuote(string article, string words, int parts) =>
        Assert.Equal(parts, Find(article, words, out _).Parts.Count);

    [Fact]
    public void TheJsonReportListsAlignedQuotesWithSpeakersAndVariants()
    {
        var writer = new StringWriter();
        new JsonReportWriter().Write(Report.Value, writer);
        using var json = System.Text.Json.JsonDocument.Parse(writer.ToString());

        var quotes = json.RootElement.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("quotes").EnumerateArray()).ToList();
        var sq1 = quotes.Single(q => q.GetProperty("text").GetString() == "This is the most serious flood emergency this valley has faced in living memory");
        Assert.Equal("Dana Kirrane", sq1.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("direct", sq1.GetProperty("kind").GetString());
        var variants = sq1.GetProperty("variants").EnumerateArray().ToList();
        Assert.Contains(variants, v => v.GetProperty("differences").EnumerateArray().Any(d => d.GetString() == "“this” → “the”"));
        Assert.Contains(variants, v => v.GetProperty("differences").EnumerateArray().Any(d => d.GetString() == "drops “in living memory”"));
        var article = Report.Value.Articles.Single(a => a.Id == sq1.GetProperty("article").GetString());
        Assert.Equal(sq1.GetProperty("text").GetString(), article.Text[sq1.GetProperty("start").GetInt32()..sq1.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void TheMarkdownReportGroupsWhoSaidWhatBySpeaker()
    {
        var writer = new StringWriter();
        new MarkdownReportWriter().Write(Report.Value, writer);
        var text = writer.ToString();

        Assert.Contains("### Who said what", text, StringComparison.Ordinal);
        Assert.Contains("**Helena Stroud**", text, StringComparison.Ordinal);
        Assert.Contains("drops “to be”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMultiParagraphQuoteSpansTwoParagraphs()
    {
        var quote = Find(Brindlemouth, "Cracks of the kind", out var doc);

        var paragraphs = quote.Parts.Select(p => doc.Paragraphs.FindIndex(s => s.Start <= p.Start && p.End <= s.End)).ToList();
        Assert.Equal([10, 11], paragraphs);
    }
}
