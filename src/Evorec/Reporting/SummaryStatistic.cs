namespace Evorec.Reporting;

/// <summary>Mean, median and the 95% bootstrap interval of the mean of one quantity over runs.</summary>
/// <param name="Count">How many runs the figures are over.</param>
/// <param name="Mean">The mean, or null over no runs.</param>
/// <param name="Median">The median, or null over no runs.</param>
/// <param name="Ci95Low">The lower end of the 95% bootstrap interval of the mean (null under two runs).</param>
/// <param name="Ci95High">The upper end of that interval.</param>
public sealed record SummaryStatistic(int Count, double? Mean, double? Median, double? Ci95Low, double? Ci95High)
{
    /// <summary>The statistic of <paramref name="values"/>; the bootstrap draws from <paramref name="seed"/>.</summary>
    public static SummaryStatistic Of(IReadOnlyList<double> values, ulong seed)
    {
        var interval = Statistics.BootstrapMeanInterval(values, seed);
        return new SummaryStatistic(values.Count, Statistics.Mean(values), Statistics.Median(values), interval?.Low, interval?.High);
    }
}
