namespace Corroborate.Cleaning;

/// <summary>
/// A set of short phrases looked up by their key (see <see cref="LineText.TryKey"/>): lower-case letters and
/// digits, apostrophes dropped, any other run of characters one space. Lookups take spans and do not allocate.
/// </summary>
/// <remarks>Immutable after construction, so safe to share between threads.</remarks>
internal sealed class PhraseSet
{
    private readonly HashSet<string> _keys;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PhraseSet(IEnumerable<string> phrases)
    {
        _keys = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[LineText.MaxKeyLength];
        foreach (var phrase in phrases)
        {
            if (!LineText.TryKey(phrase, buffer, out var length) || length == 0)
            {
                throw new ArgumentException($"Phrase '{phrase}' has no usable key.", nameof(phrases));
            }

            _keys.Add(buffer[..length].ToString());
        }

        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Builds a set from phrases written naturally ("editor's picks").</summary>
    public static PhraseSet Keys(params string[] phrases) => new(phrases);

    /// <summary>True when the key of <paramref name="text"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[LineText.MaxKeyLength];
        return LineText.TryKey(text, buffer, out var length) && length > 0 && _lookup.Contains(buffer[..length]);
    }

    /// <summary>True when <paramref name="key"/>, already a key, is in the set.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => _lookup.Contains(key);
}
