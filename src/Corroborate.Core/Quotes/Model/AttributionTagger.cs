using System.IO.Compression;

namespace Corroborate.Quotes.Model;

/// <summary>
/// A learned sequence tagger for attributions: every token of a paragraph gets one of seven tags (BIO over
/// source, cue and content) from a linear model over hashed features (<see cref="TaggerFeatures"/>) and
/// tag-to-tag transition weights, decoded with Viterbi.
/// </summary>
/// <remarks>
/// <para>The weights are an averaged structured perceptron trained on the PolNeAR train split (first annotator
/// per article): <c>dotnet run -c Release --project bench/Corroborate.Bench -- quotes --train</c> writes
/// <c>Quotes/Model/attribution-tagger.bin</c>, embedded in this assembly. The file holds integers only:
/// feature hashes (bucket numbers), quantised weights and the hashes of words with their learned cue
/// strength; no text.</para>
/// <para>Format (gzip): "CQT1", log2 of the bucket count, weight scale, the 8×7 transition weights
/// (row 7 = start), the cue lexicon (count, then hash and level), then the nonzero buckets (count, then
/// per bucket the gap from the previous bucket as a varint and 7 weights as 16-bit integers).</para>
/// <para>Thread-safe: the model is read-only after loading, and it is loaded once, on first use.</para>
/// </remarks>
internal sealed class AttributionTagger
{
    public const int TagCount = 7;
    private const int Stride = 8;
    private const int StartRow = 7;
    private const string ResourceName = "Corroborate.Quotes.Model.attribution-tagger.bin";

    private static readonly Lazy<AttributionTagger?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly int _mask;

    // Loaded models keep the 16-bit weights (half the memory traffic) and sum them as integers.
    private readonly short[]? _quantised;
    private readonly float _scale;

    public AttributionTagger(int bucketBits, float[] weights, float[] transitions, CueLexicon lexicon)
    {
        BucketBits = bucketBits;
        _mask = (1 << bucketBits) - 1;
        _weights = weights;
        _transitions = transitions;
        Lexicon = lexicon;
    }

    private AttributionTagger(int bucketBits, short[] quantised, float scale, float[] transitions, CueLexicon lexicon)
        : this(bucketBits, [], transitions, lexicon)
    {
        _quantised = quantised;
        _scale = scale;
    }

    /// <summary>The embedded model, or null when the assembly was built without one.</summary>
    public static AttributionTagger? Default => Embedded.Value;

    public int BucketBits { get; }

    public CueLexicon Lexicon { get; }

    /// <summary>The best tag sequence for tokens with these features.</summary>
    public AttributionTag[] Decode(int[] features, int count)
    {
        if (_quantised is null)
        {
            return Viterbi(features, count, _weights, _transitions, _mask);
        }

        var emissions = new float[count * TagCount];
        var q = _quantised;
        Span<int> sum = stackalloc int[Stride];
        for (var i = 0; i < count; i++)
        {
            sum.Clear();
            var f = i * TaggerFeatures.PerToken;
            for (var k = 0; k < TaggerFeatures.PerToken; k++)
            {
                var row = q.AsSpan((features[f + k] & _mask) * Stride, Stride);
                for (var tag = 0; tag < Stride; tag++)
                {
                    sum[tag] += row[tag];
                }
            }

            for (var tag = 0; tag < TagCount; tag++)
            {
                emissions[i * TagCount + tag] = sum[tag] * _scale;
            }
        }

        return Viterbi(emissions, count, _transitions);
    }

