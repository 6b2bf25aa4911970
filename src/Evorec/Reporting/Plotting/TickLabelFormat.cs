using System.Globalization;

namespace Evorec.Reporting.Plotting;

/// <summary>
/// Formats tick labels, invariant culture, so they read cleanly: no binary noise (0.3, not 0.30000000000000004),
/// no trailing zeros, thousands as <c>10k</c>/<c>1.5M</c> when an axis reaches 10,000, and <c>1e-4</c> for very small or very large values.
/// </summary>
internal static class TickLabelFormat
{
    private const double SuffixThreshold = 1e4;
    private const double ScientificSmall = 1e-3;
    private const double ScientificLarge = 1e12;

    /// <summary>Labels for ticks that are multiples of a step of the form m × 10^<paramref name="stepExponent"/>.</summary>
    public static string[] Linear(IReadOnlyList<double> values, int stepExponent)
    {
        var largest = values.Count == 0 ? 0 : values.Max(Math.Abs);
        var labels = new string[values.Count];
        for (var index = 0; index < values.Count; index++)
        {
            var value = values[index];
            labels[index] = value == 0 ? "0"
                : largest < ScientificSmall || largest >= ScientificLarge ? Scientific(value, stepExponent)
                : largest >= SuffixThreshold ? WithSuffix(value, stepExponent)
                : Fixed(value, Math.Max(0, -stepExponent));
        }

        return labels;
    }

    /// <summary>Labels for log-axis ticks at m × 10^k: plain decimals when all lie in [0.001, 10000), otherwise all scientific.</summary>
    public static string[] Logarithmic(IReadOnlyList<double> values)
    {
        var plain = values.All(value => value >= ScientificSmall * (1 - 1e-9) && value < SuffixThreshold);
        return values
            .Select(value =>
            {
                var exponent = (int)Math.Floor(Math.Log10(value) + 1e-9);
                return plain ? Fixed(value, Math.Max(0, -exponent)) : Scientific(value, exponent);
            })
            .ToArray();
    }

    /// <summary>The value with a k/M/G suffix chosen by its own magnitude, e.g. 12.5k, 2M.</summary>
    private static string WithSuffix(double value, int stepExponent)
    {
        var magnitude = Math.Abs(value);
        var (unitExponent, suffix) = magnitude >= 1e9 ? (9, "G") : magnitude >= 1e6 ? (6, "M") : magnitude >= 1e3 ? (3, "k") : (0, "");
        return Fixed(value / Math.Pow(10, unitExponent), Math.Max(0, unitExponent - stepExponent)) + suffix;
    }

    /// <summary>The value as <c>{mantissa}e{exponent}</c>, e.g. 1e-4, 2.5e-7, with the mantissa precise to the step.</summary>
    private static string Scientific(double value, int stepExponent)
    {
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)) + 1e-9);
        var mantissa = value / Math.Pow(10, exponent);
        var decimals = Math.Clamp(exponent - stepExponent, 0, 15);
        var rounded = Math.Round(mantissa, decimals);
        if (Math.Abs(rounded) >= 10)
        {
            rounded /= 10;
            exponent++;
        }

        return Fixed(rounded, decimals) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The value rounded to at most <paramref name="decimals"/> places, trailing zeros removed.</summary>
    private static string Fixed(double value, int decimals)
    {
        var rounded = Math.Round(value, Math.Min(decimals, 15));
        return rounded == 0 ? "0" : rounded.ToString("0.###############", CultureInfo.InvariantCulture);
    }
}
