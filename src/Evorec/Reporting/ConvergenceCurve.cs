namespace Evorec.Reporting;

/// <summary>
/// The spread over runs of a best-so-far quantity against cost: at each point of a common grid, a centre line and a
/// band — the median and the inter-quartile range (25th and 75th percentiles), or the mean and its 95% bootstrap
/// interval — over the runs that had finished a generation by then.
/// </summary>
/// <param name="X">The grid.</param>
/// <param name="Centre">The median or mean at each grid point (NaN where no run had a value yet).</param>
/// <param name="Lower">The 25th percentile, or the interval's lower end (NaN where undefined).</param>
/// <param name="Upper">The 75th percentile, or the interval's upper end.</param>
public sealed record ConvergenceCurve(double[] X, double[] Centre, double[] Lower, double[] Upper)
{
    /// <summary>The number of grid intervals (the grid has one point more).</summary>
    public const int GridPoints = 100;

    /// <summary>The median and quartiles of <paramref name="runs"/> on an evenly spaced grid from 0 to the longest run's end.</summary>
    public static ConvergenceCurve Of(IReadOnlyList<RunCurve> runs)
    {
        double[] grid = Grid(runs);
        var median = new double[grid.Length];
        var lower = new double[grid.Length];
        var upper = new double[grid.Length];
        for (int i = 0; i < grid.Length; i++)
        {
            double[] values = runs.Select(r => r.At(grid[i])).Where(v => !double.IsNaN(v)).ToArray();
            median[i] = Statistics.Quantile(values, 0.5) ?? double.NaN;
            lower[i] = Statistics.Quantile(values, 0.25) ?? double.NaN;
            upper[i] = Statistics.Quantile(values, 0.75) ?? double.NaN;
        }

        return new ConvergenceCurve(grid, median, lower, upper);
    }

    /// <summary>
    /// The mean of the finite values of <paramref name="runs"/> at each grid point, with the 95% percentile-bootstrap
    /// interval of the mean (<see cref="Statistics.BootstrapMeanInterval"/>, the stream at point i keyed by
    /// <paramref name="seed"/> and i; NaN bounds under two values).
    /// </summary>
    public static ConvergenceCurve MeanOf(IReadOnlyList<RunCurve> runs, ulong seed)
    {
        double[] grid = Grid(runs);
        var mean = new double[grid.Length];
        var lower = new double[grid.Length];
        var upper = new double[grid.Length];
        for (int i = 0; i < grid.Length; i++)
        {
            double[] values = runs.Select(r => r.At(grid[i])).Where(double.IsFinite).ToArray();
            mean[i] = Statistics.Mean(values) ?? double.NaN;
            var interval = Statistics.BootstrapMeanInterval(values, seed + (ulong)i);
            lower[i] = interval?.Low ?? double.NaN;
            upper[i] = interval?.High ?? double.NaN;
        }

        return new ConvergenceCurve(grid, mean, lower, upper);
    }

    private static double[] Grid(IReadOnlyList<RunCurve> runs)
    {
        double end = runs.Count == 0 ? 0 : runs.Max(r => r.LastX);
        return Enumerable.Range(0, GridPoints + 1).Select(i => end * i / GridPoints).ToArray();
    }
}
