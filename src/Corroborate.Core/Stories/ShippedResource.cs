using System.IO.Compression;

namespace Corroborate.Stories;

/// <summary>Learned data embedded in the Core assembly (read once on first use), and its gzip file form.</summary>
internal static class ShippedResource
{
    public static Lazy<T> Of<T>(string name, Func<Stream, T> read) => new(() =>
    {
        using var stream = typeof(ShippedResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing resource {name}");
        return read(stream);
    });

    /// <summary>A writer that compresses into <paramref name="stream"/> (left open) after writing the file's magic.</summary>
    public static BinaryWriter Writer(Stream stream, ReadOnlySpan<byte> magic)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new BinaryWriter(new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true), System.Text.Encoding.UTF8, leaveOpen: false);
        writer.Write(magic);
        return writer;
    }

    /// <summary>A reader of a file written by <see cref="Writer"/>, its magic checked (<paramref name="what"/> names it in the error).</summary>
    public static BinaryReader Reader(Stream stream, ReadOnlySpan<byte> magic, string what)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new BinaryReader(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), System.Text.Encoding.UTF8, leaveOpen: false);
        if (!reader.ReadBytes(magic.Length).AsSpan().SequenceEqual(magic))
        {
            reader.Dispose();
            throw new InvalidDataException($"not a {what} file");
        }

        return reader;
    }
}
