using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Corroborate.Ingestion;

/// <summary>The text decoded from a file's bytes, or why the bytes are not text.</summary>
/// <param name="Text">The text, without a leading byte order mark. Empty when <paramref name="Error"/> is set.</param>
/// <param name="EncodingName">The encoding used (<c>utf-8</c>, <c>windows-1252</c>, <c>koi8-r</c>...).</param>
/// <param name="Warning">Set when the text was decoded on a guess the user should know about.</param>
/// <param name="Error">Set when the bytes are not text (a binary file).</param>
public sealed record DecodedText(string Text, string EncodingName, string? Warning = null, string? Error = null)
{
    /// <summary>True when the bytes were decoded as text.</summary>
    public bool IsText => Error is null;
}

/// <summary>Turns the bytes of an input file into text, detecting its encoding the way browsers do.</summary>
/// <remarks>
/// Order: a byte order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark, from the pattern of zero bytes (many
/// for mostly-ASCII text; few, all at one parity and with a strict decode, for non-Latin alphabets);
/// a charset declared in the first 4 KB (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c>, XML declaration);
/// otherwise strict UTF-8, and windows-1252 when the bytes are not valid UTF-8. Binary files (NUL bytes or many
/// control characters in the first 8 KB) are refused. Thread-safe.
/// </remarks>
public static partial class TextDecoder
{
    /// <summary>How many leading bytes are searched for a declared charset.</summary>
    public const int DeclarationWindow = 4096;

    /// <summary>How many leading bytes are checked for signs of a binary file.</summary>
    public const int BinarySampleBytes = 8192;

    /// <summary>The error reported for bytes that are not text.</summary>
    public const string BinaryFileReason = "binary file (not text)";

    private static readonly Encoding Windows1252;

    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        // Legacy code pages (windows-1252, ISO-8859-x, KOI8-R, Shift_JIS...) are not built in to .NET.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Decodes <paramref name="bytes"/>; never throws for bad input.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (markEncoding, markLength) = DetectByteOrderMark(bytes);
        if (markEncoding is not null)
        {
            var body = bytes[markLength..];
            return markEncoding.CodePage == Encoding.UTF8.CodePage
                ? DecodeMarkedUtf8(body)
                : DecodeWide(body, markEncoding);
        }

        if (DetectUnmarkedUtf16(bytes) is { } wide)
        {
            return DecodeWide(bytes, wide);
        }

        if (DecodeUnmarkedNonLatinUtf16(bytes) is { } nonLatin)
        {
            return nonLatin;
        }

        if (LooksBinary(bytes))
        {
            return Binary();
        }

        if (FindDeclaredCharset(bytes) is { } declared)
        {
            return DecodeDeclared(bytes, declared);
        }

