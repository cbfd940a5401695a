using System.Text;
using Corroborate.Ingestion;

namespace Corroborate.Core.Tests.Ingestion;

public sealed class TextDecoderTests
{
    private const string Sample = "Café owner Renée says “we’ll open again”";

    private const string CyrillicSentence =
        "Плотина на реке Тессель выдержала паводок, сообщили в мэрии в понедельник.\nВода поднялась на 2 метра за ночь.";

    private const string GreekSentence =
        "Το φράγμα άντεξε την πλημμύρα, ανακοίνωσε ο δήμος τη Δευτέρα.\nΤο νερό ανέβηκε 2 μέτρα μέσα σε μια νύχτα.";

    [Fact]
    public void Utf8_Without_Bom_Is_Decoded_Without_Warning()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Null(decoded.Warning);
        Assert.True(decoded.IsText);
    }

    [Fact]
    public void Utf8_Bom_Is_Honoured_And_Dropped_From_The_Text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Utf16_Le_With_Bom_Is_Decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-16", decoded.EncodingName);
    }

    [Fact]
    public void Utf16_Le_Without_Bom_Is_Detected_From_Its_Zero_Bytes()
    {
        var text = "<p>Plain words in a UTF-16 file with no mark, and an accent: é</p>";

        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal("utf-16", decoded.EncodingName);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Cyrillic_And_Greek_In_Utf16_Without_Bom_Are_Decoded_Not_Refused_As_Binary(string encodingName)
    {
        var encoding = encodingName == "utf-16" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        foreach (var text in new[] { CyrillicSentence, GreekSentence })
        {
            var decoded = TextDecoder.Decode(encoding.GetBytes(text));

            Assert.True(decoded.IsText, decoded.Error);
            Assert.Equal(text, decoded.Text);
            Assert.Equal(encodingName, decoded.EncodingName);
        }
    }

    [Fact]
    public void Cyrillic_Utf16_Without_Bom_Cut_Off_Mid_Character_Keeps_Its_Text_With_A_Warning()
    {
        var bytes = Encoding.Unicode.GetBytes(CyrillicSentence);

        var decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1));

        Assert.Equal(CyrillicSentence[..^1] + "\uFFFD", decoded.Text);
        Assert.StartsWith("ends in the middle of a UTF-16 character", decoded.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_Binary_Is_Still_Refused(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        Assert.Equal(TextDecoder.BinaryFileReason, TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Random_Binary_With_Zero_Bytes_Only_At_Odd_Offsets_Is_Still_Refused()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i % 2 == 0 && bytes[i] == 0)
            {
                bytes[i] = 0x41;
            }
            else if (i % 16 == 1)
            {
                bytes[i] = 0;
            }
        }

        Assert.Equal(TextDecoder.BinaryFileReason, TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Ascii_Text_With_A_Stray_Zero_Byte_Is_Still_Binary_And_Not_Read_As_Utf16()
    {
        var bytes = Ascii("Flood defences held overnight, the council said on Monday.\n");
        bytes[9] = 0;

        Assert.Equal(TextDecoder.BinaryFileReason, TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Utf16_Be_With_Bom_Is_Decoded()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf32_Le_With_Bom_Is_Decoded()
    {
        var bytes = Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Windows1252_Declared_In_Meta_Charset_Decodes_Curly_Apostrophe_And_Accent()
    {
        var bytes = Ascii("<html><head><meta charset=\"windows-1252\"></head><body><p>the region")
            .Append((byte)0x92).Concat(Ascii("s minister, Chlo")).Append((byte)0xE9).Concat(Ascii("</p></body></html>"))
            .ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Contains("the region’s minister, Chloé", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Koi8r_Declared_In_Meta_Http_Equiv_Decodes_Cyrillic()
    {
        var koi8r = TextDecoder.ResolveCharset("koi8-r")!;
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\"></head>"
            + "<body><p>Плотина прорвалась ночью</p></body></html>";

        var decoded = TextDecoder.Decode(koi8r.GetBytes(html));

        Assert.Contains("Плотина прорвалась ночью", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("koi8-r", decoded.EncodingName);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("US-ASCII")]
    public void Latin1_And_Ascii_Labels_Are_Read_As_Windows1252_Like_Browsers_Do(string label)
    {
        var bytes = Ascii($"<meta charset=\"{label}\"><p>it").Append((byte)0x92).Concat(Ascii("s here</p>")).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Contains("it’s here", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Invalid_Utf8_Without_Declaration_Falls_Back_To_Windows1252_With_A_Warning()
    {
        var bytes = Ascii("Joaqu").Append((byte)0xED).Concat(Ascii("n Bela")).Append((byte)0xFA).Concat(Ascii("nde")).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Joaquín Belaúnde", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Equal("not valid UTF-8; decoded as windows-1252", decoded.Warning);
    }

    [Fact]
    public void Declared_Utf8_That_Is_Not_Utf8_Falls_Back_To_Windows1252_With_A_Warning()
    {
        var bytes = Ascii("<meta charset=\"utf-8\"><p>Caf").Append((byte)0xE9).Concat(Ascii("</p>")).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Contains("Café", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("declares charset utf-8 but is not valid UTF-8; decoded as windows-1252", decoded.Warning);
    }

    [Fact]
    public void Legacy_Declaration_On_Valid_Utf8_Text_Is_Overruled_With_A_Warning()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Zoë Marchetti</p>");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Contains("Zoë Marchetti", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal("declares charset iso-8859-1 but is valid UTF-8; decoded as UTF-8", decoded.Warning);
    }

    [Fact]
    public void Unknown_Declared_Charset_Is_Reported_And_The_Text_Still_Decoded()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"x-martian\"><p>Zoë</p>");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Contains("Zoë", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("declares an unknown charset (x-martian); decoded as UTF-8", decoded.Warning);
    }

    [Fact]
    public void Utf8_Cut_Off_In_The_Middle_Of_A_Character_Stays_Utf8()
    {
        var whole = Encoding.UTF8.GetBytes("Sáenz-Baptiste said “");
        var cut = whole[..^1];

        var decoded = TextDecoder.Decode(cut);

        Assert.Equal("Sáenz-Baptiste said \uFFFD", decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.StartsWith("ends in the middle of a UTF-8 character", decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_With_Nul_Are_A_Binary_File()
    {
        byte[] bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H'];

        var decoded = TextDecoder.Decode(bytes);

        Assert.False(decoded.IsText);
        Assert.Equal("binary file (not text)", decoded.Error);
        Assert.Equal("", decoded.Text);
    }

    [Fact]
    public void Bytes_With_Many_Control_Characters_Are_A_Binary_File()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 + (i % 7) : 'a')).ToArray();

        Assert.False(TextDecoder.Decode(bytes).IsText);
    }

    [Fact]
    public void Text_With_Tabs_And_Line_Breaks_Is_Not_Binary()
    {
        var decoded = TextDecoder.Decode(Ascii("a\tb\r\nc\fd\n\n"));

        Assert.True(decoded.IsText);
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
