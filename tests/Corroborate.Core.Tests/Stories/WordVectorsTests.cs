using Corroborate.Stories;

namespace Corroborate.Core.Tests.Stories;

public sealed class WordVectorsTests
{
    private static List<IReadOnlyList<IReadOnlyList<string>>> Stories() =>
    [
        [["reservoir", "spillway", "flood"], ["dam", "evacuation", "flood"], ["spillway", "engineers", "dam"]],
        [["tram", "council", "fares"], ["tram", "vote", "extension"], ["council", "route", "fares"]],
        [["ferry", "strike", "union"], ["crews", "strike", "timetable"], ["ferry", "union", "pay"]],
        [["reservoir", "dam", "engineers"], ["flood", "spillway", "evacuation"]],
        [["tram", "route", "vote"], ["fares", "extension", "council"]],
    ];

    private static double Cosine(WordVectors vectors, string a, string b)
    {
        var x = vectors.Of(vectors.Bucket(a));
        var y = vectors.Of(vectors.Bucket(b));
        var dot = 0.0;
        for (var d = 0; d < x.Length; d++)
        {
            dot += x[d] * y[d];
        }

        return dot;
    }

    [Fact]
    public void Training_Is_Deterministic_And_Puts_Words_Of_One_Story_Together()
    {
        var first = WordVectors.Train(Stories(), buckets: 1024, dimensions: 32);
        var second = WordVectors.Train(Stories(), buckets: 1024, dimensions: 32);

        Assert.True(first.Of(first.Bucket("dam")).SequenceEqual(second.Of(second.Bucket("dam"))));
        Assert.True(Cosine(first, "dam", "spillway") > Cosine(first, "dam", "tram"));
        Assert.True(Cosine(first, "fares", "tram") > Cosine(first, "fares", "flood"));
    }

    [Fact]
    public void Vectors_Survive_Writing_Within_Their_Quantisation()
    {
        var trained = WordVectors.Train(Stories(), buckets: 512, dimensions: 16);
        using var buffer = new MemoryStream();
        trained.Write(buffer);
        buffer.Position = 0;
        var read = WordVectors.Read(buffer);

        Assert.Equal((trained.Buckets, trained.Dimensions), (read.Buckets, read.Dimensions));
        var a = trained.Of(trained.Bucket("strike"));
        var b = read.Of(read.Bucket("strike"));
        for (var d = 0; d < a.Length; d++)
        {
            Assert.InRange(b[d] - a[d], -0.5 / 127, 0.5 / 127);
        }
    }

    [Fact]
    public void The_Shipped_Vectors_Load_With_Unit_Rows()
    {
        var vectors = WordVectors.Default;

        Assert.Equal(1 << 15, vectors.Buckets);
        Assert.Equal(64, vectors.Dimensions);
        Assert.Same(vectors, WordVectors.Default);
        var row = vectors.Of(vectors.Bucket("election"));
        var norm = Math.Sqrt(row.ToArray().Sum(v => (double)v * v));
        Assert.InRange(norm, 0.95, 1.05);
    }

    [Fact]
    public void A_File_That_Is_Not_Word_Vectors_Is_Refused()
    {
        using var buffer = new MemoryStream("not vectors"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => WordVectors.Read(buffer));
    }
}
