using Evorec.Numerics;

namespace Evorec.Reporting;

/// <summary>Descriptive statistics of run outcomes.</summary>
public static class Statistics
{
    /// <summary>The number of bootstrap resamples of <see cref="BootstrapMeanInterval"/>.</summary>
    public const int BootstrapResamples = 10_000;

    /// <summary>The arithmetic mean, or null for no values.</summary>
    public static double? Mean(IReadOnlyList<double> values) => values.Count == 0 ? null : values.Average();

    /// <summary>The median (the mean of the two middle values for an even count), or null for no values.</summary>
    public static double? Median(IReadOnlyList<double> values) => Quantile(values, 0.5);

    /// <summary>
    /// The <paramref name="p"/>-quantile by linear interpolation between order statistics
    /// (Hyndman &amp; Fan 1996, definition 7, the default of R and NumPy), or null for no values.
    /// Infinite values are order statistics like any other: the median of {0.5, ∞, ∞} is ∞, not NaN.
    /// </summary>
    public static double? Quantile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        double[] sorted = values.Order().ToArray();
        double position = p * (sorted.Length - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, sorted.Length - 1);
        double fraction = position - lower;
        return fraction == 0 || sorted[lower].Equals(sorted[upper])
            ? sorted[lower]
            : sorted[lower] + (fraction * (sorted[upper] - sorted[lower]));
    }

    /// <summary>
    /// The 95% percentile-bootstrap confidence interval of the mean (Efron &amp; Tibshirani,
    /// "An Introduction to the Bootstrap", 1993, §13.3), from <see cref="BootstrapResamples"/>
    /// resamples drawn from a stream seeded by <paramref name="seed"/>; null for fewer than two values.
    /// </summary>
    public static (double Low, double High)? BootstrapMeanInterval(IReadOnlyList<double> values, ulong seed)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var random = new RandomStream(new StreamKey(seed));
        var means = new double[BootstrapResamples];
        for (int r = 0; r < BootstrapResamples; r++)
        {
            double sum = 0;
            for (int i = 0; i < values.Count; i++)
            {
                sum += values[random.NextInt(values.Count)];
            }

            means[r] = sum / values.Count;
        }

        return (Quantile(means, 0.025)!.Value, Quantile(means, 0.975)!.Value);
    }
}
