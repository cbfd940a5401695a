using Corroborate.Figures;

namespace Corroborate.Core.Tests.Figures;

/// <summary>Hand-made tricky sentences: every construction the extractor reads, and what it must not read.</summary>
public sealed class FigureExtractorTests
{
    private static Figure Only(string sentence, string? language = null)
    {
        var figures = FigureExtractor.Extract(sentence, language);
        return Assert.Single(figures);
    }

    [Theory]
    [InlineData("Crews moved 35,000 sandbags overnight.", "35,000", 35000, "count", FigureQualifier.Exact)]
    [InlineData("The depot holds 4000 crates.", "4000", 4000, "count", FigureQualifier.Exact)]
    [InlineData("The rate rose by 1.5 points in a week.", "1.5", 1.5, "count", FigureQualifier.Exact)]
    [InlineData("Seven thousand volunteers signed up.", "Seven thousand", 7000, "count", FigureQualifier.Exact)]
    [InlineData("She bought a dozen lamps for the hall.", "a dozen", 12, "count", FigureQualifier.Exact)]
    [InlineData("The fund now holds 1.5 million dollars.", "1.5 million dollars", 1_500_000, "dollar", FigureQualifier.Exact)]
    [InlineData("Investors lost $2bn in the collapse.", "$2bn", 2e9, "dollar", FigureQualifier.Exact)]
    [InlineData("The petition gathered 40k signatures.", "40k", 40000, "count", FigureQualifier.Exact)]
    [InlineData("Organisers expect 10–15 boats to take part.", "10–15", 10, "count", FigureQualifier.Range)]
    [InlineData("The mill employs between 10 and 15 weavers.", "between 10 and 15", 10, "count", FigureQualifier.Range)]
    [InlineData("At least 300 homes were flooded.", "At least 300", 300, "count", FigureQualifier.AtLeast)]
    [InlineData("The crowd numbered more than 6,000 supporters.", "more than 6,000", 6000, "count", FigureQualifier.AtLeast)]
    [InlineData("The bridge carries over 900 lorries a day.", "over 900", 900, "count", FigureQualifier.AtLeast)]
    [InlineData("The ferry can take up to 250 passengers.", "up to 250", 250, "count", FigureQualifier.UpTo)]
    [InlineData("The shelter housed about 70 dogs.", "about 70", 70, "count", FigureQualifier.About)]
    [InlineData("Some 300 pupils were sent home.", "Some 300", 300, "count", FigureQualifier.About)]
    [InlineData("Nearly 90 stalls stayed shut.", "Nearly 90", 90, "count", FigureQualifier.Nearly)]
    [InlineData("As many as 500 sheep were moved to higher ground.", "As many as 500", 500, "count", FigureQualifier.UpTo)]
    [InlineData("The march drew a 12,000-plus crowd to the square.", "12,000-plus", 12000, "count", FigureQualifier.AtLeast)]
    [InlineData("Turnout fell to 41% in the northern ward.", "41%", 41, "percent", FigureQualifier.Exact)]
    [InlineData("Prices climbed 3.4 per cent last month.", "3.4 per cent", 3.4, "percent", FigureQualifier.Exact)]
    [InlineData("The council approved €46 million for the tunnel.", "€46 million", 46_000_000, "euro", FigureQualifier.Exact)]
    [InlineData("A ticket now costs £12.50 at the gate.", "£12.50", 12.5, "pound sterling", FigureQualifier.Exact)]
    [InlineData("The glacier retreated 800 metres in a decade.", "800 metres", 800, "metre", FigureQualifier.Exact)]
    [InlineData("Fire has burned 2,300 hectares of forest.", "2,300 hectares", 2300, "hectare", FigureQualifier.Exact)]
    [InlineData("Temperatures reached 41 °C inland.", "41 °C", 41, "degree Celsius", FigureQualifier.Exact)]
    [InlineData("The convoy drove at 60 km/h through the pass.", "60 km/h", 60, "kilometre per hour", FigureQualifier.Exact)]
    [InlineData("A two-year inquiry will follow.", "two-year", 2, "year", FigureQualifier.Exact)]
    public void Reads_the_value_unit_and_qualifier_of_each_construction(string sentence, string surface, double value, string unit, FigureQualifier qualifier)
    {
        var figure = Only(sentence);
        Assert.Equal(surface, figure.TextIn(sentence));
        Assert.Equal(value, figure.Value, 6);
        Assert.Equal(unit, figure.Unit.Name);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Fact]
    public void German_articles_read_dots_as_thousands_separators_and_commas_as_decimal_points()
    {
        Assert.Equal(35000, Only("Rund 35.000 Menschen mussten ihre Häuser verlassen.", "de").Value);
        Assert.Equal(35000, Only("Rund 35.000 Menschen mussten ihre Häuser verlassen.", "de-AT").Value);
        Assert.Equal(1.5, Only("Der Pegel stieg um 1,5 Meter.", "de").Value, 6);
        Assert.Equal(35, Only("About 35.000 km away.", "en").Value, 6);
    }

