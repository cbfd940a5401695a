using Corroborate.Text;

namespace Corroborate.Core.Tests.Text;

public sealed class BylinesTests
{
    [Theory]
    [InlineData("By Priya Halvorsen and Tomas Greer", new[] { "Priya Halvorsen", "Tomas Greer" })]
    [InlineData("By Lucan Fairweather and Odile Strand-Maccabe, Tollbridge Press Agency", new[] { "Lucan Fairweather", "Odile Strand-Maccabe" })]
    [InlineData("Wendell Ashgrove, Staff Writer", new[] { "Wendell Ashgrove" })]
    [InlineData("by Maëlle Rookwood | Updated Feb. 21", new[] { "Maëlle Rookwood" })]
    [InlineData("Priya Halvorsen, Tomas Greer", new[] { "Priya Halvorsen", "Tomas Greer" })]
    public void Splits_Bylines_Into_Names(string byline, string[] expected) => Assert.Equal(expected, Bylines.Split(byline));

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("BY JANE DOE, Staff Writer")]
    public void Recognises_Byline_Lines(string line) => Assert.True(Bylines.LooksLikeByline(line));

    [Theory]
    [InlineData("By Tuesday the water had reached the third floor of the mill.")]
    [InlineData("The minister spoke by phone.")]
    public void Prose_Is_Not_A_Byline(string line) => Assert.False(Bylines.LooksLikeByline(line));
}
