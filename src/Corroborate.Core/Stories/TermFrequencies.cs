namespace Corroborate.Stories;

/// <summary>
/// How common terms are in news in general: the share of documents of a background collection that contain
/// a term, kept as a count-min sketch (two rows of hashed buckets, one byte a bucket, no words). The clusterer
/// adds it to its own document frequencies as a prior, so that a small batch about one event still weighs that
/// event's names above everyday words: in a folder of twelve articles about a dam failure, "dam" is in all of
/// them, yet it says far more than "said".
/// </summary>
public sealed class TermFrequencies
{
    private const int Rows = 2;
    private readonly byte[] _counts;
    private readonly int _buckets;

    private TermFrequencies(int documents, int buckets, byte[] counts) => (Documents, _buckets, _counts) = (documents, buckets, counts);

    /// <summary>Documents of the background collection.</summary>
    public int Documents { get; }

    private static readonly Lazy<TermFrequencies> Shipped = ShippedResource.Of(ResourceName, Read);

    /// <summary>Name of the embedded frequencies.</summary>
    public const string ResourceName = "Corroborate.Stories.term-frequencies.bin";

    /// <summary>
    /// Frequencies from NeuS train stories (the same collection as <see cref="WordVectors.Default"/>), shipped as an
    /// embedded resource. Reproduce with <c>dotnet run -c Release --project bench/Corroborate.Bench -- clustering --train-vectors</c>.
    /// </summary>
    public static TermFrequencies Default => Shipped.Value;

    /// <summary>Counts the documents (each a collection of its terms) that contain each term.</summary>
    public static TermFrequencies Build(IEnumerable<IEnumerable<string>> documents, int buckets = 1 << 17)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new int[Rows * buckets];
        var total = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            total++;
            seen.Clear();
            foreach (var term in document)
            {
                if (seen.Add(term))
                {
                    for (var row = 0; row < Rows; row++)
                    {
                        counts[(row * buckets) + Bucket(term, row, buckets)]++;
                    }
                }
            }
        }

        var bytes = new byte[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            bytes[i] = Encode(counts[i]);
        }

        return new TermFrequencies(total, buckets, bytes);
    }

    /// <summary>
    /// The share of background documents that contain <paramref name="term"/> (0 for a term never seen). Hash
    /// collisions can only raise it, so the smaller of the two rows is taken.
    /// </summary>
    public double Share(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (Documents == 0)
        {
            return 0;
        }

        var count = int.MaxValue;
        for (var row = 0; row < Rows; row++)
        {
            count = Math.Min(count, Decode(_counts[(row * _buckets) + Bucket(term, row, _buckets)]));
        }

        return Math.Min(1.0, count / (double)Documents);
    }

    /// <summary>Writes the sketch gzip-compressed.</summary>
    public void Write(Stream stream)
    {
        using var writer = ShippedResource.Writer(stream, "CTF1"u8);
        writer.Write(Documents);
        writer.Write(_buckets);
        writer.Write(_counts);
    }

    /// <summary>Reads a sketch written by <see cref="Write"/>.</summary>
    public static TermFrequencies Read(Stream stream)
    {
        using var reader = ShippedResource.Reader(stream, "CTF1"u8, "term-frequency");
        var documents = reader.ReadInt32();
        var buckets = reader.ReadInt32();
        if (documents < 0 || buckets <= 0 || buckets > 1 << 24)
        {
            throw new InvalidDataException("term-frequency file has a bad header");
        }

        var counts = reader.ReadBytes(Rows * buckets);
        if (counts.Length != Rows * buckets)
        {
            throw new InvalidDataException("term-frequency file is truncated");
        }

        return new TermFrequencies(documents, buckets, counts);
    }

    // A count in one byte: exact up to 16, then 16 steps per doubling (about 4% apart), up to about 480,000.
    private static byte Encode(int count) =>
        count <= 16 ? (byte)count : (byte)Math.Min(255, 16 + (int)Math.Round(16 * Math.Log2(count / 16.0)));

    private static int Decode(byte code) =>
        code <= 16 ? code : (int)Math.Round(16 * Math.Pow(2, (code - 16) / 16.0));

    // FNV-1a over the UTF-16 code units, a different offset basis per row.
    private static int Bucket(string term, int row, int buckets)
    {
        var hash = row == 0 ? 2166136261u : 3735928559u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        return (int)(hash % (uint)buckets);
    }
}