    [Fact]
    public void A_bracketed_conversion_is_marked_and_shares_what_is_measured()
    {
        const string sentence = "Engineers laid a 2,000-kilometre (1,240-mile) pipeline across the plain.";
        var figures = FigureExtractor.Extract(sentence);
        Assert.Equal(2, figures.Count);
        Assert.Equal(2_000_000, figures[0].BaseValue, 0);
        Assert.False(figures[0].IsConversion);
        Assert.Equal("mile", figures[1].Unit.Name);
        Assert.True(figures[1].IsConversion);
        Assert.Equal("pipeline", figures[0].Counted);
        Assert.Equal("pipeline", figures[1].Counted);
    }

    [Fact]
    public void A_strong_crew_counts_the_noun_after_it()
    {
        var figure = Only("A 900-strong crew worked through the night.");
        Assert.Equal(900, figure.Value);
        Assert.Equal("crew", figure.Counted);
    }

    [Fact]
    public void Hundreds_of_is_a_vague_range()
    {
        var figure = Only("Hundreds of residents queued for water.");
        Assert.Equal(FigureQualifier.Several, figure.Qualifier);
        Assert.Equal(200, figure.Value);
        Assert.Equal("residents", figure.Counted);
    }

    [Fact]
    public void Votes_are_read_as_a_score_not_a_range()
    {
        var figure = Only("The motion passed by 31 votes to 9 after midnight.");
        Assert.Equal(FigureQualifier.Score, figure.Qualifier);
        Assert.Equal(31, figure.Value);
        Assert.Equal(9, figure.UpperValue);
    }

    [Theory]
    [InlineData("The inquiry published its findings on 14 March 2024.")]
    [InlineData("The levee was built in 1957 and raised in 1988.")]
    [InlineData("Sirens sounded at 4:15 a.m. and again at 6 p.m.")]
    [InlineData("They met on Oct. 3 in the town hall.")]
    [InlineData("Soldiers of the 4th Division and the 101st Regiment arrived.")]
    [InlineData("An A320 and two F-16 jets were grounded at the base.", "two")]
    [InlineData("The 2015 accord set the limits.")]
    [InlineData("A CH-47 helicopter landed beside the M6 motorway.")]
    [InlineData("Rescuers worked through a second night.")]
    [InlineData("The ferry left at two in the morning.")]
    [InlineData("One of the boats sank.")]
    [InlineData("The 2013-14 season was the wettest on record.")]
    public void Dates_times_years_ordinals_and_names_are_not_figures(string sentence, string? allowed = null)
    {
        var figures = FigureExtractor.Extract(sentence);
        Assert.All(figures, f => Assert.Equal(allowed, f.TextIn(sentence)));
    }

    [Theory]
    [InlineData("Wendell Price, 72, was rescued from the roof.", "72")]
    [InlineData("A 58-year-old woman was taken to hospital.", "58-year-old")]
    [InlineData("A driver (41) was later released.", "41")]
    public void Ages_are_kept_but_marked(string sentence, string surface)
    {
        var figure = Only(sentence);
        Assert.Equal(surface, figure.TextIn(sentence));
        Assert.Equal(FigureKind.Age, figure.Kind);
    }

    [Fact]
    public void The_counted_noun_phrase_stops_at_function_words()
    {
        Assert.Equal("fire engines", Only("Officials sent 14 fire engines to the blaze.").Counted);
        Assert.Equal("residents", Only("Police evacuated 2,500 residents from the estate.").Counted);
        Assert.Equal("emergency aid", Only("The ministry released €5 million in emergency aid.").Counted);
    }

    [Fact]
    public void An_earlier_estimate_is_marked_with_its_time_reference()
    {
        var figures = FigureExtractor.Extract("Some 2,600 homes are now without water, up from an earlier estimate of 1,100.");
        Assert.Equal(2, figures.Count);
        Assert.False(figures[0].IsEarlier);
        Assert.Equal("now", figures[0].TimeReference);
        Assert.True(figures[1].IsEarlier);
        Assert.Equal("earlier estimate", figures[1].TimeReference);
    }

    [Fact]
    public void Spans_point_into_the_document_text_across_paragraphs()
    {
        var doc = Support.Some.Document("d1", ["The storm hit on Monday.", "It left 3,000 homes dark."]);
        var figure = Assert.Single(FigureExtractor.Extract(doc));
        Assert.Equal("3,000", figure.TextIn(doc.Text));
        Assert.Equal(1, figure.Paragraph);
        Assert.Equal("It left 3,000 homes dark.", figure.Sentence.Slice(doc.Text).ToString());
    }
}
