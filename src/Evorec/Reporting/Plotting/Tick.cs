namespace Evorec.Reporting.Plotting;

/// <summary>A tick mark on an axis: a data value and its label (empty for an unlabelled minor tick).</summary>
/// <param name="Value">The data value the tick marks.</param>
/// <param name="Label">The tick label; empty for a minor tick.</param>
internal readonly record struct Tick(double Value, string Label)
{
    /// <summary>Whether this is a labelled (major) tick, which also gets a grid line.</summary>
    public bool IsMajor => Label.Length > 0;
}
