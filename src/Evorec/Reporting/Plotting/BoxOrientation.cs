namespace Evorec.Reporting.Plotting;

/// <summary>Which way a box of a box plot lies.</summary>
public enum BoxOrientation
{
    /// <summary>Values on the y axis; the box's position on the x axis.</summary>
    Vertical,

    /// <summary>Values on the x axis; the box's position on the y axis (long category names fit as y tick labels).</summary>
    Horizontal,
}
