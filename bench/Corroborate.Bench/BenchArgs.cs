using System.Globalization;

namespace Corroborate.Bench;

/// <summary>Command-line options and measuring helpers the benchmarks share.</summary>
internal static class BenchArgs
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is absent or last.</summary>
    public static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>A number option (invariant culture), or null when absent or not a number.</summary>
    public static double? Number(string[] args, string name) =>
        double.TryParse(OptionValue(args, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// Scale-set sizes from "10000,100000" (0 alone: none), distinct and ascending; <paramref name="fallback"/> when
    /// the option is absent; false when a part is not a whole number of zero or more.
    /// </summary>
    public static bool TryScaleSizes(string? value, int[] fallback, out int[] sizes)
    {
        sizes = fallback;
        if (value is null)
        {
            return true;
        }

        var parsed = new List<int>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return false;
            }

            if (size > 0)
            {
                parsed.Add(size);
            }
        }

        sizes = [.. parsed.Distinct().Order()];
        return true;
    }

    /// <summary>A full garbage collection, finalizers run, so that memory figures count what is still held.</summary>
    public static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
