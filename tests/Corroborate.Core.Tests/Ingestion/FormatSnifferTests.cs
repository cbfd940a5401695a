using Corroborate.Ingestion;

namespace Corroborate.Core.Tests.Ingestion;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- generated -->\n<rss version=\"2.0\"><channel/></rss>")]
    [InlineData("\uFEFF  <?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>")]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>")]
    [InlineData("<rss version=\"2.0\"><channel><title>x</title></channel></rss>")]
    [InlineData("<!-- a comment first --><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>")]
    public void Rss_Atom_And_Rdf_Are_Feeds(string text)
    {
        Assert.Equal(InputFormat.Feed, FormatSniffer.Sniff(text, "noext"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "page.html")]
    [InlineData("  <html lang=\"en\"><head><title>t</title></head></html>", "page")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html/>", "page.xml")]
    [InlineData("<p>First paragraph.</p><p>Second paragraph.</p>", "story.txt")]
    [InlineData("Headline\n\n<div class=\"body\"><p>First paragraph.</p></div>", "story.txt")]
    public void Html_Is_Recognised_Whatever_The_Extension(string text, string fileName)
    {
        Assert.Equal(InputFormat.Html, FormatSniffer.Sniff(text, fileName));
    }

    [Theory]
    [InlineData("[{\"title\": \"a\"}, {\"title\": \"b\"}]", "export")]
    [InlineData("{\n  \"title\": \"a\",\n  \"text\": \"b\"\n}\n", "export.txt")]
    [InlineData("{\"title\": \"a\", \"text\": \"b\"}\n", "one.jsonl")]
    [InlineData("[\n  {\"title\": \"a\"},\n]", "trailing-comma.json")]
    [InlineData("[{\"title\": \"a\"", "broken.json")]
    public void One_Json_Value_Is_Json(string text, string fileName)
    {
        Assert.Equal(InputFormat.Json, FormatSniffer.Sniff(text, fileName));
    }

    [Theory]
    [InlineData("{\"title\": \"a\"}\n{\"title\": \"b\"}\n", "export.json")]
    [InlineData("{\"title\": \"a\"}\r\n\r\n{\"title\": \"b\"}", "export")]
    [InlineData("{\"title\": \"broken\n{\"title\": \"b\"}\n", "export")]
    public void One_Object_Per_Line_Is_Json_Lines(string text, string fileName)
    {
        Assert.Equal(InputFormat.Jsonl, FormatSniffer.Sniff(text, fileName));
    }

    [Theory]
    [InlineData("[Updated] Storm closes the coast road\n\nThe road was shut on Friday.", "story.txt")]
    [InlineData("Dam fails\n20260221\nhttps://example.org/x\n\nBody.", "dump.txt")]
    [InlineData("Just a few words", "noext")]
    [InlineData("Talks on a <b>bold</b> plan stall\nThey did.", "note")]
    public void Anything_Else_Is_Plain_Text(string text, string fileName)
    {
        Assert.Equal(InputFormat.PlainText, FormatSniffer.Sniff(text, fileName));
    }

    [Fact]
    public void Other_Xml_Goes_To_The_Feed_Reader_Which_Names_Its_Root()
    {
        var sitemap = "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>";

        Assert.Equal(InputFormat.Feed, FormatSniffer.Sniff(sitemap, "sitemap"));
    }

    [Fact]
    public void Extension_Decides_Only_When_The_Content_Does_Not()
    {
        Assert.Equal(InputFormat.Html, FormatSniffer.Sniff("no tags at all", "page.htm"));
        Assert.Equal(InputFormat.Html, FormatSniffer.Sniff("<!DOCTYPE html><html></html>", "feed.xml"));
    }

    [Fact]
    public void Json_Nested_100_Levels_Deep_Is_Still_Json_Without_An_Extension()
    {
        var nested = new string('[', 100) + new string(']', 100);

        Assert.Equal(InputFormat.Json, FormatSniffer.Sniff($$"""{"text": "Body.", "extra": {{nested}}}""", "export"));
        Assert.Equal(InputFormat.Jsonl, FormatSniffer.Sniff($$"""{"extra": {{nested}}}""" + "\n{\"text\": \"Two.\"}\n", "export"));
    }
}
