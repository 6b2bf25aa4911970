namespace Evorec.Reporting.Plotting;

/// <summary>Where the legend goes. It is always outside the plot area, so it never hides data.</summary>
public enum LegendPosition
{
    /// <summary>To the right when it is narrow enough for the figure, otherwise below.</summary>
    Automatic,

    /// <summary>In a column to the right of the plot area.</summary>
    Right,

    /// <summary>In rows below the x axis label.</summary>
    Below,

    /// <summary>No legend.</summary>
    None,
}
