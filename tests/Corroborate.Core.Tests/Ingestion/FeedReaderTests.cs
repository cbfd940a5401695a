using System.Text;
using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Ingestion;

namespace Corroborate.Core.Tests.Ingestion;

public sealed class FeedReaderTests : IDisposable
{
    private const string RssHead = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
          <channel>
            <title>Harbourline Radio</title>
            <link>https://www.harbourlineradio.example/</link>
            <language>en-gb</language>
            <image><title>Logo title, not the site</title></image>
        """;

    private const string RssTail = "\n  </channel>\n</rss>\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Rss2_Items_With_Content_Encoded_Dc_Creator_And_PubDate_Are_Read()
    {
        var path = _folder.Write("radio.xml", RssHead + """
            <item>
              <title>Two dead in Ambry Valley flood</title>
              <link>https://www.harbourlineradio.example/news/flood</link>
              <guid isPermaLink="false">hr-1001</guid>
              <pubDate>Fri, 20 Feb 2026 16:45:00 GMT</pubDate>
              <dc:creator>Nadia Brookfield</dc:creator>
              <category>Flood</category>
              <media:description>A photo caption, not the story</media:description>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>First paragraph.</p><p>Second paragraph.</p>]]></content:encoded>
            </item>
            <item>
              <title>Trams approved</title>
              <guid>https://www.harbourlineradio.example/news/trams</guid>
              <pubDate>Thu, 19 Feb 2026 09:10:00 +0100</pubDate>
              <author>news@harbourlineradio.example (Callum Oduya)</author>
              <description>Saltmarch council approved the Halden Street tram line.</description>
            </item>
            """ + RssTail);

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.Count);
        var full = result.Single("radio-1");
        Assert.Equal(ContentKind.HtmlFragment, full.Kind);
        Assert.Equal("<p>First paragraph.</p><p>Second paragraph.</p>", full.Content);
        Assert.Equal("Two dead in Ambry Valley flood", full.Metadata.Title);
        Assert.Equal("https://www.harbourlineradio.example/news/flood", full.Metadata.Url);
        Assert.Equal(["Nadia Brookfield"], full.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 16, 45, 0, TimeSpan.Zero), full.Metadata.Published);
        Assert.Equal("Harbourline Radio", full.Metadata.SiteName);
        Assert.Equal("en-gb", full.Metadata.Language);
        Assert.Equal(new SourceLocation(path, Item: 1), full.Origin);

        var teaser = result.Single("radio-2");
        Assert.Equal(ContentKind.PlainText, teaser.Kind);
        Assert.Equal("Saltmarch council approved the Halden Street tram line.", teaser.Content);
        Assert.Equal("https://www.harbourlineradio.example/news/trams", teaser.Metadata.Url);
        Assert.Equal(["Callum Oduya"], teaser.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 19, 9, 10, 0, TimeSpan.FromHours(1)), teaser.Metadata.Published);
    }

    [Fact]
    public void Rss_Description_With_Escaped_Html_Is_An_Html_Fragment()
    {
        var path = _folder.Write("escaped.rss", RssHead + """
            <item><title>Tom &amp;amp; Jerry</title><description>&lt;p&gt;Escaped &lt;b&gt;markup&lt;/b&gt;.&lt;/p&gt;</description></item>
            """ + RssTail);

        var article = Assert.Single(Ingest.Read(path).Articles);

        Assert.Equal(ContentKind.HtmlFragment, article.Kind);
        Assert.Equal("<p>Escaped <b>markup</b>.</p>", article.Content);
        Assert.Equal("Tom & Jerry", article.Metadata.Title);
    }

    [Fact]
    public void Atom_Entry_With_Escaped_Html_Content_And_Author_Is_Read()
    {
        var path = _folder.Write("kestrel.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
              <title>Kestrel Daily</title>
              <link rel="self" href="https://kestreldaily.example/feed.atom"/>
              <entry>
                <title>Questions mount over inspection</title>
                <link rel="enclosure" href="https://kestreldaily.example/photo.jpg"/>
                <link rel="alternate" type="text/html" href="https://kestreldaily.example/world/questions"/>
                <id>tag:kestreldaily.example,2026:questions</id>
                <published>2026-02-22T06:00:00Z</published>
                <updated>2026-02-22T10:20:00Z</updated>
                <author><name>Wendell Ashgrove</name><uri>https://kestreldaily.example/wa</uri></author>
                <summary>Short summary.</summary>
                <content type="html">&lt;p&gt;"It was a visual inspection," she said.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title type="text">Plain entry</title>
                <link href="https://kestreldaily.example/world/plain"/>
                <updated>2026-02-23T08:00:00Z</updated>
                <content type="text">Line one.
            Line two.</content>
              </entry>
            </feed>
            """);

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        var first = result.Single("kestrel-1");
        Assert.Equal(ContentKind.HtmlFragment, first.Kind);
        Assert.Equal("<p>\"It was a visual inspection,\" she said.</p><p>Second.</p>", first.Content);
        Assert.Equal("https://kestreldaily.example/world/questions", first.Metadata.Url);
        Assert.Equal(["Wendell Ashgrove"], first.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 22, 6, 0, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.Equal("Kestrel Daily", first.Metadata.SiteName);
        Assert.Equal("en-US", first.Metadata.Language);

        var plain = result.Single("kestrel-2");
        Assert.Equal(ContentKind.PlainText, plain.Kind);
        Assert.Equal("Line one.\nLine two.", plain.Content);
        Assert.Equal("https://kestreldaily.example/world/plain", plain.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 2, 23, 8, 0, 0, TimeSpan.Zero), plain.Metadata.Published);
    }

    [Fact]
    public void Atom_Xhtml_Content_Is_Kept_As_Markup()
    {
        var path = _folder.Write("xhtml.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>X</title>
              <entry><title>T</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A &amp; B</p><p>C</p></div></content></entry>
            </feed>
            """);

        var article = Assert.Single(Ingest.Read(path).Articles);

        Assert.Equal(ContentKind.HtmlFragment, article.Kind);
        Assert.Equal("<div><p>A &amp; B</p><p>C</p></div>", article.Content);
    }

    [Fact]
    public void Rss1_Rdf_Items_Are_Read()
    {
        var path = _folder.Write("rdf.xml", """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://q.example/"><title>Quarterline News</title><link>https://q.example/</link></channel>
              <image rdf:about="https://q.example/logo.png"><title>Logo</title></image>
              <item rdf:about="https://q.example/a">
                <title>Dam operator and regulator clash</title>
                <link>https://q.example/a</link>
                <description>The regulator tells a different story.</description>
                <dc:date>2026-02-20T18:40:00Z</dc:date>
                <dc:creator>Ilse Varga-Doyle</dc:creator>
              </item>
            </rdf:RDF>
            """);

        var article = Assert.Single(Ingest.Read(path).Articles);

        Assert.Equal("Quarterline News", article.Metadata.SiteName);
        Assert.Equal("https://q.example/a", article.Metadata.Url);
        Assert.Equal(["Ilse Varga-Doyle"], article.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 18, 40, 0, TimeSpan.Zero), article.Metadata.Published);
    }

    [Fact]
    public void Iso88592_Declared_In_The_Xml_Declaration_Is_Decoded()
    {
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<rss version=\"2.0\"><channel><title>Gazeta Łódzka</title>"
            + "<item><title>Powódź w Łodzi</title><description>Mieszkańcy Łodzi uciekają przed wodą.</description></item>"
            + "</channel></rss>";
        var bytes = TextDecoder.ResolveCharset("iso-8859-2")!.GetBytes(text);
        Assert.Equal(0xA3, bytes[text.IndexOf('Ł', StringComparison.Ordinal)]);
        var path = _folder.Write("gazeta.xml", bytes);

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Powódź w Łodzi", article.Metadata.Title);
        Assert.Equal("Mieszkańcy Łodzi uciekają przed wodą.", article.Content);
        Assert.Equal("Gazeta Łódzka", article.Metadata.SiteName);
    }

    [Fact]
    public void Feed_With_10000_Items_Gives_10000_Articles()
    {
        var builder = new StringBuilder(RssHead);
        for (var i = 1; i <= 10_000; i++)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<item><title>Item {i}</title><link>https://x.example/{i}</link><description>Body of item {i}.</description></item>\n");
        }

        var path = _folder.Write("big.xml", builder.Append(RssTail).ToString());

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(10_000, result.Articles.Count);
        Assert.Equal("big-10000", result.Articles[^1].Id);
        Assert.Equal("Body of item 10000.", result.Articles[^1].Content);
        Assert.Equal(10_000, result.Articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Minified_Feed_Without_Whitespace_Loses_No_Item()
    {
        var path = _folder.Write("tight.xml",
            "<rss><channel><title>T</title><item><title>A</title><description>a</description></item>"
            + "<item><title>B</title><description>b</description></item><item><description>c</description></item></channel></rss>");

        var result = Ingest.Read(path);

        Assert.Equal(["a", "b", "c"], result.Articles.Select(a => a.Content));
        Assert.All(result.Articles, a => Assert.Equal("T", a.Metadata.SiteName));
    }

    [Fact]
    public void Malformed_Feed_Keeps_Earlier_Items_And_Reports_The_Line()
    {
        var path = _folder.Write("broken.xml", """
            <rss version="2.0">
              <channel>
                <title>Broken</title>
                <item><title>One</title><description>First.</description></item>
                <item><title>Two</title><description>Second.</description></item>
                <item><title>Three</title><description>Third.</descrption></item>
                <item><title>Four</title><description>Fourth.</description></item>
              </channel>
            </rss>
            """);

        var result = Ingest.Read(path);

        Assert.Equal(["First.", "Second."], result.Articles.Select(a => a.Content));
        var error = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal(6, error.Location.Line);
        Assert.StartsWith($"{path}:6: malformed XML (", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.Reason, StringComparison.Ordinal);
        Assert.Equal(InputOutcome.SomeFailed, result.Statistics.Outcome);
    }

    [Fact]
    public void Item_Without_Text_Is_Reported_And_The_Others_Are_Read()
    {
        var path = _folder.Write("gaps.xml", RssHead + """
            <item><title>Has text</title><description>Yes.</description></item>
            <item><title>Title only</title><link>https://x.example/2</link></item>
            <item><title>Empty</title><description>   </description><content:encoded/></item>
            <item><title>Also text</title><description>Yes again.</description></item>
            """ + RssTail);

        var result = Ingest.Read(path);

        Assert.Equal(["gaps-1", "gaps-4"], result.Articles.Select(a => a.Id));
        Assert.Equal(
            [
                $"{path}: item 2: item has no text (no content:encoded or description)",
                $"{path}: item 3: item has no text (no content:encoded or description)",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void External_Entities_Are_Never_Resolved()
    {
        var secret = _folder.Write("secret.txt", "TOP-SECRET-VALUE");
        var path = _folder.Write("xxe.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>
            <rss><channel><title>T</title><item><title>x</title><description>&leak;</description></item></channel></rss>
            """);

        var result = Ingest.Read(path);

        Assert.DoesNotContain(result.Articles, a => a.Content.Contains("TOP-SECRET", StringComparison.Ordinal));
        Assert.Equal(
            [$"{path}:3: feed declares a DTD or custom entities, which are not supported (Reference to undeclared entity 'leak')"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Entity_Expansion_Bomb_Is_Refused_As_A_Dtd_Not_Expanded()
    {
        var path = _folder.Write("laughs.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <rss><channel><title>T</title><item><title>x</title><description>&lol3;</description></item></channel></rss>
            """);

        var result = Ingest.Read(path);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Problems);
        Assert.StartsWith("feed declares a DTD or custom entities, which are not supported (", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_Entity_Without_A_Dtd_Is_Still_Called_Malformed_Xml()
    {
        var path = _folder.Write("typo.xml", "<rss><channel><title>T</title><item><title>x</title><description>A &bogus; B</description></item></channel></rss>");

        var error = Assert.Single(Ingest.Read(path).Problems);

        Assert.Equal("malformed XML (Reference to undeclared entity 'bogus')", error.Reason);
    }

    [Fact]
    public void Html_Entity_Names_In_A_Feed_Do_Not_Break_It()
    {
        var path = _folder.Write("entities.xml",
            "<rss><channel><title>Caf&eacute; Radio</title><item><title>Dam&nbsp;fails</title>"
            + "<description>Bela&uacute;nde &amp; Stroud</description></item></channel></rss>");

        var result = Ingest.Read(path);

        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Café Radio", article.Metadata.SiteName);
        Assert.Equal("Dam fails", article.Metadata.Title);
        Assert.Equal("Belaúnde & Stroud", article.Content);
    }

    [Fact]
    public void Feed_Without_Items_Is_Reported()
    {
        var path = _folder.Write("quiet.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title></feed>");

        var result = Ingest.Read(path);

        Assert.Empty(result.Articles);
        Assert.Equal($"{path}: feed has no entries", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Xml_That_Is_Not_A_Feed_Is_Reported_With_Its_Root_Element()
    {
        var path = _folder.Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");

        var result = Ingest.Read(path);

        Assert.Empty(result.Articles);
        Assert.Equal($"{path}: not an RSS or Atom feed (the root element is <urlset>)", Assert.Single(result.Problems).ToString());
    }
}
