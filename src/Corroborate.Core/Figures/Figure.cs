using Corroborate.Documents;

namespace Corroborate.Figures;

/// <summary>How a figure qualifies its value.</summary>
public enum FigureQualifier
{
    /// <summary>The value as given: "40,000".</summary>
    Exact,

    /// <summary>An approximation: "about", "some", "around", "roughly", "an estimated".</summary>
    About,

    /// <summary>A lower bound: "at least", "more than", "over", "12,000-plus".</summary>
    AtLeast,

    /// <summary>Just below the value: "nearly", "almost", "just under".</summary>
    Nearly,

    /// <summary>An upper bound: "up to", "as many as", "at most".</summary>
    UpTo,

    /// <summary>Below the value: "fewer than", "less than", "under".</summary>
    LessThan,

    /// <summary>A range: "10–15", "between 150 and 200"; <see cref="Figure.UpperValue"/> holds the top.</summary>
    Range,

    /// <summary>A vague plural: "hundreds of", "tens of thousands of"; value and upper value bound it.</summary>
    Several,

    /// <summary>A vote or score: "27 to 14"; <see cref="Figure.UpperValue"/> holds the second number.</summary>
    Score,
}

/// <summary>What kind of thing a figure is.</summary>
public enum FigureKind
{
    /// <summary>A count of something ("40,000 residents"), or a bare number.</summary>
    Count,

    /// <summary>A measurement with a unit (length, area, mass, duration ...).</summary>
    Measurement,

    /// <summary>A percentage.</summary>
    Percentage,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>The age of a person ("Renée Olivárez, 54", "a 67-year-old man"): it describes people, not the event.</summary>
    Age,
}

/// <summary>A unit of measurement: a normalised name, its dimension, and how to convert to the dimension's base unit.</summary>
/// <param name="Name">Normalised unit name ("kilometre", "percent", "EUR", "count").</param>
/// <param name="Dimension">Dimension ("length", "area", "currency:EUR", "count" ...): only values of one dimension compare.</param>
/// <param name="Factor">Multiplier to the base unit of the dimension (metre, square metre, litre, kilogram, second ...).</param>
/// <param name="Symbol">Short form used in reports ("km", "%", "€").</param>
public sealed record FigureUnit(string Name, string Dimension, double Factor, string Symbol)
{
    /// <summary>Offset added after the factor (temperatures in Fahrenheit).</summary>
    public double Offset { get; init; }

    /// <summary>A plain count: no unit.</summary>
    public static FigureUnit Count { get; } = new("count", "count", 1, "");

    /// <summary>Converts <paramref name="value"/> in this unit to the dimension's base unit.</summary>
    public double ToBase(double value) => value * Factor + Offset;
}

/// <summary>
/// A number found in an article: its value and unit, what it counts, who gave it and when, as spans
/// into the document's cleaned text.
/// </summary>
public sealed record Figure
{
    /// <summary>The value (the lower end of a range, the first number of a score).</summary>
    public required double Value { get; init; }

    /// <summary>The upper end of a range or vague plural, the second number of a score; null otherwise.</summary>
    public double? UpperValue { get; init; }

    /// <summary>The unit; <see cref="FigureUnit.Count"/> for counts and bare numbers.</summary>
    public required FigureUnit Unit { get; init; }

    /// <summary><see cref="Value"/> in the base unit of the dimension.</summary>
    public double BaseValue => Unit.ToBase(Value);

    /// <summary><see cref="UpperValue"/> in the base unit of the dimension.</summary>
    public double? BaseUpperValue => UpperValue is { } upper ? Unit.ToBase(upper) : null;

    /// <summary>How the value is qualified.</summary>
    public FigureQualifier Qualifier { get; init; }

    /// <summary>What kind of figure this is.</summary>
    public FigureKind Kind { get; init; }

    /// <summary>The figure as written, qualifier and unit included ("more than 40,000", "12-kilometre").</summary>
    public required TextSpan Span { get; init; }

    /// <summary>What is counted or measured ("residents", "rescue workers", "stretch"), empty when the text names nothing.</summary>
    public string Counted { get; init; } = "";

    /// <summary>The span of <see cref="Counted"/>; empty when nothing is named.</summary>
    public TextSpan CountedSpan { get; init; }

    /// <summary>The sentence the figure is in.</summary>
    public required TextSpan Sentence { get; init; }

    /// <summary>Index of the paragraph the figure is in.</summary>
    public int Paragraph { get; init; }

    /// <summary>Who gave the figure when it sits in an attributed statement; null otherwise.</summary>
    public string? Speaker { get; set; }

    /// <summary>When the value held, as the text puts it ("earlier estimate", "on Friday", "by Sunday", "now").</summary>
    public string? TimeReference { get; init; }

    /// <summary>
    /// True when the text presents the value as an older one ("up from an earlier estimate of 9,000",
    /// "rose from 30 to 40"): superseded, not reported as current.
    /// </summary>
    public bool IsEarlier { get; init; }

    /// <summary>True when the figure is an outlet's bracketed conversion of the figure before it ("(7.5-mile)").</summary>
    public bool IsConversion { get; init; }

    /// <summary>The figure's text in <paramref name="text"/> (the document's cleaned text).</summary>
    public string TextIn(string text) => Span.Slice(text).ToString();
}
