namespace Evorec.Reporting.Plotting;

/// <summary>The data interval an axis shows, and its mapping onto a pixel interval.</summary>
/// <param name="Scale">The axis scale.</param>
/// <param name="Minimum">The smallest value shown.</param>
/// <param name="Maximum">The largest value shown (greater than <paramref name="Minimum"/>).</param>
internal readonly record struct AxisRange(AxisScale Scale, double Minimum, double Maximum)
{
    /// <summary>The margin added on each side of the data, as a fraction of the (transformed) data span.</summary>
    public const double PaddingFraction = 0.04;

    /// <summary>
    /// The range for <paramref name="axis"/> showing <paramref name="values"/>: the data extent plus a small margin, or the axis's
    /// fixed limits. Values the scale cannot show are ignored. A single value gets a range around it; no values give [0, 1]
    /// (linear) or [1, 10] (log). Never returns NaN or an empty interval.
    /// </summary>
    public static AxisRange Fit(Axis axis, IEnumerable<double> values)
    {
        var scale = axis.Scale;
        if (axis.Minimum is { } fixedMinimum && !scale.CanShow(fixedMinimum))
        {
            throw new InvalidOperationException($"Axis '{axis.Label}' minimum {fixedMinimum} cannot be shown on a {scale} axis.");
        }

        if (axis.Maximum is { } fixedMaximum && !scale.CanShow(fixedMaximum))
        {
            throw new InvalidOperationException($"Axis '{axis.Label}' maximum {fixedMaximum} cannot be shown on a {scale} axis.");
        }

        var low = double.PositiveInfinity;
        var high = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (scale.CanShow(value))
            {
                low = Math.Min(low, scale.Transform(value));
                high = Math.Max(high, scale.Transform(value));
            }
        }

        if (low > high)
        {
            // No showable data: [0, 1] in transformed space, i.e. [0, 1] linear or [1, 10] log.
            (low, high) = (0.0, 1.0);
        }
        else if (high - low <= Math.Max(Math.Abs(low), Math.Abs(high)) * 1e-12)
        {
            // Degenerate: one value (or all equal). Log: half a decade each side; linear: 10% of the value, or ±1 around 0.
            var half = scale.IsLogarithmic ? 0.5 : low == 0 ? 1 : Math.Abs(low) * 0.1;
            (low, high) = (low - half, high + half);
        }
        else
        {
            var padding = (high - low) * PaddingFraction;
            (low, high) = (low - padding, high + padding);
        }

        // A single fixed limit replaces one end; if the data lie wholly beyond it, the free end keeps the data's span.
        var span = high - low;
        if (axis.Minimum is { } minimum)
        {
            low = scale.Transform(minimum);
            high = axis.Maximum is null && !(high > low) ? low + span : high;
        }

        if (axis.Maximum is { } maximum)
        {
            high = scale.Transform(maximum);
            low = axis.Minimum is null && !(high > low) ? high - span : low;
        }

        if (!(high > low))
        {
            throw new InvalidOperationException($"Axis '{axis.Label}' has an empty range: minimum must be below maximum.");
        }

        return new AxisRange(scale, scale.Inverse(low), scale.Inverse(high));
    }

    /// <summary>Where <paramref name="value"/> falls between <paramref name="start"/> (at <see cref="Minimum"/>) and <paramref name="end"/> (at <see cref="Maximum"/>).</summary>
    public double Map(double value, double start, double end)
    {
        var low = Scale.Transform(Minimum);
        var fraction = (Scale.Transform(value) - low) / (Scale.Transform(Maximum) - low);
        return start + (end - start) * fraction;
    }
}
