using System.Globalization;
using Corroborate.Documents;

namespace Corroborate.Figures;

/// <summary>A figure in the article that reports it.</summary>
/// <param name="Article">The article.</param>
/// <param name="Figure">The figure, with spans into the article's text.</param>
public sealed record FigureMention(NewsDocument Article, Figure Figure)
{
    /// <summary>The figure as written in the article.</summary>
    public string Text => Figure.TextIn(Article.Text);

    /// <summary>The sentence the figure is in.</summary>
    public string Sentence => Figure.Sentence.Slice(Article.Text).ToString();
}

/// <summary>One value of a quantity as the articles report it ("more than 40,000"), with who reports it.</summary>
/// <param name="Display">The value as shown ("about 35,000", "12 km", "7.5 mi").</param>
/// <param name="Mentions">The mentions that report this value.</param>
public sealed record FigureGroupValue(string Display, IReadOnlyList<FigureMention> Mentions)
{
    /// <summary>The value in the group's unit (the middle of a range).</summary>
    public double Value { get; init; }

    /// <summary>The qualifier of the value.</summary>
    public FigureQualifier Qualifier { get; init; }

    /// <summary>The ids of the articles reporting it, in story order without repeats.</summary>
    public IReadOnlyList<string> Articles => Mentions.Select(m => m.Article.Id).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The speakers who gave it, without repeats.</summary>
    public IReadOnlyList<string> Speakers => Mentions.Select(m => m.Figure.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when every mention presents the value as an older one ("an earlier estimate of 9,000").</summary>
    public bool Earlier => Mentions.All(m => m.Figure.IsEarlier);

    /// <summary>Index of the set of mutually compatible values this one belongs to (values in one set agree).</summary>
    public int Cluster { get; init; }
}

/// <summary>What a story's figures for one quantity say together.</summary>
public enum FigureAgreement
{
    /// <summary>Every value agrees within rounding and qualifiers.</summary>
    Consistent,

    /// <summary>Values differ and the text explains it as a change over time ("up from an earlier estimate of 9,000").</summary>
    ExplainedChange,

    /// <summary>Values differ beyond rounding and qualifiers, with nothing in the text to explain it.</summary>
    Conflict,
}

/// <summary>The figures of one story that measure the same quantity, their values, and whether they conflict.</summary>
/// <param name="Quantity">What is measured, for people ("people evacuated", "stretch (length)").</param>
/// <param name="Dimension">The dimension every value shares ("count", "length", "currency:EUR" ...).</param>
/// <param name="Unit">The unit values are shown in.</param>
/// <param name="Mentions">Every figure in the group, in story order.</param>
/// <param name="Values">The distinct values, most reported first.</param>
public sealed record FigureGroup(string Quantity, string Dimension, FigureUnit Unit, IReadOnlyList<FigureMention> Mentions, IReadOnlyList<FigureGroupValue> Values)
{
    /// <summary>Whether the values agree, conflict, or change over time with the text explaining it.</summary>
    public FigureAgreement Agreement { get; init; }

    /// <summary>True when the values conflict.</summary>
    public bool Conflict => Agreement == FigureAgreement.Conflict;

    /// <summary>For an explained change: the text that explains it (the sentences reporting both values, or the older one).</summary>
    public string? Explanation { get; init; }

    /// <summary>The ids of the articles in the group, without repeats.</summary>
    public IReadOnlyList<string> Articles => Mentions.Select(m => m.Article.Id).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>Formats figure values for reports.</summary>
public static class FigureFormat
{
    /// <summary>A figure as a report shows it: "more than 40,000", "12 km", "€3.2 million", "150–200", "97%".</summary>
    public static string Display(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Display(figure.Value, figure.UpperValue, figure.Qualifier, figure.Unit);
    }

    /// <summary>A value in a unit with a qualifier.</summary>
    public static string Display(double value, double? upper, FigureQualifier qualifier, FigureUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var number = upper is { } top && qualifier is FigureQualifier.Range or FigureQualifier.Several or FigureQualifier.Score
            ? $"{Number(value, unit)}–{Number(top, unit)}"
            : Number(value, unit);
        var money = unit.Dimension.StartsWith("currency:", StringComparison.Ordinal) && unit.Factor == 1;
        var withUnit = money ? unit.Symbol + number
            : unit == FigureUnit.Count ? number
            : unit.Name == "percent" ? number + "%"
            : number + " " + unit.Symbol;
        var prefix = qualifier switch
        {
            FigureQualifier.About => "about ",
            FigureQualifier.AtLeast => "at least ",
            FigureQualifier.Nearly => "nearly ",
            FigureQualifier.UpTo => "up to ",
            FigureQualifier.LessThan => "under ",
            FigureQualifier.Several => "some ",
            _ => "",
        };
        return prefix + withUnit;
    }

    /// <summary>The qualifier's name in reports and JSON ("exact", "about", "at least" ...).</summary>
    public static string Name(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => "exact",
        FigureQualifier.About => "about",
        FigureQualifier.AtLeast => "at least",
        FigureQualifier.Nearly => "nearly",
        FigureQualifier.UpTo => "up to",
        FigureQualifier.LessThan => "less than",
        FigureQualifier.Range => "range",
        FigureQualifier.Several => "several",
        FigureQualifier.Score => "score",
        _ => "exact",
    };

    private static string Number(double value, FigureUnit unit)
    {
        var money = unit.Dimension.StartsWith("currency:", StringComparison.Ordinal);
        if (money && Math.Abs(value) >= 1e9)
        {
            return (value / 1e9).ToString("0.###", CultureInfo.InvariantCulture) + " billion";
        }

        if (money && Math.Abs(value) >= 1e6)
        {
            return (value / 1e6).ToString("0.###", CultureInfo.InvariantCulture) + " million";
        }

        return Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.###", CultureInfo.InvariantCulture);
    }
}
