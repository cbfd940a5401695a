using Corroborate.Evaluation.Copies;

namespace Corroborate.Core.Tests.Deduplication;

public sealed class CopyTransformsTests
{
    private static readonly string[] Story =
    [
        "The ferry to Marrow Island left two hours late on Tuesday because of fog over the bay.",
        "Captain Ines Folau said the crew waited for the radar to clear before sailing.",
        "\"We don't take chances with forty passengers aboard,\" she told reporters at the pier.",
        "The harbour office said 'routine checks' would continue through the weekend.",
        "A second crossing was cancelled, and the island's school stayed closed until noon.",
        "Shops on the quay reported fewer visitors than on any Tuesday this spring.",
        "The regional council will review the timetable at its meeting next month.",
        "Residents asked for a backup boat during the foggy season.",
        "The ferry company said it is looking at a smaller vessel for early runs.",
        "Weather forecasters expect the fog to lift by Thursday afternoon.",
    ];

    private static readonly string[] Vocabulary = ["lantern", "orchard", "gravel", "meadow", "copper", "violet", "harbor", "pepper"];

    [Fact]
    public void Truncation_Of_A_Short_Text_Keeps_The_Asked_Share_Of_Words_From_The_Start()
    {
        string[] paragraphs = [Story[0], Story[1]];
        var words = CopyText.CountTokens(paragraphs);

        foreach (var keep in new[] { 0.9, 0.7, 0.5, 0.3 })
        {
            var cut = CopyTransforms.Truncate(paragraphs, keep);
            var kept = CopyText.CountTokens(cut);
            Assert.Equal((int)Math.Round(words * keep, MidpointRounding.AwayFromZero), kept);
            Assert.StartsWith(string.Join(' ', cut), string.Join(' ', paragraphs), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Truncation_Of_A_Long_Text_Keeps_Whole_Leading_Paragraphs()
    {
        var cut = CopyTransforms.Truncate(Story, 0.3);

        Assert.Equal(Story.Take(3), cut);
    }

    [Fact]
    public void Truncation_Can_End_With_An_Ellipsis_Like_A_Feed_Excerpt()
    {
        var cut = CopyTransforms.Truncate([Story[0]], 0.5, ellipsis: true);

        Assert.Equal("The ferry to Marrow Island left two hours late...", Assert.Single(cut));
    }

    [Fact]
    public void Reorder_Keeps_The_Same_Paragraphs_In_Another_Order()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var reordered = CopyTransforms.Reorder(Story.Take(3).ToList(), new Random(seed));

            Assert.Equal(Story.Take(3).Order(StringComparer.Ordinal), reordered.Order(StringComparer.Ordinal));
            Assert.NotEqual(Story.Take(3), reordered);
        }
    }

    [Fact]
    public void Reordering_Sentences_Keeps_Every_Sentence_Of_The_Paragraph()
    {
        var paragraph = string.Join(' ', Story.Take(4));

        var reordered = Assert.Single(CopyTransforms.ReorderSentences([paragraph], new Random(3)));

        Assert.Equal(CopyText.Sentences(paragraph).Order(StringComparer.Ordinal), CopyText.Sentences(reordered).Order(StringComparer.Ordinal));
        Assert.NotEqual(paragraph, reordered);
    }

    [Fact]
    public void Dropping_Paragraphs_Removes_The_Asked_Share_And_Keeps_The_Order_Of_The_Rest()
    {
        var kept = CopyTransforms.Drop(Story, 0.3, new Random(7));

        Assert.Equal(7, kept.Count);
        Assert.Equal(Story.Where(kept.Contains), kept);
    }

    [Fact]
    public void Dropping_Sentences_Removes_Whole_Sentences()
    {
        var paragraph = string.Join(' ', Story);

        var kept = Assert.Single(CopyTransforms.DropSentences([paragraph], 0.5, new Random(1)));

        var sentences = CopyText.Sentences(kept);
        Assert.Equal(5, sentences.Count);
        Assert.All(sentences, sentence => Assert.Contains(sentence, Story));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.10)]
    [InlineData(0.20)]
    public void Light_Edits_Change_About_The_Asked_Share_Of_Words(double rate)
    {
        var body = Story.Concat(Story).ToList();
        var before = CopyText.Tokens(string.Join(' ', body));

        var edited = CopyTransforms.Edit(body, rate, Vocabulary, new Random(11));

        var after = CopyText.Tokens(string.Join(' ', edited));
        var asked = (int)Math.Round(before.Length * rate, MidpointRounding.AwayFromZero);
        var distance = TokenEditDistance(before, after);
        Assert.InRange(distance, asked * 0.8, asked);
    }

