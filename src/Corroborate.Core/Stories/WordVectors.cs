namespace Corroborate.Stories;

/// <summary>
/// Dense vectors of words (terms hashed to buckets, so no word list is kept), for a topical similarity that
/// catches different wording of one event. Learnt by random indexing over the terms of articles of one story
/// (<see cref="Train"/>).
/// </summary>
public sealed class WordVectors
{
    private readonly float[] _values;

    /// <summary>Creates vectors from their values, bucket after bucket.</summary>
    public WordVectors(int buckets, int dimensions, float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, buckets * dimensions);
        (Buckets, Dimensions, _values) = (buckets, dimensions, values);
    }

    private static readonly Lazy<WordVectors> Shipped = ShippedResource.Of(ResourceName, Read);

    /// <summary>Name of the embedded vectors.</summary>
    public const string ResourceName = "Corroborate.Stories.word-vectors.bin";

    /// <summary>
    /// The vectors shipped with Corroborate (an embedded resource: hashed buckets and numbers only, no words).
    /// Reproduce with <c>dotnet run -c Release --project bench/Corroborate.Bench -- clustering --train-vectors</c>.
    /// </summary>
    public static WordVectors Default => Shipped.Value;

    /// <summary>
    /// Writes the vectors quantised to one signed byte per value (rows are unit length, so ±1 maps to ±127),
    /// gzip-compressed.
    /// </summary>
    public void Write(Stream stream)
    {
        using var writer = ShippedResource.Writer(stream, "CWV1"u8);
        writer.Write(Buckets);
        writer.Write(Dimensions);
        foreach (var value in _values)
        {
            writer.Write((sbyte)Math.Clamp(Math.Round(value * 127), -127, 127));
        }
    }

    /// <summary>Reads vectors written by <see cref="Write"/>.</summary>
    public static WordVectors Read(Stream stream)
    {
        using var reader = ShippedResource.Reader(stream, "CWV1"u8, "word-vector");
        var buckets = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var bytes = reader.ReadBytes(buckets * dimensions);
        if (bytes.Length != buckets * dimensions)
        {
            throw new InvalidDataException("word-vector file is truncated");
        }

        var values = new float[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            values[i] = (sbyte)bytes[i] / 127f;
        }

        return new WordVectors(buckets, dimensions, values);
    }

    /// <summary>Number of hash buckets.</summary>
    public int Buckets { get; }

    /// <summary>Dimensions of a vector.</summary>
    public int Dimensions { get; }

    /// <summary>The bucket of a term (FNV-1a over its UTF-16 code units).</summary>
    public int Bucket(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)Buckets);
    }

    /// <summary>The vector of a bucket.</summary>
    public ReadOnlySpan<float> Of(int bucket) => _values.AsSpan(bucket * Dimensions, Dimensions);

    /// <summary>
    /// Random indexing: every bucket gets a fixed sparse random index vector; a term's vector is the sum of the
    /// index vectors of the terms in the same story (weighted by their inverse document frequency), centred on
    /// the mean of all vectors and normalised. Deterministic for the same stories.
    /// </summary>
    /// <param name="stories">Each story as the term lists of its articles.</param>
    /// <param name="buckets">Hash buckets.</param>
    /// <param name="dimensions">Dimensions.</param>
    public static WordVectors Train(IEnumerable<IReadOnlyList<IReadOnlyList<string>>> stories, int buckets = 1 << 15, int dimensions = 64)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var shell = new WordVectors(buckets, dimensions, new float[buckets * dimensions]);
        var storyBuckets = stories.Select(story => story.Select(article => article.Select(shell.Bucket).Distinct().ToArray()).ToArray()).ToList();
        var df = new int[buckets];
        var documents = 0;
        foreach (var article in storyBuckets.SelectMany(s => s))
        {
            documents++;
            foreach (var b in article)
            {
                df[b]++;
            }
        }

        var values = new double[buckets * dimensions];
        foreach (var story in storyBuckets)
        {
            var context = story.SelectMany(a => a).Distinct().ToArray();
            foreach (var target in context)
            {
                foreach (var other in context)
                {
                    if (other == target)
                    {
                        continue;
                    }

                    var weight = Math.Log((documents + 1.0) / (df[other] + 1.0));
                    AddIndex(values, target * dimensions, other, dimensions, weight);
                }
            }
        }

        var mean = new double[dimensions];
        var used = 0;
        for (var b = 0; b < buckets; b++)
        {
            if (Normalise(values.AsSpan(b * dimensions, dimensions)))
            {
                used++;
                for (var d = 0; d < dimensions; d++)
                {
                    mean[d] += values[(b * dimensions) + d];
                }
            }
        }

        var result = new float[buckets * dimensions];
        for (var b = 0; b < buckets; b++)
        {
            var row = values.AsSpan(b * dimensions, dimensions);
            if (row.IndexOfAnyExcept(0.0) < 0)
            {
                continue;
            }

            for (var d = 0; d < dimensions; d++)
            {
                row[d] -= mean[d] / Math.Max(used, 1);
            }

            Normalise(row);
            for (var d = 0; d < dimensions; d++)
            {
                result[(b * dimensions) + d] = (float)row[d];
            }
        }

        return new WordVectors(buckets, dimensions, result);
    }

    // The sparse index vector of a bucket: eight ±1 entries at positions from a fixed hash of the bucket.
    private static void AddIndex(double[] values, int offset, int bucket, int dimensions, double weight)
    {
        var state = (ulong)bucket * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        for (var k = 0; k < 8; k++)
        {
            state ^= state >> 33;
            state *= 0xFF51AFD7ED558CCDUL;
            state ^= state >> 29;
            var position = (int)(state % (ulong)dimensions);
            values[offset + position] += (state & (1UL << 40)) != 0 ? weight : -weight;
        }
    }

    private static bool Normalise(Span<double> row)
    {
        var norm = 0.0;
        foreach (var v in row)
        {
            norm += v * v;
        }

        if (norm <= 0)
        {
            return false;
        }

        norm = Math.Sqrt(norm);
        for (var i = 0; i < row.Length; i++)
        {
            row[i] /= norm;
        }

        return true;
    }
}