    /// <summary>Tags to character spans.</summary>
    public static List<PartSpan> Spans(List<QuoteToken> tokens, AttributionTag[] tags)
    {
        var result = new List<PartSpan>();
        var i = 0;
        while (i < tags.Length)
        {
            var tag = tags[i];
            if (tag is AttributionTag.SourceBegin or AttributionTag.CueBegin or AttributionTag.ContentBegin)
            {
                var inside = tag + 1;
                var j = i + 1;
                while (j < tags.Length && tags[j] == inside)
                {
                    j++;
                }

                var part = tag == AttributionTag.SourceBegin ? AttributionPart.Source : tag == AttributionTag.CueBegin ? AttributionPart.Cue : AttributionPart.Content;
                result.Add(new PartSpan(part, tokens[i].Start, tokens[j - 1].End));
                i = j;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    /// <summary>May tag <paramref name="to"/> follow tag <paramref name="from"/> (7 = the start)?</summary>
    public static bool Allowed(int from, int to) =>
        to is not ((int)AttributionTag.SourceInside or (int)AttributionTag.CueInside or (int)AttributionTag.ContentInside) || from == to || from == to - 1;

    internal static AttributionTag[] Viterbi(int[] features, int n, float[] weights, float[] transitions, int mask)
    {
        var emissions = new float[n * TagCount];
        for (var i = 0; i < n; i++)
        {
            var f = i * TaggerFeatures.PerToken;
            for (var k = 0; k < TaggerFeatures.PerToken; k++)
            {
                var b = (features[f + k] & mask) * Stride;
                for (var tag = 0; tag < TagCount; tag++)
                {
                    emissions[i * TagCount + tag] += weights[b + tag];
                }
            }
        }

        return Viterbi(emissions, n, transitions);
    }

    private static AttributionTag[] Viterbi(float[] emissions, int n, float[] transitions)
    {
        var tags = new AttributionTag[n];
        if (n == 0)
        {
            return tags;
        }

        var back = new byte[n * TagCount];
        Span<float> previous = stackalloc float[TagCount];
        Span<float> current = stackalloc float[TagCount];
        Span<float> allowed = stackalloc float[Stride * TagCount];
        for (var from = 0; from < Stride; from++)
        {
            for (var tag = 0; tag < TagCount; tag++)
            {
                allowed[from * TagCount + tag] = Allowed(from, tag) ? transitions[from * TagCount + tag] : float.NegativeInfinity;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var tag = 0; tag < TagCount; tag++)
            {
                var score = emissions[i * TagCount + tag];
                if (i == 0)
                {
                    current[tag] = score + allowed[StartRow * TagCount + tag];
                    continue;
                }

                var best = float.NegativeInfinity;
                var arg = 0;
                for (var from = 0; from < TagCount; from++)
                {
                    var v = previous[from] + allowed[from * TagCount + tag];
                    if (v > best)
                    {
                        best = v;
                        arg = from;
                    }
                }

                current[tag] = best + score;
                back[i * TagCount + tag] = (byte)arg;
            }

            current.CopyTo(previous);
        }

        var last = 0;
        for (var tag = 1; tag < TagCount; tag++)
        {
            if (previous[tag] > previous[last])
            {
                last = tag;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = (AttributionTag)last;
            last = back[i * TagCount + last];
        }

        return tags;
    }

    /// <summary>Writes the model: integers and quantised weights only.</summary>
    public void Save(Stream stream)
    {
        if (_quantised is not null)
        {
            throw new InvalidOperationException("a loaded model is saved already; train one to write it");
        }

        var maxAbs = 1e-6f;
        foreach (var v in _weights)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }

        var scale = maxAbs / short.MaxValue;
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write("CQT1"u8);
        writer.Write(BucketBits);
        writer.Write(scale);
        foreach (var v in _transitions)
        {
            writer.Write(v);
        }

        var lexicon = Lexicon.Strengths.OrderBy(p => p.Key).ToList();
        writer.Write(lexicon.Count);
        foreach (var (hash, level) in lexicon)
        {
            writer.Write(hash);
            writer.Write(level);
        }

        var buckets = 1 << BucketBits;
        var quantised = new short[TagCount];
        var kept = new List<int>();
        for (var b = 0; b < buckets; b++)
        {
            var any = false;
            for (var tag = 0; tag < TagCount; tag++)
            {
                any |= Math.Round(_weights[b * Stride + tag] / scale) != 0;
            }

            if (any)
            {
                kept.Add(b);
            }
        }

        writer.Write(kept.Count);
        var previousBucket = 0;
        foreach (var b in kept)
        {
            writer.Write7BitEncodedInt(b - previousBucket);
            previousBucket = b;
            for (var tag = 0; tag < TagCount; tag++)
            {
                writer.Write((short)Math.Round(_weights[b * Stride + tag] / scale));
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static AttributionTagger Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual("CQT1"u8))
        {
            throw new InvalidDataException("not an attribution tagger model");
        }

        var bits = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var transitions = new float[Stride * TagCount];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var lexiconCount = reader.ReadInt32();
        var lexicon = new Dictionary<uint, byte>(lexiconCount);
        for (var i = 0; i < lexiconCount; i++)
        {
            var hash = reader.ReadUInt32();
            lexicon[hash] = reader.ReadByte();
        }

        var weights = new short[(1 << bits) * Stride];
        var count = reader.ReadInt32();
        var bucket = 0;
        for (var i = 0; i < count; i++)
        {
            bucket += reader.Read7BitEncodedInt();
            for (var tag = 0; tag < TagCount; tag++)
            {
                weights[bucket * Stride + tag] = reader.ReadInt16();
            }
        }

        return new AttributionTagger(bits, weights, scale, transitions, new CueLexicon(lexicon));
    }

    private static AttributionTagger? LoadEmbedded()
    {
        using var stream = typeof(AttributionTagger).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