    [Fact]
    public void Substituted_Words_Keep_Their_Punctuation_And_Capital()
    {
        var edited = CopyTransforms.Edit([Story[2]], 1.0, ["lantern"], new Random(5));

        var original = CopyText.Tokens(Story[2]);
        foreach (var token in CopyText.Tokens(edited[0]))
        {
            var core = token.Trim('"', ',', '.');
            Assert.True(original.Contains(token) || core is "lantern" or "Lantern", $"unexpected token {token}");
        }

        Assert.StartsWith("\"Lantern", edited[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(QuoteStyle.Straight)]
    [InlineData(QuoteStyle.Curly)]
    [InlineData(QuoteStyle.Guillemets)]
    [InlineData(QuoteStyle.Toggle)]
    public void Quote_Changes_Alter_Only_Quote_Characters(QuoteStyle style)
    {
        string[] body = [Story[2], Story[3], "She called it “a long morning” and ‘not the last’."];

        var changed = CopyTransforms.ChangeQuotes(body, style);

        Assert.Equal(body.Length, changed.Count);
        var differences = 0;
        for (var p = 0; p < body.Length; p++)
        {
            Assert.Equal(body[p].Length, changed[p].Length);
            for (var i = 0; i < body[p].Length; i++)
            {
                if (body[p][i] != changed[p][i])
                {
                    differences++;
                    Assert.True(CopyText.IsQuote(body[p][i]) && CopyText.IsQuote(changed[p][i]), $"'{body[p][i]}' became '{changed[p][i]}'");
                }
            }
        }

        Assert.True(differences > 0);
    }

    [Fact]
    public void Curly_Quotes_Open_Before_Words_And_Close_After_Them()
    {
        var changed = CopyTransforms.ChangeQuotes([Story[2], Story[3]], QuoteStyle.Curly);

        Assert.Equal("“We don’t take chances with forty passengers aboard,” she told reporters at the pier.", changed[0]);
        Assert.Equal("The harbour office said ‘routine checks’ would continue through the weekend.", changed[1]);
    }

    [Fact]
    public void Guillemets_Replace_Double_Quotes()
    {
        var changed = CopyTransforms.ChangeQuotes([Story[2]], QuoteStyle.Guillemets);

        Assert.Equal("«We don’t take chances with forty passengers aboard,» she told reporters at the pier.", changed[0]);
    }

    [Fact]
    public void Straight_Quotes_Replace_Curly_And_Angle_Quotes()
    {
        var changed = CopyTransforms.ChangeQuotes(["«Fog» is ‘usual’ here, it’s “fine”."], QuoteStyle.Straight);

        Assert.Equal("\"Fog\" is 'usual' here, it's \"fine\".", changed[0]);
    }

    [Theory]
    [InlineData(WhitespaceStyle.Spaces)]
    [InlineData(WhitespaceStyle.ParagraphBreaks)]
    public void Whitespace_Changes_Alter_Only_Whitespace(WhitespaceStyle style)
    {
        foreach (var body in new[] { Story.Take(5).ToArray(), [string.Join(' ', Story.Take(3))] })
        {
            var changed = CopyTransforms.ChangeWhitespace(body, style, new Random(2));

            Assert.Equal(WithoutWhitespace(body), WithoutWhitespace(changed));
            Assert.NotEqual(body, changed);
        }
    }

    [Fact]
    public void Paragraph_Break_Changes_Join_Neighbours_Or_Split_A_Lone_Paragraph()
    {
        Assert.Equal(3, CopyTransforms.ChangeWhitespace(Story.Take(5).ToList(), WhitespaceStyle.ParagraphBreaks, new Random(0)).Count);
        Assert.Equal(2, CopyTransforms.ChangeWhitespace([string.Join(' ', Story.Take(4))], WhitespaceStyle.ParagraphBreaks, new Random(0)).Count);
    }

    [Theory]
    [InlineData(CaseStyle.Lower)]
    [InlineData(CaseStyle.UpperLead)]
    public void Case_Changes_Alter_Only_Letter_Case(CaseStyle style)
    {
        foreach (var body in new[] { Story.Take(3).ToArray(), [string.Join(' ', Story.Take(3))] })
        {
            var changed = CopyTransforms.ChangeCase(body, style);

            Assert.Equal(body, changed, StringComparer.OrdinalIgnoreCase);
            Assert.NotEqual(body, changed);
        }
    }

    [Fact]
    public void Upper_Lead_Of_A_One_Paragraph_Text_Capitalises_Its_First_Sentence_Only()
    {
        var changed = CopyTransforms.ChangeCase([Story[0] + " " + Story[1]], CaseStyle.UpperLead);

        Assert.Equal(Story[0].ToUpperInvariant() + " " + Story[1], changed[0]);
    }

    [Theory]
    [InlineData(BoilerplateStrength.Light, 1, 2)]
    [InlineData(BoilerplateStrength.Heavy, 5, 8)]
    public void Boilerplate_Adds_Lines_Around_The_Body_And_Leaves_The_Body_In_Order(BoilerplateStrength strength, int least, int most)
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var body = Story.Take(4).ToList();

            var page = CopyTransforms.AddBoilerplate(body, strength, ["Harbour traffic returns to normal"], new Random(seed));

            Assert.InRange(page.Count - body.Count, least, most);
            Assert.Equal(body, page.Where(body.Contains));
        }
    }

    [Fact]
    public void Kept_Share_Counts_Surviving_Words_As_A_Multiset()
    {
        Assert.Equal(1.0, CopyText.KeptShare(["the fog, the bay"], ["The bay... THE FOG and more"]));
        Assert.Equal(0.75, CopyText.KeptShare(["the fog the bay"], ["the fog bay"]));
        Assert.Equal(0.0, CopyText.KeptShare(["fog"], ["sun"]));
    }

    [Fact]
    public void Sentences_Do_Not_End_At_Initials_Or_Titles()
    {
        var sentences = CopyText.Sentences("Mr. Folau met the U.S. consul on Monday. \"It went well.\" The talks resume in May.");

        Assert.Equal(["Mr. Folau met the U.S. consul on Monday.", "\"It went well.\"", "The talks resume in May."], sentences);
    }

    private static string WithoutWhitespace(IEnumerable<string> paragraphs) =>
        string.Concat(string.Concat(paragraphs).Where(c => !char.IsWhiteSpace(c)));

    private static int TokenEditDistance(string[] a, string[] b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
