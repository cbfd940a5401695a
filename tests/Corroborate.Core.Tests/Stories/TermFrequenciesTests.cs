using Corroborate.Stories;

namespace Corroborate.Core.Tests.Stories;

public sealed class TermFrequenciesTests
{
    [Fact]
    public void Shares_Count_The_Documents_That_Hold_A_Term_Once_Each()
    {
        string[][] documents =
        [
            ["spillway", "dam", "dam", "river"],
            ["dam", "council"],
            ["tram", "council"],
            ["river"],
        ];

        var frequencies = TermFrequencies.Build(documents);

        Assert.Equal(4, frequencies.Documents);
        Assert.Equal(0.5, frequencies.Share("dam"));
        Assert.Equal(0.25, frequencies.Share("spillway"));
        Assert.Equal(0.5, frequencies.Share("council"));
        Assert.Equal(0.0, frequencies.Share("harbour"));
    }

    [Fact]
    public void Large_Counts_Are_Kept_Within_A_Few_Percent()
    {
        var documents = Enumerable.Range(0, 5000).Select(i => i % 5 == 0 ? new[] { "common", "rare" + i } : ["common"]);

        var frequencies = TermFrequencies.Build(documents);

        Assert.InRange(frequencies.Share("common"), 0.96, 1.0);
        Assert.Equal(1 / 5000.0, frequencies.Share("rare10"));
    }

    [Fact]
    public void A_Written_Sketch_Reads_Back_The_Same()
    {
        var frequencies = TermFrequencies.Build([["dam", "river"], ["dam"]], buckets: 64);
        using var stream = new MemoryStream();
        frequencies.Write(stream);
        stream.Position = 0;

        var read = TermFrequencies.Read(stream);

        Assert.Equal(2, read.Documents);
        Assert.Equal(frequencies.Share("dam"), read.Share("dam"));
        Assert.Equal(frequencies.Share("river"), read.Share("river"));
        Assert.Throws<InvalidDataException>(() => TermFrequencies.Read(new MemoryStream([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])));
    }

    [Fact]
    public void The_Shipped_Frequencies_Know_Everyday_News_Words_From_Rare_Names()
    {
        var shipped = TermFrequencies.Default;

        Assert.True(shipped.Documents > 1000);
        Assert.True(shipped.Share("president") > 0.02);
        Assert.True(shipped.Share("government") > shipped.Share("tesselmoor") + 0.01);
        Assert.True(shipped.Share("#dana_kirrane") < 0.001);
    }
}