        return DecodeUndeclared(bytes, warningPrefix: null);
    }

    /// <summary>
    /// The encoding for a charset label as browsers read it: ISO-8859-1, Latin-1 and US-ASCII mean windows-1252,
    /// UTF-16 in a byte-oriented document means UTF-8. Null when the label is unknown.
    /// </summary>
    public static Encoding? ResolveCharset(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2":
            // UTF-7 is refused on purpose: it can smuggle markup past filters.
            case "utf-7" or "utf7":
                return Encoding.UTF8;
            case "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii"
                or "ascii" or "cp1252" or "cp819" or "ibm819" or "iso-ir-100" or "x-cp1252":
                return Windows1252;
            case "shift-jis" or "x-sjis" or "sjis" or "ms_kanji":
                name = "shift_jis";
                break;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) DetectByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    /// <summary>Zero bytes at even and at odd offsets.</summary>
    private static (int Even, int Odd) CountZeros(ReadOnlySpan<byte> sample)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        return (even, odd);
    }

    private static Encoding? DetectUnmarkedUtf16(ReadOnlySpan<byte> bytes)
    {
        // ASCII characters in UTF-16 have a zero high byte: zeros at odd offsets (LE) or even offsets (BE).
        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        var (evenZeros, oddZeros) = CountZeros(sample);

        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 <= pairs)
        {
            return Encoding.Unicode;
        }

        if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 <= pairs)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    // UTF-16 text in a non-Latin alphabet (Cyrillic, Greek, Arabic, Hebrew...) has few zero bytes: only its spaces,
    // digits and punctuation have one, always in the high byte of a code unit, so always at the same parity (odd
    // offsets in little-endian, even in big-endian). Binary data has zeros at both parities. The bytes are taken as
    // UTF-16 when a strict decode succeeds, the high bytes come from a few 256-character blocks (one alphabet plus
    // ASCII, where text mistaken for UTF-16 or random bytes spread over many), and the text has almost no controls.
    private static DecodedText? DecodeUnmarkedNonLatinUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, BinarySampleBytes) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        var (evenZeros, oddZeros) = CountZeros(sample);

        if ((evenZeros > 0) == (oddZeros > 0))
        {
            return null;
        }

        var bigEndian = evenZeros > 0;
        Span<int> highBytes = stackalloc int[256];
        for (var i = bigEndian ? 0 : 1; i < sample.Length; i += 2)
        {
            highBytes[sample[i]]++;
        }

        highBytes.Sort();
        var units = sample.Length / 2;
        var inFewBlocks = highBytes[^1] + highBytes[^2] + highBytes[^3] + highBytes[^4];
        if (inFewBlocks * 100 < units * 95)
        {
            return null;
        }

        var encoding = bigEndian ? StrictUtf16BigEndian : StrictUtf16LittleEndian;
        var cutOff = bytes.Length % 2 != 0;
        string text;
        try
        {
            text = encoding.GetString(cutOff ? bytes[..^1] : bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        if (!HasFewControls(text))
        {
            return null;
        }

        return cutOff
            ? new DecodedText(text + "\uFFFD", encoding.WebName, "ends in the middle of a UTF-16 character (cut off?); it was replaced with \uFFFD")
            : new DecodedText(text, encoding.WebName);
    }

    // At most one control character (NUL, C0 other than whitespace, C1, a noncharacter) in 100.
    private static bool HasFewControls(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySampleBytes / 2));
        var controls = 0;
        foreach (var c in sample)
        {
            if ((c < 0x80 && (c == '\0' || IsBinaryControl((byte)c))) || c is (>= '\u0080' and <= '\u009F') or '\uFFFE' or '\uFFFF')
            {
                controls++;
            }
        }

        return controls * 100 <= sample.Length;
    }

    private static DecodedText DecodeWide(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var text = StripByteOrderMark(encoding.GetString(bytes));
        return LooksBinary(text) ? Binary() : new DecodedText(text, encoding.WebName);
    }

    private static DecodedText DecodeMarkedUtf8(ReadOnlySpan<byte> bytes)
    {
        if (LooksBinary(bytes))
        {
            return Binary();
        }

        if (Utf8.IsValid(bytes))
        {
            return Utf8Text(bytes, warning: null);
        }

        // The mark is strong evidence of UTF-8: keep it, and say that some bytes were damaged.
        return Utf8Text(bytes, "starts with a UTF-8 byte order mark but has invalid UTF-8 bytes; they were replaced with \uFFFD");
    }

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, string declared)
    {
        var encoding = ResolveCharset(declared);
        if (encoding is null)
        {
            return DecodeUndeclared(bytes, $"declares an unknown charset ({declared})");
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            if (Utf8.IsValid(bytes))
            {
                return Utf8Text(bytes, warning: null);
            }

            if (HasTruncatedLastCharacter(bytes))
            {
                return Utf8Text(bytes, TruncatedWarning);
            }

            return Legacy(bytes, $"declares charset {declared} but is not valid UTF-8; decoded as windows-1252");
        }

        // A page re-saved as UTF-8 often keeps its old declaration. Real legacy text with non-ASCII letters
        // is practically never valid UTF-8, so valid UTF-8 wins.
        if (HasNonAscii(bytes) && Utf8.IsValid(bytes))
        {
            return Utf8Text(bytes, $"declares charset {declared} but is valid UTF-8; decoded as UTF-8");
        }

        return new DecodedText(StripByteOrderMark(encoding.GetString(bytes)), encoding.WebName);
    }

    private static DecodedText DecodeUndeclared(ReadOnlySpan<byte> bytes, string? warningPrefix)
    {
        string Join(string? warning) =>
            warningPrefix is null ? warning ?? "" : warning is null ? warningPrefix : $"{warningPrefix}; {warning}";

        if (Utf8.IsValid(bytes))
        {
            return Utf8Text(bytes, warningPrefix is null ? null : Join("decoded as UTF-8"));
        }

        if (HasTruncatedLastCharacter(bytes))
        {
            return Utf8Text(bytes, Join(TruncatedWarning));
        }

        return Legacy(bytes, Join("not valid UTF-8; decoded as windows-1252"));
    }

    private const string TruncatedWarning = "ends in the middle of a UTF-8 character (cut off?); it was replaced with \uFFFD";

    private static DecodedText Utf8Text(ReadOnlySpan<byte> bytes, string? warning) =>
        new(StripByteOrderMark(Encoding.UTF8.GetString(bytes)), "utf-8", warning);

    private static DecodedText Legacy(ReadOnlySpan<byte> bytes, string warning) =>
        new(StripByteOrderMark(Windows1252.GetString(bytes)), Windows1252.WebName, warning);

    private static DecodedText Binary() => new("", "binary", Error: BinaryFileReason);

    private static bool HasTruncatedLastCharacter(ReadOnlySpan<byte> bytes)
    {
        // Walk back over continuation bytes (10xxxxxx) to the lead byte of the last character.
        for (var back = 1; back <= 4 && back <= bytes.Length; back++)
        {
            var value = bytes[^back];
            if (value < 0x80)
            {
                return false;
            }

            if (value >= 0xC0)
            {
                return back < 4 && Utf8.IsValid(bytes[..^back]);
            }
        }

        return false;
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, BinarySampleBytes)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var value in sample)
        {
            if (IsBinaryControl(value))
            {
                controls++;
            }
        }

        return controls * 10 > sample.Length;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySampleBytes / 2));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || (c < 0x80 && IsBinaryControl((byte)c)))
            {
                controls++;
            }
        }

        return controls * 10 > sample.Length;
    }

    // C0 controls and DEL, except the whitespace ones and ESC (used by ISO-2022 encodings).
    private static bool IsBinaryControl(byte value) =>
        (value < 0x20 && value is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1B)) || value == 0x7F;

    private static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps every byte to one char, so ASCII markup is readable whatever the real encoding.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        var xml = XmlDeclarationRegex().Match(head);
        if (xml.Success)
        {
            return xml.Groups[1].Value;
        }

        var meta = MetaCharsetRegex().Match(head);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    private static string StripByteOrderMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    [GeneratedRegex("""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:\-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclarationRegex();

    // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetRegex();
}
