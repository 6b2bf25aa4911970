namespace Evorec.Reporting.Plotting;

/// <summary>
/// Estimates rendered text widths without a font engine, from Helvetica advance widths scaled up 12% so that wider
/// fallback fonts (DejaVu Sans) still fit. Used to size margins and the legend; errs on the wide side.
/// </summary>
internal static class TextMeasure
{
    private const double SafetyFactor = 1.12;
    private const double UnknownWidth = 0.6;

    /// <summary>Advance widths in em for the printable ASCII characters 32 (space) to 126 (~), from Helvetica's metrics.</summary>
    private static readonly double[] AsciiWidths =
    [
        0.278, 0.278, 0.355, 0.556, 0.556, 0.889, 0.667, 0.191, 0.333, 0.333, 0.389, 0.584, 0.278, 0.333, 0.278, 0.278,
        0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.278, 0.278, 0.584, 0.584, 0.584, 0.556,
        1.015, 0.667, 0.667, 0.722, 0.722, 0.667, 0.611, 0.778, 0.722, 0.278, 0.500, 0.667, 0.556, 0.833, 0.722, 0.778,
        0.667, 0.778, 0.722, 0.667, 0.611, 0.722, 0.667, 0.944, 0.667, 0.667, 0.611, 0.278, 0.278, 0.278, 0.469, 0.556,
        0.333, 0.556, 0.556, 0.500, 0.556, 0.556, 0.278, 0.556, 0.556, 0.222, 0.222, 0.500, 0.222, 0.833, 0.556, 0.556,
        0.556, 0.556, 0.333, 0.500, 0.278, 0.556, 0.500, 0.722, 0.500, 0.500, 0.500, 0.334, 0.260, 0.334, 0.584,
    ];

    /// <summary>The estimated width in pixels of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double Width(string text, double fontSize)
    {
        var em = 0.0;
        foreach (var character in text)
        {
            em += character is >= ' ' and <= '~' ? AsciiWidths[character - ' '] : UnknownWidth;
        }

        return em * fontSize * SafetyFactor;
    }
}
