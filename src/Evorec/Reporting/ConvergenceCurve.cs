namespace Evorec.Reporting;

/// <summary>
/// The spread over runs of the best-so-far error against evaluations: at each point of a common
/// grid, the median and the inter-quartile range (25th and 75th percentiles) of the runs that
/// had finished a generation by then.
/// </summary>
/// <param name="Evaluations">The grid.</param>
/// <param name="Median">The median at each grid point (NaN where no run had a value yet).</param>
/// <param name="Lower">The 25th percentile.</param>
/// <param name="Upper">The 75th percentile.</param>
public sealed record ConvergenceCurve(double[] Evaluations, double[] Median, double[] Lower, double[] Upper)
{
    /// <summary>The number of grid points of <see cref="Of"/>.</summary>
    public const int GridPoints = 100;

    /// <summary>The curve of <paramref name="runs"/> on an evenly spaced grid from 0 to the longest run's evaluations.</summary>
    public static ConvergenceCurve Of(IReadOnlyList<RunCurve> runs)
    {
        double end = runs.Count == 0 ? 0 : runs.Max(r => r.LastEvaluations);
        var grid = Enumerable.Range(0, GridPoints + 1).Select(i => end * i / GridPoints).ToArray();
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
}
