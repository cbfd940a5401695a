using System.Globalization;

namespace Corroborate.Ingestion;

/// <summary>
/// Repairs JSON text whose <c>\uXXXX</c> escapes encode unpaired UTF-16 surrogates. The JSON parser
/// accepts them but refuses to return such strings, which would lose the whole record; each one
/// becomes <c>\uFFFD</c> instead.
/// </summary>
internal static class JsonSurrogates
{
    public static ReadOnlyMemory<char> Repair(ReadOnlyMemory<char> json)
    {
        var span = json.Span;
        if (span.IndexOf("\\u", StringComparison.Ordinal) < 0)
        {
            return json;
        }

        char[]? repaired = null;
        for (var i = 0; i + 5 < span.Length; i++)
        {
            if (span[i] != '\\')
            {
                continue;
            }

            if (span[i + 1] != 'u')
            {
                i++; // Skip the escaped character ("\\" included).
                continue;
            }

            if (!TryHex(span.Slice(i + 2, 4), out var unit))
            {
                continue;
            }

            var paired = false;
            if (char.IsHighSurrogate(unit) && i + 11 < span.Length && span[i + 6] == '\\' && span[i + 7] == 'u'
                && TryHex(span.Slice(i + 8, 4), out var next) && char.IsLowSurrogate(next))
            {
                paired = true;
            }

            if (char.IsSurrogate(unit) && !paired)
            {
                repaired ??= span.ToArray();
                "\\uFFFD".AsSpan().CopyTo(repaired.AsSpan(i));
            }

            i += paired ? 11 : 5;
        }

        return repaired is null ? json : repaired;
    }

    private static bool TryHex(ReadOnlySpan<char> hex, out char unit)
    {
        var ok = ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value);
        unit = (char)value;
        return ok;
    }
}
