namespace Evorec.Reporting.Plotting;

/// <summary>The size of the whole figure (plot, labels and legend) in CSS pixels (96 per inch) and its base font size.</summary>
public sealed class FigureSize
{
    /// <summary>Creates a figure size.</summary>
    /// <param name="width">The figure width in pixels.</param>
    /// <param name="height">The figure height in pixels.</param>
    /// <param name="fontSize">The font size of tick labels and the legend in pixels; axis labels and the title are slightly larger.</param>
    public FigureSize(double width, double height, double fontSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 80);
        ArgumentOutOfRangeException.ThrowIfLessThan(fontSize, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fontSize, Math.Min(width, height) / 8);
        Width = width;
        Height = height;
        FontSize = fontSize;
    }

    /// <summary>One column of a two-column paper: 3.5 × 2.625 in (336 × 252 px), 8 pt text (9 pt labels).</summary>
    public static FigureSize Paper { get; } = new(336, 252, 32.0 / 3);

    /// <summary>A screen or slide figure: 720 × 450 px, 13 px text.</summary>
    public static FigureSize Screen { get; } = new(720, 450, 13);

    /// <summary>The figure width in pixels.</summary>
    public double Width { get; }

    /// <summary>The figure height in pixels.</summary>
    public double Height { get; }

    /// <summary>The base font size in pixels.</summary>
    public double FontSize { get; }
}
