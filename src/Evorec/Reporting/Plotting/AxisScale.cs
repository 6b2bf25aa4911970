namespace Evorec.Reporting.Plotting;

/// <summary>How an axis maps data values to positions: <see cref="Linear"/> or <see cref="Log10"/>.</summary>
public sealed class AxisScale
{
    private AxisScale(string name, bool isLogarithmic)
    {
        Name = name;
        IsLogarithmic = isLogarithmic;
    }

    /// <summary>Evenly spaced values; ticks at "nice" 1-2-5 steps.</summary>
    public static AxisScale Linear { get; } = new("linear", isLogarithmic: false);

    /// <summary>Base-10 logarithmic; ticks at powers of ten. Values that are not strictly positive are not drawn.</summary>
    public static AxisScale Log10 { get; } = new("log10", isLogarithmic: true);

    /// <summary>The scale's name: <c>linear</c> or <c>log10</c>.</summary>
    public string Name { get; }

    /// <summary>Whether this is the logarithmic scale.</summary>
    public bool IsLogarithmic { get; }

    /// <summary>
    /// Picks a scale for the given values: <see cref="Log10"/> when every finite value is strictly positive and
    /// the largest is more than 100 times the smallest (e.g. errors spanning decades), otherwise <see cref="Linear"/>.
    /// NaN and infinite values are ignored.
    /// </summary>
    /// <param name="values">The values the axis will show (include band bounds, not just centre lines).</param>
    /// <returns>The chosen scale.</returns>
    public static AxisScale Choose(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var minimum = double.PositiveInfinity;
        var maximum = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                continue;
            }

            if (value <= 0)
            {
                return Linear;
            }

            minimum = Math.Min(minimum, value);
            maximum = Math.Max(maximum, value);
        }

        return minimum <= maximum && maximum / minimum > 100 ? Log10 : Linear;
    }

    /// <summary>Whether <paramref name="value"/> can be drawn on this scale (finite, and positive on a log scale).</summary>
    /// <param name="value">A data value.</param>
    /// <returns><see langword="true"/> when the value has a position on this scale.</returns>
    public bool CanShow(double value) => double.IsFinite(value) && (!IsLogarithmic || value > 0);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The value in the scale's linear space (itself, or its base-10 logarithm).</summary>
    internal double Transform(double value) => IsLogarithmic ? Math.Log10(value) : value;

    /// <summary>The inverse of <see cref="Transform"/>.</summary>
    internal double Inverse(double value) => IsLogarithmic ? Math.Pow(10, value) : value;
}
