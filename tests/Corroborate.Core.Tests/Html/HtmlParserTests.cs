using Corroborate.Html;

namespace Corroborate.Core.Tests.Html;

public sealed class HtmlParserTests
{
    [Fact]
    public void Builds_A_Tree_With_Lower_Case_Names_And_Decoded_Attributes()
    {
        var doc = HtmlParser.Parse("<HTML><Body><DIV Class='a &amp; b' id=x>Caf&eacute; &#8212; ok</DIV></Body></HTML>");
        var div = doc.FindFirst("div")!;
        Assert.Equal("a & b", div.GetAttribute("class"));
        Assert.Equal("x", div.GetAttribute("id"));
        Assert.Equal("Café — ok", div.InnerText());
        Assert.Equal("body", div.Parent!.Name);
    }

    [Fact]
    public void Unclosed_Paragraphs_And_List_Items_Close_Implicitly()
    {
        var doc = HtmlParser.Parse("<div><p>one<p>two<ul><li>a<li>b</ul></div>");
        var div = doc.FindFirst("div")!;
        Assert.Equal(["p", "p", "ul"], div.Children.Select(c => c.Name));
        Assert.Equal(2, div.FindFirst("ul")!.Children.Count(c => c.Name == "li"));
    }

    [Fact]
    public void Script_And_Style_Content_Is_Raw_And_Never_Markup()
    {
        var doc = HtmlParser.Parse("<body><script>if (a < b) { x = '</div>'; }</script><style>p{}</style><p>text</p></body>");
        var script = doc.FindFirst("script")!;
        Assert.Contains("a < b", script.Children[0].Text, StringComparison.Ordinal);
        Assert.Equal("text", doc.FindFirst("p")!.InnerText());
        Assert.Empty(doc.FindFirst("style")!.Children);
    }

    [Fact]
    public void Stray_End_Tags_Are_Ignored_And_Truncated_Html_Still_Parses()
    {
        var doc = HtmlParser.Parse("<div></span><p>kept</p></b><p>cut off mid sen");
        Assert.Equal(["kept", "cut off mid sen"], doc.Descendants().Where(n => n.Name == "p").Select(p => p.InnerText()));
    }

    [Fact]
    public void Comments_Doctype_And_Literal_Less_Than_Are_Handled()
    {
        var doc = HtmlParser.Parse("<!DOCTYPE html><!-- <p>hidden</p> --><p>1 < 2 and 3 > 2</p>");
        Assert.Single(doc.Descendants(), n => n.Name == "p");
        Assert.Equal("1 < 2 and 3 > 2", doc.FindFirst("p")!.InnerText());
    }

    [Fact]
    public void Deeply_Nested_Input_Is_Capped_Without_Stack_Overflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep";
        var doc = HtmlParser.Parse(html);
        var depth = 0;
        for (var node = doc.FindFirst("div"); node is not null; node = node.Children.FirstOrDefault(c => c.IsElement))
        {
            depth++;
        }

        Assert.True(depth <= HtmlParser.MaxDepth);
        Assert.Contains("deep", BlockRenderer.RenderText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Block_Renderer_Separates_Blocks_And_Joins_Inline_Text()
    {
        var doc = HtmlParser.Parse("<div>Intro <b>bold</b><a href=x>link</a><p>Next</p>tail<br>line</div>");
        var blocks = BlockRenderer.Render(doc);
        Assert.Equal(["Intro boldlink", "Next", "tail", "line"], blocks.Select(b => b.Text));
        Assert.Equal(4, blocks[0].LinkChars);
    }
}
