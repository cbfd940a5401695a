namespace Corroborate.Documents;

/// <summary>A half-open character range <c>[Start, End)</c> into a document's cleaned text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered slice of <paramref name="text"/>, without copying.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);
}
