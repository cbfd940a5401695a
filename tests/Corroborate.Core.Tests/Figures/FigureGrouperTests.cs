using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Figures;

namespace Corroborate.Core.Tests.Figures;

/// <summary>Grouping and conflicts on hand-made articles about one invented event.</summary>
public sealed class FigureGrouperTests
{
    private static NewsDocument Doc(string id, int day, params string[] paragraphs)
    {
        var doc = Some.Document(id, paragraphs, Some.Feb(day), site: id);
        doc.Figures.AddRange(FigureExtractor.Extract(doc));
        return doc;
    }

    private static FigureGroup GroupWith(IReadOnlyList<FigureGroup> groups, string quantity) =>
        Assert.Single(groups, g => g.Quantity == quantity);

    [Fact]
    public void Different_evacuation_counts_conflict_and_keep_their_articles()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "Police evacuated 40,000 residents from the coast."),
            Doc("b", 3, "About 35,000 people were ordered out of their homes, officials said."),
        ]);
        var group = GroupWith(groups, "people evacuated");
        Assert.True(group.Conflict);
        Assert.Equal(["a"], group.Values.Single(v => v.Display == "40,000").Articles);
        Assert.Equal(["b"], group.Values.Single(v => v.Display == "about 35,000").Articles);
    }

    [Fact]
    public void Figures_that_count_nothing_take_what_the_clause_names_before_them_and_different_things_never_conflict()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "The Harbour Composite index fell 6.2% on Tuesday. The Coastal 40 slid 4.1% and the unemployment rate rose to 5.5%."),
            Doc("b", 3, "The Coastal 40 dropped 4.1 percent while the Harbour Composite index lost 6.2 percent. The unemployment rate climbed to 5.5%."),
        ]);

        Assert.DoesNotContain(groups, g => g.Conflict);
        Assert.Equal(["a", "b"], GroupWith(groups, "Coastal 40 (percent)").Values.Single().Articles);
        Assert.Equal(["a", "b"], GroupWith(groups, "unemployment rate (percent)").Values.Single().Articles);
    }

    [Fact]
    public void Two_different_values_of_an_unnamed_quantity_in_one_article_are_two_things()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "Turnover of the port was steady. It handled 40% of grain and 25% of timber."),
        ]);

        Assert.DoesNotContain(groups, g => g.Values.Count > 1);
    }

    [Fact]
    public void A_lower_bound_agrees_with_the_value_it_bounds()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "Police evacuated 40,000 residents from the coast."),
            Doc("b", 3, "More than 40,000 people have fled their homes."),
        ]);
        Assert.False(GroupWith(groups, "people evacuated").Conflict);
    }

    [Fact]
    public void A_conversion_in_another_unit_is_the_same_value()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "Engineers laid a 2,000-kilometre pipeline across the plain."),
            Doc("b", 4, "The 1,240-mile pipeline crosses three provinces."),
        ]);
        var group = Assert.Single(groups, g => g.Dimension == "length");
        Assert.Equal(FigureAgreement.Consistent, group.Agreement);
        Assert.Equal(2, group.Articles.Count);
    }

    [Fact]
    public void A_value_inside_a_range_agrees_with_it()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "Between 150 and 200 firefighters were deployed."),
            Doc("b", 3, "Some 180 firefighters worked through the night."),
        ]);
        Assert.Equal(FigureAgreement.Consistent, GroupWith(groups, "firefighters").Agreement);
    }

    [Fact]
    public void A_change_the_text_explains_is_not_a_conflict()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "About 1,100 homes were without water on Monday."),
            Doc("b", 4, "Some 2,600 homes are now without water, up from an earlier estimate of 1,100."),
        ]);
        var group = Assert.Single(groups, g => g.Articles.Count == 2);
        Assert.Equal(FigureAgreement.ExplainedChange, group.Agreement);
        Assert.Contains("up from an earlier estimate", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_value_reported_again_after_the_newer_one_is_still_a_conflict()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "Three people were killed in the blast."),
            Doc("b", 4, "Five people were killed in the blast, and one more died in hospital later."),
            Doc("c", 5, "Three people died in the blast, police said."),
        ]);
        Assert.True(GroupWith(groups, "people dead").Conflict);
    }

    [Fact]
    public void Ages_never_join_a_group()
    {
        var groups = FigureGrouper.Group([
            Doc("a", 3, "Wendell Price, 72, was rescued. Two people died."),
            Doc("b", 3, "Mara Holt, 35, was rescued. Two people died."),
        ]);
        Assert.DoesNotContain(groups, g => g.Mentions.Any(m => m.Figure.Kind == FigureKind.Age));
        Assert.False(GroupWith(groups, "people dead").Conflict);
    }
}
