using System.Text.Json;

namespace Corroborate.Evaluation.Figures;

/// <summary>One gold quantity of the quantulum3 test set.</summary>
/// <param name="Value">The value (the middle of a range).</param>
/// <param name="Unit">quantulum3's unit name ("metre", "pound sterling", "dimensionless").</param>
/// <param name="Surface">The matched text.</param>
/// <param name="Uncertainty">Half the width of a range, when it is one.</param>
public sealed record GoldQuantity(double Value, string Unit, string Surface, double? Uncertainty);

/// <summary>One sentence of the quantulum3 test set with its gold quantities.</summary>
public sealed record QuantitySentence(string File, string Text, IReadOnlyList<GoldQuantity> Quantities);

/// <summary>Loads <c>quantities/quantulum3-tests</c> (both files).</summary>
public static class QuantityTests
{
    /// <summary>The relative path of the data set under the data root.</summary>
    public const string RelativePath = "quantities/quantulum3-tests";

    /// <summary>The files of the set, in order.</summary>
    public static readonly string[] Files = ["quantities.json", "quantities.ambiguity.json"];

    /// <summary>Every sentence of both files.</summary>
    public static List<QuantitySentence> Load(string folder)
    {
        var sentences = new List<QuantitySentence>();
        foreach (var file in Files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
            foreach (var item in json.RootElement.EnumerateArray())
            {
                var quantities = new List<GoldQuantity>();
                foreach (var q in item.GetProperty("res").EnumerateArray())
                {
                    double? uncertainty = q.TryGetProperty("uncertainty", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetDouble() : null;
                    quantities.Add(new GoldQuantity(q.GetProperty("value").GetDouble(), q.GetProperty("unit").GetString() ?? "", q.GetProperty("surface").GetString() ?? "", uncertainty));
                }

                sentences.Add(new QuantitySentence(file, item.GetProperty("req").GetString() ?? "", quantities));
            }
        }

        return sentences;
    }
}
