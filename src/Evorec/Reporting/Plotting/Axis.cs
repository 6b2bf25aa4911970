namespace Evorec.Reporting.Plotting;

/// <summary>One axis of a <see cref="Plot"/>: its label, scale and optional fixed limits.</summary>
public sealed class Axis
{
    /// <summary>The axis label, e.g. <c>Evaluations</c>; empty for none.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The scale; <see cref="AxisScale.Linear"/> unless set (see <see cref="AxisScale.Choose"/>).</summary>
    public AxisScale Scale { get; set; } = AxisScale.Linear;

    /// <summary>A fixed lower limit, or <see langword="null"/> to fit the data (with a small margin).</summary>
    public double? Minimum { get; set; }

    /// <summary>A fixed upper limit, or <see langword="null"/> to fit the data (with a small margin).</summary>
    public double? Maximum { get; set; }

    /// <summary>
    /// Names of categories at positions 1, 2, …, n (for box plots). When there are any, the axis is linear from 0.5 to
    /// n + 0.5 with one labelled tick per category, and <see cref="Scale"/>, <see cref="Minimum"/> and <see cref="Maximum"/> are not used.
    /// </summary>
    public IList<string> Categories { get; } = [];
}
