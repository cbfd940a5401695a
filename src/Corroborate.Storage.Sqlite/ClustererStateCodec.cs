using System.IO.Compression;
using System.Text;
using Corroborate.Stories;

namespace Corroborate.Storage.Sqlite;

/// <summary>A compact binary form of <see cref="StoryClustererState"/> (compressed), for the state table.</summary>
internal static class ClustererStateCodec
{
    // 2: live stories only, each with its number; the story count and the last halving of frequencies.
    // 3: each story's headline, body and name channels (sums and centroids) after its whole-vector ones, then the
    //    sum of its word-vector means.
    // 4: the id of the story each story follows ("" for none), after its word-vector sum.
    private const int Format = 4;

    public static byte[] Write(StoryClustererState state)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(zip, Encoding.UTF8))
        {
            writer.Write(Format);
            writer.Write(state.Documents);
            writer.Write(state.Terms.Count);
            for (var i = 0; i < state.Terms.Count; i++)
            {
                writer.Write(state.Terms[i]);
                writer.Write(state.DocumentFrequencies[i]);
            }

            writer.Write(state.StoryCount ?? state.Stories.Count);
            writer.Write(state.HalvedAt is { } halved ? halved.UtcTicks : -1L);
            writer.Write(state.Stories.Count);
            for (var position = 0; position < state.Stories.Count; position++)
            {
                var story = state.Stories[position];
                writer.Write(story.Number ?? position);
                writer.Write(story.Id);
                writer.Write(story.Latest.UtcTicks);
                writer.Write((short)story.Latest.Offset.TotalMinutes);
                writer.Write(story.Queued);
                WriteWeights(writer, story.Sum);
                WriteWeights(writer, story.Centroid);
                writer.Write(story.ChannelSums.Count);
                foreach (var sum in story.ChannelSums)
                {
                    WriteWeights(writer, sum);
                }

                writer.Write(story.ChannelCentroids.Count);
                foreach (var centroid in story.ChannelCentroids)
                {
                    WriteWeights(writer, centroid);
                }

                writer.Write(story.Dense.Count);
                foreach (var value in story.Dense)
                {
                    writer.Write(value);
                }

                writer.Write(story.Follows ?? "");
            }

            writer.Write(state.ActivityQueue.Count);
            foreach (var index in state.ActivityQueue)
            {
                writer.Write(index);
            }

            writer.Write(state.Assignments.Count);
            foreach (var (item, story) in state.Assignments)
            {
                writer.Write(item);
                writer.Write(story);
            }
        }

        return buffer.ToArray();
    }

    public static StoryClustererState Read(byte[] bytes)
    {
        using var zip = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new BinaryReader(zip, Encoding.UTF8);
        var format = reader.ReadInt32();
        if (format is not (1 or 2 or 3 or Format))
        {
            throw new InvalidDataException($"unknown clusterer state format {format}");
        }

        var documents = reader.ReadInt32();
        var termCount = reader.ReadInt32();
        var terms = new List<string>(termCount);
        var frequencies = new List<int>(termCount);
        for (var i = 0; i < termCount; i++)
        {
            terms.Add(reader.ReadString());
            frequencies.Add(reader.ReadInt32());
        }

        int? created = null;
        DateTimeOffset? halvedAt = null;
        if (format >= 2)
        {
            created = reader.ReadInt32();
            var ticks = reader.ReadInt64();
            halvedAt = ticks < 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }

        var storyCount = reader.ReadInt32();
        var stories = new List<StoryClusterState>(storyCount);
        for (var i = 0; i < storyCount; i++)
        {
            int? number = format >= 2 ? reader.ReadInt32() : null;
            var id = reader.ReadString();
            var ticks = reader.ReadInt64();
            var offset = TimeSpan.FromMinutes(reader.ReadInt16());
            var latest = new DateTimeOffset(ticks + offset.Ticks, offset);
            var queued = reader.ReadBoolean();
            var sum = ReadWeights(reader);
            var centroid = ReadWeights(reader);
            List<IReadOnlyList<KeyValuePair<int, double>>> channelSums = [];
            List<IReadOnlyList<KeyValuePair<int, double>>> channelCentroids = [];
            var dense = Array.Empty<float>();
            if (format >= 3)
            {
                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    channelSums.Add(ReadWeights(reader));
                }

                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    channelCentroids.Add(ReadWeights(reader));
                }

                dense = new float[reader.ReadInt32()];
                for (var d = 0; d < dense.Length; d++)
                {
                    dense[d] = reader.ReadSingle();
                }
            }

            var follows = format >= 4 ? reader.ReadString() : "";
            stories.Add(new StoryClusterState(id, latest, queued, sum, centroid)
            {
                Number = number,
                Follows = follows.Length > 0 ? follows : null,
                ChannelSums = channelSums,
                ChannelCentroids = channelCentroids,
                Dense = dense,
            });
        }

        var queueCount = reader.ReadInt32();
        var queue = new List<int>(queueCount);
        for (var i = 0; i < queueCount; i++)
        {
            queue.Add(reader.ReadInt32());
        }

        var assignmentCount = reader.ReadInt32();
        var assignments = new Dictionary<string, string>(assignmentCount, StringComparer.Ordinal);
        for (var i = 0; i < assignmentCount; i++)
        {
            assignments[reader.ReadString()] = reader.ReadString();
        }

        return new StoryClustererState(documents, terms, frequencies, stories, queue, assignments) { StoryCount = created, HalvedAt = halvedAt };
    }

    private static void WriteWeights(BinaryWriter writer, IReadOnlyList<KeyValuePair<int, double>> weights)
    {
        writer.Write(weights.Count);
        foreach (var (term, weight) in weights)
        {
            writer.Write(term);
            writer.Write(weight);
        }
    }

    private static List<KeyValuePair<int, double>> ReadWeights(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var weights = new List<KeyValuePair<int, double>>(count);
        for (var i = 0; i < count; i++)
        {
            weights.Add(new KeyValuePair<int, double>(reader.ReadInt32(), reader.ReadDouble()));
        }

        return weights;
    }
}
