namespace Evorec.Reporting.Plotting;

/// <summary>How a <see cref="Series"/> is drawn.</summary>
public enum SeriesKind
{
    /// <summary>A line through the points, optionally with a marker at each point.</summary>
    Line,

    /// <summary>A line through the points with a shaded band between lower and upper bounds (e.g. the inter-quartile range).</summary>
    Band,

    /// <summary>A marker at each point, no line.</summary>
    Scatter,

    /// <summary>A box plot of one sample at one position of a category axis (see <see cref="BoxSummary"/>).</summary>
    Box,
}
