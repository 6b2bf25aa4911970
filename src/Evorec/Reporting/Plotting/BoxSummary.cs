namespace Evorec.Reporting.Plotting;

/// <summary>
/// What a box of a box plot shows (J. W. Tukey, "Exploratory Data Analysis", 1977, §2C; R. McGill,
/// J. W. Tukey &amp; W. A. Larsen, The American Statistician 32(1), 1978): the quartiles and the
/// median as the box and its middle line; whiskers to the most extreme values within 1.5 inter-quartile
/// ranges of the box (never inside the box: an interpolated quartile can lie beyond every such value, and then the
/// whisker ends at the quartile, as in matplotlib); values beyond them drawn one by one as outliers. Quartiles interpolate
/// between order statistics (Hyndman &amp; Fan 1996, definition 7: R's and NumPy's default, as
/// matplotlib's boxplot uses; R's <c>boxplot</c> uses Tukey's hinges instead, which can differ slightly for small samples).
/// </summary>
/// <param name="LowerWhisker">The smallest value not below Q1 − 1.5 IQR (at most Q1).</param>
/// <param name="LowerQuartile">Q1.</param>
/// <param name="Median">The median.</param>
/// <param name="UpperQuartile">Q3.</param>
/// <param name="UpperWhisker">The largest value not above Q3 + 1.5 IQR (at least Q3).</param>
/// <param name="Outliers">The values outside the whiskers, ascending.</param>
public sealed record BoxSummary(double LowerWhisker, double LowerQuartile, double Median, double UpperQuartile, double UpperWhisker, IReadOnlyList<double> Outliers)
{
    /// <summary>The whisker reach in inter-quartile ranges beyond the box.</summary>
    public const double WhiskerReach = 1.5;

    /// <summary>The summary of the finite values of <paramref name="values"/>, or null when there are none.</summary>
    public static BoxSummary? Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var lowerQuartile = Quantile(sorted, 0.25);
        var upperQuartile = Quantile(sorted, 0.75);
        var reach = WhiskerReach * (upperQuartile - lowerQuartile);
        var inside = sorted.Where(value => value >= lowerQuartile - reach && value <= upperQuartile + reach).ToArray();
        var lowerWhisker = Math.Min(inside[0], lowerQuartile);
        var upperWhisker = Math.Max(inside[^1], upperQuartile);
        return new BoxSummary(
            lowerWhisker,
            lowerQuartile,
            Quantile(sorted, 0.5),
            upperQuartile,
            upperWhisker,
            sorted.Where(value => value < lowerWhisker || value > upperWhisker).ToArray());
    }

    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }
}
