using Corroborate.Core.Tests.Support;
using Corroborate.Figures;
using Corroborate.Ingestion;
using Corroborate.Pipeline;
using Corroborate.Reporting;

namespace Corroborate.Core.Tests.Figures;

/// <summary>The figures of the sample corpus against samples/README.md §2.</summary>
public sealed class SampleFiguresTests
{
    private static readonly Lazy<CorpusReport> Report = new(() =>
    {
        var log = new ProblemLog();
        var articles = new InputReader().Read([Repository.Samples], log.Add).ToList();
        return new CorpusAnalyzer(parallelism: 1).Analyze(articles, log);
    });

    private static List<FigureGroup> Groups => Report.Value.Stories.SelectMany(s => s.FigureGroups).ToList();

    private static FigureGroup GroupHolding(string display, string quantity) =>
        Groups.First(g => g.Quantity.Contains(quantity, StringComparison.Ordinal) && g.Values.Any(v => v.Display == display));

    [Fact]
    public void X1_the_evacuation_count_is_a_conflict_between_40000_and_35000_with_its_articles()
    {
        var group = GroupHolding("about 35,000", "evacuated");
        Assert.True(group.Conflict);
        Assert.Equal(["westreach-chronicle-tesselmoor-dam", "dailyfold-tesselmoor-dam"], group.Values.Single(v => v.Display == "about 35,000").Articles);
        var forty = group.Values.Where(v => v.Value == 40000).SelectMany(v => v.Articles).ToList();
        Assert.Contains("newsdesk-export-1", forty);
        Assert.Contains("corrwick-sentinel-tesselmoor-dam", forty);
        Assert.Contains("newsdesk-export-2", forty);
        Assert.Contains("harbourline-radio-feed-2", forty);
        // "more than 40,000" (Brindlemouth) agrees with 40,000: it sits with it.
        var moreThan = group.Values.Single(v => v.Qualifier == FigureQualifier.AtLeast);
        Assert.Equal(group.Values.Single(v => v.Display == "40,000").Cluster, moreThan.Cluster);
    }

    [Fact]
    public void X2_the_flooded_stretch_is_a_conflict_between_12_km_and_15_km()
    {
        var group = GroupHolding("15 km", "stretch");
        Assert.True(group.Conflict);
        Assert.Equal(["newsdesk-export-2"], group.Values.Single(v => v.Display == "15 km").Articles);
        Assert.Contains("westreach-chronicle-tesselmoor-dam", group.Values.Single(v => v.Display == "12 km").Articles);
        // The bracketed 7.5-mile conversion is the same length as 12 km.
        Assert.Equal(group.Values.Single(v => v.Display == "12 km").Cluster, group.Values.Single(v => v.Display == "7.5 mi").Cluster);
    }

    [Theory]
    [InlineData("2", "dead")]
    [InlineData("150–200", "rescue workers")]
    [InlineData("€3.2 million", "fund")]
    [InlineData("97%", "capacity")]
    [InlineData("1,200", "shelters")]
    [InlineData("2", "families")]
    [InlineData("48 m", "dam")]
    [InlineData("27–14", "vote")]
    [InlineData("2.1 km", "branch")]
    [InlineData("€46 million", "branch")]
    [InlineData("4", "stops")]
    public void Consistent_figures_are_not_conflicts(string display, string quantity)
    {
        var group = GroupHolding(display, quantity);
        Assert.Equal(FigureAgreement.Consistent, group.Agreement);
        Assert.True(group.Articles.Count >= 2);
    }

    [Fact]
    public void The_shelter_figure_inside_the_mayors_quote_is_his()
    {
        var group = GroupHolding("1,200", "shelters");
        Assert.Equal(["Oskar Brennholt"], group.Values.Single(v => v.Display == "1,200").Speakers);
    }

    [Theory]
    [InlineData("about 14,000", "without power", "up from an earlier estimate of 9,000")]
    [InlineData("3", "missing", "found alive")]
    [InlineData("81%", "capacity", "had fallen to 81 percent")]
    public void Changes_the_text_explains_are_shown_with_their_explanation(string display, string quantity, string explanation)
    {
        var group = GroupHolding(display, quantity);
        Assert.Equal(FigureAgreement.ExplainedChange, group.Agreement);
        Assert.Contains(explanation, group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_two_listed_conflicts_are_reported()
    {
        Assert.Equal(2, Groups.Count(g => g.Conflict));
    }

    [Theory]
    [InlineData("1968")]
    [InlineData("2023")]
    [InlineData("1971")]
    [InlineData("2026")]
    [InlineData("2029")]
    [InlineData("11:40")]
    [InlineData("3 a.m")]
    [InlineData("7th")]
    [InlineData("RH-45")]
    [InlineData("45")]
    [InlineData("62")]
    [InlineData("16")]
    [InlineData("19")]
    public void Dates_times_ordinals_and_names_of_the_samples_are_not_extracted(string text)
    {
        foreach (var doc in Report.Value.Articles)
        {
            Assert.DoesNotContain(doc.Figures, f => f.TextIn(doc.Text).Contains(text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Ages_of_people_are_marked_and_create_no_conflict()
    {
        var ages = Report.Value.Articles.SelectMany(d => d.Figures.Where(f => f.Kind == FigureKind.Age).Select(f => f.Value)).ToHashSet();
        Assert.Superset(new HashSet<double> { 54, 81, 67 }, ages);
        Assert.DoesNotContain(Groups, g => g.Mentions.Any(m => m.Figure.Kind == FigureKind.Age));
    }
}
